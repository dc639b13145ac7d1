package io.github.jiceng.governance.bench.grid;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.GridTotals;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The SDK side of the benchmark: a {@link GridHierarchy} of {@link LevelSchemes#COUNTY}, built
 * and validated by {@link GridHierarchy#of}.
 *
 * <p>Besides the adapter's id-based methods it offers the SDK's hot-loop forms: ancestor checks
 * by preorder position ({@link #countAncestors(int[], int[])}) and a roll-up from a
 * {@link java.util.function.ToLongFunction} over nodes ({@link #rollUpByNode}).
 */
public final class SdkHierarchyAdapter implements HierarchyAdapter {

  private final GridHierarchy hierarchy;

  private SdkHierarchyAdapter(GridHierarchy hierarchy) {
    this.hierarchy = hierarchy;
  }

  /**
   * Validates the nodes and builds the hierarchy.
   *
   * @param nodes the nodes of one tree
   * @return the adapter; never null
   */
  public static SdkHierarchyAdapter build(List<GridNode> nodes) {
    return new SdkHierarchyAdapter(GridHierarchy.of(LevelSchemes.COUNTY, nodes));
  }

  /** Returns the hierarchy. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  @Override
  public int size() {
    return hierarchy.size();
  }

  @Override
  public boolean isAncestorOf(GridId ancestor, GridId node) {
    return hierarchy.isAncestorOf(ancestor, node);
  }

  @Override
  public int countAncestors(GridId[] ancestors, GridId[] nodes) {
    GridHierarchy h = hierarchy;
    int count = 0;
    for (int i = 0; i < nodes.length; i++) {
      if (h.isAncestorOf(ancestors[i], nodes[i])) {
        count++;
      }
    }
    return count;
  }

  /**
   * Answers {@code isAncestorOf(ancestors[i], nodes[i])} by preorder position for every {@code i}.
   *
   * @return the number of true answers
   */
  public int countAncestors(int[] ancestors, int[] nodes) {
    GridHierarchy h = hierarchy;
    int count = 0;
    for (int i = 0; i < nodes.length; i++) {
      if (h.isAncestorOf(ancestors[i], nodes[i])) {
        count++;
      }
    }
    return count;
  }

  /** Rolls up the per-position residents with {@link GridHierarchy#rollUp(long[])}. */
  @Override
  public ToLongFunction<GridId> rollUp(HierarchyInstance instance) {
    long[] totals = hierarchy.rollUp(instance.residentsByPosition());
    GridHierarchy h = hierarchy;
    return id -> totals[h.position(id)];
  }

  /**
   * Rolls up the residents by id with {@link GridHierarchy#rollUp(ToLongFunction)}, looking each
   * node's count up in the same {@code Map<GridId, Long>} the JGraphT peer starts from.
   *
   * @return every node's own count and total
   */
  public GridTotals rollUpByNode(HierarchyInstance instance) {
    Map<GridId, Long> own = instance.residentsById();
    return hierarchy.rollUp(node -> {
      Long count = own.get(node.id());
      return count == null ? 0L : count;
    });
  }
}
