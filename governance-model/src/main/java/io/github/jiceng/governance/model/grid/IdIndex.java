package io.github.jiceng.governance.model.grid;

/**
 * An open-addressing map from {@link GridId} to an array position: linear probing over a
 * power-of-two table at most half full. Each slot holds the id's hash in its high half and the
 * position plus one in its low half (0 is empty), so a probe compares hashes before it touches
 * a node; the ids themselves stay in the node array it indexes.
 */
final class IdIndex {

  private final long[] table;
  private final int mask;

  IdIndex(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.table = new long[slots];
    this.mask = slots - 1;
  }

  private IdIndex(long[] table) {
    this.table = table;
    this.mask = table.length - 1;
  }

  private static int hash(GridId id) {
    int h = id.value().hashCode();
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /** Returns the position stored for the id, or -1. */
  int find(GridId id, GridNode[] nodes) {
    int h = hash(id);
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long entry = table[s];
      if (entry == 0) {
        return -1;
      }
      if ((int) (entry >>> 32) == h) {
        int p = (int) entry - 1;
        GridId stored = nodes[p].id();
        if (stored == id || stored.equals(id)) {
          return p;
        }
      }
    }
  }

  /** Stores the position unless the id is present; returns the position already stored, or -1. */
  int putIfAbsent(GridId id, int position, GridNode[] nodes) {
    int h = hash(id);
    for (int s = h & mask; ; s = (s + 1) & mask) {
      long entry = table[s];
      if (entry == 0) {
        table[s] = ((long) h << 32) | (position + 1);
        return -1;
      }
      if ((int) (entry >>> 32) == h && nodes[(int) entry - 1].id().equals(id)) {
        return (int) entry - 1;
      }
    }
  }

  /** Returns an index whose positions are mapped through {@code newPosition}. */
  IdIndex remap(int[] newPosition) {
    long[] remapped = new long[table.length];
    for (int s = 0; s < table.length; s++) {
      long entry = table[s];
      if (entry != 0) {
        remapped[s] = (entry & 0xFFFF_FFFF_0000_0000L) | (newPosition[(int) entry - 1] + 1);
      }
    }
    return new IdIndex(remapped);
  }
}
