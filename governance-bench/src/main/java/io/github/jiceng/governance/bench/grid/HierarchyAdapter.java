package io.github.jiceng.governance.bench.grid;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One grid-hierarchy implementation as the benchmark sees it, in the manner of Caffeine's
 * {@code BasicCache}: the SDK and each peer answer the same questions on the same instance, so
 * they can be timed side by side in one JMH run and checked against each other.
 *
 * <p>Bulk methods loop inside the implementation, so the benchmark pays no interface call per
 * query.
 */
public interface HierarchyAdapter {

  /** The implementations compared; {@code @Param} values of the benchmark. */
  enum Impl {
    /** The SDK's {@link io.github.jiceng.governance.model.grid.GridHierarchy}. */
    SDK {
      @Override
      public HierarchyAdapter build(List<GridNode> nodes) {
        return SdkHierarchyAdapter.build(nodes);
      }
    },
    /** JGraphT 1.5.3: a {@code SimpleDirectedGraph} and a {@code BinaryLiftingLCAFinder}. */
    JGRAPHT {
      @Override
      public HierarchyAdapter build(List<GridNode> nodes) {
        return JGraphTHierarchyAdapter.build(nodes);
      }
    };

    /**
     * Builds the implementation's structure, including whatever it needs before it can answer
     * ancestor queries (validation for the SDK, the LCA index for JGraphT).
     *
     * @param nodes the nodes of one tree, in any order
     * @return the adapter; never null
     */
    public abstract HierarchyAdapter build(List<GridNode> nodes);
  }

  /** Returns the number of nodes. */
  int size();

  /** Returns whether {@code ancestor} lies strictly above {@code node}. */
  boolean isAncestorOf(GridId ancestor, GridId node);

  /**
   * Answers {@code isAncestorOf(ancestors[i], nodes[i])} for every {@code i}.
   *
   * @return the number of true answers
   */
  int countAncestors(GridId[] ancestors, GridId[] nodes);

  /**
   * Rolls the instance's residents up to every ancestor, from the input form the implementation
   * works on (per-position counts for the SDK, counts by id for JGraphT).
   *
   * @return every node's total, itself included, by id
   */
  ToLongFunction<GridId> rollUp(HierarchyInstance instance);
}
