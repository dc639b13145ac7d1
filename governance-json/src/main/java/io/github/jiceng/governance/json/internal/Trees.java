package io.github.jiceng.governance.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import java.util.Iterator;
import java.util.Set;

/** Strict reading of JSON trees: known fields only, required fields present, types checked. */
public final class Trees {

  private Trees() {}

  /** Escapes a property name as a JSON Pointer segment. */
  public static String segment(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** Requires an object with only the given fields. */
  public static void requireObject(JsonParser p, JsonNode node, String pointer, Set<String> allowed)
      throws GovernanceFormatException {
    if (!node.isObject()) {
      throw new GovernanceFormatException(p, pointer, "object", "expected an object, was " + kind(node));
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new GovernanceFormatException(p, pointer + segment(name), "known-property",
            "unknown property '" + name + "'; expected one of " + allowed);
      }
    }
  }

  /** Returns a required text field. */
  public static String text(JsonParser p, JsonNode object, String pointer, String field)
      throws GovernanceFormatException {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      throw new GovernanceFormatException(p, pointer + segment(field), "required", "'" + field + "' is required");
    }
    if (!v.isTextual()) {
      throw new GovernanceFormatException(p, pointer + segment(field), "string",
          "'" + field + "' must be a string, was " + kind(v));
    }
    return v.textValue();
  }

  /** Returns an optional text field, or null when absent. */
  public static String optionalText(JsonParser p, JsonNode object, String pointer, String field)
      throws GovernanceFormatException {
    JsonNode v = object.get(field);
    return v == null ? null : text(p, object, pointer, field);
  }

  /** Returns a required integer field within the given bounds. */
  public static long integer(JsonParser p, JsonNode object, String pointer, String field, long min, long max)
      throws GovernanceFormatException {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      throw new GovernanceFormatException(p, pointer + segment(field), "required", "'" + field + "' is required");
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min || v.longValue() > max) {
      throw new GovernanceFormatException(p, pointer + segment(field), "integer-range",
          "'" + field + "' must be an integer from " + min + " to " + max + ", was " + v);
    }
    return v.longValue();
  }

  /** Returns a required array field. */
  public static JsonNode array(JsonParser p, JsonNode object, String pointer, String field)
      throws GovernanceFormatException {
    JsonNode v = object.get(field);
    if (v == null || v.isNull()) {
      throw new GovernanceFormatException(p, pointer + segment(field), "required", "'" + field + "' is required");
    }
    if (!v.isArray()) {
      throw new GovernanceFormatException(p, pointer + segment(field), "array",
          "'" + field + "' must be an array, was " + kind(v));
    }
    return v;
  }

  /** Returns a short description of a node's JSON type. */
  public static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
