package io.github.jiceng.governance.json.archfixture;

import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.model.IntRange;

/**
 * For the architecture tests: json may read the simulation's data (sim.model), never the
 * simulator (sim.engine).
 */
public final class JsonUsingTheSimulator {
  public Object options() {
    return SimulationOptions.defaults();
  }

  public Object range() {
    return IntRange.of(1, 2);
  }
}
