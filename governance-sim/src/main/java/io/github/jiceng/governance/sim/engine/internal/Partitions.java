package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The partitions of a run: the nodes of the parameters' partition level (default community), in
 * the hierarchy's order, else the root alone; each grid's partition and each partition's
 * resources (those covering a grid in it or above it). Fixed for the run; looked up by matching,
 * clues and proposals.
 */
final class Partitions {

  private final GridHierarchy hierarchy;
  private final Indexes index;
  private final List<GridId> partitions = new ArrayList<>();
  /** Each grid's partition, found once; looked up, never iterated. */
  private final Map<GridId, GridId> partitionOf = new HashMap<>();
  private final Map<GridId, List<Resource>> resourcesOf = new HashMap<>();

  Partitions(GridHierarchy hierarchy, String level, Indexes index) {
    this.hierarchy = hierarchy;
    this.index = index;
    if (hierarchy.scheme().level(level).isPresent()) {
      partitions.addAll(hierarchy.nodesAtLevel(level));
    }
    if (partitions.isEmpty()) {
      partitions.add(hierarchy.root());
    }
    for (GridId p : partitions) {
      List<Resource> list = new ArrayList<>();
      for (Resource r : index.resources()) {
        for (GridId g : r.coverage()) {
          if (index.within(g, p) || index.within(p, g)) {
            list.add(r);
            break;
          }
        }
      }
      resourcesOf.put(p, List.copyOf(list));
    }
  }

  /** The partitions in the hierarchy's order. */
  List<GridId> all() {
    return Collections.unmodifiableList(partitions);
  }

  /** The partition root of a grid: its ancestor (or itself) at the partition level, else the root. */
  GridId of(GridId grid) {
    GridId cached = partitionOf.get(grid);
    if (cached != null) {
      return cached;
    }
    GridId found = hierarchy.root();
    for (GridId p : partitions) {
      if (index.within(p, grid)) {
        found = p;
        break;
      }
    }
    partitionOf.put(grid, found);
    return found;
  }

  /** The resources of a partition, in id order. */
  List<Resource> resourcesOf(GridId partition) {
    return resourcesOf.getOrDefault(partition, List.of());
  }
}
