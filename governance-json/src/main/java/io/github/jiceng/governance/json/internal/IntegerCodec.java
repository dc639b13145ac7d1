package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
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
    JsonParser p = in.parser();
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw in.mismatch("integer", this);
    }
    JsonParser.NumberType kind = p.getNumberType();
    if (kind == JsonParser.NumberType.BIG_INTEGER) {
      throw outOfRange(in, p);
    }
    long v = p.getLongValue();
    if (v < min || v > max) {
      throw outOfRange(in, p);
    }
    return box.apply(v);
  }

  private io.github.jiceng.governance.json.GovernanceFormatException outOfRange(Input in, JsonParser p)
      throws IOException {
    return in.fail("integer-range",
        "expected an integer from " + min + " to " + max + ", was " + mask(Excerpts.of(p.getText())));
  }

  @Override
  public void write(N value, JsonGenerator gen) throws IOException {
    gen.writeNumber(value.longValue());
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
