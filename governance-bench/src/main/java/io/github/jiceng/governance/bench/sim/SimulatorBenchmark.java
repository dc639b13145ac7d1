package io.github.jiceng.governance.bench.sim;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B-SIM: one simulated year (single shot) of a fixed-seed scenario through every rule, events
 * streamed to a counting sink (not kept), invariants not checked while measuring; exact and
 * greedy matching in one run ({@code @Param matching}). Divide the events of a run (printed at
 * set-up) by the time of a run for events per second.
 *
 * <ul>
 *   <li>{@code DISTRICT}: {@link SyntheticScenarios#district} of {@code residents} residents
 *       (seed 7), its streets, communities, grids and buildings staffed completely;
 *   <li>{@code SMALL}: {@link SyntheticScenarios#small()}, two communities;
 *   <li>{@code SEED}: the article's seed scenario, {@code scenarioFile} read with
 *       {@link ScenarioFiles#read} (run from the repository's root).
 * </ul>
 *
 * <p>Set-up runs the first {@value #CHECKED_DAYS} days with every invariant checked after every
 * day (a broken one throws and fails the fork), then the whole year once for the expected number
 * of events; tear-down checks that the last measured run logged exactly that many.
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'sim.SimulatorBenchmark' -f 1 -t 1 \
 *     -jvmArgs "-Xms4g -Xmx4g" -rf json -rff governance-bench/target/jmh-sim.json
 * </pre>
 *
 * <p>A CI smoke run: {@code -p instance=SMALL -p days=30 -wi 0 -i 1}.
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
public class SimulatorBenchmark {

  /** Days of the set-up run with every invariant checked. */
  public static final int CHECKED_DAYS = 30;

  /** The scenarios measured. */
  public enum Instance {
    /** A synthetic district of {@code residents} residents. */
    DISTRICT,
    /** The small synthetic scenario. */
    SMALL,
    /** The article's seed scenario, read from {@code scenarioFile}. */
    SEED
  }

  /** The scenario. */
  @Param({"DISTRICT", "SMALL", "SEED"})
  public Instance instance;

  /** The matching mode. */
  @Param({"OPTIMAL", "GREEDY"})
  public MatchingMode matching;

  /** Residents of the district. */
  @Param("100000")
  public int residents;

  /** Days simulated. */
  @Param("365")
  public int days;

  /** The scenario file of {@link Instance#SEED}, relative to the working directory. */
  @Param("seeds/jungar-banner/scenario.json")
  public String scenarioFile;

  /** The seed of every run. */
  @Param("1")
  public long seed;

  Scenario scenario;
  SimulationOptions options;
  long expectedEvents;
  long lastEvents;

  /** Builds the scenario, runs its first days with every invariant checked, counts the events of a run. */
  @Setup(Level.Trial)
  public void buildAndCheck() throws IOException {
    scenario = switch (instance) {
      case DISTRICT -> SyntheticScenarios.district(residents, 7L);
      case SMALL -> SyntheticScenarios.small();
      case SEED -> ScenarioFiles.read(Path.of(scenarioFile));
    };
    SimulationResult checked = Simulator.run(scenario, seed, Math.min(days, CHECKED_DAYS),
        SimulationOptions.defaults().withMatching(matching).withRetainedEvents(false));
    options = SimulationOptions.defaults().withMatching(matching).withInvariants(false).withRetainedEvents(false);
    expectedEvents = year();
    System.out.println("simulator instance " + instance + " " + scenario + ": " + checked.eventCount() + " events in "
        + checked.days() + " checked days; " + expectedEvents + " events per run of " + days + " days");
  }

  /** Checks that the last measured run logged the same events as the first. */
  @TearDown(Level.Trial)
  public void check() {
    if (lastEvents != expectedEvents) {
      throw new IllegalStateException("a run logged " + lastEvents + " events, the first " + expectedEvents);
    }
  }

  /** Simulates the days; returns the number of events logged. */
  @Benchmark
  public long year() {
    long[] events = new long[1];
    SimulationResult r = Simulator.run(scenario, seed, days, options.withSink(e -> events[0]++));
    if (r.eventCount() != events[0]) {
      throw new IllegalStateException("the sink saw " + events[0] + " events, the run logged " + r.eventCount());
    }
    lastEvents = events[0];
    return events[0];
  }
}
