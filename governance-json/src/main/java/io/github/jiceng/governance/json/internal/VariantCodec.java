package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * One variant of a sealed hierarchy, read and written in the form of its {@link UnionCodec}: with
 * the discriminator. The Jackson module registers it for the variant's class, so a value written
 * through its variant (Jackson looks up serializers by runtime class) reads back as the sealed
 * type, and a file naming another variant where this one is expected fails with the rule
 * {@code variant}.
 *
 * @param <T> the sealed type
 * @param <V> the variant
 */
public final class VariantCodec<T, V extends T> extends Codec<V> {

  private final UnionCodec<T> union;
  private final Class<V> variant;

  private VariantCodec(UnionCodec<T> union, Class<V> variant) {
    super(variant);
    this.union = requireNonNull(union, "union");
    this.variant = variant;
  }

  /**
   * Returns the codec of one variant of a union.
   *
   * @param union the union
   * @param variant the variant's class, as declared in the union
   */
  public static <T, V extends T> VariantCodec<T, V> of(UnionCodec<T> union, Class<V> variant) {
    return new VariantCodec<>(union, variant);
  }

  @Override
  public V read(Input in) throws IOException {
    T value = union.read(in);
    if (!variant.isInstance(value)) {
      throw in.fail("variant", "expected " + variant.getSimpleName() + ", was "
          + value.getClass().getSimpleName().replaceFirst("^Immutable", ""));
    }
    return variant.cast(value);
  }

  @Override
  public void write(V value, JsonGenerator gen) throws IOException {
    union.write(value, gen);
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return union.schema(schemas);
  }
}
