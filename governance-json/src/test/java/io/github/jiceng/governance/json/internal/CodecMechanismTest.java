package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.json.Bindings;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Masking;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mechanism itself, on small types declared here: unions with a discriminator, defaults,
 * maps and sets, masking of personal values, and the guard against a constructor that forgets a
 * field.
 */
final class CodecMechanismTest {

  /** A sealed hierarchy of the kind events and outcomes are. */
  sealed interface Entry permits Credit, Debit {}

  record Credit(long amount, Instant at) implements Entry {
    Credit {
      if (amount <= 0) {
        throw new DomainValidationException("Credit", "amount", "amount-positive", "was " + amount);
      }
    }
  }

  record Debit(long amount, Optional<String> note, Set<String> tags) implements Entry {}

  record Contact(String name, String mobile, int visits) {}

  private static final ObjectCodec<Credit> CREDIT;
  private static final ObjectCodec<Debit> DEBIT;
  private static final UnionCodec<Entry> ENTRY;
  private static final ObjectCodec<Contact> CONTACT;

  static {
    ObjectCodec.Builder<Credit> c = ObjectCodec.builder(Credit.class);
    Slot<Long> amount = c.required("amount", Credit::amount, Codecs.longInteger(Long.MIN_VALUE, Long.MAX_VALUE));
    Slot<Instant> at = c.required("at", Credit::at, Codecs.INSTANT);
    CREDIT = c.build(v -> new Credit(v.get(amount), v.get(at)));

    ObjectCodec.Builder<Debit> d = ObjectCodec.builder(Debit.class);
    Slot<Long> debited = d.required("amount", Debit::amount, Codecs.longInteger(0, 1_000_000));
    Slot<Optional<String>> note = d.optional("note", Debit::note, Codecs.string().length(1, 20));
    Slot<Set<String>> tags = d.defaulted("tags", Debit::tags, Codecs.set(Codecs.string()), Set.of());
    DEBIT = d.build(v -> new Debit(v.get(debited), v.get(note), v.get(tags)));

    ENTRY = UnionCodec.builder(Entry.class, "type").describe("An entry.")
        .variant("credit", Credit.class, CREDIT).variant("debit", Debit.class, DEBIT).build();

    ObjectCodec.Builder<Contact> p = ObjectCodec.builder(Contact.class);
    Slot<String> name = p.required("name", Contact::name, Codecs.string().personal(Masking::name));
    Slot<String> mobile = p.required("mobile", Contact::mobile,
        Codecs.string().pattern("1[0-9]{10}").personal(Masking::mobile));
    Slot<Integer> visits = p.defaulted("visits", Contact::visits, Codecs.integer(0, 100), 0);
    CONTACT = p.build(v -> new Contact(v.get(name), v.get(mobile), v.get(visits)));
  }

  private static final ListCodec<Entry, List<Entry>> ENTRIES = Codecs.list(ENTRY);

  private static <T> T read(Codec<T> codec, String json) throws IOException {
    return Documents.read(Bindings.syntax(), new ByteArrayInputStream(json.getBytes(UTF_8)), codec);
  }

  private static <T> String write(Codec<T> codec, T value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Documents.write(Bindings.syntax(), value, codec, out);
    return out.toString(UTF_8);
  }

  private static GovernanceFormatException failure(Codec<?> codec, String json) {
    return assertThrows(GovernanceFormatException.class, () -> read(codec, json));
  }

  private static final Credit C = new Credit(5, Instant.parse("2024-03-02T01:00:00Z"));
  private static final Debit D = new Debit(3, Optional.of("tea"), Set.of("x"));

  @Test
  void aUnionWritesItsDiscriminatorFirstAndReadsItBack() throws IOException {
    String json = write(ENTRIES, List.of(C, D));
    assertThat(json).contains("\"type\": \"credit\",\n    \"amount\": 5");
    assertThat(read(ENTRIES, json)).containsExactly(C, D);
  }

  @Test
  void aUnionReadsAnObjectWhoseDiscriminatorComesLast() throws IOException {
    assertThat(read(ENTRIES, "[{\"note\": \"tea\", \"amount\": 3, \"tags\": [\"x\"], \"type\": \"debit\"}]"))
        .containsExactly(D);
    GovernanceFormatException e = failure(ENTRIES, "[{}, {\"amount\": \"3\", \"type\": \"debit\"}]");
    assertThat(e.pointer()).as("the first object has no type").isEqualTo("/0/type");
    e = failure(ENTRIES, "[{\"amount\": 3, \"type\": \"debit\"}, {\"amount\": \"3\", \"type\": \"debit\"}]");
    assertThat(e.pointer()).as("errors in a replayed object point into the document").isEqualTo("/1/amount");
    assertThat(e.rule()).isEqualTo("integer");
    e = failure(ENTRIES, "[{\"amount\": 0, \"at\": \"2024-03-02T01:00:00Z\", \"type\": \"credit\"}]");
    assertThat(e.pointer()).isEqualTo("/0/amount");
    assertThat(e.rule()).isEqualTo("amount-positive");
  }

  @Test
  void aUnionRejectsUnknownMissingAndRepeatedDiscriminators() {
    assertThat(failure(ENTRY, "{\"type\": \"refund\", \"amount\": 3}").rule()).isEqualTo("known-type");
    assertThat(failure(ENTRY, "{\"type\": \"refund\", \"amount\": 3}").pointer()).isEqualTo("/type");
    assertThat(failure(ENTRY, "{\"amount\": 3}").rule()).isEqualTo("required");
    GovernanceFormatException fast = failure(ENTRY, "{\"type\": \"debit\", \"amount\": 3, \"type\": \"debit\"}");
    assertThat(fast.rule()).isEqualTo("unique-property");
    assertThat(fast.pointer()).isEqualTo("/type");
    GovernanceFormatException slow = failure(ENTRY, "{\"amount\": 3, \"type\": \"debit\", \"type\": \"credit\"}");
    assertThat(slow.rule()).isEqualTo("unique-property");
    assertThat(failure(ENTRY, "{\"type\": 7}").rule()).isEqualTo("string");
    assertThat(failure(ENTRY, "[]").rule()).isEqualTo("object");
  }

  @Test
  void nestingBeyondTheLimitFailsWhileAnObjectIsBuffered() {
    String deep = "[".repeat(Documents.MAX_DEPTH + 1) + "]".repeat(Documents.MAX_DEPTH + 1);
    GovernanceFormatException e = failure(ENTRY, "{\"zz\": " + deep + ", \"type\": \"debit\"}");
    assertThat(e.rule()).isEqualTo("input-limits");
    String shallow = "[".repeat(Documents.MAX_DEPTH - 2) + "]".repeat(Documents.MAX_DEPTH - 2);
    assertThat(failure(ENTRY, "{\"zz\": " + shallow + ", \"type\": \"debit\"}").rule()).isEqualTo("known-property");
  }

  @Test
  void theUnionSchemaIsAOneOfThatAnIndependentValidatorApplies() {
    ObjectNode schema = Schemas.document("https://example.org/entries", "entries", ENTRIES);
    assertThat(schema.at("/$defs/Entry/oneOf")).hasSize(2);
    assertThat(schema.at("/$defs/Credit/properties/type/const").textValue()).isEqualTo("credit");
    assertThat(schema.at("/$defs/Debit/properties/tags/default").isArray()).isTrue();
    Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    assertThat(validator.validate("[{\"type\": \"debit\", \"amount\": 3}]", InputFormat.JSON)).isEmpty();
    assertThat(validator.validate("[{\"type\": \"debit\", \"amount\": 3, \"at\": \"x\"}]", InputFormat.JSON))
        .isNotEmpty();
    assertThat(validator.validate("[{\"type\": \"refund\", \"amount\": 3}]", InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void absentDefaultedAndOptionalPropertiesReadAsTheirDefaults() throws IOException {
    assertThat(read(DEBIT, "{\"amount\": 3}")).isEqualTo(new Debit(3, Optional.empty(), Set.of()));
    assertThat(write(DEBIT, new Debit(3, Optional.empty(), Set.of())))
        .as("defaulted properties are always written, absent optional ones never")
        .isEqualTo("{\n  \"amount\": 3,\n  \"tags\": []\n}\n");
  }

  @Test
  void setsAndMapsRejectRepeatedElementsAndKeys() {
    GovernanceFormatException e = failure(DEBIT, "{\"amount\": 3, \"tags\": [\"a\", \"b\", \"a\"]}");
    assertThat(e.rule()).isEqualTo("unique-items");
    assertThat(e.pointer()).isEqualTo("/tags/2");
    MapCodec<String, Integer> map = Codecs.map(Codecs.string(), Codecs.integer(0, 9));
    e = failure(map, "{\"a\": 1, \"b\": 2, \"a\": 3}");
    assertThat(e.rule()).isEqualTo("unique-property");
    assertThat(e.pointer()).isEqualTo("/a");
  }

  @Test
  void personalValuesAreMaskedInErrorMessages() {
    GovernanceFormatException e = failure(CONTACT, "{\"name\": \"欧阳娜娜\", \"mobile\": 13912345678}");
    assertThat(e.pointer()).isEqualTo("/mobile");
    assertThat(e.getMessage()).contains("139****5678").doesNotContain("13912345678");
    e = failure(CONTACT, "{\"name\": \"欧阳娜娜\", \"mobile\": \"139123456789\"}");
    assertThat(e.rule()).isEqualTo("pattern");
    assertThat(e.getMessage()).doesNotContain("139123456789");
    e = failure(CONTACT, "{\"name\": [\"欧阳娜娜\"], \"mobile\": \"13912345678\"}");
    assertThat(e.getMessage()).doesNotContain("欧阳娜娜");
  }

  @Test
  void syntaxErrorsDoNotEchoTheInput() {
    GovernanceFormatException e = failure(CONTACT, "{\"name\": 欧阳娜娜}");
    assertThat(e.rule()).isEqualTo("well-formed");
    assertThat(e.getMessage()).doesNotContain("欧阳娜娜");
    e = failure(CONTACT, "{\"mobile\": 13912345678abc}");
    assertThat(e.getMessage()).doesNotContain("13912345678");
  }

  @Test
  void textFormsReportTheModelsRejectionAtTheirValue() {
    GovernanceFormatException e = failure(CREDIT, "{\"amount\": 1, \"at\": \"yesterday\"}");
    assertThat(e.rule()).isEqualTo("text-form");
    assertThat(e.pointer()).isEqualTo("/at");
    EnumCodec<Thread.State> states = Codecs.enumeration(Thread.State.class, "a thread's state");
    assertThat(failure(states, "\"SLEEPING\"").rule()).isEqualTo("enum");
  }

  @Test
  void aConstructorThatForgetsAFieldFailsOnItsFirstRead() {
    ObjectCodec.Builder<Credit> b = ObjectCodec.builder(Credit.class);
    Slot<Long> amount = b.required("amount", Credit::amount, Codecs.longInteger(0, 9));
    b.required("at", Credit::at, Codecs.INSTANT);
    ObjectCodec<Credit> forgetful = b.build(v -> new Credit(v.get(amount), Instant.EPOCH));
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> read(forgetful, "{\"amount\": 1, \"at\": \"2024-03-02T01:00:00Z\"}"))
        .withMessageContaining("'at'");
  }

  @Test
  void aSlotOfAnotherCodecIsRefused() {
    ObjectCodec.Builder<Credit> b = ObjectCodec.builder(Credit.class);
    b.required("amount", Credit::amount, Codecs.longInteger(0, 9));
    ObjectCodec.Builder<Debit> other = ObjectCodec.builder(Debit.class);
    Slot<Long> foreign = other.required("amount", Debit::amount, Codecs.longInteger(0, 9));
    ObjectCodec<Credit> wrong = b.build(v -> new Credit(v.get(foreign), Instant.EPOCH));
    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> read(wrong, "{\"amount\": 1}"))
        .withMessageContaining("another codec");
  }

  @Test
  void aTableRefusesRepeatedPropertiesAndAUnionAVariantThatShadowsItsDiscriminator() {
    ObjectCodec.Builder<Credit> b = ObjectCodec.builder(Credit.class);
    b.required("amount", Credit::amount, Codecs.longInteger(0, 9));
    b.required("amount", Credit::amount, Codecs.longInteger(0, 9));
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> b.build(v -> C));
    ObjectCodec.Builder<Credit> t = ObjectCodec.builder(Credit.class);
    t.required("type", Credit::amount, Codecs.longInteger(0, 9));
    ObjectCodec<Credit> typed = t.build(v -> C);
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> UnionCodec.builder(Entry.class, "type").variant("credit", Credit.class, typed).build());
  }

  @Test
  void mapsKeepTheirOrderBothWays() throws IOException {
    MapCodec<String, Integer> map = Codecs.map(Codecs.string(), Codecs.integer(0, 9));
    Map<String, Integer> read = read(map, "{\"b\": 1, \"a\": 2}");
    assertThat(read.keySet()).containsExactly("b", "a");
    assertThat(write(map, read)).isEqualTo("{\n  \"b\": 1,\n  \"a\": 2\n}\n");
  }
}
