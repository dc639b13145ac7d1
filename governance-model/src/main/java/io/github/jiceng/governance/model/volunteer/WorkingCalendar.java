package io.github.jiceng.governance.model.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Which days are working days (工作日历), as data: every day is a working day unless it is a
 * weekend day or a holiday (法定节假日), except the days listed as working days (调休上班), which
 * are working days whatever their weekday. A district loads the year's holiday arrangement as
 * published.
 *
 * <p>A calendar may say which {@linkplain #years() years} its data covers: asked about a day
 * outside them it {@linkplain OutsideYears#REFUSE refuses} with an
 * {@link OutsideCalendarYearsException}, unless the caller chose to count
 * {@linkplain OutsideYears#WEEKENDS_ONLY weekends only} there. A calendar without covered years
 * answers for every day by its weekend, holidays and working days. Mainland China's official
 * calendar, built from the State Council's yearly notices, is {@link WorkingCalendars#mainlandChina()}.
 *
 * <pre>{@code
 * WorkingCalendar c = WorkingCalendar.weekendsOnly()
 *     .withHolidays(Set.of(LocalDate.of(2024, 10, 1), ...))
 *     .withWorkingDays(Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)))
 *     .coveringYears(CalendarYears.of(2024));
 * }</pre>
 */
public final class WorkingCalendar {

  private final Set<DayOfWeek> weekend;
  /** The most working days {@link #plusWorkingDays} counts: about forty years. */
  public static final int MAX_WORKING_DAYS = 10_000;

  /** The longest span {@link #workingDaysAfter} counts over, in days: one hundred years. */
  public static final int MAX_SPAN_DAYS = 36_525;

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingDays;
  private final @Nullable CalendarYears years;
  private final OutsideYears outside;

  private WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> workingDays) {
    this(weekend, holidays, workingDays, null, OutsideYears.REFUSE);
  }

  private WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> workingDays,
      @Nullable CalendarYears years, OutsideYears outside) {
    this.weekend = weekend;
    this.holidays = holidays;
    this.workingDays = workingDays;
    this.years = years;
    this.outside = outside;
    for (LocalDate d : holidays) {
      if (workingDays.contains(d)) {
        throw new DomainValidationException("WorkingCalendar", "holidays", "holiday-or-working-day",
            d + " is listed both as a holiday and as a working day");
      }
    }
  }

  /** Returns the calendar of Saturdays and Sundays off and no holidays. */
  public static WorkingCalendar weekendsOnly() {
    return new WorkingCalendar(Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)),
        Set.of(), Set.of());
  }

  /**
   * Returns a calendar with the given weekend days and no holidays.
   *
   * @param weekend the days of the week off; not all seven
   * @return the calendar
   */
  public static WorkingCalendar withWeekend(Set<DayOfWeek> weekend) {
    DomainChecks.noNullElements(weekend, "weekend");
    DomainChecks.check(weekend.size() < 7, "WorkingCalendar", "weekend", "working-weekday",
        "a calendar needs at least one working weekday");
    return new WorkingCalendar(Collections.unmodifiableSet(weekend.isEmpty()
        ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend)), Set.of(), Set.of());
  }

  /** Returns this calendar with the holidays added. */
  public WorkingCalendar withHolidays(Set<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(holidays);
    all.addAll(DomainChecks.noNullElements(more, "more"));
    return new WorkingCalendar(weekend, Collections.unmodifiableSet(all), workingDays, years, outside);
  }

  /** Returns this calendar with the working days (调休上班) added. */
  public WorkingCalendar withWorkingDays(Set<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(workingDays);
    all.addAll(DomainChecks.noNullElements(more, "more"));
    return new WorkingCalendar(weekend, holidays, Collections.unmodifiableSet(all), years, outside);
  }

  /**
   * Returns this calendar limited to the years its data covers: asked about a day outside them,
   * it answers as {@link #outsideYears()} says ({@link OutsideYears#REFUSE} unless chosen
   * otherwise).
   *
   * @param covered the years whose holidays and working days this calendar holds
   * @return the calendar
   */
  public WorkingCalendar coveringYears(CalendarYears covered) {
    return new WorkingCalendar(weekend, holidays, workingDays, requireNonNull(covered, "covered"), outside);
  }

  /**
   * Returns this calendar answering days outside its covered years as the caller chooses: refused
   * (the default) or by the weekend alone. It changes nothing for a calendar without covered years.
   *
   * @param choice what to answer outside the covered years
   * @return the calendar
   */
  public WorkingCalendar withOutsideYears(OutsideYears choice) {
    return new WorkingCalendar(weekend, holidays, workingDays, years, requireNonNull(choice, "choice"));
  }

  /** Returns the years this calendar's data covers; empty when it answers for every day alike. */
  public Optional<CalendarYears> years() {
    return Optional.ofNullable(years);
  }

  /** Returns what this calendar answers about a day outside its covered years. */
  public OutsideYears outsideYears() {
    return outside;
  }

  /**
   * Returns whether this calendar's data covers the day: always when it has no covered years.
   *
   * @param day the day
   * @return whether the day's holidays and working days are known
   */
  public boolean covers(LocalDate day) {
    requireNonNull(day, "day");
    return years == null || years.contains(day);
  }

  /** Returns the weekend days. */
  public Set<DayOfWeek> weekend() {
    return weekend;
  }

  /** Returns the holidays, in order. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Returns the days that are working days whatever their weekday, in order. */
  public Set<LocalDate> workingDays() {
    return workingDays;
  }

  /**
   * Returns whether the day is a working day.
   *
   * @param day the day
   * @return whether it is a working day
   * @throws OutsideCalendarYearsException if the day is outside the covered years and this
   *     calendar refuses such days
   */
  public boolean isWorkingDay(LocalDate day) {
    requireNonNull(day, "day");
    if (years != null && !years.contains(day)) {
      if (outside == OutsideYears.REFUSE) {
        throw new OutsideCalendarYearsException(day, years);
      }
      return !weekend.contains(day.getDayOfWeek());
    }
    if (workingDays.contains(day)) {
      return true;
    }
    return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * Returns the {@code n}-th working day after the day (the day itself not counted).
   *
   * @param day the day counted from
   * @param n how many working days; 1 to {@value #MAX_WORKING_DAYS}
   * @return that working day
   * @throws OutsideCalendarYearsException if the count reaches a day this calendar refuses
   * @throws DomainValidationException if {@code n} is out of range (rule {@code range}) or the
   *     count runs past the last date Java represents (rule {@code date-range})
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    requireNonNull(day, "day");
    DomainChecks.inRange("WorkingCalendar.plusWorkingDays", "n", n, 1, MAX_WORKING_DAYS);
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = nextDay(d);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  private static LocalDate nextDay(LocalDate day) {
    if (day.equals(LocalDate.MAX)) {
      throw new DomainValidationException("WorkingCalendar", "day", "date-range",
          "counting working days runs past " + LocalDate.MAX);
    }
    return day.plusDays(1);
  }

  /**
   * Returns the number of working days after {@code from} up to and including {@code to}; zero
   * when {@code to} is not after {@code from}.
   *
   * @throws OutsideCalendarYearsException if a day counted is one this calendar refuses
   * @throws DomainValidationException (rule {@code range}) if {@code to} lies more than
   *     {@value #MAX_SPAN_DAYS} days after {@code from}
   */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return 0;
    }
    DomainChecks.inRange("WorkingCalendar.workingDaysAfter", "to", java.time.temporal.ChronoUnit.DAYS.between(from, to), 1, MAX_SPAN_DAYS);
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingCalendar c && c.weekend.equals(weekend) && c.holidays.equals(holidays)
        && c.workingDays.equals(workingDays) && Objects.equals(c.years, years) && c.outside == outside;
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekend, holidays, workingDays, years, outside.ordinal());
  }

  /** Returns the weekend, the numbers of holidays and extra working days, and the covered years. */
  @Override
  public String toString() {
    return "WorkingCalendar[weekend=" + weekend + ", " + holidays.size() + " holidays, " + workingDays.size()
        + " working days" + (years == null ? "" : ", years " + years + ", outside " + outside) + "]";
  }
}
