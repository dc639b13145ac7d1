package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One variant of a sealed hierarchy bound on its own for the Jackson module: it reads and writes
 * the union's form (with its {@code "type"}), so that a variant written through the mapper reads
 * back as the sealed type and the other way round, and refuses another variant where this one is
 * expected. It is never part of a file's table (files use the union), so it has no schema of its
 * own.
 *
 * @param <T> the sealed type
 * @param <V> the variant
 */
final class SubtypeCodec<T, V extends T> extends Codec<V> {

  private final UnionCodec<T> union;
  private final Class<V> variant;

  private SubtypeCodec(UnionCodec<T> union, Class<V> variant) {
    super(variant);
    this.union = union;
    this.variant = variant;
  }

  /** Returns the codec of one variant of a union. */
  static <T, V extends T> SubtypeCodec<T, V> of(UnionCodec<T> union, Class<V> variant) {
    return new SubtypeCodec<>(union, variant);
  }

  @Override
  public V read(Input in) throws IOException {
    String at = in.pointer();
    T value = union.read(in);
    if (!variant.isInstance(value)) {
      throw in.failAt(at, "known-type", "expected a " + variant.getSimpleName() + ", was a "
          + value.getClass().getSimpleName());
    }
    return variant.cast(value);
  }

  @Override
  public void write(V value, TokenWriter out) throws IOException {
    union.write(value, out);
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return union.describe(schemas);
  }
}
