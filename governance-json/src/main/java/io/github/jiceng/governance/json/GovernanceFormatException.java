package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.jiceng.governance.json.internal.Pointers;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A file or JSON value that does not follow one of the SDK's formats: it names the JSON Pointer
 * of the bad node, the rule it breaks and what is wrong (with personal values masked). When the
 * model rejected a value read from the file, the model's violations are kept.
 *
 * <p>A pointer segment that looks like personal data (a property name that is an identity
 * number or a mobile number) is masked like such a value, in {@link #pointer()} and in the
 * message alike.
 *
 * <p>{@link #message(Language)} renders it for people in Chinese or English from
 * the texts of its rule beside this class ({@code formats_zh.properties}, {@code
 * formats_en.properties}).
 *
 * <p>It is an {@link java.io.IOException}, as every Jackson reading error is; nothing is returned
 * when it is thrown.
 */
public final class GovernanceFormatException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String rule;
  private final transient List<Violation> violations;
  private final transient Map<String, String> arguments;

  /**
   * Creates the error.
   *
   * @param parser the parser that was reading, if any (for its location)
   * @param pointer the JSON Pointer of the bad node, such as {@code "/nodes/3/parent"}
   * @param rule a short, stable rule name, such as {@code "required"}
   * @param detail what is wrong
   */
  public GovernanceFormatException(@Nullable JsonParser parser, String pointer, String rule, String detail) {
    this(parser, pointer, rule, detail, List.of());
  }

  /**
   * Creates the error for values the model rejected.
   *
   * @param parser the parser that was reading, if any (for its location)
   * @param pointer the JSON Pointer of the (first) bad node
   * @param rule the (first) broken rule
   * @param detail what is wrong
   * @param violations the model's violations, in its order; may be empty
   */
  public GovernanceFormatException(@Nullable JsonParser parser, String pointer, String rule, String detail,
      List<Violation> violations) {
    this(parser, pointer, rule, detail, violations, Map.of());
  }

  /**
   * Creates the error with the rule's named values, such as the {@code min} and {@code max} of a
   * range, which the texts of {@link #message(Language)} put in beside the pointer.
   *
   * @param parser the parser that was reading, if any (for its location)
   * @param pointer the JSON Pointer of the (first) bad node
   * @param rule the (first) broken rule
   * @param detail what is wrong
   * @param violations the model's violations, in its order; may be empty
   * @param arguments the rule's named values, each already masked and bounded; may be empty
   */
  public GovernanceFormatException(@Nullable JsonParser parser, String pointer, String rule, String detail,
      List<Violation> violations, Map<String, String> arguments) {
    super(parser, message(Pointers.maskedPointer(pointer), rule, detail));
    this.pointer = Pointers.maskedPointer(pointer);
    this.rule = rule;
    this.violations = List.copyOf(violations);
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
  }

  private static String message(String pointer, String rule, String detail) {
    return (pointer.isEmpty() ? "/" : pointer) + ": " + detail + " [" + rule + "]";
  }

  /**
   * Returns the JSON Pointer of the bad node, its segments that look like personal data masked;
   * the empty string is the whole document.
   */
  public String pointer() {
    return pointer;
  }

  /** Returns the name of the broken rule. */
  public String rule() {
    return rule;
  }

  /**
   * Renders the error for people in a language: the text of its rule with the pointer put in, or,
   * when the model rejected a value read from the file, the pointer followed by the model's
   * violations as {@link ValidationMessages} renders them (knowing the texts of the model and of
   * this module). A rule without a text falls back to the message; any rule {@code valid-<type>},
   * reported when a type refused a value for a reason of its own, shares the text of {@code
   * valid-*}.
   *
   * @param language the language, chosen by the caller
   * @return one line for a person
   */
  public String message(Language language) {
    requireNonNull(language, "language");
    String at = pointer.isEmpty() ? "/" : pointer;
    if (!violations().isEmpty()) {
      String rendered = ValidationMessages.of(language).including(GovernanceFormatException.class).render(violations());
      return at + (language == Language.ZH ? "：" : ": ") + rendered;
    }
    Map<String, String> texts = texts(language);
    String template = texts.getOrDefault(rule, rule.startsWith("valid-") ? texts.get("valid-*") : null);
    return template == null ? getOriginalMessage()
        : TextTemplates.fill(template, name -> name.equals("pointer") ? at : arguments().get(name));
  }

  /**
   * Returns the texts of the format errors' rules in one language, by rule, as the module's file
   * {@code formats_zh.properties} or {@code formats_en.properties} gives them; each names the bad
   * node as {@code {pointer}}.
   *
   * @param language the language
   * @return the templates by rule, sorted by rule
   */
  public static Map<String, String> texts(Language language) {
    requireNonNull(language, "language");
    return load(language);
  }

  private static Map<String, String> load(Language language) {
    String resource = "formats_" + language.tag() + ".properties";
    Map<String, String> texts = TextTemplates.load(GovernanceFormatException.class, resource);
    if (texts.isEmpty()) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return texts;
  }


  /**
   * Returns the model's violations when the model rejected a value read from the file (a code, a
   * node, a whole hierarchy), in the order the model found them; empty for errors of form alone.
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }

  /**
   * Returns the rule's named values, such as {@code min}, {@code max} and {@code length} for a
   * string of the wrong length, in the order given; empty when the rule has none. Values are
   * bounded and masked like the message.
   */
  public Map<String, String> arguments() {
    return arguments == null ? Map.of() : arguments;
  }
}
