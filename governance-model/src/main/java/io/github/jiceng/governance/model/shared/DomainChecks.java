package io.github.jiceng.governance.model.shared;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The validation kit of the model: one way to refuse a value that breaks a domain rule, with a
 * {@link DomainValidationException} naming the subject, the field, the rule and the value.
 *
 * <p>Every check names the subject and the field first, then the value, as {@code TimeLimits}
 * does, and returns the value it accepted, so a constructor can check and assign in one
 * expression. Rule names are stable keys: {@code positive}, {@code not-negative}, {@code range},
 * or the caller's own for {@link #check}. The numeric checks give their violation named arguments
 * ({@code value}, and {@code min} and {@code max} for a range), which {@link ValidationMessages}
 * puts into the rule's text.
 *
 * <pre>{@code
 * public CheckInPolicy {
 *   DomainChecks.positive("CheckInPolicy", "maxSpeedKmh", maxSpeedKmh);
 * }
 * }</pre>
 */
public final class DomainChecks {

  private DomainChecks() {}

  /**
   * Refuses a value unless {@code condition} holds.
   *
   * @param condition whether the value keeps the rule
   * @param subject the object being validated, e.g. {@code "GridLevel[STREET]"}
   * @param field the field that breaks the rule
   * @param rule the rule's stable key
   * @param detail what is wrong, naming the (masked, shortened) value
   * @throws DomainValidationException if {@code condition} is false
   */
  public static void check(boolean condition, String subject, String field, String rule, String detail) {
    named(subject, field);
    notNull(rule, "rule");
    notNull(detail, "detail");
    if (!condition) {
      throw new DomainValidationException(subject, field, rule, detail);
    }
  }

  /**
   * Returns {@code value} if it is at least 1.
   *
   * <p>The violation carries the argument {@code value}.
   *
   * @throws DomainValidationException under rule {@code positive} otherwise
   */
  public static long positive(String subject, String field, long value) {
    named(subject, field);
    if (value <= 0) {
      throw refused(new Violation(subject, field, "positive", field + " must be positive, was " + value)
          .with("value", value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is not below 0.
   *
   * <p>The violation carries the argument {@code value}.
   *
   * @throws DomainValidationException under rule {@code not-negative} otherwise
   */
  public static long notNegative(String subject, String field, long value) {
    named(subject, field);
    if (value < 0) {
      throw refused(new Violation(subject, field, "not-negative", field + " must not be negative, was " + value)
          .with("value", value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies in {@code [min, max]}.
   *
   * <p>The violation carries the arguments {@code min}, {@code max} and {@code value}, so that
   * {@link ValidationMessages} renders it with its numbers.
   *
   * @throws DomainValidationException under rule {@code range} otherwise
   */
  public static long inRange(String subject, String field, long value, long min, long max) {
    named(subject, field);
    if (value < min || value > max) {
      throw refused(new Violation(subject, field, "range", field + " must be " + min + "-" + max + ", was " + value)
          .with("min", min).with("max", max).with("value", value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is longer than zero.
   *
   * <p>The violation carries the argument {@code value}, the duration in ISO-8601 form.
   *
   * @throws NullPointerException naming {@code field} if {@code value} is null
   * @throws DomainValidationException under rule {@code positive} otherwise
   */
  public static Duration positive(String subject, String field, Duration value) {
    named(subject, field);
    notNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw refused(new Violation(subject, field, "positive", field + " must be positive, was " + value)
          .with("value", value));
    }
    return value;
  }

  /**
   * Returns {@code value} if it is not negative.
   *
   * <p>The violation carries the argument {@code value}, the duration in ISO-8601 form.
   *
   * @throws NullPointerException naming {@code field} if {@code value} is null
   * @throws DomainValidationException under rule {@code not-negative} otherwise
   */
  public static Duration notNegative(String subject, String field, Duration value) {
    named(subject, field);
    notNull(value, field);
    if (value.isNegative()) {
      throw refused(new Violation(subject, field, "not-negative", field + " must not be negative, was " + value)
          .with("value", value));
    }
    return value;
  }

  private static DomainValidationException refused(Violation violation) {
    return new DomainValidationException(List.of(violation));
  }

  private static void named(String subject, String field) {
    notNull(subject, "subject");
    notNull(field, "field");
  }

  /**
   * Returns {@code value}, or throws a {@link NullPointerException} whose message is the
   * parameter's name, as {@link java.util.Objects#requireNonNull(Object, String)} does.
   */
  public static <T> T notNull(T value, String field) {
    if (field == null) {
      throw new NullPointerException("field");
    }
    if (value == null) {
      throw new NullPointerException(field);
    }
    return value;
  }

  /**
   * Returns {@code map} itself, after checking that neither the map nor any key or value is null;
   * it copies nothing ({@code copy.putAll(noNullEntries(limits, "limits"))}).
   *
   * @throws NullPointerException naming {@code field} otherwise
   */
  public static <M extends Map<?, ?>> M noNullEntries(M map, String field) {
    notNull(map, field);
    map.forEach((key, value) -> {
      if (key == null || value == null) {
        throw new NullPointerException(field + " contains a null " + (key == null ? "key" : "value"));
      }
    });
    return map;
  }

  /**
   * Returns {@code values} itself, after checking that neither the collection nor any element is
   * null; it copies nothing, so a record that keeps the values copies them itself
   * ({@code List.copyOf(noNullElements(items, "items"))}).
   *
   * @throws NullPointerException naming {@code field} (and the element's index) otherwise
   */
  public static <C extends Collection<?>> C noNullElements(C values, String field) {
    notNull(values, field);
    int index = 0;
    for (Object value : values) {
      if (value == null) {
        throw new NullPointerException(field + "[" + index + "]");
      }
      index++;
    }
    return values;
  }

}
