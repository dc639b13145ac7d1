package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Malformed variants of a valid file, each with what is wrong, where (when the JSON is still
 * well-formed) and whether a JSON Schema can tell.
 */
final class Mutations {

  /**
   * One malformed file.
   *
   * @param kind the kind of damage, such as {@code "wrong-type"}
   * @param description what was done, to print on failure
   * @param bytes the file
   * @param pointer the pointer the reader must report, or null when not asserted
   * @param schemaCanTell whether validating against the schema must fail too
   */
  record Mutant(String kind, String description, byte[] bytes, String pointer, boolean schemaCanTell) {
    @Override
    public String toString() {
      return kind + ": " + description;
    }
  }

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Properties every object of the SDK's formats that has them requires. */
  private static final Set<String> REQUIRED = Set.of("format", "formatVersion", "scheme", "nodes", "name", "version",
      "levels", "roots", "allowedChildren", "key", "displayName", "coding", "id", "level", "hierarchy",
      // the points, fund, clue, proposal and deliberation formats
      "type", "at", "kind", "fund", "policy", "entries", "category", "label", "period", "request", "clue", "proposal",
      "events", "options", "participants", "quorum", "approvers", "approvalTiers", "items", "expiry", "grid", "state",
      "offers", "unit", "draws", "paidBy", "donorKind", "summary", "title", "content", "submission",
      "source", "reportedAt", "fen", "currency");

  /** Integer properties that may be negative, so that -1 is no damage. */
  private static final Set<String> SIGNED = Set.of("centiPerUnit");

  private Mutations() {}

  /** Returns every mutation of a valid file. */
  static List<Mutant> of(byte[] valid) {
    JsonNode root = tree(valid);
    // a points ledger's entry ids may have 160 characters, every other id 64
    int tooLong = "jiceng-governance/points-ledger".equals(root.path("format").asText()) ? 161 : 65;
    List<Mutant> out = new ArrayList<>();
    List<JsonPointer> values = new ArrayList<>();
    collect(root, JsonPointer.empty(), values);
    List<JsonNode> replacements = List.of(F.nullNode(), F.booleanNode(true), F.numberNode(7), F.numberNode(1.5),
        F.textNode("text"), F.arrayNode(), F.objectNode());
    for (JsonPointer at : values) {
      JsonNode node = root.at(at);
      if (at.matches()) {
        continue;
      }
      for (JsonNode replacement : replacements) {
        if (replacement.getNodeType() != node.getNodeType()
            && !(replacement.isNumber() && node.isNumber() && replacement.isIntegralNumber() == node.isIntegralNumber())) {
          out.add(replaced("wrong-type", root, at, replacement, at, true));
        }
      }
      out.add(replaced("deep-nesting", root, at, deep(100), node.isArray() ? at.appendIndex(0) : at, true));
      if (node.isObject()) {
        out.add(edited("unknown-property", root, at, o -> o.put("zzUnknown", 1), at + "/zzUnknown", true));
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
          String name = names.next();
          if (REQUIRED.contains(name)) {
            out.add(edited("missing", root, at, o -> o.remove(name), at + "/" + name, true));
          }
        }
        if (node.size() > 0) {
          String first = node.fieldNames().next();
          out.add(new Mutant("duplicate-key", "repeat '" + first + "' in " + at, duplicating(root, at),
              at + "/" + first, false));
        }
      }
      String last = at.last() == null ? "" : at.last().getMatchingProperty();
      if (node.isTextual()) {
        if (last.equals("id") || last.equals("parent")) {
          out.add(replaced("invalid-id", root, at, F.textNode("not an id!"), at, true));
          out.add(replaced("invalid-id", root, at, F.textNode("x".repeat(tooLong)), at, true));
        }
        if (last.equals("code")) {
          out.add(replaced("invalid-code", root, at, F.textNode("12345"), at, true));
          out.add(replaced("invalid-code", root, at, F.textNode("150600003003@2023"), at, false));
          out.add(replaced("invalid-code", root, at, F.textNode("150622003003@1999"), at, false));
        }
        if (last.equals("name") || last.equals("displayName")) {
          out.add(replaced("long-string", root, at, F.textNode("长".repeat(101)), at, true));
          out.add(replaced("empty-string", root, at, F.textNode(""), at, true));
        }
        if (last.equals("coding")) {
          out.add(replaced("invalid-code", root, at, F.textNode("sequence:9"), at, true));
        }
        if (last.equals("format")) {
          out.add(replaced("wrong-format", root, at, F.textNode("jiceng-governance/other"), at, true));
        }
      }
      if (node.isIntegralNumber()) {
        out.add(replaced("wrong-version", root, at, F.numberNode(node.asInt() + 1 == 1 ? 2 : node.asInt() + 1),
            last.equals("formatVersion") ? at : null, last.equals("formatVersion")));
        out.add(replaced("huge-number", root, at, F.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            at, true));
        if (!SIGNED.contains(last)) {
          out.add(replaced("negative", root, at, F.numberNode(-1), at, true));
        }
        out.add(new Mutant("too-long-number", "a 65-digit number at " + at,
            replaceText(valid, root, at, "1".repeat(65)), null, false));
        out.add(new Mutant("huge-number", "1e400 at " + at, replaceText(valid, root, at, "1e400"), at.toString(),
            false));
      }
    }
    out.removeIf(m -> m.kind().equals("wrong-version") && m.pointer() == null);
    for (int cut = 0; cut < valid.length; cut += Math.max(1, valid.length / 150)) {
      byte[] b = java.util.Arrays.copyOf(valid, cut);
      out.add(new Mutant("truncated", "first " + cut + " of " + valid.length + " bytes", b, null, false));
    }
    int quote = new String(valid, UTF_8).indexOf("\"name\": \"");
    if (quote >= 0) {
      int at = new String(valid, UTF_8).substring(0, quote + 9).getBytes(UTF_8).length;
      for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
          new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE4, (byte) 0xB8},
          new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0x80},
          new byte[] {0x01})) {
        out.add(new Mutant("invalid-utf8", "bytes " + java.util.HexFormat.of().formatHex(bad) + " in a name",
            insert(valid, at, bad), null, false));
      }
    }
    return out;
  }

  /** Files that are not documents of any format at all. */
  static List<Mutant> notDocuments() {
    List<Mutant> out = new ArrayList<>();
    for (String s : List.of("", "   \n", "null", "[]", "1", "\"grid\"", "true", "{}", "{", "}", "[{}]",
        "{\"format\": \"jiceng-governance/grid-hierarchy\"", "{\"format\" \"x\"}", "{'format': 1}", "\u00ef\u00bb\u00bf")) {
      out.add(new Mutant("not-a-document", "'" + s + "'", s.getBytes(UTF_8), null, false));
    }
    out.add(new Mutant("not-a-document", "UTF-16 with a byte order mark and a lone surrogate",
        new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', (byte) 0xD8, 0, 0, '}'}, null, false));
    out.add(new Mutant("not-a-document", "UCS-4 in an unsupported byte order",
        new byte[] {0, 0, '{', 0, 0, 0, '}', 0}, null, false));
    return out;
  }

  static JsonNode tree(byte[] bytes) {
    try {
      return PLAIN.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode deep(int depth) {
    ArrayNode top = F.arrayNode();
    ArrayNode a = top;
    for (int i = 1; i < depth; i++) {
      a = a.addArray();
    }
    return top;
  }

  private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> out) {
    out.add(at);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        collect(e.getValue(), at.appendProperty(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at.appendIndex(i), out);
      }
    }
  }

  private static Mutant replaced(String kind, JsonNode root, JsonPointer at, JsonNode replacement, JsonPointer expect,
      boolean schemaCanTell) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy.at(at.head());
    if (parent.isObject()) {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), replacement);
    } else {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), replacement);
    }
    String shown = replacement.toString();
    return new Mutant(kind, (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + " at " + at,
        bytes(copy), expect == null ? null : expect.toString(), schemaCanTell);
  }

  private static Mutant edited(String kind, JsonNode root, JsonPointer at, Consumer<ObjectNode> edit, String expect,
      boolean schemaCanTell) {
    JsonNode copy = root.deepCopy();
    edit.accept((ObjectNode) copy.at(at));
    return new Mutant(kind, kind + " at " + at, bytes(copy), expect, schemaCanTell);
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the tree with the first property of the object at {@code at} written twice. */
  private static byte[] duplicating(JsonNode root, JsonPointer at) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator gen = PLAIN.createGenerator(out)) {
      writeDuplicating(gen, root, JsonPointer.empty(), at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeDuplicating(JsonGenerator gen, JsonNode node, JsonPointer here, JsonPointer at)
      throws IOException {
    if (node.isObject()) {
      gen.writeStartObject();
      boolean first = true;
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        int times = first && here.equals(at) ? 2 : 1;
        for (int i = 0; i < times; i++) {
          gen.writeFieldName(e.getKey());
          writeDuplicating(gen, e.getValue(), here.appendProperty(e.getKey()), at);
        }
        first = false;
      }
      gen.writeEndObject();
    } else if (node.isArray()) {
      gen.writeStartArray();
      for (int i = 0; i < node.size(); i++) {
        writeDuplicating(gen, node.get(i), here.appendIndex(i), at);
      }
      gen.writeEndArray();
    } else {
      PLAIN.writeTree(gen, node);
    }
  }

  /** Replaces a number at a pointer by raw text a tree cannot hold (too long, out of range). */
  private static byte[] replaceText(byte[] valid, JsonNode root, JsonPointer at, String text) {
    String marker = "\"@@MARK@@\"";
    Mutant m = replaced("mark", root, at, F.textNode("@@MARK@@"), at, false);
    return new String(m.bytes(), UTF_8).replace(marker, text).getBytes(UTF_8);
  }

  private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
    byte[] out = new byte[bytes.length + inserted.length];
    System.arraycopy(bytes, 0, out, 0, at);
    System.arraycopy(inserted, 0, out, at, inserted.length);
    System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
    return out;
  }
}
