package io.github.jiceng.governance.sim.model.archfixture;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.rules.partition.GridPartitioning;

/** A deliberate breach for the architecture tests: the simulation's data depending on rules. */
public final class SimulationDataUsingRules {
  public Object cut(GridHierarchy h) {
    return GridPartitioning.atLevel(h, "COMMUNITY");
  }
}
