package io.github.jiceng.governance.rules.partition;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hierarchy cut into partitions at one level: every node of that level heads one partition
 * holding its whole subtree; nodes above the level belong to none.
 *
 * <p>Because the hierarchy stores subtrees contiguously, a partition is a range of positions and
 * finding a node's partition is a binary search over the partition roots.
 *
 * <pre>{@code
 * GridPartitioning byCommunity = GridPartitioning.atLevel(hierarchy, "COMMUNITY");
 * byCommunity.partitionOf(GridId.of("xuemeili-b1"));   // Optional[baiyun]
 * byCommunity.members(GridId.of("baiyun"));            // baiyun and everything below it
 * }</pre>
 */
public final class GridPartitioning {

  private static final Logger log = LoggerFactory.getLogger(GridPartitioning.class);

  private final GridHierarchy hierarchy;
  private final String level;
  private final int[] rootPositions;

  private GridPartitioning(GridHierarchy hierarchy, String level, int[] rootPositions) {
    this.hierarchy = hierarchy;
    this.level = level;
    this.rootPositions = rootPositions;
  }

  /**
   * Cuts the hierarchy at the given level. Nested nodes of the same level (a grid inside a grid)
   * belong to the outermost one.
   *
   * @param hierarchy the hierarchy to cut
   * @param levelKey a level of the hierarchy's scheme, such as {@code "COMMUNITY"}
   * @return the partitioning; never null
   * @throws DomainValidationException if the scheme has no such level
   */
  public static GridPartitioning atLevel(GridHierarchy hierarchy, String levelKey) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(levelKey, "levelKey");
    if (!(hierarchy.scheme().level(levelKey).isPresent())) {
      throw new DomainValidationException("GridPartitioning", "levelKey", "level-in-scheme",
          "scheme " + hierarchy.scheme().name() + " has no level " + levelKey);
    }
    List<GridId> candidates = hierarchy.nodesAtLevel(levelKey);
    int[] roots = new int[candidates.size()];
    int count = 0;
    int coveredUntil = -1;
    for (GridId id : candidates) {
      int p = hierarchy.position(id);
      if (p >= coveredUntil) {
        roots[count++] = p;
        coveredUntil = p + hierarchy.subtreeSize(id);
      }
    }
    int[] trimmed = Arrays.copyOf(roots, count);
    log.debug("cut {} nodes of {} into {} partitions at level {}", hierarchy.size(), hierarchy.root(), count, levelKey);
    return new GridPartitioning(hierarchy, levelKey, trimmed);
  }

  /** Returns the level the hierarchy was cut at. */
  public String level() {
    return level;
  }

  /** Returns the partition roots in preorder. */
  public List<GridId> roots() {
    List<GridId> out = new ArrayList<>(rootPositions.length);
    for (int p : rootPositions) {
      out.add(hierarchy.idAt(p));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the root of the partition holding the node, or empty when the node lies above the
   * level (or in a branch without a node of that level).
   *
   * @throws DomainValidationException if the hierarchy has no such node
   */
  public Optional<GridId> partitionOf(GridId node) {
    int p = hierarchy.position(node);
    int i = Arrays.binarySearch(rootPositions, p);
    if (i >= 0) {
      return Optional.of(hierarchy.idAt(p));
    }
    int before = -i - 2;
    if (before >= 0 && hierarchy.isAncestorOf(rootPositions[before], p)) {
      return Optional.of(hierarchy.idAt(rootPositions[before]));
    }
    return Optional.empty();
  }

  /**
   * Returns the partition's nodes in preorder, its root first.
   *
   * @throws DomainValidationException if the id is not a partition root
   */
  public List<GridId> members(GridId root) {
    int p = hierarchy.position(root);
    if (!(Arrays.binarySearch(rootPositions, p) >= 0)) {
      throw new DomainValidationException("GridPartitioning", "root", "partition-root",
          root + " is not a partition root at level " + level);
    }
    List<GridId> out = new ArrayList<>(hierarchy.subtreeSize(root));
    out.add(root);
    out.addAll(hierarchy.descendants(root));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the number of nodes that belong to no partition: those above the level and those in
   * branches without a node of the level.
   */
  public int unpartitioned() {
    int inside = 0;
    for (int p : rootPositions) {
      inside += hierarchy.subtreeSize(hierarchy.idAt(p));
    }
    return hierarchy.size() - inside;
  }

  /** Returns {@code GridPartitioning[level, k partitions]}. */
  @Override
  public String toString() {
    return "GridPartitioning[" + level + ", " + rootPositions.length + " partitions]";
  }
}
