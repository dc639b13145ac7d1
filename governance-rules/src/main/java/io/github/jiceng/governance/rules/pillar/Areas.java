package io.github.jiceng.governance.rules.pillar;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;

/** Grid subtrees, squads' areas and days in periods, shared by the rules of this package. */
final class Areas {

  private Areas() {}

  /** Returns whether the node is the root or lies below it; false when the hierarchy lacks either. */
  static boolean within(GridHierarchy h, GridId root, GridId node) {
    if (!h.contains(node) || !h.contains(root)) {
      return false;
    }
    return node.equals(root) || h.isAncestorOf(root, node);
  }

  /** Returns the leaves of the node's subtree, the node itself when it is a leaf. */
  static SortedSet<GridId> leaves(GridHierarchy h, GridId node) {
    SortedSet<GridId> out = new TreeSet<>();
    int p = h.position(node);
    int end = p + h.subtreeSize(node);
    for (int c = p; c < end; c++) {
      GridId id = h.idAt(c);
      if (h.subtreeSize(id) == 1) {
        out.add(id);
      }
    }
    return out;
  }

  /** Refuses a node the hierarchy does not hold. */
  static void requireNode(GridHierarchy h, String subject, String field, GridId node) {
    if (!h.contains(node)) {
      throw new DomainValidationException(subject, field, "grid-exists", "the hierarchy has no grid " + node);
    }
  }

  /** Returns whether the day, from its start in the zone, lies in the period. */
  static boolean dayIn(Interval period, LocalDate day, ZoneId zone) {
    return period.contains(day.atStartOfDay(zone).toInstant());
  }
}
