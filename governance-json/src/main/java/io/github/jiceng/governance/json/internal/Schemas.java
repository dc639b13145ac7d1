package io.github.jiceng.governance.json.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Generates JSON Schema (2020-12) from codecs: the same tables that read and write a format
 * describe it, so the published schema cannot drift from the reader. Named codecs are listed once
 * in {@code $defs}, sorted by name, and referenced wherever they are used; the output is
 * deterministic byte for byte.
 */
public final class Schemas {

  /** The dialect every generated schema declares. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final Map<String, ObjectNode> defs = new TreeMap<>();
  private final Map<String, Object> owners = new HashMap<>();

  private Schemas() {}

  /**
   * Returns the schema of a file format: its codec described at the root, with every named codec
   * it uses in {@code $defs}.
   *
   * @param id the schema's {@code $id}
   * @param title a short title
   * @param root the file's codec
   * @return the schema document
   */
  public static ObjectNode document(String id, String title, Codec<?> root) {
    Schemas schemas = new Schemas();
    ObjectNode body = root.describe(schemas);
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("$schema", DIALECT);
    doc.put("$id", id);
    doc.put("title", title);
    doc.setAll(body);
    if (!schemas.defs.isEmpty()) {
      ObjectNode defs = doc.putObject("$defs");
      schemas.defs.forEach(defs::set);
    }
    return doc;
  }

  /** Returns the schema's bytes in the SDK's layout, ending with a newline. */
  public static byte[] bytes(JsonNode schema) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var gen = Jackson2Syntax.generator(out)) {
      PLAIN.writeTree(gen, schema);
      gen.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns a reference to a named codec, describing it in {@code $defs} on first use. */
  ObjectNode ref(Codec<?> codec) {
    return ref(requireNonNull(codec.schemaName()), codec, () -> codec.describe(this));
  }

  /**
   * Returns a reference to the definition {@code name}, describing it on first use.
   *
   * @param owner what the definition describes; another owner under the same name is a bug
   */
  ObjectNode ref(String name, Object owner, Supplier<ObjectNode> describe) {
    Object known = owners.putIfAbsent(name, owner);
    if (known != null && !known.equals(owner)) {
      throw new IllegalStateException("two different definitions are named " + name);
    }
    if (!defs.containsKey(name)) {
      defs.put(name, JsonNodeFactory.instance.objectNode()); // placeholder, for recursive types
      defs.put(name, describe.get());
    }
    return JsonNodeFactory.instance.objectNode().put("$ref", "#/$defs/" + name);
  }

  /** Returns a value as a JSON tree, written by its codec (for {@code const} and {@code default}). */
  static <V> JsonNode toNode(Codec<V> codec, V value) {
    try (TokenBuffer buffer = new TokenBuffer(PLAIN, false)) {
      codec.write(value, new Jackson2Writer(buffer));
      return PLAIN.readTree(buffer.asParser(PLAIN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
