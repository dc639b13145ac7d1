package io.github.jiceng.governance.model.grid;

/** An open-addressing map from {@code long} keys to non-negative {@code int} values, at most half full. */
final class LongIndex {

  private final long[] keys;
  private final int[] values; // value + 1; 0 is empty
  private final int mask;

  LongIndex(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
    this.keys = new long[slots];
    this.values = new int[slots];
    this.mask = slots - 1;
  }

  /** Stores the value unless the key is present; returns the value already stored, or -1. */
  int putIfAbsent(long key, int value) {
    long h = key * 0x9E3779B97F4A7C15L;
    for (int s = (int) (h ^ (h >>> 32)) & mask; ; s = (s + 1) & mask) {
      if (values[s] == 0) {
        keys[s] = key;
        values[s] = value + 1;
        return -1;
      }
      if (keys[s] == key) {
        return values[s] - 1;
      }
    }
  }
}
