package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What one simulation run was (模拟运行): the scenario's name, the seed, the days from the start
 * day in the zone, the matching mode, the subtree reported on and the grid hierarchy played on.
 * The header of an event log, so that the log alone says what it is a log of and can be reported
 * on.
 *
 * @param scenario the scenario's name
 * @param seed the seed
 * @param days the days simulated, 1 to 3660
 * @param start the first simulated day
 * @param zone the zone whose days were simulated
 * @param matching the matching mode
 * @param reportRoot the root of the subtree the run reports on
 * @param hierarchy the grid hierarchy the run played on
 */
public record SimulationRun(String scenario, long seed, int days, LocalDate start, ZoneId zone, MatchingMode matching,
    GridId reportRoot, GridHierarchy hierarchy) {

  /**
   * Validates the run.
   *
   * @throws DomainValidationException if the name or the days are out of range, or the report's
   *     root is not in the hierarchy
   */
  public SimulationRun {
    requireNonNull(scenario, "scenario");
    requireNonNull(start, "start");
    requireNonNull(zone, "zone");
    requireNonNull(matching, "matching");
    requireNonNull(reportRoot, "reportRoot");
    requireNonNull(hierarchy, "hierarchy");
    String subject = "SimulationRun[" + Excerpts.of(scenario) + "]";
    if (scenario.isBlank() || scenario.length() > 100) {
      throw new DomainValidationException(new Violation(subject, "scenario", "name-length",
          "a scenario name is 1-100 characters")
          .with("max", 100).with("length", scenario.length()));
    }
    if (days < 1 || days > 3660) {
      throw new DomainValidationException(new Violation(subject, "days", "days-range",
          "a run is 1-3660 days, was " + days)
              .with("min", 1).with("max", 3660).with("value", days));
    }
    if (!hierarchy.contains(reportRoot)) {
      throw new DomainValidationException(subject, "reportRoot", "grid-exists",
          "grid " + reportRoot + " is not in the hierarchy");
    }
  }

  /** Returns {@code SimulationRun[name, seed, days from start]}: the hierarchy by its root only. */
  @Override
  public String toString() {
    return "SimulationRun[" + scenario + ", seed " + seed + ", " + days + " days from " + start + " " + zone + ", "
        + matching + ", root " + reportRoot + " of " + hierarchy.size() + " grids]";
  }
}
