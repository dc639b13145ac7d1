package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.function.Function;

/**
 * A model type written as another codec's value, such as red-star {@code Points} written as a
 * whole number. Reading goes through the model's factory, so its validation applies and its
 * rejections are reported at the value's pointer under the rule given; the schema is the
 * underlying codec's.
 *
 * @param <S> the written type, such as {@code Long}
 * @param <T> the model type
 */
public final class MappedCodec<S, T> extends Codec<T> {

  private final Codec<S> base;
  private final Function<S, T> from;
  private final Function<T, S> to;
  private final String rule;

  private MappedCodec(Class<T> type, Codec<S> base, Function<S, T> from, Function<T, S> to, String rule) {
    super(type);
    this.base = requireNonNull(base, "base");
    this.from = requireNonNull(from, "from");
    this.to = requireNonNull(to, "to");
    this.rule = requireNonNull(rule, "rule");
  }

  /**
   * Returns a codec of {@code type} written as a value of {@code base}.
   *
   * @param type the model type
   * @param base the codec of the written form
   * @param from the model's factory; may throw the model's validation exceptions
   * @param to the inverse of {@code from}
   * @param rule the rule reported when {@code from} throws an exception other than a
   *     {@code DomainValidationException} (which keeps its own rule)
   */
  public static <S, T> MappedCodec<S, T> of(Class<T> type, Codec<S> base, Function<S, T> from, Function<T, S> to,
      String rule) {
    return new MappedCodec<>(type, base, from, to, rule);
  }

  @Override
  public T read(Input in) throws IOException {
    S written = base.read(in);
    try {
      return requireNonNull(from.apply(written));
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      throw Violations.rejected(in, in.pointer(), e, rule);
    }
  }

  @Override
  public void write(T value, TokenWriter out) throws IOException {
    base.write(to.apply(value), out);
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return base.schema(schemas);
  }

  @Override
  public String mask(String raw) {
    return base.mask(raw);
  }
}
