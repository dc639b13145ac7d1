package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule (违规项) found while validating a domain object: which object, which field,
 * which rule and the offending value, already masked when it is personal data.
 *
 * <p>Violations are values so that a validator can collect every one of them before it reports,
 * rather than stopping at the first.
 *
 * @param subject the object that is invalid, for example {@code "GridNode[g-001]"}; never blank
 * @param field the field that breaks the rule, for example {@code "parent"}; never blank
 * @param rule a short, stable name of the rule, for example {@code "parent-exists"}; never blank
 * @param detail what is wrong, in one sentence, naming the (masked) value; never blank
 */
public record Violation(String subject, String field, String rule, String detail) {

  /** Validates that every component is present and not blank. */
  public Violation {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(rule, "rule");
    requireNonNull(detail, "detail");
    requireText(subject, "subject");
    requireText(field, "field");
    requireText(rule, "rule");
    requireText(detail, "detail");
  }

  private static void requireText(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new DomainValidationException("Violation", name, "not-blank", "a violation's " + name + " must not be blank");
    }
  }

  /** Returns {@code subject.field: detail [rule]}, the form used in exception messages. */
  @Override
  public String toString() {
    return subject + "." + field + ": " + detail + " [" + rule + "]";
  }
}
