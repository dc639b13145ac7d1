package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridLevel;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.GridTotals;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.partition.GridPartitioning;
import java.util.List;

/**
 * A plain-text report of a grid hierarchy (网格层级报告): the tree with levels and codes, how many
 * nodes of each level every subtree holds, and how the hierarchy partitions at each level.
 *
 * <p>It is in Chinese unless another {@link Language} is asked for. The text is deterministic: the same hierarchy always gives the same report. Names, level
 * names and keys go through {@link SafeText#line}: a name cannot clear the screen, reorder a
 * line or start a forged one.
 */
public final class GridReport {

  private GridReport() {}

  /**
   * Renders the report in Chinese.
   *
   * @param hierarchy the hierarchy to describe
   * @return the report, lines separated by {@code \n}, ending with one
   */
  public static String render(GridHierarchy hierarchy) {
    return render(hierarchy, Language.ZH);
  }

  /**
   * Renders the report in a language.
   *
   * @param hierarchy the hierarchy to describe
   * @param language the language, chosen by the caller
   * @return the report, lines separated by {@code \n}, ending with one
   */
  public static String render(GridHierarchy hierarchy, Language language) {
    requireNonNull(hierarchy, "hierarchy");
    ReportTexts lang = ReportTexts.of(language);
    StringBuilder out = new StringBuilder();
    out.append(lang.text("grid.title", hierarchy.root(), hierarchy.size(), SafeText.line(hierarchy.scheme().name()),
        hierarchy.scheme().version())).append('\n');
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
          .append("  ").append(node.code().map(GridCode::toString).orElse(lang.text("grid.noCode")));
      if (hierarchy.subtreeSize(id) > 1) {
        out.append("  ").append(belowSummary(id, levels, perLevel, lang));
      }
      out.append('\n');
    }
    out.append(lang.text("grid.partitions")).append('\n');
    for (int l = 0; l < levels.size(); l++) {
      if (perLevel[l].total(hierarchy.root()) == 0) {
        continue;
      }
      GridPartitioning p = GridPartitioning.atLevel(hierarchy, levels.get(l).key());
      out.append("  ").append(lang.text(p.roots().size() == 1 ? "grid.partition.one" : "grid.partition.many",
          SafeText.line(lang.language() == Language.ZH ? levels.get(l).displayName() : levels.get(l).key()),
          p.roots().size(), p.unpartitioned())).append('\n');
    }
    return out.toString();
  }

  /**
   * How many nodes of each level lie below the node: "below: 2 STREET, 3 COMMUNITY", or in
   * Chinese by the levels' names, "下辖：街道 2，社区 3".
   */
  private static String belowSummary(GridId id, List<GridLevel> levels, GridTotals[] perLevel, ReportTexts lang) {
    StringBuilder s = new StringBuilder();
    for (int l = 0; l < levels.size(); l++) {
      long count = perLevel[l].total(id) - perLevel[l].own(id);
      if (count > 0) {
        GridLevel level = levels.get(l);
        s.append(s.length() == 0 ? "" : lang.text("list.separator")).append(lang.text("grid.belowLevel", count,
            SafeText.line(lang.language() == Language.ZH ? level.displayName() : level.key())));
      }
    }
    return lang.text("grid.below", s);
  }
}
