package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
    JsonParser p = in.parser();
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw in.mismatch("object", this);
    }
    Map<K, V> out = new LinkedHashMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      K key = keys.fromKey(in, p.currentName());
      if (out.containsKey(key)) {
        throw in.fail("unique-property", "key '" + Input.propertyName(p.currentName()) + "' appears more than once");
      }
      p.nextToken();
      out.put(key, values.read(in));
    }
    return Collections.unmodifiableMap(out);
  }

  @Override
  public void write(Map<K, V> value, JsonGenerator gen) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<K, V> e : value.entrySet()) {
      gen.writeFieldName(keys.toKey(e.getKey()));
      values.write(e.getValue(), gen);
    }
    gen.writeEndObject();
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
