package io.github.jiceng.governance.sim.compare;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.sim.engine.SimulationOptions;

/**
 * One side of a comparison: a name, the scenario with the policy under test, and how to run it.
 *
 * @param name what the variant is called in the report, such as {@code "greedy"}
 * @param scenario the scenario with the variant's policy
 * @param options how to run it (the matching mode is one of the policies compared), with the
 *     scenario's name
 */
public record Variant(String name, Scenario scenario, SimulationOptions options) {

  /** Checks that nothing is null and the name is not blank. */
  public Variant {
    requireNonNull(name, "name");
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a variant has a name");
    }
  }
}
