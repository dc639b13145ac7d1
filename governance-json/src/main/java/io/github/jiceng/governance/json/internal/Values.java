package io.github.jiceng.governance.json.internal;

/**
 * The values read for one object, handed to its constructor. Each {@link #get} marks its field
 * as used; a constructor that forgets a declared field fails on its first read (an
 * {@link IllegalStateException}, a bug in the codec), so no property is ever read and dropped.
 */
public final class Values {

  private final Object owner;
  private final Object[] values;
  long used;

  Values(Object owner, Object[] values) {
    this.owner = owner;
    this.values = values;
  }

  /**
   * Returns the value read for a field and marks it used: the value itself for a required or
   * defaulted field, an {@code Optional} for an optional one.
   */
  public <V> V get(Slot<V> slot) {
    used |= 1L << slot.index;
    return peek(slot);
  }

  /** Returns the value read for a field without marking it used (for locating violations). */
  @SuppressWarnings("unchecked")
  public <V> V peek(Slot<V> slot) {
    if (slot.owner != owner) {
      throw new IllegalStateException(slot + " belongs to another codec");
    }
    return (V) values[slot.index];
  }
}
