package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.util.Map;

/**
 * A finite number within bounds, read as a {@code double}: coordinates in degrees, distances in
 * metres. Never used for money. An integer is accepted as well as a fraction; infinity, a number
 * beyond a {@code double} and one outside the bounds are errors. Writing gives the shortest
 * decimal that reads back as the same {@code double} ({@link Double#toString}), so reading what
 * was written is the identity.
 */
public final class NumberCodec extends Codec<Double> {

  private final double min;
  private final double max;

  private NumberCodec(double min, double max) {
    super(Double.class);
    this.min = min;
    this.max = max;
  }

  /** Returns a codec of the finite numbers from {@code min} to {@code max}. */
  public static NumberCodec between(double min, double max) {
    if (!(min <= max) || Double.isInfinite(min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("bounds " + min + ", " + max);
    }
    return new NumberCodec(min, max);
  }

  @Override
  public Double read(Input in) throws IOException {
    Token t = in.token();
    if (t != Token.INTEGER && t != Token.FLOAT) {
      throw in.mismatch("number", this);
    }
    double v = in.reader().doubleValue();
    if (!(v >= min && v <= max)) {
      throw in.fail("number-range", "expected a number from " + min + " to " + max + ", was "
          + mask(Excerpts.of(in.text())), Map.of("min", plain(min), "max", plain(max)));
    }
    return v;
  }

  @Override
  public void write(Double value, TokenWriter out) throws IOException {
    out.number(value.doubleValue());
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "number");
    s.put("minimum", min);
    s.put("maximum", max);
    return s;
  }

  /** A bound as people write it: 90 rather than 90.0. */
  private static String plain(double bound) {
    return bound == Math.rint(bound) && Math.abs(bound) < 1e15 ? Long.toString((long) bound) : Double.toString(bound);
  }
}
