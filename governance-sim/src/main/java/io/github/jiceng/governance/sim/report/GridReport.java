package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridLevel;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.GridTotals;
import io.github.jiceng.governance.rules.partition.GridPartitioning;
import java.util.List;

/**
 * A plain-text report of a grid hierarchy (网格层级报告): the tree with levels and codes, how many
 * nodes of each level every subtree holds, and how the hierarchy partitions at each level.
 *
 * <p>The text is deterministic: the same hierarchy always gives the same report. Names, level
 * names and keys go through {@link SafeText#line}: a name cannot clear the screen, reorder a
 * line or start a forged one.
 */
public final class GridReport {

  private GridReport() {}

  /**
   * Renders the report.
   *
   * @param hierarchy the hierarchy to describe
   * @return the report, lines separated by {@code \n}, ending with one
   */
  public static String render(GridHierarchy hierarchy) {
    requireNonNull(hierarchy, "hierarchy");
    StringBuilder out = new StringBuilder();
    out.append("Grid hierarchy ").append(hierarchy.root()).append(": ").append(hierarchy.size())
        .append(" nodes, scheme ").append(SafeText.line(hierarchy.scheme().name())).append(" v")
        .append(hierarchy.scheme().version()).append('\n');
    List<GridLevel> levels = hierarchy.scheme().levels();
    GridTotals[] perLevel = new GridTotals[levels.size()];
    for (int l = 0; l < levels.size(); l++) {
      String key = levels.get(l).key();
      perLevel[l] = hierarchy.rollUp(n -> n.level().equals(key) ? 1 : 0);
    }
    for (GridNode node : hierarchy.nodes()) {
      GridId id = node.id();
      GridLevel level = hierarchy.level(id);
      out.append("  ".repeat(hierarchy.depth(id) + 1))
          .append(SafeText.line(node.name())).append(" [").append(SafeText.line(level.displayName())).append(' ')
          .append(SafeText.line(level.key())).append(']')
          .append("  ").append(node.code().map(GridCode::toString).orElse("(no code)"));
      if (hierarchy.subtreeSize(id) > 1) {
        out.append("  ").append(belowSummary(id, levels, perLevel));
      }
      out.append('\n');
    }
    out.append("Partitions (units of independent work):\n");
    for (int l = 0; l < levels.size(); l++) {
      if (perLevel[l].total(hierarchy.root()) == 0) {
        continue;
      }
      GridPartitioning p = GridPartitioning.atLevel(hierarchy, levels.get(l).key());
      out.append("  at ").append(SafeText.line(levels.get(l).key())).append(": ").append(p.roots().size())
          .append(p.roots().size() == 1 ? " partition" : " partitions").append(", ")
          .append(p.unpartitioned()).append(" nodes outside\n");
    }
    return out.toString();
  }

  /** "below: 2 STREET, 3 COMMUNITY": how many nodes of each level lie below the node. */
  private static String belowSummary(GridId id, List<GridLevel> levels, GridTotals[] perLevel) {
    StringBuilder s = new StringBuilder("below:");
    String separator = " ";
    for (int l = 0; l < levels.size(); l++) {
      long count = perLevel[l].total(id) - perLevel[l].own(id);
      if (count > 0) {
        s.append(separator).append(count).append(' ').append(SafeText.line(levels.get(l).key()));
        separator = ", ";
      }
    }
    return s.toString();
  }
}
