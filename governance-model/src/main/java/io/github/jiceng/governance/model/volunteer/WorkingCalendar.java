package io.github.jiceng.governance.model.volunteer;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are working days (工作日历), as data: every day is a working day unless it is a
 * weekend day or a holiday (法定节假日), except the days listed as working days (调休上班), which
 * are working days whatever their weekday. A district loads the year's holiday arrangement as
 * published.
 *
 * <pre>{@code
 * WorkingCalendar c = WorkingCalendar.weekendsOnly()
 *     .withHolidays(Set.of(LocalDate.of(2024, 10, 1), ...))
 *     .withWorkingDays(Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));
 * }</pre>
 */
public final class WorkingCalendar {

  private final Set<DayOfWeek> weekend;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workingDays;

  private WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> workingDays) {
    this.weekend = weekend;
    this.holidays = holidays;
    this.workingDays = workingDays;
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
    requireNonNull(weekend, "weekend");
    checkArgument(weekend.size() < 7, "a calendar needs at least one working weekday");
    return new WorkingCalendar(Collections.unmodifiableSet(weekend.isEmpty()
        ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend)), Set.of(), Set.of());
  }

  /** Returns this calendar with the holidays added. */
  public WorkingCalendar withHolidays(Set<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(holidays);
    all.addAll(requireNonNull(more, "more"));
    return new WorkingCalendar(weekend, Collections.unmodifiableSet(all), workingDays);
  }

  /** Returns this calendar with the working days (调休上班) added. */
  public WorkingCalendar withWorkingDays(Set<LocalDate> more) {
    TreeSet<LocalDate> all = new TreeSet<>(workingDays);
    all.addAll(requireNonNull(more, "more"));
    return new WorkingCalendar(weekend, holidays, Collections.unmodifiableSet(all));
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

  /** Returns whether the day is a working day. */
  public boolean isWorkingDay(LocalDate day) {
    requireNonNull(day, "day");
    if (workingDays.contains(day)) {
      return true;
    }
    return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /**
   * Returns the {@code n}-th working day after the day (the day itself not counted).
   *
   * @param day the day counted from
   * @param n how many working days; positive
   * @return that working day
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    requireNonNull(day, "day");
    checkArgument(n > 0, "n must be positive: %s", n);
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Returns the number of working days after {@code from} up to and including {@code to}; zero
   * when {@code to} is not after {@code from}.
   */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
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
    return o instanceof WorkingCalendar && ((WorkingCalendar) o).weekend.equals(weekend)
        && ((WorkingCalendar) o).holidays.equals(holidays) && ((WorkingCalendar) o).workingDays.equals(workingDays);
  }

  @Override
  public int hashCode() {
    return weekend.hashCode() * 31 * 31 + holidays.hashCode() * 31 + workingDays.hashCode();
  }

  /** Returns the weekend and the numbers of holidays and extra working days. */
  @Override
  public String toString() {
    return "WorkingCalendar[weekend=" + weekend + ", " + holidays.size() + " holidays, " + workingDays.size()
        + " working days]";
  }
}
