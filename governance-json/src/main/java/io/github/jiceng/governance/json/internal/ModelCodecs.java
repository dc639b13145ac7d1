package io.github.jiceng.governance.json.internal;

import static io.github.jiceng.governance.json.internal.Trees.segment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.DivisionLevel;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridLevel;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.money.Money;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The codecs of every model type the module binds, in one place. */
public final class ModelCodecs {

  private ModelCodecs() {}

  /** A type written as one JSON string in its text form. */
  private abstract static class TextCodec<T> extends TreeCodec<T> {
    TextCodec(Class<T> type) {
      super(type);
    }

    abstract String format(T value);

    abstract T parse(String text);

    @Override
    public void write(T value, JsonGenerator gen) throws IOException {
      gen.writeString(format(value));
    }

    @Override
    public T read(JsonParser p, JsonNode node, String pointer) throws IOException {
      if (!node.isTextual()) {
        throw new GovernanceFormatException(p, pointer, "string",
            "a " + type().getSimpleName() + " is written as a string, was " + Trees.kind(node));
      }
      return parse(node.textValue());
    }
  }

  /** {@link GridId} as its text. */
  public static final TreeCodec<GridId> GRID_ID = new TextCodec<>(GridId.class) {
    @Override
    String format(GridId value) {
      return value.value();
    }

    @Override
    GridId parse(String text) {
      return GridId.of(text);
    }
  };

  /** {@link DivisionCode} as {@code "150622003003@2023"}. */
  public static final TreeCodec<DivisionCode> DIVISION_CODE = new TextCodec<>(DivisionCode.class) {
    @Override
    String format(DivisionCode value) {
      return value.toString();
    }

    @Override
    DivisionCode parse(String text) {
      return DivisionCode.parse(text);
    }
  };

  /** {@link GridCode} as {@code "150622003003.01@2023"}. */
  public static final TreeCodec<GridCode> GRID_CODE = new TextCodec<>(GridCode.class) {
    @Override
    String format(GridCode value) {
      return value.toString();
    }

    @Override
    GridCode parse(String text) {
      return GridCode.parse(text);
    }
  };

  /** {@link LevelCoding} as {@code "none"}, {@code "division:VILLAGE"} or {@code "sequence:2"}. */
  public static final TreeCodec<LevelCoding> LEVEL_CODING = new TextCodec<>(LevelCoding.class) {
    @Override
    String format(LevelCoding value) {
      if (value instanceof LevelCoding.Division) {
        return "division:" + ((LevelCoding.Division) value).level().name();
      }
      if (value instanceof LevelCoding.Sequence) {
        return "sequence:" + ((LevelCoding.Sequence) value).width();
      }
      return "none";
    }

    @Override
    LevelCoding parse(String text) {
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
      if (text.matches("sequence:[1-6]")) {
        return LevelCoding.sequence(Integer.parseInt(text.substring("sequence:".length())));
      }
      throw new io.github.jiceng.governance.model.shared.DomainValidationException("LevelCoding[" + text + "]",
          "coding", "coding-form", "a coding is 'none', 'division:<PROVINCE..VILLAGE>' or 'sequence:<1-6>', was '"
              + text + "'");
    }
  };

  /** {@link Money} as {@code {"fen": 12345, "currency": "CNY"}}. */
  public static final TreeCodec<Money> MONEY = new TreeCodec<>(Money.class) {
    @Override
    public void write(Money value, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeNumberField("fen", value.fen());
      gen.writeStringField("currency", value.currency());
      gen.writeEndObject();
    }

    @Override
    public Money read(JsonParser p, JsonNode node, String pointer) throws IOException {
      Trees.requireObject(p, node, pointer, Set.of("fen", "currency"));
      String currency = Trees.text(p, node, pointer, "currency");
      if (!currency.equals("CNY")) {
        throw new GovernanceFormatException(p, pointer + "/currency", "currency-cny",
            "only CNY is supported, was '" + currency + "'");
      }
      return Money.ofFen(Trees.integer(p, node, pointer, "fen", Long.MIN_VALUE + 1, Long.MAX_VALUE));
    }
  };

  /** {@link GridNode} as {@code {"id", "level", "parent"?, "name", "code"?}}. */
  public static final TreeCodec<GridNode> GRID_NODE = new TreeCodec<>(GridNode.class) {
    @Override
    public void write(GridNode value, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("id", value.id().value());
      gen.writeStringField("level", value.level());
      if (value.parent().isPresent()) {
        gen.writeStringField("parent", value.parent().get().value());
      }
      gen.writeStringField("name", value.name());
      if (value.code().isPresent()) {
        gen.writeStringField("code", value.code().get().toString());
      }
      gen.writeEndObject();
    }

    @Override
    public GridNode read(JsonParser p, JsonNode node, String pointer) throws IOException {
      Trees.requireObject(p, node, pointer, Set.of("id", "level", "parent", "name", "code"));
      GridId id = GRID_ID.readChecked(p, node.path("id"), pointer + "/id");
      String level = Trees.text(p, node, pointer, "level");
      String name = Trees.text(p, node, pointer, "name");
      Optional<GridId> parent = node.has("parent")
          ? Optional.of(GRID_ID.readChecked(p, node.get("parent"), pointer + "/parent"))
          : Optional.empty();
      Optional<GridCode> code = node.has("code")
          ? Optional.of(GRID_CODE.readChecked(p, node.get("code"), pointer + "/code"))
          : Optional.empty();
      return GridNode.builder().id(id).level(level).parent(parent).name(name).code(code).build();
    }
  };

  /**
   * {@link LevelScheme} as {@code {"name", "version", "levels": [{"key", "displayName",
   * "coding"}], "roots": [...], "allowedChildren": {"KEY": [...]}}}.
   */
  public static final TreeCodec<LevelScheme> LEVEL_SCHEME = new TreeCodec<>(LevelScheme.class) {
    @Override
    public void write(LevelScheme value, JsonGenerator gen) throws IOException {
      gen.writeStartObject();
      gen.writeStringField("name", value.name());
      gen.writeNumberField("version", value.version());
      gen.writeArrayFieldStart("levels");
      for (GridLevel level : value.levels()) {
        gen.writeStartObject();
        gen.writeStringField("key", level.key());
        gen.writeStringField("displayName", level.displayName());
        gen.writeFieldName("coding");
        LEVEL_CODING.write(level.coding(), gen);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("roots");
      for (String root : value.rootLevels()) {
        gen.writeString(root);
      }
      gen.writeEndArray();
      gen.writeObjectFieldStart("allowedChildren");
      for (GridLevel level : value.levels()) {
        Set<String> children = value.childLevels(level.key());
        if (!children.isEmpty()) {
          gen.writeArrayFieldStart(level.key());
          for (String child : children) {
            gen.writeString(child);
          }
          gen.writeEndArray();
        }
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }

    @Override
    public LevelScheme read(JsonParser p, JsonNode node, String pointer) throws IOException {
      Trees.requireObject(p, node, pointer, Set.of("name", "version", "levels", "roots", "allowedChildren"));
      LevelScheme.Builder b = LevelScheme.builder(Trees.text(p, node, pointer, "name"))
          .version((int) Trees.integer(p, node, pointer, "version", 1, Integer.MAX_VALUE));
      JsonNode levels = Trees.array(p, node, pointer, "levels");
      for (int i = 0; i < levels.size(); i++) {
        String at = pointer + "/levels/" + i;
        JsonNode level = levels.get(i);
        Trees.requireObject(p, level, at, Set.of("key", "displayName", "coding"));
        String key = Trees.text(p, level, at, "key");
        String displayName = Trees.text(p, level, at, "displayName");
        LevelCoding coding = LEVEL_CODING.readChecked(p, level.path("coding"), at + "/coding");
        try {
          b.level(key, displayName, coding);
        } catch (IllegalArgumentException e) {
          throw new GovernanceFormatException(p, at, "level-form", e.getMessage());
        }
      }
      b.root(strings(p, Trees.array(p, node, pointer, "roots"), pointer + "/roots").toArray(new String[0]));
      JsonNode allowed = node.path("allowedChildren");
      if (!allowed.isObject()) {
        throw new GovernanceFormatException(p, pointer + "/allowedChildren", "object",
            "'allowedChildren' must be an object of level keys to arrays, was " + Trees.kind(allowed));
      }
      for (Map.Entry<String, JsonNode> e : allowed.properties()) {
        String at = pointer + "/allowedChildren" + segment(e.getKey());
        if (!e.getValue().isArray()) {
          throw new GovernanceFormatException(p, at, "array", "allowed children must be an array");
        }
        b.allow(e.getKey(), strings(p, e.getValue(), at).toArray(new String[0]));
      }
      return b.build();
    }
  };

  private static List<String> strings(JsonParser p, JsonNode array, String pointer) throws GovernanceFormatException {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      if (!array.get(i).isTextual()) {
        throw new GovernanceFormatException(p, pointer + "/" + i, "string", "expected a string");
      }
      out.add(array.get(i).textValue());
    }
    return out;
  }

  /** Every codec, for registration. */
  public static List<TreeCodec<?>> all() {
    return List.of(GRID_ID, DIVISION_CODE, GRID_CODE, LEVEL_CODING, MONEY, GRID_NODE, LEVEL_SCHEME);
  }
}
