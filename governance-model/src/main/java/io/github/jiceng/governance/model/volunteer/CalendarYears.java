package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;

/**
 * The calendar years a working calendar's data covers (数据覆盖年份), both ends included: a
 * calendar built from the yearly holiday notices knows the days of the years it has notices for,
 * and nothing about the others.
 *
 * @param first the first year covered
 * @param last the last year covered; not before {@code first}
 */
public record CalendarYears(int first, int last) {

  /**
   * Checks the span.
   *
   * @throws DomainValidationException if a year is outside 1-9999 or {@code last} is before {@code first}
   */
  public CalendarYears {
    if (first < 1 || last > 9999 || last < first) {
      throw new DomainValidationException(new Violation("CalendarYears", "last", "year-span",
          "the years run from a first to a last year within 1-9999, were " + first + "-" + last)
                  .with("first", first).with("last", last));
    }
  }

  /**
   * Returns the single year.
   *
   * @param year the year
   * @return the span of that year alone
   */
  public static CalendarYears of(int year) {
    return new CalendarYears(year, year);
  }

  /**
   * Returns whether the day falls in one of the years.
   *
   * @param day the day
   * @return whether its year is covered
   */
  public boolean contains(LocalDate day) {
    int year = requireNonNull(day, "day").getYear();
    return year >= first && year <= last;
  }

  /** Returns the span as {@code first-last}, such as {@code 2020-2026}. */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
