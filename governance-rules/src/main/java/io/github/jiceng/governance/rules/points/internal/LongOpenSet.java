package io.github.jiceng.governance.rules.points.internal;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A set of {@code long} values by open addressing with linear probing over a power-of-two array,
 * at most 70 % full; sized once for the most values it will hold, so it never rehashes. Zero is
 * the empty-slot marker and is tracked apart. No boxing, one array: ten million ids take 128 MiB.
 */
public final class LongOpenSet {

  private static final long PHI = 0x9E3779B97F4A7C15L;

  private final long[] slots;
  private final int shift;
  private final int mask;
  private final int limit;
  private boolean hasZero;
  private int size;

  /**
   * Creates a set for at most {@code capacity} values.
   *
   * @param capacity the most values the set will hold; at most 2^29
   */
  public LongOpenSet(int capacity) {
    checkArgument(capacity >= 0 && capacity <= (1 << 29), "capacity out of range: %s", capacity);
    long wanted = Math.max(16L, (long) capacity * 10 / 7 + 1);
    int bits = 64 - Long.numberOfLeadingZeros(wanted - 1);
    slots = new long[1 << bits];
    shift = 64 - bits;
    mask = (1 << bits) - 1;
    limit = (int) ((long) slots.length * 7 / 10);
  }

  /**
   * Adds the value.
   *
   * @return whether it was absent
   * @throws IllegalStateException if the set would grow past its capacity
   */
  public boolean add(long value) {
    if (value == 0) {
      if (hasZero) {
        return false;
      }
      hasZero = true;
      size++;
      return true;
    }
    long[] s = slots;
    int i = (int) ((value * PHI) >>> shift);
    while (true) {
      long v = s[i];
      if (v == 0) {
        if (size >= limit) {
          throw new IllegalStateException("set is full: " + size + " values");
        }
        s[i] = value;
        size++;
        return true;
      }
      if (v == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns whether the value is in the set. */
  public boolean contains(long value) {
    if (value == 0) {
      return hasZero;
    }
    long[] s = slots;
    int i = (int) ((value * PHI) >>> shift);
    while (true) {
      long v = s[i];
      if (v == value) {
        return true;
      }
      if (v == 0) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  /** Returns the number of values. */
  public int size() {
    return size;
  }
}
