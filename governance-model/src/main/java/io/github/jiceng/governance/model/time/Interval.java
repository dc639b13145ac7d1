package io.github.jiceng.governance.model.time;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)} (时段): a demand's time window, an absence from a
 * post, a report's period.
 *
 * <p>Half-open so that consecutive periods ({@code [a, b)}, {@code [b, c)}) neither overlap nor
 * leave a gap: an instant belongs to exactly one of them.
 *
 * @param start the first instant inside
 * @param end the first instant after; strictly after {@code start}
 */
public record Interval(Instant start, Instant end) implements Comparable<Interval> {

  /**
   * Validates the interval.
   *
   * @throws DomainValidationException if {@code end} is not after {@code start}
   */
  public Interval {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new DomainValidationException("Interval[" + start + ", " + end + ")", "end", "end-after-start",
          "an interval ends after it starts, was " + start + " to " + end);
    }
  }

  /** Returns {@code [start, end)}; same as the constructor. */
  public static Interval of(Instant start, Instant end) {
    return new Interval(start, end);
  }

  /** Returns {@code [start, start + length)}. */
  public static Interval starting(Instant start, Duration length) {
    requireNonNull(start, "start");
    requireNonNull(length, "length");
    Instant end;
    try {
      end = start.plus(length);
    } catch (ArithmeticException | java.time.DateTimeException e) {
      throw new DomainValidationException("Interval[" + start + ", +" + length + ")", "length", "instant-range",
          "the interval ends beyond the instants Java can represent");
    }
    return new Interval(start, end);
  }

  /** Returns whether the instant lies inside: at or after the start and before the end. */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /** Returns whether the other interval lies wholly inside this one. */
  public boolean encloses(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Returns whether the two intervals share at least one instant. */
  public boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** Returns the length of the interval. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(Interval o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : end.compareTo(o.end);
  }

  /** Returns {@code [start, end)} in ISO-8601. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
