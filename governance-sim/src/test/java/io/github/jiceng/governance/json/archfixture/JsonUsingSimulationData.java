package io.github.jiceng.governance.json.archfixture;

import io.github.jiceng.governance.sim.model.IntRange;

/** For the architecture tests: json reading the simulation's data, which it may (ADR 0036). */
public final class JsonUsingSimulationData {
  public Object range() {
    return IntRange.of(1, 2);
  }
}
