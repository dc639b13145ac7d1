package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;
import java.util.List;

/**
 * Thrown when a working calendar that {@linkplain OutsideYears#REFUSE refuses} days outside its
 * data is asked about such a day: its holidays are not known, so whether it is a working day is
 * not known either. The violation's rule is {@code calendar-years} and its field {@code day}.
 */
public final class OutsideCalendarYearsException extends DomainValidationException {

  private static final long serialVersionUID = 1L;

  /** The short name of the rule broken. */
  public static final String RULE = "calendar-years";

  private final LocalDate day;
  private final CalendarYears years;

  /**
   * Creates the exception.
   *
   * @param day the day asked about
   * @param years the years the calendar covers
   */
  public OutsideCalendarYearsException(LocalDate day, CalendarYears years) {
    super(List.of(new Violation("WorkingCalendar", "day", RULE, requireNonNull(day, "day") + " is outside the years "
        + requireNonNull(years, "years") + " the working calendar has holiday data for; add that year's notice, or "
        + "choose OutsideYears.WEEKENDS_ONLY to count weekends only outside them")
        .with("day", day).with("first", years.first()).with("last", years.last())));
    this.day = day;
    this.years = years;
  }

  /** Returns the day asked about. */
  public LocalDate day() {
    return day;
  }

  /** Returns the years the calendar covers. */
  public CalendarYears years() {
    return years;
  }
}
