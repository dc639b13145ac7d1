package io.github.jiceng.governance.json.internal;

/**
 * The typed handle of one field of an {@link ObjectCodec}: what the field declaration returns and
 * what the constructor passes to {@link Values#get} to take the value read.
 *
 * @param <V> the value's type ({@code Optional<X>} for an optional field)
 */
public final class Slot<V> {

  final Object owner;
  final int index;
  final String name;

  Slot(Object owner, int index, String name) {
    this.owner = owner;
    this.index = index;
    this.name = name;
  }

  /** Returns the property name. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return "Slot[" + name + "]";
  }
}
