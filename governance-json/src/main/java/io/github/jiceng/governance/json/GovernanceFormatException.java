package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A file or JSON value that does not follow one of the SDK's formats: it names the JSON Pointer
 * of the bad node, the rule it breaks and what is wrong (with personal values masked).
 *
 * <p>It is an {@link java.io.IOException}, as every Jackson reading error is; nothing is returned
 * when it is thrown.
 */
public final class GovernanceFormatException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String rule;

  /**
   * Creates the error.
   *
   * @param parser the parser that was reading, if any (for its location)
   * @param pointer the JSON Pointer of the bad node, such as {@code "/nodes/3/parent"}
   * @param rule a short, stable rule name, such as {@code "required"}
   * @param detail what is wrong
   */
  public GovernanceFormatException(JsonParser parser, String pointer, String rule, String detail) {
    super(parser, (pointer.isEmpty() ? "/" : pointer) + ": " + detail + " [" + rule + "]");
    this.pointer = pointer;
    this.rule = rule;
  }

  /** Returns the JSON Pointer of the bad node; the empty string is the whole document. */
  public String pointer() {
    return pointer;
  }

  /** Returns the name of the broken rule. */
  public String rule() {
    return rule;
  }
}
