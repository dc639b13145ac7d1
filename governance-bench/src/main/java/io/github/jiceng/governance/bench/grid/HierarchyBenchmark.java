package io.github.jiceng.governance.bench.grid;

import io.github.jiceng.governance.bench.grid.HierarchyAdapter.Impl;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridTotals;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
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
 * B-HIERARCHY (performance anchors, section 7): the SDK's {@code GridHierarchy} against JGraphT
 * 1.5.3 on the {@link HierarchyInstance} of 1,057,053 nodes, in one JMH run.
 *
 * <p>Peers are compared through {@link HierarchyAdapter} and {@code @Param impl} (SDK, JGRAPHT):
 *
 * <ul>
 *   <li>{@link #build}: from the node list to a structure ready for ancestor queries: validation
 *       and layout for the SDK; graph plus the LCA index for JGraphT. Single shot, after a GC.
 *   <li>{@link #ancestorChecks}: every query of the instance (1,000,000) by id; one operation is
 *       the whole batch.
 *   <li>{@link #rollUp}: residents rolled up to every node; SDK from per-position counts
 *       ({@code rollUp(long[])}), JGraphT from a {@code Map<GridId, Long>}.
 * </ul>
 *
 * <p>Two SDK-only variants have no JGraphT counterpart and run without the parameter:
 * {@link #ancestorChecksByPosition} ({@code isAncestorOf(int, int)} over the same queries as
 * preorder positions) and {@link #rollUpByNode} ({@code rollUp(ToLongFunction<GridNode>)} reading
 * the same {@code Map<GridId, Long>} JGraphT starts from).
 *
 * <p>Every fork checks its implementation against the instance's known answers (number of true
 * queries, residents' total at the root) when it sets up and tears down, and throws if they
 * differ; since both implementations must give the same known answers, they agree with each
 * other. (JMH runs each implementation in its own JVM, so they cannot be compared directly
 * there; {@code HierarchyAdaptersTest} compares them query by query and node by node.)
 *
 * <p>Run, one JVM fork per benchmark and parameter:
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'grid.HierarchyBenchmark' -f 1 -t 1 \
 *     -jvmArgs "-Xms4g -Xmx4g -XX:+AlwaysPreTouch" -rf json -rff governance-bench/target/jmh-hierarchy.json
 * </pre>
 *
 * <p>A CI smoke run: {@code -p nodes=1000 -p queries=10000 -wi 1 -i 1 -w 1s -r 1s}.
 */
@Fork(1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HierarchyBenchmark {

  /** The generated instance, shared by every state of a fork. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Target node count; 1,057,053 is the anchor tree. */
    @Param("1057053")
    public int nodes;

    /** Number of ancestor queries. */
    @Param("1000000")
    public int queries;

    HierarchyInstance instance;

    /** Generates the instance. */
    @Setup(Level.Trial)
    public void generate() {
      instance = HierarchyInstance.generate(nodes, queries);
    }
  }

  /** The implementation to build, with a GC before each shot so no earlier shot's garbage is timed. */
  @State(Scope.Benchmark)
  public static class Building {
    /** The implementation. */
    @Param({"SDK", "JGRAPHT"})
    public Impl impl;

    /** Checks a build against the instance's answers before anything is timed. */
    @Setup(Level.Trial)
    public void check(Data data) {
      Checks.verify(impl.build(data.instance.nodes()), data.instance);
    }

    /** Collects the previous shot's structure. */
    @Setup(Level.Iteration)
    public void collect() {
      System.gc();
    }
  }

  /** One implementation, built and checked once per fork. */
  @State(Scope.Benchmark)
  public static class Built {
    /** The implementation. */
    @Param({"SDK", "JGRAPHT"})
    public Impl impl;

    HierarchyAdapter adapter;

    /** Builds and checks the implementation. */
    @Setup(Level.Trial)
    public void build(Data data) {
      adapter = impl.build(data.instance.nodes());
      Checks.verify(adapter, data.instance);
    }

    /** Checks again: nothing the benchmark did may have changed the answers. */
    @TearDown(Level.Trial)
    public void check(Data data) {
      Checks.verify(adapter, data.instance);
    }
  }

  /** The SDK alone, for the variants JGraphT has no counterpart of. */
  @State(Scope.Benchmark)
  public static class Sdk {
    SdkHierarchyAdapter adapter;

    /** Builds the hierarchy and checks both SDK-only variants. */
    @Setup(Level.Trial)
    public void build(Data data) {
      adapter = SdkHierarchyAdapter.build(data.instance.nodes());
      Checks.verify(adapter, data.instance);
      Checks.verifySdkVariants(adapter, data.instance);
    }

    /** Checks again after the measurements. */
    @TearDown(Level.Trial)
    public void check(Data data) {
      Checks.verifySdkVariants(adapter, data.instance);
    }
  }

  /** Builds the structure from the node list; one shot per iteration. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 3, batchSize = 1)
  @Measurement(iterations = 5, batchSize = 1)
  public HierarchyAdapter build(Building building, Data data) {
    return building.impl.build(data.instance.nodes());
  }

  /** Answers every query by id; returns the number of true answers. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public int ancestorChecks(Built built, Data data) {
    return built.adapter.countAncestors(data.instance.queryAncestorIds(), data.instance.queryNodeIds());
  }

  /** SDK only: answers every query by preorder position. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public int ancestorChecksByPosition(Sdk sdk, Data data) {
    return sdk.adapter.countAncestors(data.instance.queryAncestorPositions(), data.instance.queryNodePositions());
  }

  /** Rolls the residents up to every node. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public ToLongFunction<GridId> rollUp(Built built, Data data) {
    return built.adapter.rollUp(data.instance);
  }

  /** SDK only: rolls up with {@code rollUp(ToLongFunction<GridNode>)} from counts by id. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public GridTotals rollUpByNode(Sdk sdk, Data data) {
    return sdk.adapter.rollUpByNode(data.instance);
  }

  /** The checks every fork makes. */
  static final class Checks {
    private Checks() {}

    static void verify(HierarchyAdapter adapter, HierarchyInstance instance) {
      if (adapter.size() != instance.size()) {
        throw new IllegalStateException(adapter.getClass().getSimpleName() + ": " + adapter.size()
            + " nodes, expected " + instance.size());
      }
      if (adapter instanceof SdkHierarchyAdapter) {
        verifyPreorder((SdkHierarchyAdapter) adapter, instance);
      }
      int trueAnswers = adapter.countAncestors(instance.queryAncestorIds(), instance.queryNodeIds());
      if (trueAnswers != instance.expectedTrueQueries()) {
        throw new IllegalStateException(adapter.getClass().getSimpleName() + ": " + trueAnswers
            + " true ancestor answers, expected " + instance.expectedTrueQueries());
      }
      long rootTotal = adapter.rollUp(instance).applyAsLong(instance.rootId());
      if (rootTotal != instance.expectedRootTotal()) {
        throw new IllegalStateException(adapter.getClass().getSimpleName() + ": root total " + rootTotal
            + ", expected " + instance.expectedRootTotal());
      }
    }

    /** The per-position inputs (queries, residents) are only right if the preorders agree. */
    static void verifyPreorder(SdkHierarchyAdapter adapter, HierarchyInstance instance) {
      for (int p = 0; p < instance.size(); p++) {
        if (!adapter.hierarchy().idAt(p).equals(instance.idAtPosition(p))) {
          throw new IllegalStateException("SDK preorder differs from the instance's at position " + p);
        }
      }
    }

    static void verifySdkVariants(SdkHierarchyAdapter adapter, HierarchyInstance instance) {
      verifyPreorder(adapter, instance);
      int trueAnswers = adapter.countAncestors(instance.queryAncestorPositions(), instance.queryNodePositions());
      if (trueAnswers != instance.expectedTrueQueries()) {
        throw new IllegalStateException("SDK by position: " + trueAnswers + " true ancestor answers, expected "
            + instance.expectedTrueQueries());
      }
      long rootTotal = adapter.rollUpByNode(instance).total(instance.rootId());
      if (rootTotal != instance.expectedRootTotal()) {
        throw new IllegalStateException("SDK by node: root total " + rootTotal + ", expected "
            + instance.expectedRootTotal());
      }
    }
  }
}
