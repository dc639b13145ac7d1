package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A sealed hierarchy written as one object with a discriminator property ({@code "type"} unless
 * told otherwise) naming the variant, followed by the variant's own properties:
 * {@code {"type": "award", "points": 5, ...}}.
 *
 * <p>Writing puts the discriminator first, and reading takes the fast path when it is first: the
 * variant's table reads the rest of the object directly from the parser. When another tool has
 * moved it (sorted the keys, say), the object is buffered once, the discriminator found, and the
 * buffer replayed; errors still point into the document. The schema is a {@code oneOf} of the
 * variants, each with its discriminator as a constant.
 *
 * @param <T> the sealed type
 */
public final class UnionCodec<T> extends Codec<T> {

  private static final class Variant<T> {
    final String tag;
    final Class<? extends T> type;
    final ObjectCodec<T> codec;

    @SuppressWarnings("unchecked")
    Variant(String tag, Class<? extends T> type, ObjectCodec<? extends T> codec) {
      this.tag = tag;
      this.type = type;
      this.codec = (ObjectCodec<T>) codec;
    }
  }

  private final String name;
  private final @Nullable String description;
  private final String discriminator;
  private final Name discriminatorName;
  private final Map<String, Variant<T>> byTag;
  private final List<Variant<T>> variants;

  private UnionCodec(Class<T> type, String name, @Nullable String description, String discriminator,
      List<Variant<T>> variants) {
    super(type);
    this.name = name;
    this.description = description;
    this.discriminatorName = new Name(discriminator);
    this.discriminator = discriminatorName.text();
    this.variants = List.copyOf(variants);
    this.byTag = new LinkedHashMap<>();
    for (Variant<T> v : variants) {
      if (byTag.put(v.tag, v) != null) {
        throw new IllegalArgumentException(name + " declares variant '" + v.tag + "' twice");
      }
      if (v.codec.indexOf(discriminator) >= 0) {
        throw new IllegalArgumentException(v.codec.schemaName() + " has a property named like the discriminator '"
            + discriminator + "'");
      }
    }
  }

  /**
   * Starts a union of the given sealed type.
   *
   * @param type the sealed type
   * @param discriminator the property naming the variant, usually {@code "type"}
   * @return a builder
   */
  public static <T> Builder<T> builder(Class<T> type, String discriminator) {
    return new Builder<>(type, discriminator);
  }

  @Override
  public T read(Input in) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      throw in.mismatch("object", this);
    }
    Token t = in.next();
    if (t == Token.NAME && in.name().equals(discriminator)) {
      in.next();
      Variant<T> v = variant(in);
      ObjectCodec<T> codec = v.codec;
      Object[] values = new Object[codec.slotCount()];
      long seen = codec.readFields(in, in.next(), values, 0L, discriminator);
      return codec.finish(in, values, seen, true, codec.requiredMask(), codec.slotMask());
    }
    return readBuffered(in, t);
  }

  /** The discriminator is not first: buffer the object without it, then replay it. */
  private T readBuffered(Input in, @Nullable Token first) throws IOException {
    String objectPointer = first == Token.NAME ? in.enclosingObjectPointer() : in.pointer();
    Variant<T> variant = null;
    // a buffer with its own root context, so that pointers in the replay are relative to the object
    try (TokenReader.Replay buffer = in.reader().buffer()) {
      for (Token t = first; t == Token.NAME; t = in.next()) {
        String property = in.name();
        in.next();
        if (property.equals(discriminator)) {
          if (variant != null) {
            throw in.fail("unique-property", "property '" + property + "' appears more than once");
          }
          variant = variant(in);
        } else {
          buffer.copyProperty(property);
        }
      }
      if (variant == null) {
        throw in.failAt(objectPointer + Pointers.segment(discriminator), "required",
            "'" + discriminator + "' is required: one of " + byTag.keySet());
      }
      try (TokenReader replay = buffer.replay()) {
        replay.next();
        return variant.codec.read(new Input(replay, objectPointer));
      }
    }
  }

  private Variant<T> variant(Input in) throws IOException {
    if (in.token() != Token.STRING) {
      throw in.mismatch("string", this);
    }
    Variant<T> v = byTag.get(in.text());
    if (v == null) {
      throw in.fail("known-type", "expected one of " + byTag.keySet() + ", was '"
          + Excerpts.of(in.text()) + "'");
    }
    return v;
  }

  @Override
  public void write(T value, TokenWriter out) throws IOException {
    for (Variant<T> v : variants) {
      if (v.type.isInstance(value)) {
        out.startObject();
        out.name(discriminatorName);
        out.string(v.tag);
        v.codec.writeFields(value, out);
        out.endObject();
        return;
      }
    }
    throw new IllegalArgumentException(name + " has no variant for " + value.getClass().getName());
  }

  @Override
  public String schemaName() {
    return name;
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    if (description != null) {
      s.put("description", description);
    }
    ArrayNode oneOf = s.putArray("oneOf");
    for (Variant<T> v : variants) {
      oneOf.add(schemas.ref(requireNonNull(v.codec.schemaName()), name + "#" + v.tag,
          () -> v.codec.describe(schemas, discriminator, v.tag)));
    }
    return s;
  }

  /**
   * Collects the variants of a union.
   *
   * @param <T> the sealed type
   */
  public static final class Builder<T> {
    private final Class<T> type;
    private final String discriminator;
    private final List<Variant<T>> variants = new ArrayList<>();
    private String name;
    private @Nullable String description;

    private Builder(Class<T> type, String discriminator) {
      this.type = requireNonNull(type, "type");
      this.discriminator = requireNonNull(discriminator, "discriminator");
      this.name = type.getSimpleName();
    }

    /** Sets the description published in the schema. */
    public Builder<T> describe(String text) {
      this.description = text;
      return this;
    }

    /** Sets the name under which the schema lists the union (default: the simple class name). */
    public Builder<T> named(String schemaName) {
      this.name = requireNonNull(schemaName, "schemaName");
      return this;
    }

    /**
     * Adds a variant.
     *
     * @param tag the discriminator's value for it, such as {@code "award"}
     * @param variantType the variant's class (generated subclasses match too)
     * @param codec the variant's own table, without the discriminator
     * @return this builder
     */
    public <V extends T> Builder<T> variant(String tag, Class<V> variantType, ObjectCodec<V> codec) {
      variants.add(new Variant<>(tag, variantType, codec));
      return this;
    }

    /** Finishes the union. */
    public UnionCodec<T> build() {
      return new UnionCodec<>(type, name, description, discriminator, variants);
    }
  }
}
