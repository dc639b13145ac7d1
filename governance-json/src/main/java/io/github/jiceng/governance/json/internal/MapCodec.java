package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object used as a map: property names are keys of a {@link KeyCodec}, values of one codec.
 * Reading keeps the file's order and fails on a repeated key; writing follows the map's iteration
 * order, which the model keeps deterministic (sorted, or in declared order).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class MapCodec<K, V> extends Codec<Map<K, V>> {

  private final KeyCodec<K> keys;
  private final Codec<V> values;

  MapCodec(KeyCodec<K> keys, Codec<V> values) {
    super(Map.class);
    this.keys = keys;
    this.values = values;
  }

  @Override
  public Map<K, V> read(Input in) throws IOException {
    if (in.token() != Token.START_OBJECT) {
      throw in.mismatch("object", this);
    }
    Map<K, V> out = new LinkedHashMap<>();
    for (Token t = in.next(); t == Token.NAME; t = in.next()) {
      K key = keys.fromKey(in, in.name());
      if (out.containsKey(key)) {
        throw in.fail("unique-property", "key '" + Input.propertyName(in.name()) + "' appears more than once");
      }
      in.next();
      out.put(key, values.read(in));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public void write(Map<K, V> value, TokenWriter out) throws IOException {
    out.startObject();
    for (Map.Entry<K, V> e : value.entrySet()) {
      out.name(keys.toKey(e.getKey()));
      values.write(e.getValue(), out);
    }
    out.endObject();
  }

  @Override
  protected ObjectNode describe(Schemas schemas) {
    ObjectNode s = JsonNodeFactory.instance.objectNode();
    s.put("type", "object");
    ObjectNode names = keys.keySchema(schemas);
    if (!names.isEmpty()) {
      s.set("propertyNames", names);
    }
    s.set("additionalProperties", values.schema(schemas));
    return s;
  }
}
