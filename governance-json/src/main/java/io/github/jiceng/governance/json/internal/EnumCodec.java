package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An enum constant written as its name; the schema lists every name.
 *
 * @param <E> the enum type
 */
public final class EnumCodec<E extends Enum<E>> extends Codec<E> implements KeyCodec<E> {

  private final Map<String, E> byName = new LinkedHashMap<>();
  private final @Nullable String description;
  private final String name;

  EnumCodec(Class<E> type, @Nullable String description) {
    this(type, description, type.getSimpleName());
  }

  private EnumCodec(Class<E> type, @Nullable String description, String name) {
    super(type);
    for (E e : type.getEnumConstants()) {
      byName.put(e.name(), e);
    }
    this.description = description;
    this.name = name;
  }

  /**
   * Returns a copy listed under another name in the schema's {@code $defs}, for enums whose simple
   * names clash or say too little ({@code Kind}, {@code Side}).
   */
  @SuppressWarnings("unchecked")
  public EnumCodec<E> named(String schemaName) {
    return new EnumCodec<>((Class<E>) type(), description, schemaName);
  }

  @Override
  public E read(Input in) throws IOException {
    if (in.token() != Token.STRING) {
      throw in.mismatch("string", this);
    }
    return fromKey(in, in.text());
  }

  @Override
  public E fromKey(Input in, String key) throws IOException {
    E e = byName.get(key);
    if (e == null) {
      throw in.fail("enum", "expected one of " + byName.keySet() + ", was '" + Excerpts.of(key) + "'",
          Map.of("allowed", Excerpts.of(String.join(", ", byName.keySet()))));
    }
    return e;
  }

  @Override
  public String toKey(E value) {
    return value.name();
  }

  @Override
  public void write(E value, TokenWriter out) throws IOException {
    out.string(value.name());
  }

  @Override
  public String schemaName() {
    return name;
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "string");
    if (description != null) {
      s.put("description", description);
    }
    ArrayNode names = s.putArray("enum");
    byName.keySet().forEach(names::add);
    return s;
  }

  @Override
  public ObjectNode keySchema(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    ArrayNode names = s.putArray("enum");
    byName.keySet().forEach(names::add);
    return s;
  }
}
