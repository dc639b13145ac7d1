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
 * B-MATCH-EXACT and B-MATCH-GREEDY (performance anchors, section 7): the SDK's exact and greedy
 * matching against OR-Tools {@code MinCostFlow} on the anchor instances, in one JMH run.
 *
 * <p>One operation solves one instance from its arc arrays: the SDK builds its CSR arrays,
 * OR-Tools loads its arcs through JNI; both are timed. Every fork checks its solver's total against
 * the instance's known optimum when it sets up and after the last measurement (exact solvers must
 * equal it, the greedy must reach 95 % of it), and throws if not. JGraphT is far slower and runs
 * in {@link MatchingSlowPeersBenchmark}.
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'matching.MatchingBenchmark' -f 1 -wi 3 -i 5 -t 1 \
 *     -jvmArgs "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" -rf json -rff governance-bench/target/jmh-matching.json
 * </pre>
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
public class MatchingBenchmark {

  /** The instance. */
  @Param({"S", "M", "L"})
  public Size size;

  /** The solver. */
  @Param({"SDK_OPTIMAL", "SDK_GREEDY", "ORTOOLS"})
  public MatchingSolver solver;

  MatchingInstance instance;
  long last;

  /** Generates the instance and checks the solver on it before anything is timed. */
  @Setup(Level.Trial)
  public void setUp() {
    instance = MatchingInstance.generate(size);
    Checks.verify(solver, instance, solver.solve(instance));
  }

  /** Collects the previous shot's garbage so no shot pays for another's. */
  @Setup(Level.Iteration)
  public void collect() {
    System.gc();
  }

  /** Checks the last measured answer. */
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
