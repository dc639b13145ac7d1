package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A whole number within bounds, read as {@code int} or {@code long}. A fraction, a number beyond
 * the bounds or beyond a {@code long} is an error; the bounds are published in the schema.
 *
 * @param <N> {@link Integer} or {@link Long}
 */
public final class IntegerCodec<N extends Number> extends Codec<N> {

  private final long min;
  private final long max;
  private final LongFunction<N> box;

  IntegerCodec(Class<N> type, long min, long max, LongFunction<N> box) {
    super(type);
    this.min = min;
    this.max = max;
    this.box = box;
  }

  @Override
  public N read(Input in) throws IOException {
    if (in.token() != Token.INTEGER) {
      throw in.mismatch("integer", this);
    }
    TokenReader r = in.reader();
    if (!r.fitsLong()) {
      throw outOfRange(in);
    }
    long v = r.longValue();
    if (v < min || v > max) {
      throw outOfRange(in);
    }
    return box.apply(v);
  }

  private io.github.jiceng.governance.json.GovernanceFormatException outOfRange(Input in)
      throws IOException {
    return in.fail("integer-range",
        "expected an integer from " + min + " to " + max + ", was " + mask(Excerpts.of(in.text())),
        Map.of("min", Long.toString(min), "max", Long.toString(max)));
  }

  @Override
  public void write(N value, TokenWriter out) throws IOException {
    out.number(value.longValue());
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "integer");
    s.put("minimum", min);
    s.put("maximum", max);
    return s;
  }
}
