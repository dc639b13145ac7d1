package io.github.jiceng.governance.bench.grid;

import io.github.jiceng.governance.model.grid.GridNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Measures the heap each implementation retains for the {@link HierarchyInstance} tree (not a JMH
 * benchmark): the instance and its node list stay alive throughout, so only what a structure
 * adds is counted.
 *
 * <p>For each implementation: collect garbage a few times, read the used heap, build the
 * structure, collect again, read again; the difference is the structure's retained size. Each
 * measurement is repeated (default 5, alternating implementations) and the median printed, one
 * line per implementation, then the ratio. GC-based measurement is noisy by a few MB; a fixed
 * heap ({@code -Xms4g -Xmx4g}) keeps it steady.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp governance-bench/target/benchmarks.jar \
 *     io.github.jiceng.governance.bench.grid.RetainedHeap [nodes [runs]]
 * </pre>
 */
public final class RetainedHeap {

  private static final double MIB = 1024.0 * 1024.0;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private RetainedHeap() {}

  /**
   * Runs the measurement.
   *
   * @param args optional: the target node count (default 1,057,053) and the number of runs
   *     (default 5)
   */
  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0]) : HierarchyInstance.ANCHOR_NODES;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    HierarchyInstance instance = HierarchyInstance.generate(nodes, 4);
    List<GridNode> input = instance.nodes();
    System.out.printf(Locale.ROOT, "instance: %,d nodes; %d runs; GC: %s; max heap %,.0f MiB%n",
        instance.size(), runs, gcNames(), Runtime.getRuntime().maxMemory() / MIB);

    long[] sdk = new long[runs];
    long[] graph = new long[runs];
    long[] graphAndLca = new long[runs];
    for (int r = 0; r < runs; r++) {
      sdk[r] = retained(() -> SdkHierarchyAdapter.build(input));
      graph[r] = retained(() -> JGraphTHierarchyAdapter.graph(input));
      graphAndLca[r] = retained(() -> JGraphTHierarchyAdapter.build(input));
    }
    Reference.reachabilityFence(instance);

    long sdkMedian = median(sdk);
    long graphMedian = median(graph);
    long peerMedian = median(graphAndLca);
    print("SDK GridHierarchy (validated, with id index)", sdk, instance.size());
    print("JGRAPHT SimpleDirectedGraph<GridId, DefaultEdge>", graph, instance.size());
    print("JGRAPHT SimpleDirectedGraph + BinaryLiftingLCAFinder", graphAndLca, instance.size());
    System.out.printf(Locale.ROOT, "ratio JGRAPHT (graph + LCA) / SDK: %.1fx; graph alone / SDK: %.1fx;"
        + " SDK / JGRAPHT (graph + LCA): 1/%.1f%n",
        (double) peerMedian / sdkMedian, (double) graphMedian / sdkMedian, (double) peerMedian / sdkMedian);
  }

  /** Returns the heap the built structure retains, in bytes. */
  private static long retained(Supplier<Object> build) {
    long before = usedAfterGc();
    Object structure = build.get();
    long after = usedAfterGc();
    Reference.reachabilityFence(structure);
    return after - before;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static void print(String label, long[] bytes, int nodes) {
    List<String> runs = new ArrayList<>();
    for (long b : bytes) {
      runs.add(String.format(Locale.ROOT, "%.1f", b / MIB));
    }
    long median = median(bytes);
    System.out.printf(Locale.ROOT, "%-55s %8.1f MiB  %6.1f B/node  (median; runs: %s)%n",
        label + ":", median / MIB, (double) median / nodes, String.join(", ", runs));
  }

  private static String gcNames() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining(", "));
  }
}
