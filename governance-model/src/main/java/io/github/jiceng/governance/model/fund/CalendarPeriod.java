package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A calendar period in the fund's zone (自然月/自然季度/自然年) over which caps and limits count. */
public enum CalendarPeriod {
  /** A calendar month. */
  MONTH("月"),
  /** A calendar quarter. */
  QUARTER("季度"),
  /** A calendar year. */
  YEAR("年");

  private final String chinese;

  CalendarPeriod(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese word, such as {@code "年"}. */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the period holding the instant, as a half-open interval of instants.
   *
   * @param instant the instant
   * @param zone the zone whose calendar counts
   * @return the period, from the start of its first day to the start of the next period
   */
  public Interval around(Instant instant, ZoneId zone) {
    LocalDate day = LocalDate.ofInstant(instant, zone);
    LocalDate first;
    LocalDate next;
    switch (this) {
      case MONTH:
        first = day.withDayOfMonth(1);
        next = first.plusMonths(1);
        break;
      case QUARTER:
        first = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        next = first.plusMonths(3);
        break;
      default:
        first = day.withDayOfYear(1);
        next = first.plusYears(1);
        break;
    }
    return Interval.of(first.atStartOfDay(zone).toInstant(), next.atStartOfDay(zone).toInstant());
  }
}
