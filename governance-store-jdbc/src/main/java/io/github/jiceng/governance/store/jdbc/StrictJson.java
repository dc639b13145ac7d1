package io.github.jiceng.governance.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.GovernanceFormatException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/**
 * The strict reading the store's event unions share (proposal, project and co-building events): a
 * required property, a text, no property a step does not define, and a part read with the JSON
 * module's codec of its type, each failing with a {@link GovernanceFormatException} that carries
 * the JSON Pointer of the bad property and the broken rule; and the writing of a part with the
 * same codec.
 */
final class StrictJson {

  private StrictJson() {}

  /** Returns the property, or fails with rule {@code required} if it is missing or null. */
  static JsonNode required(JsonNode node, String name) throws GovernanceFormatException {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new GovernanceFormatException(null, "/" + name, "required", "'" + name + "' is required");
    }
    return value;
  }

  /** Returns the property's text, or fails with rule {@code required} or {@code string}. */
  static String text(JsonNode node, String name) throws GovernanceFormatException {
    JsonNode value = required(node, name);
    if (!value.isTextual()) {
      throw new GovernanceFormatException(null, "/" + name, "string", "'" + name + "' is a string");
    }
    return value.textValue();
  }

  /**
   * Fails with rule {@code known-property} at the first property not among the names.
   *
   * @param what what the object is, for the message, such as {@code "a proposal event"}
   */
  static void only(JsonNode node, String what, String... names) throws GovernanceFormatException {
    Set<String> known = Set.of(names);
    for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
      String name = it.next();
      if (!known.contains(name)) {
        throw new GovernanceFormatException(null, "/" + name, "known-property",
            what + " of type '" + node.get("type").textValue() + "' has no property '" + name + "'");
      }
    }
  }

  /**
   * Reads one part with the JSON module's codec of its type, the error's pointer moved under the
   * part's path; any other failure is rule {@code valid-} and the path's first segment.
   *
   * @param what what the part belongs to, for the message, such as {@code "a proposal event"}
   */
  static <T> T part(ObjectMapper mapper, JsonNode value, String path, Class<T> type, String what)
      throws GovernanceFormatException {
    try {
      return mapper.treeToValue(value, type);
    } catch (GovernanceFormatException e) {
      throw new GovernanceFormatException(null, "/" + path + e.pointer(), e.rule(),
          "the " + path + " of " + what + " is not valid", e.violations(), e.arguments());
    } catch (JsonProcessingException e) {
      throw new GovernanceFormatException(null, "/" + path, "valid-" + path.replaceAll("/.*", ""),
          "the " + path + " of " + what + " is not valid");
    }
  }

  /**
   * Writes one part with the JSON module's codec of its type, the twin of {@link #part}.
   *
   * @param name the part's property, for the message
   * @param what what the part belongs to, for the message, such as {@code "a proposal event"}
   */
  static JsonNode tree(ObjectMapper mapper, Object value, Class<?> type, String name, String what) {
    try {
      return mapper.readTree(mapper.writerFor(type).writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("The " + name + " of " + what + " could not be written as JSON", e);
    }
  }
}
