package io.github.jiceng.governance.rules.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * An ISO-8601 week (ISO 周): Monday to Sunday, numbered 1 to 52 or 53 within its week-based year,
 * the week the first Thursday of January falls in being week 1. Patrol coverage is counted per such
 * week, the same in every locale.
 *
 * @param year the week-based year, 1 to 9998
 * @param week the week, 1 to the weeks of that year (52 or 53)
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  /**
   * Validates the week.
   *
   * @throws DomainValidationException if the year is not 1 to 9998 or the week not 1 to the weeks
   *     of the year (rule {@code range})
   */
  public IsoWeek {
    DomainChecks.inRange("IsoWeek", "year", year, 1, 9998);
    long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    DomainChecks.inRange("IsoWeek[" + year + "]", "week", week, 1, weeks);
  }

  /**
   * Returns the week a day falls in.
   *
   * @param day the day
   * @return its ISO week
   * @throws DomainValidationException if the day's week-based year is not 1 to 9998
   */
  public static IsoWeek of(LocalDate day) {
    requireNonNull(day, "day");
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** Returns the week's Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
  }

  /** Returns the week's Sunday. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  /** Returns whether the day falls in this week. */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(monday()) && !day.isAfter(sunday());
  }

  /** Returns the week after this one. */
  public IsoWeek next() {
    return of(monday().plusWeeks(1));
  }

  @Override
  public int compareTo(IsoWeek o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
  }

  /** Returns the ISO form, such as {@code 2024-W05}. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%04d-W%02d", year, week);
  }
}
