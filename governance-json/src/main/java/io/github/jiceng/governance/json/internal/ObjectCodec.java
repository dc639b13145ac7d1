package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object built from a table of fields: each has a property name, an accessor for writing,
 * a codec for its value, and whether it is required, optional, defaulted or constant.
 *
 * <p>Reading goes token by token, with no tree: each property is looked up in the table, read by
 * its codec and kept in a slot; an unknown, repeated or mistyped property fails at once, at its
 * pointer. At the end of the object, a missing required property fails; then the constructor
 * builds the value through the model's public API from the {@link Values}, so every rule the model
 * checks applies, and a {@link DomainValidationException} becomes a format error at the pointer of
 * the property its violation names (see {@link Locator}). Writing emits the properties in the
 * table's order. The schema lists the same properties, marks the same ones required and forbids
 * any other.
 *
 * <pre>{@code
 * ObjectCodec.Builder<GridNode> b = ObjectCodec.builder(GridNode.class);
 * Slot<GridId> id = b.required("id", GridNode::id, GRID_ID);
 * Slot<Optional<GridId>> parent = b.optional("parent", GridNode::parent, GRID_ID);
 * ObjectCodec<GridNode> codec = b.build(v -> GridNode.builder().id(v.get(id)).parent(v.get(parent)).build());
 * }</pre>
 *
 * @param <T> the bound type
 */
public final class ObjectCodec<T> extends Codec<T> {

  /** The largest number of properties of one object, envelope included: one bit each. */
  public static final int MAX_FIELDS = 64;

  /**
   * Points a violation raised while building the object at one of its nodes.
   */
  @FunctionalInterface
  public interface Locator {
    /**
     * Returns the pointer of the violation's node relative to the object, such as
     * {@code "/nodes/3/parent"}, or null to fall back to the property the violation's field names
     * (or the object itself when no property has that name).
     *
     * @param violation the violation
     * @param values the values the object was built from ({@link Values#peek} them)
     */
    @Nullable String locate(Violation violation, Values values);
  }

  private enum Kind { REQUIRED, OPTIONAL, DEFAULTED, CONSTANT }

  /** One row of the table. */
  private static final class Field<T> {
    final String name;
    final Name serialized;
    final Kind kind;
    final Codec<Object> codec;
    final @Nullable Function<? super T, ?> accessor;
    final @Nullable Object fixed; // the default, or the constant
    final @Nullable String rule; // the rule a wrong constant breaks

    @SuppressWarnings("unchecked")
    Field(String name, Kind kind, Codec<?> codec, @Nullable Function<? super T, ?> accessor, @Nullable Object fixed,
        @Nullable String rule) {
      this.serialized = new Name(name);
      this.name = serialized.text();
      this.kind = kind;
      this.codec = (Codec<Object>) codec;
      this.accessor = accessor;
      this.fixed = fixed;
      this.rule = rule;
    }

    Object read(Input in) throws IOException {
      Object v = codec.read(in);
      switch (kind) {
        case OPTIONAL:
          return Optional.of(v);
        case CONSTANT:
          if (!v.equals(fixed)) {
            throw in.fail(requireNonNull(rule), "expected " + quote(fixed) + ", was " + quote(v));
          }
          return v;
        default:
          return v;
      }
    }

    @Nullable Object absent() {
      return kind == Kind.OPTIONAL ? Optional.empty() : fixed;
    }

    void write(T owner, TokenWriter out) throws IOException {
      writeValue(kind == Kind.CONSTANT ? fixed : requireNonNull(accessor).apply(owner), out);
    }

    void writeValue(@Nullable Object v, TokenWriter out) throws IOException {
      Object value = kind == Kind.CONSTANT ? fixed : v;
      if (kind == Kind.OPTIONAL) {
        Optional<?> o = (Optional<?>) requireNonNull(value, name);
        if (o.isEmpty()) {
          return;
        }
        value = o.get();
      }
      out.name(serialized);
      codec.write(requireNonNull(value, name), out);
    }

    private static String quote(@Nullable Object o) {
      return o instanceof String ? "'" + Excerpts.of((String) o) + "'" : String.valueOf(o);
    }
  }

  private final Object owner;
  private final String name;
  private final @Nullable String description;
  private final Field<T>[] all; // the slots' fields, then the envelope's constants
  private final String[] names;
  private final int slots; // fields [0, slots) hold a slot
  private final Field<T>[] writeOrder;
  private final long requiredMask;
  private final long slotMask;
  private final Function<Values, T> construct;
  private final @Nullable Locator locator;
  private final String invalidRule;

  private ObjectCodec(Class<T> type, Object owner, String name, @Nullable String description, List<Field<T>> fields,
      List<Field<T>> envelope, Function<Values, T> construct, @Nullable Locator locator, String invalidRule) {
    super(type);
    this.owner = owner;
    this.name = name;
    this.description = description;
    List<Field<T>> lookup = new ArrayList<>(fields);
    lookup.addAll(envelope);
    if (lookup.size() > MAX_FIELDS) {
      throw new IllegalArgumentException(name + " has more than " + MAX_FIELDS + " properties");
    }
    this.all = array(lookup);
    this.names = new String[all.length];
    Set<String> unique = new LinkedHashSet<>();
    long required = 0;
    long used = 0;
    for (int i = 0; i < all.length; i++) {
      names[i] = all[i].name;
      if (!unique.add(names[i])) {
        throw new IllegalArgumentException(name + " declares property '" + names[i] + "' twice");
      }
      if (all[i].kind == Kind.REQUIRED || all[i].kind == Kind.CONSTANT) {
        required |= 1L << i;
      }
      if (i < fields.size() && all[i].kind != Kind.CONSTANT) {
        used |= 1L << i;
      }
    }
    this.slots = fields.size();
    List<Field<T>> order = new ArrayList<>(envelope);
    order.addAll(fields);
    this.writeOrder = array(order);
    this.requiredMask = required;
    this.slotMask = used;
    this.construct = construct;
    this.locator = locator;
    this.invalidRule = invalidRule;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> Field<T>[] array(List<Field<T>> list) {
    return list.toArray(new Field[0]);
  }

  /**
   * Starts the table of a type; its schema name is the type's simple name.
   *
   * @param type the bound type
   * @return a builder
   */
  public static <T> Builder<T> builder(Class<T> type) {
    return new Builder<>(type);
  }

  /**
   * Returns the same table with an envelope: the constant properties {@code "format"} and
   * {@code "formatVersion"} first, then the table's own properties inline. A file of another
   * format or version fails with the rule {@code format-name} or {@code format-version-supported}.
   *
   * @param format the format name, such as {@code "jiceng-governance/grid-hierarchy"}
   * @param version the only version this release reads and writes
   * @return the file's codec
   */
  public ObjectCodec<T> withEnvelope(String format, int version) {
    if (slots != all.length) {
      throw new IllegalStateException(name + " already has an envelope");
    }
    List<Field<T>> fields = List.of(all);
    List<Field<T>> envelope = List.of(
        new Field<T>("format", Kind.CONSTANT, Codecs.string(), null, format, "format-name"),
        new Field<T>("formatVersion", Kind.CONSTANT, Codecs.integer(0, Integer.MAX_VALUE), null, version,
            "format-version-supported"));
    @SuppressWarnings("unchecked")
    Class<T> t = (Class<T>) type();
    return new ObjectCodec<>(t, owner, name, description, fields, envelope, construct, locator, invalidRule);
  }

  @Override
  public T read(Input in) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      throw in.mismatch("object", this);
    }
    Object[] values = new Object[slots];
    long seen = readFields(in, in.next(), values, 0L, null);
    return finish(in, values, seen, true, requiredMask, slotMask);
  }

  /**
   * Reads properties from the current token up to the end of the object.
   *
   * @param taken a property name already read by the caller (a discriminator), or null
   * @return the bits of the properties seen so far
   */
  long readFields(Input in, @Nullable Token first, Object[] values, long seen, @Nullable String taken)
      throws IOException {
    long s = seen;
    for (Token t = first; t == Token.NAME; t = in.next()) {
      s = readField(in, in.name(), values, s, taken);
    }
    return s;
  }

  /** Reads the value of one property whose name is the current token. */
  long readField(Input in, String property, Object[] values, long seen, @Nullable String taken) throws IOException {
    int i = indexOf(property);
    if (i < 0) {
      if (property.equals(taken)) {
        throw in.fail("unique-property", "property '" + Input.propertyName(property) + "' appears more than once");
      }
      throw in.fail("known-property", "unknown property '" + Input.propertyName(property) + "'; "
          + name + " has " + String.join(", ", names));
    }
    long bit = 1L << i;
    if ((seen & bit) != 0) {
      throw in.fail("unique-property", "property '" + Input.propertyName(property) + "' appears more than once");
    }
    in.next();
    Object v = all[i].read(in);
    if (i < slots) {
      values[i] = v;
    }
    return seen | bit;
  }

  /** Returns the index of a property, or -1. Names from the parser are interned, as ours are. */
  int indexOf(String property) {
    String[] ns = names;
    for (int i = 0; i < ns.length; i++) {
      if (ns[i] == property) {
        return i;
      }
    }
    for (int i = 0; i < ns.length; i++) {
      if (ns[i].equals(property)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that the required properties are present, fills in absent ones and builds the value.
   *
   * @param atEnd whether the parser is at the object's end (else at one of its property names)
   */
  T finish(Input in, Object[] values, long seen, boolean atEnd, long required, long mustUse) throws IOException {
    return construct(in, collect(in, values, seen, atEnd, required), atEnd, construct, mustUse);
  }

  /**
   * Checks that the required properties were seen and fills the absent ones with their defaults.
   *
   * @param required the properties that must have been seen
   */
  Values collect(Input in, Object[] values, long seen, boolean atEnd, long required)
      throws GovernanceFormatException {
    long missing = required & ~seen;
    if (missing != 0) {
      String property = names[Long.numberOfTrailingZeros(missing)];
      throw in.failAt(objectPointer(in, atEnd) + Pointers.segment(property), "required",
          "'" + property + "' is required");
    }
    if ((seen & slotMask) != slotMask) {
      for (int i = 0; i < slots; i++) {
        if ((seen & (1L << i)) == 0) {
          values[i] = all[i].absent();
        }
      }
    }
    return new Values(owner, values);
  }

  /**
   * Builds a value from the slots through the model, turning its rejections into format errors.
   *
   * @param mustUse the slots the constructor must read
   */
  <R> R construct(Input in, Values v, boolean atEnd, Function<Values, R> constructor, long mustUse)
      throws IOException {
    R result;
    try {
      result = constructor.apply(v);
    } catch (DomainValidationException e) {
      throw Violations.located(in, objectPointer(in, atEnd), e, this::locate, v);
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      throw Violations.rejected(in, objectPointer(in, atEnd), e, invalidRule);
    }
    if ((v.used & mustUse) != mustUse) {
      throw new IllegalStateException("the constructor of " + name + " never reads property '"
          + names[Long.numberOfTrailingZeros(mustUse & ~v.used)] + "'");
    }
    return requireNonNull(result, name);
  }

  private static String objectPointer(Input in, boolean atEnd) {
    return atEnd ? in.pointer() : in.enclosingObjectPointer();
  }

  private @Nullable String locate(Violation violation, Values values) {
    String located = locator == null ? null : locator.locate(violation, values);
    if (located != null) {
      return located;
    }
    return indexOf(violation.field()) >= 0 ? Pointers.segment(violation.field()) : null;
  }

  @Override
  public void write(T value, TokenWriter out) throws IOException {
    out.startObject();
    writeFields(value, out);
    out.endObject();
  }

  /** Writes the properties (envelope first) without the enclosing braces. */
  void writeFields(T value, TokenWriter out) throws IOException {
    for (Field<T> f : writeOrder) {
      f.write(value, out);
    }
  }

  /** Writes one property from a slot's value (for a stream's header); constants ignore it. */
  void writeSlotValue(int index, @Nullable Object value, TokenWriter out) throws IOException {
    all[index].writeValue(value, out);
  }

  /** Returns the format name of a file's codec (see {@link #withEnvelope}). */
  public String formatName() {
    return (String) envelopeField(0);
  }

  /** Returns the format version of a file's codec (see {@link #withEnvelope}). */
  public int formatVersion() {
    return (Integer) envelopeField(1);
  }

  private Object envelopeField(int k) {
    if (slots + k >= all.length) {
      throw new IllegalStateException(name + " has no envelope");
    }
    return requireNonNull(all[slots + k].fixed);
  }

  int slotCount() {
    return slots;
  }

  int propertyCount() {
    return all.length;
  }

  String propertyName(int index) {
    return names[index];
  }

  /** Returns the index of the property in the order it is written. */
  int writePosition(int index) {
    Field<T> f = all[index];
    for (int i = 0; i < writeOrder.length; i++) {
      if (writeOrder[i] == f) {
        return i;
      }
    }
    throw new IllegalArgumentException("no property " + index);
  }

  int indexAtWritePosition(int position) {
    return indexOf(writeOrder[position].name);
  }

  boolean isConstant(int index) {
    return all[index].kind == Kind.CONSTANT;
  }

  Codec<?> codecOf(int index) {
    return all[index].codec;
  }

  long requiredMask() {
    return requiredMask;
  }

  long slotMask() {
    return slotMask;
  }

  /** Checks that a slot was declared by this codec's table and returns its index. */
  int indexOf(Slot<?> slot) {
    if (slot.owner != owner) {
      throw new IllegalArgumentException(slot + " belongs to another codec than " + name);
    }
    return slot.index;
  }

  Object owner() {
    return owner;
  }

  @Override
  public String schemaName() {
    return name;
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    return describe(schemas, null, null);
  }

  /** Describes the object, with a constant discriminator property first when one is given. */
  ObjectNode describe(Schemas schemas, @Nullable String discriminator, @Nullable String tag) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode s = f.objectNode();
    s.put("type", "object");
    if (description != null) {
      s.put("description", description);
    }
    ObjectNode properties = s.putObject("properties");
    ArrayNode required = f.arrayNode();
    if (discriminator != null) {
      properties.putObject(discriminator).put("const", tag);
      required.add(discriminator);
    }
    for (Field<T> field : writeOrder) {
      ObjectNode p;
      if (field.kind == Kind.CONSTANT) {
        p = f.objectNode().set("const", Schemas.toNode(field.codec, requireNonNull(field.fixed)));
      } else {
        p = field.codec.schema(schemas).deepCopy();
        if (field.kind == Kind.DEFAULTED) {
          if (p.has("$ref")) {
            ObjectNode wrapped = f.objectNode();
            wrapped.set("$ref", p.get("$ref"));
            p = wrapped;
          }
          p.set("default", Schemas.toNode(field.codec, requireNonNull(field.fixed)));
        }
      }
      properties.set(field.name, p);
      if (field.kind == Kind.REQUIRED || field.kind == Kind.CONSTANT) {
        required.add(field.name);
      }
    }
    if (!required.isEmpty()) {
      s.set("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /**
   * Collects the table of one type. Each declaration returns the {@link Slot} the constructor
   * reads the value from; the order of declaration is the order of writing.
   *
   * @param <T> the bound type
   */
  public static final class Builder<T> {
    private final Class<T> type;
    private final Object owner = new Object();
    private final List<Field<T>> fields = new ArrayList<>();
    private String name;
    private @Nullable String description;
    private @Nullable Locator locator;
    private String invalidRule;

    private Builder(Class<T> type) {
      this.type = requireNonNull(type, "type");
      this.name = type.getSimpleName();
      this.invalidRule = "valid-" + name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** Sets the description published in the schema. */
    public Builder<T> describe(String text) {
      this.description = text;
      return this;
    }

    /** Sets the name under which the schema lists the type (default: the simple class name). */
    public Builder<T> named(String schemaName) {
      this.name = schemaName;
      return this;
    }

    /**
     * Sets how violations raised by the constructor are pointed at nodes; without it (or when it
     * returns null) a violation points at the property its field names, else at the object.
     */
    public Builder<T> locate(Locator locator) {
      this.locator = locator;
      return this;
    }

    /**
     * Sets the rule reported when the constructor throws an {@link IllegalArgumentException} that
     * is not a {@link DomainValidationException} (default: {@code valid-<type-name>}).
     */
    public Builder<T> invalidRule(String rule) {
      this.invalidRule = rule;
      return this;
    }

    private <V> Slot<V> add(String property, Kind kind, Codec<?> codec, @Nullable Function<? super T, ?> accessor,
        @Nullable Object fixed, @Nullable String rule) {
      requireNonNull(property, "property");
      requireNonNull(codec, "codec");
      fields.add(new Field<>(property, kind, codec, accessor, fixed, rule));
      return new Slot<>(owner, fields.size() - 1, property);
    }

    /** Declares a property that must be present. */
    public <V> Slot<V> required(String property, Function<? super T, ? extends V> accessor, Codec<V> codec) {
      return add(property, Kind.REQUIRED, codec, requireNonNull(accessor), null, null);
    }

    /** Declares a property that may be absent; it is written only when present. */
    public <V> Slot<Optional<V>> optional(String property, Function<? super T, Optional<V>> accessor,
        Codec<V> codec) {
      return add(property, Kind.OPTIONAL, codec, requireNonNull(accessor), null, null);
    }

    /** Declares a property that reads as {@code value} when absent; it is always written. */
    public <V> Slot<V> defaulted(String property, Function<? super T, ? extends V> accessor, Codec<V> codec,
        V value) {
      return add(property, Kind.DEFAULTED, codec, requireNonNull(accessor), requireNonNull(value), null);
    }

    /**
     * Declares a property that must hold exactly {@code value}; any other value breaks {@code rule}.
     */
    public <V> void constant(String property, Codec<V> codec, V value, String rule) {
      add(property, Kind.CONSTANT, codec, null, requireNonNull(value), requireNonNull(rule));
    }

    /**
     * Finishes the table.
     *
     * @param construct builds the value from the slots through the model's public API; it must
     *     read every slot, and may throw the model's validation exceptions
     * @return the codec
     */
    public ObjectCodec<T> build(Function<Values, T> construct) {
      return new ObjectCodec<>(type, owner, name, description, fields, List.of(), construct, locator, invalidRule);
    }
  }
}
