package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * When a venue is open (开放时间): the same hours every day it opens, in the venue's time zone,
 * and the days of the week it stays closed. A room can be booked only inside one day's opening
 * hours, and a room's utilisation is its booked time over its open time.
 *
 * @param opens the local time the venue opens each open day
 * @param closes the local time it closes; after {@code opens} on the same day (no opening past
 *     midnight)
 * @param zone the venue's time zone, such as {@code Asia/Shanghai}
 * @param closedOn the days of the week the venue is closed; may be empty, never all seven
 */
public record OpeningHours(LocalTime opens, LocalTime closes, ZoneId zone, SortedSet<DayOfWeek> closedOn) {

  /**
   * Validates and copies the hours.
   *
   * @throws DomainValidationException if the venue does not open before it closes (rule {@code
   *     opens-before-closes}) or is closed every day of the week (rule {@code open-some-day})
   * @throws NullPointerException naming the field if a part is null
   */
  public OpeningHours {
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    requireNonNull(zone, "zone");
    requireNonNull(closedOn, "closedOn");
    closedOn = ImmutableSortedSet.copyOf(closedOn);
    String subject = "OpeningHours[" + opens + "-" + closes + "]";
    if (!opens.isBefore(closes)) {
      throw new DomainValidationException(new Violation(subject, "closes", "opens-before-closes",
          "a venue opens before it closes on the same day, was " + opens + " to " + closes)
          .with("opens", opens).with("closes", closes));
    }
    if (closedOn.size() == DayOfWeek.values().length) {
      throw new DomainValidationException(subject, "closedOn", "open-some-day",
          "a venue opens on at least one day of the week");
    }
  }

  /**
   * Returns hours kept every day of the week.
   *
   * @param opens the opening time
   * @param closes the closing time
   * @param zone the time zone
   * @return the hours
   */
  public static OpeningHours daily(LocalTime opens, LocalTime closes, ZoneId zone) {
    return new OpeningHours(opens, closes, zone, ImmutableSortedSet.of());
  }

  /**
   * Returns these hours with the venue closed on the given days too.
   *
   * @param days the days of the week to close
   * @return the new hours
   */
  public OpeningHours closedOn(Set<DayOfWeek> days) {
    requireNonNull(days, "days");
    return new OpeningHours(opens, closes, zone,
        ImmutableSortedSet.<DayOfWeek>naturalOrder().addAll(closedOn).addAll(days).build());
  }

  /**
   * Returns the opening window of a day: empty when the venue is closed that day.
   *
   * @param day the local date
   * @return the window {@code [day opens, day closes)} as instants, if open
   * @throws DomainValidationException if the day lies outside {@link TimeLimits} (rule {@code
   *     instant-range})
   */
  public Optional<Interval> window(LocalDate day) {
    TimeLimits.check("OpeningHours", "day", requireNonNull(day, "day"));
    if (closedOn.contains(day.getDayOfWeek())) {
      return Optional.empty();
    }
    return Optional.of(Interval.of(day.atTime(opens).atZone(zone).toInstant(),
        day.atTime(closes).atZone(zone).toInstant()));
  }

  /**
   * Returns whether a span lies inside one day's opening window.
   *
   * @param span the span, such as a booking's time
   * @return whether the venue is open throughout it
   * @throws DomainValidationException if an instant lies outside {@link TimeLimits} (rule {@code
   *     instant-range})
   */
  public boolean covers(Interval span) {
    requireNonNull(span, "span");
    TimeLimits.check("OpeningHours", "span.start", span.start());
    TimeLimits.check("OpeningHours", "span.end", span.end());
    return window(span.start().atZone(zone).toLocalDate()).map(w -> w.encloses(span)).orElse(false);
  }

  /**
   * Returns how long the venue is open inside a period: the sum, over each local day the period
   * touches, of the day's opening window cut to the period.
   *
   * @param period the period, such as a month
   * @return the open time, zero if the venue never opens in it
   * @throws DomainValidationException if an instant lies outside {@link TimeLimits} (rule {@code
   *     instant-range}) or the period is longer than {@link TimeLimits#MAX_DURATION} (rule {@code
   *     duration-range})
   */
  public Duration openTime(Interval period) {
    requireNonNull(period, "period");
    TimeLimits.check("OpeningHours", "period.start", period.start());
    TimeLimits.check("OpeningHours", "period.end", period.end());
    TimeLimits.checkPositive("OpeningHours", "period", period.duration());
    LocalDate first = period.start().atZone(zone).toLocalDate();
    LocalDate last = period.end().atZone(zone).toLocalDate();
    Duration total = Duration.ZERO;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      Optional<Interval> w = window(day);
      if (w.isPresent()) {
        total = total.plus(overlap(w.get(), period));
      }
    }
    return total;
  }

  /**
   * Returns how long two spans share.
   *
   * @param a one span
   * @param b the other
   * @return the length of their intersection, zero when they do not overlap
   */
  public static Duration overlap(Interval a, Interval b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    Instant start = a.start().isAfter(b.start()) ? a.start() : b.start();
    Instant end = a.end().isBefore(b.end()) ? a.end() : b.end();
    return end.isAfter(start) ? Duration.between(start, end) : Duration.ZERO;
  }
}
