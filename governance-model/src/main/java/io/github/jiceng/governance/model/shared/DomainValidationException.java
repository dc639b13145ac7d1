package io.github.jiceng.governance.model.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Thrown when a domain object, or a set of objects meant to form one aggregate, is invalid.
 *
 * <p>It carries every {@link Violation} that was found, not only the first, each naming the
 * subject, the field, the rule and the value (masked where it is personal data). Nothing is
 * half-built when it is thrown: the object under construction is never returned.
 */
public class DomainValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many violations the message lists before it says how many more there are. */
  private static final int MESSAGE_LIMIT = 20;

  private static final Pattern UNSET =
      Pattern.compile("Cannot build (\\w{1,64}), some of required attributes are not set \\[([\\w, ]{1,500})]");

  private final transient List<Violation> violations;

  /**
   * Creates an exception reporting the given violations.
   *
   * @param violations what is wrong; must not be empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public DomainValidationException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates an exception reporting one violation.
   *
   * @param subject the invalid object
   * @param field the field that breaks the rule
   * @param rule the rule's short name
   * @param detail what is wrong, with the value masked where personal
   */
  public DomainValidationException(String subject, String field, String rule, String detail) {
    this(List.of(new Violation(subject, field, rule, detail)));
  }

  /**
   * Creates an exception reporting one violation, such as one carrying named arguments: {@code new
   * DomainValidationException(new Violation(subject, "name", "name-length", detail).with("max",
   * 100))}.
   *
   * @param violation what is wrong
   */
  public DomainValidationException(Violation violation) {
    this(List.of(violation));
  }

  /**
   * Creates an exception with a plain message; used by generated value types when a required
   * attribute was never set. A message of their form ({@code Cannot build Post, some of required
   * attributes are not set [id, kind]}) gives the violation's subject ({@code Post}) and field
   * ({@code id, kind}); any other message is reported for the subject {@code value} and the field
   * {@code attributes}.
   *
   * @param message the message, naming the missing attributes
   */
  public DomainValidationException(String message) {
    this(List.of(required(message)));
  }

  private static Violation required(String message) {
    Matcher m = UNSET.matcher(message);
    return m.matches()
        ? new Violation(m.group(1), m.group(2), "required", message)
        : new Violation("value", "attributes", "required", message);
  }

  /** Returns every violation found, in the order the validator met them; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    String listed =
        violations.stream()
            .limit(MESSAGE_LIMIT)
            .map(Violation::toString)
            .collect(Collectors.joining("\n  ", "\n  ", ""));
    int more = violations.size() - MESSAGE_LIMIT;
    return violations.size()
        + (violations.size() == 1 ? " violation:" : " violations:")
        + listed
        + (more > 0 ? "\n  ... and " + more + " more" : "");
  }
}
