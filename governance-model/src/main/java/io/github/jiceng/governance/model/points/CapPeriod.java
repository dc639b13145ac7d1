package io.github.jiceng.governance.model.points;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar period in the policy's time zone (自然日/自然月/自然年) over which caps and limits
 * count.
 */
public enum CapPeriod {
  /** A calendar day. */
  DAY,
  /** A calendar month. */
  MONTH,
  /** A calendar year. */
  YEAR;

  /**
   * Returns the first day of the period holding the instant, in the zone.
   *
   * @param instant the instant
   * @param zone the zone whose calendar counts
   * @return the period's first day
   */
  public LocalDate start(Instant instant, ZoneId zone) {
    java.util.Objects.requireNonNull(zone, "zone");
    LocalDate day = LocalDate.ofInstant(instant, zone);
    switch (this) {
      case DAY:
        return day;
      case MONTH:
        return day.withDayOfMonth(1);
      default:
        return day.with(TemporalAdjusters.firstDayOfYear());
    }
  }

  /** Returns the Chinese word for the period, used in explanations. */
  public String chinese() {
    switch (this) {
      case DAY:
        return "日";
      case MONTH:
        return "月";
      default:
        return "年";
    }
  }
}
