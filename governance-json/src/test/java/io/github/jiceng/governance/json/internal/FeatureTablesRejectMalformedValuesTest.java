package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Bindings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.FeatureSamples;
import io.github.jiceng.governance.json.GovernanceFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every table of the points, volunteer, check-in, assessment, fund, clue, proposal and
 * deliberation bindings, on generated values: a property of the wrong JSON type, a missing
 * required property, an unknown or repeated property, and an invalid id or code each fail with a
 * format error at the property's pointer and the rule that names what is wrong; a missing
 * optional property is never reported as required. Unions need their discriminator, know their
 * variants and read it anywhere in the object.
 */
final class FeatureTablesRejectMalformedValuesTest {

  private static final List<Class<?>> FEATURES = List.of(PointsCodecs.class, VolunteerCodecs.class,
      CheckInCodecs.class, AssessmentCodecs.class, FundCodecs.class, ClueCodecs.class, ProposalCodecs.class,
      DeliberationCodecs.class);

  private static final Set<String> TYPE_RULES = Set.of("string", "integer", "number", "object", "array", "boolean");

  private static final int SEEDS = 12;

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** The public codec constants of the feature classes of one kind of codec. */
  private static List<Codec<?>> constants(Class<?> kind) {
    List<Codec<?>> out = new ArrayList<>();
    for (Class<?> feature : FEATURES) {
      for (Field f : feature.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && kind.isAssignableFrom(f.getType())) {
          try {
            out.add((Codec<?>) f.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return out;
  }

  private static FeatureSamples.Sample<?> sampleOf(Codec<?> codec) {
    for (FeatureSamples.Sample<?> s : FeatureSamples.all()) {
      if (s.type() == codec.type()) {
        return s;
      }
    }
    throw new AssertionError("no generator of " + codec.type().getName() + " for " + codec.schemaName());
  }

  @SuppressWarnings("unchecked")
  private static <T> byte[] write(Codec<T> codec, Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Documents.write(Bindings.syntax(), (T) value, codec, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(JsonNode tree) {
    try {
      return PLAIN.writeValueAsBytes(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return PLAIN.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the bytes; returns the format error, or null when they were accepted. */
  private static GovernanceFormatException failure(Codec<?> codec, byte[] bytes) {
    try {
      Documents.read(Bindings.syntax(), new ByteArrayInputStream(bytes), codec);
      return null;
    } catch (GovernanceFormatException e) {
      return e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(GovernanceFormatException e) {
    return e == null ? "accepted" : e.pointer() + " [" + e.rule() + "]: " + e.getOriginalMessage();
  }

  @Test
  void everyTableHasAGeneratorAndReadsWhatItWrites() throws IOException {
    List<ObjectCodec<?>> tables = objectTables();
    assertThat(tables).hasSizeGreaterThan(60);
    for (ObjectCodec<?> table : tables) {
      FeatureSamples.Sample<?> sample = sampleOf(table);
      for (long seed = 0; seed < SEEDS; seed++) {
        Object value = sample.generate().apply(new Random(seed));
        assertThat((Object) Documents.read(Bindings.syntax(), new ByteArrayInputStream(write(table, value)), table))
            .as("%s, seed %d", table.schemaName(), seed).isEqualTo(value);
      }
    }
  }

  private static List<ObjectCodec<?>> objectTables() {
    List<ObjectCodec<?>> out = new ArrayList<>();
    constants(ObjectCodec.class).forEach(c -> out.add((ObjectCodec<?>) c));
    return out;
  }

  @Test
  void eachPropertyOfTheWrongTypeFailsAtItsPointerNamingTheExpectedType() {
    List<JsonNode> replacements = List.of(F.nullNode(), F.booleanNode(true), F.numberNode(7), F.numberNode(1.5),
        F.textNode("text"), F.arrayNode(), F.objectNode());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (ObjectCodec<?> table : objectTables()) {
      for (long seed = 0; seed < SEEDS; seed++) {
        JsonNode root = tree(write(table, sampleOf(table).generate().apply(new Random(seed))));
        for (Map.Entry<String, JsonNode> property : root.properties()) {
          JsonNode node = property.getValue();
          for (JsonNode replacement : replacements) {
            boolean sameType = replacement.getNodeType() == node.getNodeType();
            boolean numberForNumber = replacement.isNumber() && node.isNumber()
                && (replacement.isIntegralNumber() || !node.isIntegralNumber());
            if (sameType || numberForNumber) {
              continue;
            }
            ObjectNode copy = root.deepCopy();
            copy.set(property.getKey(), replacement);
            GovernanceFormatException e = failure(table, bytes(copy));
            checked++;
            if (e == null || !e.pointer().equals("/" + property.getKey()) || !TYPE_RULES.contains(e.rule())) {
              problems.add(table.schemaName() + " seed " + seed + ": " + replacement + " at /" + property.getKey()
                  + ": " + describe(e));
            }
          }
        }
      }
    }
    assertThat(problems).as("of %d", checked).isEmpty();
    assertThat(checked).isGreaterThan(5_000);
  }

  @Test
  void eachMissingRequiredPropertyFailsAtItsPointerAndNoOptionalOneIsRequired() {
    List<String> problems = new ArrayList<>();
    int required = 0;
    for (ObjectCodec<?> table : objectTables()) {
      for (long seed = 0; seed < SEEDS; seed++) {
        JsonNode root = tree(write(table, sampleOf(table).generate().apply(new Random(seed))));
        for (int i = 0; i < table.propertyCount(); i++) {
          String name = table.propertyName(i);
          boolean isRequired = (table.requiredMask() & (1L << i)) != 0;
          if (!root.has(name)) {
            if (isRequired) {
              problems.add(table.schemaName() + " seed " + seed + ": required '" + name + "' was not written");
            }
            continue;
          }
          ObjectNode copy = root.deepCopy();
          copy.remove(name);
          GovernanceFormatException e = failure(table, bytes(copy));
          if (isRequired) {
            required++;
            if (e == null || !e.rule().equals("required") || !e.pointer().equals("/" + name)) {
              problems.add(table.schemaName() + " seed " + seed + ": without '" + name + "': " + describe(e));
            }
          } else if (e != null && e.rule().equals("required")) {
            problems.add(table.schemaName() + " seed " + seed + ": optional '" + name + "' reported as " + describe(e));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(required).isGreaterThan(2_000);
  }

  @Test
  void unknownAndRepeatedPropertiesFailAtTheirPointers() {
    List<String> problems = new ArrayList<>();
    for (ObjectCodec<?> table : objectTables()) {
      for (long seed = 0; seed < SEEDS; seed++) {
        JsonNode root = tree(write(table, sampleOf(table).generate().apply(new Random(seed))));
        ObjectNode unknown = root.deepCopy();
        unknown.put("zzUnknown", 1);
        GovernanceFormatException e = failure(table, bytes(unknown));
        if (e == null || !e.rule().equals("known-property") || !e.pointer().equals("/zzUnknown")) {
          problems.add(table.schemaName() + " seed " + seed + ", unknown property: " + describe(e));
        }
        String first = root.fieldNames().next();
        String json = new String(bytes(root), java.nio.charset.StandardCharsets.UTF_8);
        String repeated = "{\"" + first + "\":" + root.get(first) + "," + json.substring(1);
        e = failure(table, repeated.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (e == null || !e.rule().equals("unique-property") || !e.pointer().equals("/" + first)) {
          problems.add(table.schemaName() + " seed " + seed + ", repeated '" + first + "': " + describe(e));
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void anInvalidIdOrCodeFailsAtItsPointerWithTheModelsRule() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (ObjectCodec<?> table : objectTables()) {
      JsonNode root = tree(write(table, sampleOf(table).generate().apply(new Random(7))));
      for (int i = 0; i < table.propertyCount(); i++) {
        String name = table.propertyName(i);
        Codec<?> codec = table.codecOf(i);
        if (!root.has(name) || !(codec instanceof TextCodec) || !root.get(name).isTextual()) {
          continue;
        }
        for (String bad : List.of("not an id!", "", "x".repeat(200))) {
          ObjectNode copy = root.deepCopy();
          copy.put(name, bad);
          GovernanceFormatException e = failure(table, bytes(copy));
          checked++;
          if (e == null || !e.pointer().equals("/" + name)
              || !Set.of("id-form", "text-form", "actor-form", "key-form").contains(e.rule())) {
            problems.add(table.schemaName() + ": '" + bad + "' at /" + name + ": " + describe(e));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(150);
  }

  @Test
  void everyTextAndEnumCodecReadsWhatItWritesAndRefusesWhatIsNotItsForm() throws IOException {
    List<Codec<?>> codecs = new ArrayList<>();
    codecs.addAll(constants(TextCodec.class));
    codecs.addAll(constants(EnumCodec.class));
    assertThat(codecs).hasSizeGreaterThan(40);
    for (Codec<?> codec : codecs) {
      FeatureSamples.Sample<?> sample = sampleOf(codec);
      for (long seed = 0; seed < SEEDS; seed++) {
        Object value = sample.generate().apply(new Random(seed));
        assertThat((Object) Documents.read(Bindings.syntax(), new ByteArrayInputStream(write(codec, value)), codec))
            .as("%s, seed %d", codec.schemaName(), seed).isEqualTo(value);
      }
      GovernanceFormatException e = failure(codec, "\"not an id or code!\"".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      assertThat(e).as("%s", codec.schemaName()).isNotNull();
      assertThat(e.pointer()).isEmpty();
      assertThat(e.rule()).isIn("id-form", "text-form", "actor-form", "key-form", "enum");
    }
  }

  @Test
  void unionsNeedAKnownDiscriminatorAndReadItAnywhere() throws IOException {
    List<UnionCodec<?>> unions = new ArrayList<>();
    for (Codec<?> u : constants(UnionCodec.class)) {
      unions.add((UnionCodec<?>) u);
    }
    assertThat(unions).hasSize(4);
    for (UnionCodec<?> union : unions) {
      FeatureSamples.Sample<?> sample = sampleOf(union);
      for (long seed = 0; seed < SEEDS; seed++) {
        Object value = sample.generate().apply(new Random(seed));
        ObjectNode root = (ObjectNode) tree(write(union, value));
        String tag = root.get("type").textValue();

        ObjectNode last = root.deepCopy();
        last.remove("type");
        last.put("type", tag);
        assertThat((Object) Documents.read(Bindings.syntax(), new ByteArrayInputStream(bytes(last)), union))
            .as("%s with its type last, seed %d", union.schemaName(), seed).isEqualTo(value);

        ObjectNode missing = root.deepCopy();
        missing.remove("type");
        GovernanceFormatException e = failure(union, bytes(missing));
        assertThat(e).as("%s without a type, seed %d", union.schemaName(), seed).isNotNull();
        assertThat(e.pointer()).isEqualTo("/type");
        assertThat(e.rule()).isEqualTo("required");

        ObjectNode unknown = root.deepCopy();
        unknown.put("type", "no-such-" + tag);
        e = failure(union, bytes(unknown));
        assertThat(e).as("%s of an unknown type, seed %d", union.schemaName(), seed).isNotNull();
        assertThat(e.pointer()).isEqualTo("/type");
        assertThat(e.rule()).isEqualTo("known-type");
      }
    }
  }

  @Test
  void aVariantBoundOnItsOwnRefusesAnotherVariantOfItsUnion() {
    SubtypeCodec<?, ?> awards = SubtypeCodec.of(PointsCodecs.LEDGER_ENTRY,
        io.github.jiceng.governance.model.points.Award.class);
    byte[] expiry = write(PointsCodecs.LEDGER_ENTRY, new io.github.jiceng.governance.model.points.Expiry(
        io.github.jiceng.governance.model.points.EntryId.of("expiry:p:p-1:2027-01-01"),
        io.github.jiceng.governance.model.actor.PersonId.of("p-1"), java.time.Instant.parse("2027-01-01T00:00:00Z"),
        io.github.jiceng.governance.model.points.Points.of(5), "awarded in 2025"));
    GovernanceFormatException e = failure(awards, expiry);
    assertThat(e).isNotNull();
    assertThat(e.rule()).isEqualTo("known-type");
    assertThat(e.pointer()).isEmpty();
  }
}
