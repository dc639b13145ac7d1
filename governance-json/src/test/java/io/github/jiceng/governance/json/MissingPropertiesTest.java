package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.model.service.DemandEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every property of every object of generated scenarios (every section), matching files,
 * demand-event files, transparency reports and points and fund ledgers is removed in turn. Where the published schema says the property is required, the reader refuses
 * the file with the rule {@code required} at that property's pointer; where the schema lets it be
 * absent, the reader accepts the file or refuses it for a rule of the model, never otherwise.
 */
final class MissingPropertiesTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static Schema schema(String format) {
    String resource = "io/github/jiceng/governance/json/schema/" + format.substring(format.indexOf('/') + 1)
        + ".schema.json";
    try (InputStream in = Objects.requireNonNull(
        MissingPropertiesTest.class.getClassLoader().getResourceAsStream(resource), resource)) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> files(long seed) throws IOException {
    Generators g = new Generators(seed);
    Map<String, byte[]> files = new TreeMap<>();
    files.put(GovernanceJson.SCENARIO_FORMAT,
        SampleFiles.write(FeatureSamples.withFeatureSections(g.fullScenario(), seed, true)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeMatchingProblem(g.matchingProblem(), out);
    files.put(GovernanceJson.MATCHING_PROBLEM_FORMAT, out.toByteArray());
    out = new ByteArrayOutputStream();
    Bindings.files().writeMatchingResult(g.matchingResult(), out);
    files.put(GovernanceJson.MATCHING_RESULT_FORMAT, out.toByteArray());
    out = new ByteArrayOutputStream();
    try (RecordWriter<DemandEvent> w = Bindings.files().writeDemandEvents(Optional.of(g.grid()), out)) {
      for (int i = 0; i < 5; i++) {
        w.write(g.demandEvent());
      }
    }
    files.put(GovernanceJson.DEMAND_EVENTS_FORMAT, out.toByteArray());
    java.util.Random r = new java.util.Random(seed);
    files.put(GovernanceJson.TRANSPARENCY_REPORT_FORMAT,
        FeatureRoundTripPropertyTest.write(FeatureSamples.transparencyReport(r)));
    files.put(GovernanceJson.POINTS_LEDGER_FORMAT, FeatureRoundTripPropertyTest.writePoints(
        FeatureSamples.pointsPolicy(r), FeatureSamples.pointsEntries(r, 6)));
    io.github.jiceng.governance.model.fund.Fund fund = FeatureSamples.fund(r);
    files.put(GovernanceJson.FUND_LEDGER_FORMAT,
        FeatureRoundTripPropertyTest.writeFund(fund, FeatureSamples.fundEntries(r, fund.id(), 4)));
    return files;
  }

  private static void objects(JsonNode node, JsonPointer at, List<JsonPointer> out) {
    if (node.isObject()) {
      out.add(at);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        objects(e.getValue(), at.appendProperty(e.getKey()), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), at.appendIndex(i), out);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23})
  void aMissingPropertyFailsAsTheSchemaSaysOrNotAtAll(long seed) throws IOException {
    List<String> problems = new ArrayList<>();
    int required = 0;
    int optional = 0;
    for (Map.Entry<String, byte[]> file : files(seed).entrySet()) {
      Schema schema = schema(file.getKey());
      JsonNode root = PLAIN.readTree(file.getValue());
      List<JsonPointer> objects = new ArrayList<>();
      objects(root, JsonPointer.empty(), objects);
      for (JsonPointer at : objects) {
        for (Iterator<String> names = root.at(at).fieldNames(); names.hasNext(); ) {
          String name = names.next();
          JsonNode copy = root.deepCopy();
          ((ObjectNode) copy.at(at)).remove(name);
          byte[] bytes = PLAIN.writeValueAsBytes(copy);
          boolean schemaRefuses = !schema.validate(new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
              InputFormat.JSON).isEmpty();
          String where = file.getKey() + " without " + at + "/" + name;
          try {
            BadInputCorpusTest.readAll(file.getKey(), bytes);
            optional++;
            if (schemaRefuses) {
              problems.add(where + ": the schema refuses it, the reader accepts it");
            }
          } catch (GovernanceFormatException e) {
            if (schemaRefuses) {
              required++;
              if (!e.rule().equals("required") || !e.pointer().equals(at + "/" + name)) {
                problems.add(where + ": reported at " + e.pointer() + " [" + e.rule() + "]");
              }
            } else {
              optional++;
              if (e.rule().equals("required")) {
                problems.add(where + ": required by the reader, not by the schema: " + e.getMessage());
              }
            }
          } catch (Throwable t) {
            problems.add(where + ": threw " + t);
          }
        }
      }
    }
    assertThat(problems).as("seed %d", seed).isEmpty();
    assertThat(required).as("seed %d: required properties removed", seed).isGreaterThan(200);
    assertThat(optional).as("seed %d: optional properties removed", seed).isGreaterThan(50);
  }
}
