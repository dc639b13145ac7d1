package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import java.time.LocalDate;

/**
 * The figures of one simulated day, for charts and comparisons.
 *
 * @param day the day, from 0
 * @param date its date in the scenario's zone
 * @param raised demands raised that day
 * @param claimed demands claimed that day
 * @param closed demands closed that day
 * @param open demands not in a final state at the end of the day
 * @param overdue open demands past their state's time limit at the end of the day
 * @param pointsAwarded points awarded that day
 * @param pointsOutstanding points in every balance at the end of the day
 * @param fundIn money donated that day (entries recorded before the start are not counted)
 * @param fundOut money paid out that day (entries recorded before the start are not counted)
 * @param fundBalance what the fund holds at the end of the day
 * @param events events logged that day
 */
public record DayFigures(int day, LocalDate date, int raised, int claimed, int closed, int open, int overdue,
    long pointsAwarded, long pointsOutstanding, Money fundIn, Money fundOut, Money fundBalance, int events) {

  /** Checks that nothing is null. */
  public DayFigures {
    requireNonNull(date, "date");
    requireNonNull(fundIn, "fundIn");
    requireNonNull(fundOut, "fundOut");
    requireNonNull(fundBalance, "fundBalance");
  }
}
