package io.github.jiceng.governance.json.jackson3;

import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A value that does not follow the SDK's formats, read through a Jackson 3 mapper: Jackson 3's
 * errors are unchecked, so the {@link GovernanceFormatException} the SDK's codecs raise (the JSON
 * Pointer of the bad node, the rule it breaks, the model's violations, personal values masked)
 * reaches the caller as this {@link DatabindException}, with the same message and the format
 * error as its cause.
 */
public final class GovernanceDatabindException extends DatabindException {

  private static final long serialVersionUID = 1L;

  private final GovernanceFormatException error;

  /**
   * Creates the error.
   *
   * @param parser the parser that was reading, if any (for its location)
   * @param error the format error
   */
  public GovernanceDatabindException(@Nullable JsonParser parser, GovernanceFormatException error) {
    super(parser, error.getOriginalMessage(), error);
    this.error = error;
  }

  /** Returns the format error: the same one a Jackson 2 mapper or a file reader throws. */
  public GovernanceFormatException formatError() {
    return error;
  }

  /** Returns the JSON Pointer of the bad node ({@link GovernanceFormatException#pointer()}). */
  public String pointer() {
    return error.pointer();
  }

  /** Returns the name of the broken rule ({@link GovernanceFormatException#rule()}). */
  public String rule() {
    return error.rule();
  }

  /** Returns the model's violations, if the model rejected the value. */
  public List<Violation> violations() {
    return error.violations();
  }
}
