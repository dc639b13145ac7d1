package io.github.jiceng.governance.sim.engine;

/**
 * Runs scenario simulations: the same scenario, seed, days and options give the same event log
 * and result, byte for byte; another seed gives another run.
 *
 * <pre>{@code
 * SimulationResult r = Simulator.run(scenario, 42L, 365,
 *     SimulationOptions.defaults().withMatching(MatchingMode.GREEDY));
 * }</pre>
 */
public final class Simulator {

  private Simulator() {}

  /**
   * Starts a simulation to be stepped day by day.
   *
   * @param scenario what to play
   * @param seed the seed of every random stream
   * @param days how many days, 1-3660
   * @param options how to run
   * @return the simulation, before its first day
   * @throws IllegalArgumentException if days is out of range
   */
  public static Simulation start(SimulationScenario scenario, long seed, int days, SimulationOptions options) {
    return new Simulation(scenario, seed, days, options);
  }

  /**
   * Runs a simulation to its end.
   *
   * @param scenario what to play
   * @param seed the seed of every random stream
   * @param days how many days, 1-3660
   * @param options how to run
   * @return the result
   * @throws InvariantBrokenException if invariants are checked and one broke
   * @throws IllegalArgumentException if days is out of range
   */
  public static SimulationResult run(SimulationScenario scenario, long seed, int days, SimulationOptions options) {
    Simulation s = start(scenario, seed, days, options);
    while (!s.done()) {
      s.step();
    }
    return s.finish();
  }
}
