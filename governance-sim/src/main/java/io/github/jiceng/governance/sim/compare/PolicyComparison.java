package io.github.jiceng.governance.sim.compare;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.report.RunMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of running one scenario and seed under two variants: both runs' figures and the
 * differences between them.
 *
 * <pre>{@code
 * PolicyComparison c = PolicyComparison.matching(scenario, 42L, 365, SimulationOptions.defaults());
 * c.differences();          // service rate, waiting time, points, fund: first, second, change
 * }</pre>
 *
 * @param first the first variant
 * @param second the second variant
 * @param seed the seed both ran with
 * @param days the days both ran
 * @param firstRun the first run's figures
 * @param secondRun the second run's figures
 * @param differences the figures side by side, in a fixed order
 */
public record PolicyComparison(Variant first, Variant second, long seed, int days, RunMetrics firstRun,
    RunMetrics secondRun, List<Difference> differences) {

  /** Checks that nothing is null and copies the differences. */
  public PolicyComparison {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    requireNonNull(firstRun, "firstRun");
    requireNonNull(secondRun, "secondRun");
    differences = List.copyOf(differences);
  }

  /**
   * One figure of both runs.
   *
   * @param metric the figure's name, such as {@code "service rate"}
   * @param unit its unit, such as {@code "‰"}, {@code "min"}, {@code "pt"} or {@code "fen"}
   * @param first its value in the first run
   * @param second its value in the second run
   */
  public record Difference(String metric, String unit, long first, long second) {

    /** Checks that nothing is null. */
    public Difference {
      requireNonNull(metric, "metric");
      requireNonNull(unit, "unit");
    }

    /** Returns the change from the first run to the second. */
    public long change() {
      return Math.subtractExact(second, first);
    }

    /** Returns the change per mille of the first value, rounded half away from zero; 0 if the first is 0. */
    public long changePerMille() {
      if (first == 0) {
        return 0;
      }
      long num = Math.multiplyExact(change(), 2000L);
      long den = 2L * Math.abs(first);
      return num >= 0 ? (num + Math.abs(first)) / den : -((-num + Math.abs(first)) / den);
    }
  }

  /**
   * Runs both variants and compares them.
   *
   * @param first the first variant
   * @param second the second variant
   * @param seed the seed of both runs
   * @param days the days of both runs
   * @return the comparison
   */
  public static PolicyComparison of(Variant first, Variant second, long seed, int days) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    SimulationResult a = Simulator.run(first.scenario(), seed, days, first.options());
    SimulationResult b = Simulator.run(second.scenario(), seed, days, second.options());
    RunMetrics ma = RunMetrics.of(a);
    RunMetrics mb = RunMetrics.of(b);
    List<Difference> d = new ArrayList<>();
    d.add(new Difference("service rate (closed per thousand raised)", "‰", ma.serviceRatePerMille(),
        mb.serviceRatePerMille()));
    d.add(new Difference("demands closed", "", ma.demandsClosed(), mb.demandsClosed()));
    d.add(new Difference("demands open at the end", "", ma.demandsOpen(), mb.demandsOpen()));
    d.add(new Difference("mean wait from raising to claim", "min", ma.meanWaitingMinutes(), mb.meanWaitingMinutes()));
    d.add(new Difference("points issued (inflation)", "pt", ma.pointsIssued(), mb.pointsIssued()));
    d.add(new Difference("points issued per earner", "pt", ma.pointsPerEarner(), mb.pointsPerEarner()));
    d.add(new Difference("points outstanding at the end", "pt", ma.pointsOutstanding(), mb.pointsOutstanding()));
    d.add(new Difference("fund paid out (burn)", "fen", ma.fundPaid().fen(), mb.fundPaid().fen()));
    d.add(new Difference("fund paid out per 30 days", "fen", ma.fundPaidPer30Days().fen(), mb.fundPaidPer30Days().fen()));
    d.add(new Difference("fund paid per thousand donated", "‰", ma.fundBurnPerMille(), mb.fundBurnPerMille()));
    d.add(new Difference("fund balance at the end", "fen", ma.fundBalance().fen(), mb.fundBalance().fen()));
    return new PolicyComparison(first, second, seed, days, ma, mb, d);
  }

  /** Compares exact with greedy matching on the scenario. */
  public static PolicyComparison matching(Scenario scenario, long seed, int days, SimulationOptions options) {
    return of(new Variant("optimal", scenario, options.withMatching(MatchingMode.OPTIMAL)),
        new Variant("greedy", scenario, options.withMatching(MatchingMode.GREEDY)), seed, days);
  }

  /** Compares the scenario's points policy with another. */
  public static PolicyComparison points(Scenario scenario, PointsPolicy other, long seed, int days,
      SimulationOptions options) {
    PointsPolicy own = scenario.sectionOrDefault(ScenarioSection.POINTS_POLICY).orElseThrow();
    return of(new Variant(own.label(), scenario, options),
        new Variant(other.label(), scenario.with(ScenarioSection.POINTS_POLICY, other), options), seed, days);
  }

  /** Compares the scenario's channel policy with another. */
  public static PolicyComparison channels(Scenario scenario, ChannelPolicy other, long seed, int days,
      SimulationOptions options) {
    ChannelPolicy own = scenario.sectionOrDefault(ScenarioSection.CHANNEL_POLICY).orElseThrow();
    return of(new Variant(describe(own), scenario, options),
        new Variant(describe(other), scenario.with(ScenarioSection.CHANNEL_POLICY, other), options), seed, days);
  }

  /** A channel policy as {@code CLAIM>PURCHASE:300>UNDERTAKE}. */
  public static String describe(ChannelPolicy p) {
    StringBuilder b = new StringBuilder();
    for (var c : p.order()) {
      b.append(b.length() == 0 ? "" : ">").append(c);
      int share = p.sharePerMille().get(c);
      if (share != 1000) {
        b.append(':').append(share);
      }
    }
    return b.toString();
  }
}
