package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The level and code rules of a hierarchy, checked node by node against its parent. */
final class GridRules {

  private GridRules() {}

  static void checkLevelsAndCodes(LevelScheme scheme, GridNode[] nodes, int[] parentOf, byte[] levelOf,
      List<Violation> violations) {
    Map<GridCode, Integer> firstWithCode = new HashMap<>();
    for (int i = 0; i < nodes.length; i++) {
      GridNode node = nodes[i];
      String subject = "GridNode[" + node.id() + "]";
      int l = levelOf[i];
      int p = parentOf[i];
      boolean parentKnown = p >= 0;
      if (l >= 0 && p == -1 && !scheme.isRootIndex(l)) {
        violations.add(new Violation(subject, "level", "root-level",
            "level " + node.level() + " may not be the root; scheme " + scheme.name() + " allows "
                + scheme.rootLevels()));
      }
      if (l >= 0 && parentKnown && levelOf[p] >= 0 && !scheme.allowsIndex(levelOf[p], l)) {
        violations.add(new Violation(subject, "level", "level-under-parent",
            "level " + node.level() + " may not sit below " + nodes[p].level() + " (" + nodes[p].id()
                + "); scheme " + scheme.name() + " allows " + scheme.childLevels(nodes[p].level())));
      }
      if (node.code().isEmpty()) {
        continue;
      }
      GridCode code = node.code().get();
      Integer first = firstWithCode.putIfAbsent(code, i);
      if (first != null) {
        violations.add(new Violation(subject, "code", "code-unique",
            "code " + code + " is already the code of " + nodes[first].id()));
      }
      if (l >= 0) {
        checkCode(scheme.levels().get(l), code, parentKnown ? nodes[p] : null, subject, violations);
      }
    }
  }

  private static void checkCode(GridLevel level, GridCode code, GridNode parentNode, String subject,
      List<Violation> violations) {
    LevelCoding coding = level.coding();
    if (coding instanceof LevelCoding.Uncoded) {
      violations.add(new Violation(subject, "code", "code-not-expected",
          "level " + level.key() + " carries no code, but the node has " + code));
    } else if (coding instanceof LevelCoding.Division) {
      LevelCoding.Division d = (LevelCoding.Division) coding;
      if (code.segmentCount() > 0 || code.division().level() != d.level()) {
        violations.add(new Violation(subject, "code", "code-fits-level",
            "level " + level.key() + " is coded by a " + d.level() + "-level division code, was " + code));
      } else if (parentNode != null && parentNode.code().isPresent()
          && !parentNode.code().get().isAncestorOf(code)) {
        violations.add(new Violation(subject, "code", "code-below-parent",
            "code " + code + " does not lie below the parent's code " + parentNode.code().get()));
      }
    } else {
      LevelCoding.Sequence s = (LevelCoding.Sequence) coding;
      List<Integer> widths = code.segmentWidths();
      if (widths.isEmpty() || widths.get(widths.size() - 1) != s.width()) {
        violations.add(new Violation(subject, "code", "code-fits-level",
            "level " + level.key() + " is coded by the parent's code plus a " + s.width()
                + "-digit segment, was " + code));
      } else if (parentNode == null || parentNode.code().isEmpty()
          || !parentNode.code().get().isParentOf(code)) {
        violations.add(new Violation(subject, "code", "code-derives-from-parent",
            "code " + code + " must be the parent's code plus one segment; the parent's code is "
                + (parentNode == null ? "unknown" : parentNode.code().map(Object::toString).orElse("missing"))));
      }
    }
  }
}
