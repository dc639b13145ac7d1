package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.sim.engine.internal.Setting;
import io.github.jiceng.governance.sim.model.SimulationParameters;

/**
 * Runs scenario simulations: the same scenario, seed, days and options give the same event log
 * and result, byte for byte; another seed gives another run. The scenario is the one scenario
 * type of the SDK, {@link Scenario}, as a file holds it or a program builds it; it is played as it
 * is, each absent section taking its default:
 *
 * <ul>
 *   <li>the parameters are the {@code simulation} section, else derived from the scenario's own
 *       records ({@link #parameters});
 *   <li>the service chain's demands without a service yet are the demands still waiting at the
 *       start; served ones are history and not played again;
 *   <li>the fund's entries are recorded again through its books at the start; clues' recorded
 *       steps are taken again through a clue register, and those not finished are worked on;
 *       proposals are taken over as they stand and handled on;
 *   <li>of the assessment schemes the first scores party members and the second units;
 *   <li>the fund's payer is the parameters' {@code fundPayer}, else whoever paid the fund's latest
 *       disbursement if the roster lists them, else the first approver;
 *   <li>the working calendar is mainland China's official one when the scenario has none.
 * </ul>
 *
 * <pre>{@code
 * Scenario scenario = GovernanceJson.files().readScenario(in);
 * SimulationResult r = Simulator.run(scenario, 42L, 365,
 *     SimulationOptions.defaults().withMatching(MatchingMode.GREEDY).withScenarioName("jungar-banner"));
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
   * Checks that a scenario can be played: it has a roster, and its parts refer to each other
   * (resources to organizations of the roster and grids of the hierarchy, the fund to a grid and
   * its payer to a person, records to dates before the start, the points policy to the run's
   * zone); every broken reference is reported at once. {@link #start} checks the same.
   *
   * @param scenario the scenario
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if it cannot be played
   */
  public static void check(Scenario scenario) {
    new Setting(requireNonNull(scenario, "scenario"), "scenario");
  }

  /**
   * Returns the parameters a scenario is played with: its {@code simulation} section, else those
   * derived from its own records and policies
   * ({@link io.github.jiceng.governance.sim.scenario.ScenarioFiles#derivedParameters}).
   *
   * @param scenario the scenario
   * @return the parameters
   */
  public static SimulationParameters parameters(Scenario scenario) {
    return Setting.parametersOf(requireNonNull(scenario, "scenario"));
  }

  /**
   * Starts a simulation to be stepped day by day.
   *
   * @param scenario what to play
   * @param seed the seed of every random stream
   * @param days how many days, 1-3660
   * @param options how to run
   * @return the simulation, before its first day
   * @throws IllegalArgumentException if days is out of range
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the scenario
   *     cannot be played ({@link #check}), or (rule
   *     {@code calendar-years}) if the scenario's working calendar refuses days outside its years
   *     and does not cover the run's days and the {@value #CALENDAR_MARGIN_DAYS} days after them,
   *     within which the last volunteer records' deadlines fall
   */
  public static Simulation start(Scenario scenario, long seed, int days, SimulationOptions options) {
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
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the scenario
   *     cannot be played, or the working calendar does not cover the run, as {@link #start} says
   */
  public static SimulationResult run(Scenario scenario, long seed, int days, SimulationOptions options) {
    Simulation s = start(scenario, seed, days, options);
    while (!s.done()) {
      s.step();
    }
    return s.finish();
  }
}
