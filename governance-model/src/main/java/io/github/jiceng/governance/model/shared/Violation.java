package io.github.jiceng.governance.model.shared;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One broken rule (违规项) found while validating a domain object: which object, which field,
 * which rule and the offending value, already masked when it is personal data.
 *
 * <p>Violations are values so that a validator can collect every one of them before it reports,
 * rather than stopping at the first.
 *
 * <p>A violation may carry named arguments, the structured values of its rule (the bounds and the
 * value of a range check: {@code min}, {@code max}, {@code value}), so that {@link
 * ValidationMessages} can render it for people in their language without parsing the English
 * detail. Arguments never hold personal data unmasked: a personal value is passed through {@link
 * Excerpts#masked} first. Each argument is quoted as {@link Excerpts#of} does, so an argument never
 * grows with hostile input.
 *
 * @param subject the object that is invalid, for example {@code "GridNode[g-001]"}; never blank
 * @param field the field that breaks the rule, for example {@code "parent"}; never blank
 * @param rule a short, stable name of the rule, for example {@code "parent-exists"}; never blank
 * @param detail what is wrong, in one sentence, naming the (masked) value; never blank
 * @param arguments the rule's named values in the order given; names match {@code
 *     [a-z][A-Za-z0-9]{0,31}} and are neither {@code subject} nor {@code field}; may be empty
 */
public record Violation(String subject, String field, String rule, String detail, Map<String, String> arguments) {

  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,31}");

  /** Validates that every component is present and not blank, and the arguments' names. */
  public Violation {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(rule, "rule");
    requireNonNull(detail, "detail");
    DomainChecks.noNullEntries(arguments, "arguments");
    requireText(subject, "subject");
    requireText(field, "field");
    requireText(rule, "rule");
    requireText(detail, "detail");
    Map<String, String> copy = new LinkedHashMap<>();
    arguments.forEach((name, value) -> copy.put(checkedName(name), Excerpts.of(value)));
    arguments = Collections.unmodifiableMap(copy);
  }

  /**
   * Creates a violation without arguments.
   *
   * @param subject the object that is invalid; never blank
   * @param field the field that breaks the rule; never blank
   * @param rule the rule's stable key; never blank
   * @param detail what is wrong, naming the (masked) value; never blank
   */
  public Violation(String subject, String field, String rule, String detail) {
    this(subject, field, rule, detail, Map.of());
  }

  /**
   * Returns this violation with one more argument, its value written with {@code
   * String.valueOf} and quoted as {@link Excerpts#of} does. Pass personal values masked.
   *
   * @param name the argument's name, {@code [a-z][A-Za-z0-9]{0,31}}, neither {@code subject} nor
   *     {@code field}, not yet used by this violation
   * @param value the value
   * @return the violation with the argument
   * @throws IllegalArgumentException if the name is malformed, reserved or already used
   */
  public Violation with(String name, Object value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    checkedName(name);
    if (arguments.containsKey(name)) {
      throw new IllegalArgumentException("Violation argument " + name + " is given twice");
    }
    Map<String, String> more = new LinkedHashMap<>(arguments);
    more.put(name, String.valueOf(value));
    return new Violation(subject, field, rule, detail, more);
  }

  private static String checkedName(String name) {
    if (!NAME.matcher(name).matches() || name.equals("subject") || name.equals("field")) {
      throw new IllegalArgumentException("Violation argument name " + Excerpts.of(name)
          + " does not match " + NAME + " or is reserved (subject, field)");
    }
    return name;
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
