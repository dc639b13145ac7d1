package io.github.jiceng.governance.model.time;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The range of instants and durations the SDK accepts (时间范围).
 *
 * <p>Instants lie in the years 0001 to 9999 of the ISO calendar, from {@link #EARLIEST} to
 * {@link #LATEST}, and so do calendar dates; durations are positive and at most {@link #MAX_DURATION}. Inside these
 * bounds every date a rule derives (a period's start, an expiry boundary up to 1200 years
 * later, a deadline) is a valid {@code LocalDate} and {@code Instant}, in every zone, so no time
 * arithmetic of the SDK throws {@link java.time.DateTimeException} or overflows. A value outside
 * is refused where it enters: the model's factories and builders throw a {@link
 * DomainValidationException} with rule {@code instant-range} or {@code duration-range}, and the
 * ledgers answer a command with such an instant with a refusal.
 */
public final class TimeLimits {

  /** The earliest instant accepted: the first instant of the year 0001, UTC. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant accepted: the last nanosecond of the year 9999, UTC. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The longest duration accepted: 36,525 days (a hundred years of 365.25 days). */
  public static final Duration MAX_DURATION = Duration.ofDays(36_525);

  private TimeLimits() {}

  /**
   * Returns whether the instant lies in {@code [EARLIEST, LATEST]}.
   *
   * @param instant the instant
   * @return whether the SDK accepts it
   */
  public static boolean accepts(Instant instant) {
    requireNonNull(instant, "instant");
    return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
  }

  /**
   * Checks that an instant lies in {@code [EARLIEST, LATEST]}.
   *
   * @param subject the object the instant belongs to, for the message
   * @param field the field holding it
   * @param instant the instant
   * @return the instant
   * @throws DomainValidationException with rule {@code instant-range} if it lies outside
   */
  public static Instant check(String subject, String field, Instant instant) {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    if (!accepts(instant)) {
      throw new DomainValidationException(subject, field, "instant-range",
          "an instant lies in the years 0001-9999, from " + EARLIEST + " to " + LATEST + ", was " + instant);
    }
    return instant;
  }

  /**
   * Checks that a calendar date lies in the years 0001 to 9999.
   *
   * @param subject the object the date belongs to, for the message
   * @param field the field holding it
   * @param date the date
   * @return the date
   * @throws DomainValidationException with rule {@code date-range} if it lies outside
   */
  public static LocalDate check(String subject, String field, LocalDate date) {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(date, "date");
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new DomainValidationException(subject, field, "date-range",
          "a date lies in the years 0001-9999, was " + date);
    }
    return date;
  }

  /**
   * Checks that a duration is positive and at most {@link #MAX_DURATION}.
   *
   * @param subject the object the duration belongs to, for the message
   * @param field the field holding it
   * @param duration the duration
   * @return the duration
   * @throws DomainValidationException with rule {@code duration-range} if it is not
   */
  public static Duration checkPositive(String subject, String field, Duration duration) {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw new DomainValidationException(subject, field, "duration-range",
          "a duration is positive and at most " + MAX_DURATION.toDays() + " days, was " + duration);
    }
    return duration;
  }
}
