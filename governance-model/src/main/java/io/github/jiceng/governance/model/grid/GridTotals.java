package io.github.jiceng.governance.model.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-node counts rolled up a {@link GridHierarchy} (逐级汇总): each node's own count and the
 * total of its whole subtree, as returned by {@link GridHierarchy#rollUp}.
 */
public final class GridTotals {

  private final GridHierarchy hierarchy;
  private final long[] own;
  private final long[] total;

  GridTotals(GridHierarchy hierarchy, long[] own, long[] total) {
    this.hierarchy = hierarchy;
    this.own = own;
    this.total = total;
  }

  /** Returns the node's own count. */
  public long own(GridId id) {
    return own[hierarchy.position(id)];
  }

  /** Returns the node's own count plus those of all its descendants. */
  public long total(GridId id) {
    return total[hierarchy.position(id)];
  }

  /** Returns every node's total, in preorder. */
  public Map<GridId, Long> totals() {
    Map<GridId, Long> out = new LinkedHashMap<>();
    for (int p = 0; p < total.length; p++) {
      out.put(hierarchy.idAt(p), total[p]);
    }
    return Collections.unmodifiableMap(out);
  }

  /** Returns {@code GridTotals[root=total]}. */
  @Override
  public String toString() {
    return "GridTotals[" + hierarchy.root() + "=" + total[0] + "]";
  }
}
