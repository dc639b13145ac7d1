package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When awarded points expire (有效期), as the first instant of a later calendar period in the
 * policy's zone. An expiry boundary is exclusive for the points: at the boundary instant itself
 * they are already gone.
 *
 * <ul>
 *   <li>{@link #never()}: points never expire (永久有效);
 *   <li>{@link #annualReset()}: every year starts from zero (每年从零开始计分): points awarded in
 *       year Y expire at the first instant of Y+1;
 *   <li>{@link #endOfFollowingYear()}: points awarded in year Y expire at the end of Y+1, that is
 *       at the first instant of Y+2;
 *   <li>{@link #afterMonths(int)}: points awarded in month M expire at the first instant of month
 *       M+n (a rolling window of n calendar months).
 * </ul>
 *
 * @param unit the calendar unit counted, or {@code NEVER}
 * @param count how many units after the one the points were awarded in; 0 for {@code NEVER}
 */
public record ExpiryPolicy(Unit unit, int count) {

  /** The calendar unit an expiry counts in. */
  public enum Unit {
    /** Points never expire. */
    NEVER,
    /** Calendar months. */
    MONTHS,
    /** Calendar years. */
    YEARS
  }

  /**
   * Validates the policy.
   *
   * @throws DomainValidationException if the count does not fit the unit
   */
  public ExpiryPolicy {
    requireNonNull(unit, "unit");
    boolean ok = unit == Unit.NEVER ? count == 0 : count >= 1 && count <= 1200;
    if (!ok) {
      throw new DomainValidationException(new Violation("ExpiryPolicy[" + unit + "]", "count", "count-fits-unit",
          "NEVER takes 0, MONTHS and YEARS take 1-1200, was " + count).with("unit", unit).with("value", count));
    }
  }

  /** Points never expire. */
  public static ExpiryPolicy never() {
    return new ExpiryPolicy(Unit.NEVER, 0);
  }

  /** Points expire when the calendar year they were awarded in ends. */
  public static ExpiryPolicy annualReset() {
    return new ExpiryPolicy(Unit.YEARS, 1);
  }

  /** Points expire when the calendar year after the one they were awarded in ends. */
  public static ExpiryPolicy endOfFollowingYear() {
    return new ExpiryPolicy(Unit.YEARS, 2);
  }

  /**
   * Points awarded in a month expire at the start of the month {@code months} later.
   *
   * @param months the window in calendar months; 1-1200
   * @return the policy
   */
  public static ExpiryPolicy afterMonths(int months) {
    return new ExpiryPolicy(Unit.MONTHS, months);
  }

  /**
   * Returns the first calendar day on which points awarded at the instant are gone, or empty if
   * they never expire.
   *
   * @param awarded when the points were booked
   * @param zone the policy's zone
   * @return the boundary day
   */
  public Optional<LocalDate> boundaryDay(Instant awarded, ZoneId zone) {
    TimeLimits.check("ExpiryPolicy", "awarded", requireNonNull(awarded, "awarded"));
    requireNonNull(zone, "zone");
    switch (unit) {
      case NEVER:
        return Optional.empty();
      case MONTHS:
        return Optional.of(CapPeriod.MONTH.start(awarded, zone).plusMonths(count));
      default:
        return Optional.of(CapPeriod.YEAR.start(awarded, zone).plusYears(count));
    }
  }

  /**
   * Returns the instant at which points awarded at {@code awarded} are gone, or empty if they
   * never expire: the first instant of {@link #boundaryDay} in the zone.
   *
   * @param awarded when the points were booked
   * @param zone the policy's zone
   * @return the boundary instant
   */
  public Optional<Instant> boundary(Instant awarded, ZoneId zone) {
    return boundaryDay(awarded, zone).map(d -> d.atStartOfDay(zone).toInstant());
  }

  /** Returns a short description, such as {@code "end of the following year"}. */
  public String describe() {
    switch (unit) {
      case NEVER:
        return "never";
      case MONTHS:
        return "after " + count + " calendar month" + (count == 1 ? "" : "s");
      default:
        if (count == 1) {
          return "annual reset";
        }
        return count == 2 ? "end of the following year" : "after " + count + " calendar years";
    }
  }
}
