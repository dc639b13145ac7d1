package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A whole number of red-star points (积分), held exactly as a {@code long}.
 *
 * <p>Points are whole: an earning rule computes with exact fractions and rounds once, with the
 * policy's rounding mode, to a whole number (see {@code PointsPolicy#rounding}). Arithmetic throws
 * {@link ArithmeticException} on overflow instead of wrapping. Points are not {@code Money}: they
 * cannot be added to or converted into an amount of yuan.
 *
 * <p><b>Limits.</b> One entry (an award, a redemption, a deduction, a price, a deduction rule)
 * moves at most {@link #MAX_ENTRY} points; one member's totals (earned, and so every balance,
 * redemption, expiry and deduction total, and every cap) stay at most {@link #MAX_BALANCE}. At
 * these limits no sum the SDK computes over a ledger overflows a {@code long}: the ledgers refuse,
 * as an outcome, what would pass them, and the model's types refuse a value outside them with a
 * {@code DomainValidationException} (rule {@code points-range}).
 *
 * @param value the number of points; may be negative only as a difference (a diff between two
 *     policies), never in a balance or a ledger entry
 */
public record Points(long value) implements Comparable<Points> {

  /** Zero points. */
  public static final Points ZERO = new Points(0);

  /** The most points one entry moves: 1,000,000,000 (10⁹). */
  public static final long MAX_ENTRY = 1_000_000_000L;

  /** The most points one member earns in one ledger, and so any of its totals: 10¹². */
  public static final long MAX_BALANCE = 1_000_000_000_000L;

  /** Returns the given number of points. */
  public static Points of(long value) {
    return value == 0 ? ZERO : new Points(value);
  }

  /** Returns {@code this + other}; throws {@link ArithmeticException} on overflow. */
  public Points plus(Points other) {
    return of(Math.addExact(value, other.value));
  }

  /** Returns {@code this - other}; throws {@link ArithmeticException} on overflow. */
  public Points minus(Points other) {
    return of(Math.subtractExact(value, other.value));
  }

  /** Returns {@code this * factor}; throws {@link ArithmeticException} on overflow. */
  public Points times(long factor) {
    return of(Math.multiplyExact(value, factor));
  }

  /** Returns the smaller of the two. */
  public Points min(Points other) {
    return value <= other.value ? this : other;
  }

  /** Returns whether the value is below zero. */
  public boolean isNegative() {
    return value < 0;
  }

  /** Returns whether the value is zero. */
  public boolean isZero() {
    return value == 0;
  }

  /** Returns whether the value is above zero. */
  public boolean isPositive() {
    return value > 0;
  }

  /**
   * Checks that the value is not negative, for amounts in entries and balances.
   *
   * @param what what the amount is, for the message
   * @return this
   * @throws DomainValidationException (rule {@code not-negative}) if the value is negative
   */
  public Points requireNonNegative(String what) {
    requireNonNull(what, "what");
    if (value < 0) {
      throw new DomainValidationException(new Violation("Points", what, "not-negative",
          what + " must not be negative, was " + value)
          .with("value", value));
    }
    return this;
  }

  /**
   * Checks that the value is within {@code [0, max]}, for the points of an entry, a price or a cap.
   *
   * @param subject the object holding the points, for the message
   * @param field the field holding them
   * @param max the largest value accepted: {@link #MAX_ENTRY} or {@link #MAX_BALANCE}
   * @return this
   * @throws DomainValidationException with rule {@code points-range} if it is outside
   */
  public Points requireWithin(String subject, String field, long max) {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    if (value < 0 || value > max) {
      throw new DomainValidationException(new Violation(subject, field, "points-range",
          "points are 0-" + max + " here, was " + value).with("min", 0).with("max", max).with("value", value));
    }
    return this;
  }

  @Override
  public int compareTo(Points o) {
    return Long.compare(value, o.value);
  }

  /** Returns the text form, such as {@code "120 pt"}. */
  @Override
  public String toString() {
    return value + " pt";
  }
}
