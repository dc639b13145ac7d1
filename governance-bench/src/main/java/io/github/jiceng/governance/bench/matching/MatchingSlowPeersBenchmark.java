package io.github.jiceng.governance.bench.matching;

import io.github.jiceng.governance.bench.matching.MatchingInstance.Size;
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
 * JGraphT's {@code CapacityScalingMinimumCostFlow} on the anchor instances, with the SDK's exact
 * mode beside it in the same run for the ratio. JGraphT takes minutes on M, so this class runs on
 * demand, one shot, apart from {@link MatchingBenchmark}:
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'matching.MatchingSlowPeersBenchmark' -f 1 -wi 0 -i 1 -t 1 \
 *     -jvmArgs "-Xms6g -Xmx6g" -rf json -rff governance-bench/target/jmh-matching-slow.json
 * </pre>
 *
 * <p>So that a fork solves only once, the known optimum is checked after the shot, in
 * {@code @TearDown}; a wrong total still fails the run before its time is reported.
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
public class MatchingSlowPeersBenchmark {

  /** The instance. */
  @Param({"S", "M"})
  public Size size;

  /** The solver. */
  @Param({"JGRAPHT", "SDK_OPTIMAL"})
  public MatchingSolver solver;

  MatchingInstance instance;
  long last;

  /** Generates the instance. */
  @Setup(Level.Trial)
  public void setUp() {
    instance = MatchingInstance.generate(size);
    System.gc();
  }

  /** Checks the measured answer. */
  @TearDown(Level.Trial)
  public void check() {
    Checks.verify(solver, instance, last);
  }

  /** Solves the instance once. */
  @Benchmark
  public long solve() {
    last = solver.solve(instance);
    return last;
  }
}
