package io.github.jiceng.governance.sim.engine.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The run's clock: the day being simulated (from 0; -1 before the first), its date and its start
 * in the scenario's zone. Only the engine moves it, a day at a time; the phases read it.
 */
final class RunClock {

  private final LocalDate first;
  private final ZoneId zone;
  private int day = -1;
  private LocalDate date;
  private Instant dayStart;

  RunClock(LocalDate first, ZoneId zone, Instant start) {
    this.first = first;
    this.zone = zone;
    this.date = first;
    this.dayStart = start;
  }

  /** Moves to the next day. */
  void advance() {
    day++;
    date = first.plusDays(day);
    dayStart = date.atStartOfDay(zone).toInstant();
  }

  /** The day being simulated, from 0; -1 before the first. */
  int day() {
    return day;
  }

  /** The date of the day being simulated. */
  LocalDate date() {
    return date;
  }

  /** The start of the day being simulated, in the zone. */
  Instant dayStart() {
    return dayStart;
  }

  /** The start of the next calendar day in the zone: 23 or 25 hours away on a day the clocks change. */
  Instant nextDayStart() {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The instant of a time of the current day. */
  Instant at(int hour, int minute) {
    return date.atTime(hour, minute).atZone(zone).toInstant();
  }

  /** The run's zone. */
  ZoneId zone() {
    return zone;
  }
}
