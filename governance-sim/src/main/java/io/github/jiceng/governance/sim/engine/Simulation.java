package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.sim.engine.internal.Engine;
import io.github.jiceng.governance.sim.engine.internal.Setting;

/**
 * A simulation run one day at a time, for test harnesses that look at the state between days.
 *
 * <pre>{@code
 * Simulation sim = Simulator.start(scenario, 7L, 30, SimulationOptions.defaults());
 * while (!sim.done()) {
 *   StepView day = sim.step();     // invariants checked after the step
 *   ...
 * }
 * SimulationResult result = sim.finish();
 * }</pre>
 *
 * <p>Not thread-safe: one thread steps one simulation.
 */
public final class Simulation {

  private final Engine engine;

  Simulation(Scenario scenario, long seed, int days, SimulationOptions options) {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    this.engine = new Engine(new Setting(scenario, options.scenarioName()), seed, days, options);
  }

  /** Returns whether every day has been simulated. */
  public boolean done() {
    return engine.done();
  }

  /** Returns the next day to simulate, from 0. */
  public int nextDay() {
    return engine.nextDay();
  }

  /**
   * Simulates the next day.
   *
   * @return the state after the day, valid until the next step
   * @throws InvariantBrokenException if invariants are checked and one broke
   * @throws IllegalStateException if every day has been simulated
   */
  public StepView step() {
    return engine.step();
  }

  /**
   * Returns the result once every day has been simulated.
   *
   * @throws IllegalStateException if days are left
   */
  public SimulationResult finish() {
    return engine.finish();
  }
}
