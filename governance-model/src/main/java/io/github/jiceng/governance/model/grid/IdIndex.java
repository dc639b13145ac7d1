package io.github.jiceng.governance.model.grid;

/**
 * An open-addressing map from {@link GridId} to an array position, storing only ints: the ids
 * themselves stay in the node array it indexes. Linear probing over a power-of-two table at most
 * half full.
 */
final class IdIndex {

  private final int[] table; // position + 1; 0 is empty
  private final int mask;

  IdIndex(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.table = new int[slots];
    this.mask = slots - 1;
  }

  private IdIndex(int[] table) {
    this.table = table;
    this.mask = table.length - 1;
  }

  private static int slot(GridId id) {
    int h = id.value().hashCode();
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /** Returns the position stored for the id, or -1. */
  int find(GridId id, GridNode[] nodes) {
    for (int s = slot(id) & mask; ; s = (s + 1) & mask) {
      int entry = table[s];
      if (entry == 0) {
        return -1;
      }
      if (nodes[entry - 1].id().equals(id)) {
        return entry - 1;
      }
    }
  }

  /** Stores the position unless the id is present; returns the position already stored, or -1. */
  int putIfAbsent(GridId id, int position, GridNode[] nodes) {
    for (int s = slot(id) & mask; ; s = (s + 1) & mask) {
      int entry = table[s];
      if (entry == 0) {
        table[s] = position + 1;
        return -1;
      }
      if (nodes[entry - 1].id().equals(id)) {
        return entry - 1;
      }
    }
  }

  /** Returns an index whose positions are mapped through {@code newPosition}. */
  IdIndex remap(int[] newPosition) {
    int[] remapped = new int[table.length];
    for (int s = 0; s < table.length; s++) {
      if (table[s] != 0) {
        remapped[s] = newPosition[table[s] - 1] + 1;
      }
    }
    return new IdIndex(remapped);
  }
}
