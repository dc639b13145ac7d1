package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The level and code rules of a hierarchy, checked node by node against its parent.
 *
 * <p>Codes are unique across the hierarchy. Division codes are compared globally; a sequence code
 * is its parent's code plus one segment, so once parents' codes are unique it is enough to
 * compare the last segments of siblings, which needs no hashing of whole codes.
 */
final class GridRules {

  private GridRules() {}

  private static String subject(GridNode node) {
    return "GridNode[" + node.id() + "]";
  }

  /**
   * Checks every node's level and code against its parent's, in input order.
   *
   * @param children the nodes grouped by parent, from which siblings' codes are compared
   */
  static void checkLevelsAndCodes(LevelScheme scheme, GridNode[] nodes, int[] parentOf, byte[] levelOf,
      Children children, List<Violation> violations) {
    Map<GridCode, Integer> firstWithDivisionCode = new HashMap<>();
    int[] firstSibling = firstSiblingWithSameLastSegment(nodes, children);
    for (int i = 0; i < nodes.length; i++) {
      GridNode node = nodes[i];
      int l = levelOf[i];
      int p = parentOf[i];
      boolean parentKnown = p >= 0;
      if (l >= 0 && p == -1 && !scheme.isRootIndex(l)) {
        violations.add(new Violation(subject(node), "level", "root-level",
            "level " + node.level() + " may not be the root; scheme " + scheme.name() + " allows "
                + scheme.rootLevels()));
      }
      if (l >= 0 && parentKnown && levelOf[p] >= 0 && !scheme.allowsIndex(levelOf[p], l)) {
        violations.add(new Violation(subject(node), "level", "level-under-parent",
            "level " + node.level() + " may not sit below " + nodes[p].level() + " (" + nodes[p].id()
                + "); scheme " + scheme.name() + " allows " + scheme.childLevels(nodes[p].level())));
      }
      Optional<GridCode> maybeCode = node.code();
      if (maybeCode.isEmpty()) {
        continue;
      }
      GridCode code = maybeCode.get();
      int first;
      if (code.segmentCount() > 0 && parentKnown) {
        first = firstSibling[i];
        if (first >= 0 && !nodes[first].code().equals(maybeCode)) {
          first = -1; // same last segment, different code: the derivation rule reports it
        }
      } else {
        Integer f = firstWithDivisionCode.putIfAbsent(code, i);
        first = f == null ? -1 : f;
      }
      if (first >= 0) {
        violations.add(new Violation(subject(node), "code", "code-unique",
            "code " + code + " is already the code of " + nodes[first].id()));
      }
      if (l >= 0) {
        checkCode(scheme.levels().get(l), node, code, parentKnown ? nodes[p] : null, violations);
      }
    }
  }

  /**
   * For every node with a sequence code, the first sibling (lowest input position) whose code
   * ends in the same segment, or -1. Sorts each group of siblings by (segment, position), so the
   * work is sequential and needs no table as large as the hierarchy.
   */
  private static int[] firstSiblingWithSameLastSegment(GridNode[] nodes, Children children) {
    int[] first = new int[nodes.length];
    Arrays.fill(first, -1);
    long[] keys = new long[Math.max(1, children.largestGroup())];
    for (int parent = 0; parent < nodes.length; parent++) {
      int count = 0;
      for (int k = children.start(parent), end = children.end(parent); k < end; k++) {
        int child = children.at(k);
        Optional<GridCode> code = nodes[child].code();
        if (code.isPresent() && code.get().segmentCount() > 0) {
          long segment = code.get().segment(code.get().segmentCount() - 1);
          keys[count++] = (segment << 32) | child;
        }
      }
      if (count < 2) {
        continue;
      }
      Arrays.sort(keys, 0, count);
      int runFirst = (int) keys[0];
      for (int k = 1; k < count; k++) {
        if ((keys[k] >>> 32) == (keys[k - 1] >>> 32)) {
          first[(int) keys[k]] = runFirst;
        } else {
          runFirst = (int) keys[k];
        }
      }
    }
    return first;
  }

  private static void checkCode(GridLevel level, GridNode node, GridCode code, GridNode parentNode,
      List<Violation> violations) {
    LevelCoding coding = level.coding();
    if (coding instanceof LevelCoding.Uncoded) {
      violations.add(new Violation(subject(node), "code", "code-not-expected",
          "level " + level.key() + " carries no code, but the node has " + code));
    } else if (coding instanceof LevelCoding.Division) {
      LevelCoding.Division d = (LevelCoding.Division) coding;
      if (code.segmentCount() > 0 || code.division().level() != d.level()) {
        violations.add(new Violation(subject(node), "code", "code-fits-level",
            "level " + level.key() + " is coded by a " + d.level() + "-level division code, was " + code));
      } else if (parentNode != null && parentNode.code().isPresent()
          && !parentNode.code().get().isAncestorOf(code)) {
        violations.add(new Violation(subject(node), "code", "code-below-parent",
            "code " + code + " does not lie below the parent's code " + parentNode.code().get()));
      }
    } else {
      LevelCoding.Sequence s = (LevelCoding.Sequence) coding;
      int segments = code.segmentCount();
      if (segments == 0 || code.segmentWidth(segments - 1) != s.width()) {
        violations.add(new Violation(subject(node), "code", "code-fits-level",
            "level " + level.key() + " is coded by the parent's code plus a " + s.width()
                + "-digit segment, was " + code));
      } else if (parentNode == null || parentNode.code().isEmpty()
          || !parentNode.code().get().isParentOf(code)) {
        violations.add(new Violation(subject(node), "code", "code-derives-from-parent",
            "code " + code + " must be the parent's code plus one segment; the parent's code is "
                + (parentNode == null ? "unknown" : parentNode.code().map(Object::toString).orElse("missing"))));
      }
    }
  }
}
