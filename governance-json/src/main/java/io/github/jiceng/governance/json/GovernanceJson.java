package io.github.jiceng.governance.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.jiceng.governance.json.internal.ModelCodecs;
import io.github.jiceng.governance.json.internal.Trees;
import io.github.jiceng.governance.model.grid.GridHierarchy;

import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reading and writing the SDK's files.
 *
 * <p>Every file carries an envelope, {@code {"format": ..., "formatVersion": ...}}, then its
 * content. Reading is strict: unknown properties, missing or mistyped ones, duplicate keys,
 * invalid codes and broken invariants all fail with a {@link GovernanceFormatException} naming the
 * JSON Pointer of the bad node; nothing partial is ever returned. Inputs are bounded more tightly
 * than Jackson's defaults (nesting depth {@value #MAX_DEPTH}, strings of
 * {@value #MAX_STRING_LENGTH} characters, numbers of {@value #MAX_NUMBER_LENGTH} digits).
 * Writing is deterministic: the same value always gives the same bytes.
 *
 * <h2>Grid hierarchy file</h2>
 *
 * <pre>{@code
 * {
 *   "format": "jiceng-governance/grid-hierarchy",
 *   "formatVersion": 1,
 *   "scheme": {"name": "county", "version": 1, "levels": [...], "roots": [...], "allowedChildren": {...}},
 *   "nodes": [{"id": "zhungeer", "level": "COUNTY", "name": "准格尔旗", "code": "150622000000@2023"}, ...]
 * }
 * }</pre>
 */
public final class GovernanceJson {

  /** The format name of grid hierarchy files. */
  public static final String GRID_HIERARCHY_FORMAT = "jiceng-governance/grid-hierarchy";

  /** The version of the grid hierarchy format this release reads and writes. */
  public static final int GRID_HIERARCHY_VERSION = 1;

  /** The deepest nesting accepted in a file. */
  public static final int MAX_DEPTH = 64;

  /** The longest string accepted in a file, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number accepted in a file, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final JsonMapper MAPPER = newMapper();

  private GovernanceJson() {}

  /**
   * Returns a shared mapper with the {@link GovernanceJsonModule} and strict settings: unknown
   * properties and duplicate keys fail, trailing tokens fail, map keys are written sorted, and
   * input is bounded as described above. The mapper is immutable and safe to share.
   */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  private static JsonMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new GovernanceJsonModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * Reads a grid hierarchy file.
   *
   * @param in the file's bytes (UTF-8); not closed
   * @return the validated hierarchy; never null
   * @throws GovernanceFormatException if the file breaks the format or the hierarchy is invalid
   * @throws IOException if the stream cannot be read or is not JSON
   */
  public static GridHierarchy readGridHierarchy(InputStream in) throws IOException {
    requireNonNull(in, "in");
    try (JsonParser p = MAPPER.createParser(in)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonNode root;
      try {
        root = MAPPER.readTree(p);
      } catch (StreamConstraintsException e) {
        throw new GovernanceFormatException(p, "", "input-limits", e.getOriginalMessage());
      }
      if (root == null || root.isMissingNode()) {
        throw new GovernanceFormatException(p, "", "not-empty", "the file is empty");
      }
      Trees.requireObject(p, root, "", Set.of("format", "formatVersion", "scheme", "nodes"));
      checkEnvelope(p, root, GRID_HIERARCHY_FORMAT, GRID_HIERARCHY_VERSION);
      LevelScheme scheme = ModelCodecs.LEVEL_SCHEME.readChecked(p, root.path("scheme"), "/scheme");
      JsonNode array = Trees.array(p, root, "", "nodes");
      List<GridNode> nodes = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        nodes.add(ModelCodecs.GRID_NODE.readChecked(p, array.get(i), "/nodes/" + i));
      }
      try {
        return GridHierarchy.of(scheme, nodes);
      } catch (DomainValidationException e) {
        throw hierarchyError(p, nodes, e.violations());
      }
    }
  }

  /**
   * Writes a grid hierarchy file: the envelope, the scheme, then the nodes in preorder.
   *
   * @param hierarchy the hierarchy to write
   * @param out where to write UTF-8 JSON; not closed
   * @throws IOException if the stream cannot be written
   */
  public static void writeGridHierarchy(GridHierarchy hierarchy, OutputStream out) throws IOException {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(out, "out");
    try (JsonGenerator gen = MAPPER.createGenerator(out)) {
      gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      gen.useDefaultPrettyPrinter();
      gen.writeStartObject();
      gen.writeStringField("format", GRID_HIERARCHY_FORMAT);
      gen.writeNumberField("formatVersion", GRID_HIERARCHY_VERSION);
      gen.writeFieldName("scheme");
      ModelCodecs.LEVEL_SCHEME.write(hierarchy.scheme(), gen);
      gen.writeArrayFieldStart("nodes");
      for (GridNode node : hierarchy.nodes()) {
        ModelCodecs.GRID_NODE.write(node, gen);
      }
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
  }

  private static void checkEnvelope(JsonParser p, JsonNode root, String format, int version)
      throws GovernanceFormatException {
    String actual = Trees.text(p, root, "", "format");
    if (!actual.equals(format)) {
      throw new GovernanceFormatException(p, "/format", "format-name",
          "expected format '" + format + "', was '" + actual + "'");
    }
    long v = Trees.integer(p, root, "", "formatVersion", 1, Integer.MAX_VALUE);
    if (v != version) {
      throw new GovernanceFormatException(p, "/formatVersion", "format-version-supported",
          "this release reads " + format + " version " + version + ", the file is version " + v);
    }
  }

  /** Points every violation at the node (and field) it names, and reports them all. */
  private static GovernanceFormatException hierarchyError(JsonParser p, List<GridNode> nodes,
      List<Violation> violations) {
    Map<String, Integer> indexBySubject = new HashMap<>();
    for (int i = nodes.size() - 1; i >= 0; i--) {
      indexBySubject.put("GridNode[" + nodes.get(i).id() + "]", i);
    }
    List<String> lines = new ArrayList<>();
    String firstPointer = null;
    String firstRule = null;
    for (Violation v : violations) {
      Integer i = indexBySubject.get(v.subject());
      String pointer = i == null ? "/nodes" : "/nodes/" + i + "/" + v.field();
      if (firstPointer == null) {
        firstPointer = pointer;
        firstRule = v.rule();
      }
      lines.add(pointer + ": " + v.detail() + " [" + v.rule() + "]");
    }
    String detail = lines.size() == 1 ? violations.get(0).detail()
        : violations.size() + " violations:\n  " + String.join("\n  ", lines);
    return new GovernanceFormatException(p, firstPointer, firstRule, detail);
  }

}
