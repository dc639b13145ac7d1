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

  /**
   * How many days after a run's last day its working calendar must cover: a volunteer record
   * checked on the last day has its deadline ten working days after its activity, and no official
   * arrangement puts ten working days more than a month apart.
   */
  public static final int CALENDAR_MARGIN_DAYS = 31;

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
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException (rule
   *     {@code calendar-years}) if the scenario's working calendar refuses days outside its years
   *     and does not cover the run's days and the {@value #CALENDAR_MARGIN_DAYS} days after them,
   *     within which the last volunteer records' deadlines fall
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
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the working
   *     calendar does not cover the run, as {@link #start} says
   */
  public static SimulationResult run(SimulationScenario scenario, long seed, int days, SimulationOptions options) {
    Simulation s = start(scenario, seed, days, options);
    while (!s.done()) {
      s.step();
    }
    return s.finish();
  }
}
