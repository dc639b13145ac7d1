package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.code.DivisionLevel;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridLevel;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bindings of the grid feature: ids, levels, schemes, nodes and hierarchies. */
public final class GridCodecs {

  private GridCodecs() {}

  /** {@link GridId} as its text, such as {@code "baiyun"}. */
  public static final TextCodec<GridId> GRID_ID = Codecs.text(GridId.class,
      "The id of a grid node (网格节点标识), unique within its hierarchy.", GridId::of, GridId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** The key of a level, such as {@code "COMMUNITY"}. */
  public static final StringCodec LEVEL_KEY = Codecs.string().pattern("[A-Z][A-Z0-9_]{0,39}")
      .named("LevelKey", "The key of a level of a level scheme, such as COMMUNITY.");

  /** {@link LevelCoding} as {@code "none"}, {@code "division:VILLAGE"} or {@code "sequence:2"}. */
  public static final TextCodec<LevelCoding> LEVEL_CODING = Codecs.text(LevelCoding.class,
      "How the nodes of a level are coded: none, division:<division level> or sequence:<width 1-"
          + GridCode.MAX_SEGMENT_WIDTH + ">.", GridCodecs::parseCoding, GridCodecs::formatCoding)
      .pattern("none|division:(" + Arrays.stream(DivisionLevel.values()).map(Enum::name)
          .collect(Collectors.joining("|")) + ")|sequence:[1-" + GridCode.MAX_SEGMENT_WIDTH + "]");

  /** {@link GridLevel} as {@code {"key", "displayName", "coding"}}. */
  public static final ObjectCodec<GridLevel> GRID_LEVEL = gridLevel();

  /**
   * {@link LevelScheme} as {@code {"name", "version", "levels": [...], "roots": [...],
   * "allowedChildren": {"KEY": [...]}}}; allowed children in the order of the levels, only the
   * levels that have some.
   */
  public static final ObjectCodec<LevelScheme> LEVEL_SCHEME = levelScheme();

  /** {@link GridNode} as {@code {"id", "level", "parent"?, "name", "code"?}}. */
  public static final ObjectCodec<GridNode> GRID_NODE = gridNode();

  private static final HierarchyTable HIERARCHY = new HierarchyTable();

  /** {@link GridHierarchy} as {@code {"scheme", "nodes": [...]}}, nodes in preorder. */
  public static final ObjectCodec<GridHierarchy> GRID_HIERARCHY = HIERARCHY.codec;

  /** The hierarchy's slot of its scheme, for the streaming header. */
  static final Slot<LevelScheme> SCHEME = HIERARCHY.scheme;

  /** The hierarchy's slot of its nodes, for streaming. */
  static final Slot<List<GridNode>> NODES = HIERARCHY.nodes;

  private static ObjectCodec<GridLevel> gridLevel() {
    ObjectCodec.Builder<GridLevel> b = ObjectCodec.builder(GridLevel.class)
        .describe("One level of a level scheme (层级).").invalidRule("level-form");
    Slot<String> key = b.required("key", GridLevel::key, LEVEL_KEY);
    Slot<String> displayName = b.required("displayName", GridLevel::displayName, Codecs.string().length(1, 100));
    Slot<LevelCoding> coding = b.required("coding", GridLevel::coding, LEVEL_CODING);
    return b.build(v -> new GridLevel(v.get(key), v.get(displayName), v.get(coding)));
  }

  private static ObjectCodec<LevelScheme> levelScheme() {
    ObjectCodec.Builder<LevelScheme> b = ObjectCodec.builder(LevelScheme.class)
        .describe("A local scheme of grid levels (网格层级方案): the levels, the root levels, and which "
            + "levels may sit directly below which.")
        .locate((violation, values) -> violation.field().equals("rootLevels") ? "/roots" : null);
    Slot<String> name = b.required("name", LevelScheme::name, Codecs.string().length(1, 100));
    Slot<Integer> version = b.required("version", LevelScheme::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<List<GridLevel>> levels = b.required("levels", LevelScheme::levels, Codecs.list(GRID_LEVEL));
    Slot<Set<String>> roots = b.required("roots", LevelScheme::rootLevels, Codecs.set(LEVEL_KEY));
    Slot<Map<String, Set<String>>> allowed = b.required("allowedChildren", GridCodecs::allowedChildren,
        Codecs.map(LEVEL_KEY, Codecs.set(LEVEL_KEY)));
    return b.build(v -> {
      LevelScheme.Builder s = LevelScheme.builder(v.get(name)).version(v.get(version));
      for (GridLevel level : v.get(levels)) {
        s.level(level.key(), level.displayName(), level.coding());
      }
      s.root(v.get(roots).toArray(new String[0]));
      v.get(allowed).forEach((parent, children) -> s.allow(parent, children.toArray(new String[0])));
      return s.build();
    });
  }

  private static Map<String, Set<String>> allowedChildren(LevelScheme scheme) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (GridLevel level : scheme.levels()) {
      Set<String> children = scheme.childLevels(level.key());
      if (!children.isEmpty()) {
        out.put(level.key(), children);
      }
    }
    return out;
  }

  private static ObjectCodec<GridNode> gridNode() {
    ObjectCodec.Builder<GridNode> b = ObjectCodec.builder(GridNode.class)
        .describe("One node of a grid hierarchy (网格节点); the root has no parent.");
    Slot<GridId> id = b.required("id", GridNode::id, GRID_ID);
    Slot<String> level = b.required("level", GridNode::level, LEVEL_KEY);
    Slot<Optional<GridId>> parent = b.optional("parent", GridNode::parent, GRID_ID);
    Slot<String> name = b.required("name", GridNode::name, Codecs.string().length(1, GridNode.MAX_NAME_LENGTH));
    Slot<Optional<GridCode>> code = b.optional("code", GridNode::code, ValueCodecs.GRID_CODE);
    return b.build(v -> GridNode.builder().id(v.get(id)).level(v.get(level)).parent(v.get(parent))
        .name(v.get(name)).code(v.get(code)).build());
  }

  /** The hierarchy's table and the slots its streaming form needs. */
  private static final class HierarchyTable {
    final Slot<LevelScheme> scheme;
    final Slot<List<GridNode>> nodes;
    final ObjectCodec<GridHierarchy> codec;

    HierarchyTable() {
      ObjectCodec.Builder<GridHierarchy> b = ObjectCodec.builder(GridHierarchy.class)
          .describe("A grid hierarchy (网格层级): one tree of nodes that fits its level scheme.");
      scheme = b.required("scheme", GridHierarchy::scheme, LEVEL_SCHEME);
      nodes = b.required("nodes", GridHierarchy::nodes, Codecs.list(GRID_NODE));
      b.locate((violation, values) -> {
        // a hierarchy's violations name their node as GridNode[id]: point at that node's property
        List<GridNode> list = values.peek(nodes);
        Map<String, Integer> index = new HashMap<>();
        for (int i = list.size() - 1; i >= 0; i--) {
          index.put("GridNode[" + list.get(i).id() + "]", i);
        }
        Integer i = index.get(violation.subject());
        return i == null ? null : "/nodes/" + i + Pointers.segment(violation.field());
      });
      codec = b.build(v -> GridHierarchy.of(v.get(scheme), v.get(nodes)));
    }
  }

  private static LevelCoding parseCoding(String text) {
    if (text.equals("none")) {
      return LevelCoding.none();
    }
    if (text.startsWith("division:")) {
      String level = text.substring("division:".length());
      for (DivisionLevel l : DivisionLevel.values()) {
        if (l.name().equals(level)) {
          return LevelCoding.division(l);
        }
      }
    }
    if (text.matches("sequence:[1-" + GridCode.MAX_SEGMENT_WIDTH + "]")) {
      return LevelCoding.sequence(Integer.parseInt(text.substring("sequence:".length())));
    }
    throw new DomainValidationException("LevelCoding[" + Excerpts.of(text) + "]", "coding", "coding-form",
        "a coding is 'none', 'division:<PROVINCE..VILLAGE>' or 'sequence:<1-" + GridCode.MAX_SEGMENT_WIDTH
            + ">', was '" + Excerpts.of(text) + "'");
  }

  private static String formatCoding(LevelCoding coding) {
    if (coding instanceof LevelCoding.Division) {
      return "division:" + ((LevelCoding.Division) coding).level().name();
    }
    if (coding instanceof LevelCoding.Sequence) {
      return "sequence:" + ((LevelCoding.Sequence) coding).width();
    }
    return "none";
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(GRID_ID, LEVEL_CODING, GRID_LEVEL, LEVEL_SCHEME, GRID_NODE, GRID_HIERARCHY);
  }
}
