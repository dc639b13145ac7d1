package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The published schemas, checked by an independent validator: every seed file and every generated
 * file is valid against its format's schema, and every malformed variant the schema can describe
 * fails both the schema and the reader.
 */
final class SchemaValidationTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Map<String, Schema> SCHEMAS = Map.of(
      GovernanceJson.GRID_HIERARCHY_FORMAT, load("grid-hierarchy"),
      GovernanceJson.SCENARIO_FORMAT, load("scenario"),
      GovernanceJson.MATCHING_PROBLEM_FORMAT, load("matching-problem"),
      GovernanceJson.MATCHING_RESULT_FORMAT, load("matching-result"),
      GovernanceJson.DEMAND_EVENTS_FORMAT, load("demand-events"),
      GovernanceJson.TRANSPARENCY_REPORT_FORMAT, load("transparency-report"),
      GovernanceJson.POINTS_LEDGER_FORMAT, load("points-ledger"),
      GovernanceJson.FUND_LEDGER_FORMAT, load("fund-ledger"));

  private static Schema load(String name) {
    String resource = "io/github/jiceng/governance/json/schema/" + name + ".schema.json";
    try (InputStream in = Objects.requireNonNull(
        SchemaValidationTest.class.getClassLoader().getResourceAsStream(resource), resource)) {
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Error> validate(byte[] file) {
    return validate(Mutations.tree(file).path("format").asText(), file);
  }

  private static List<Error> validate(String format, byte[] file) {
    Schema schema = Objects.requireNonNull(SCHEMAS.get(format), "no schema for format " + format);
    return schema.validate(new String(file, UTF_8), InputFormat.JSON);
  }

  @Test
  void everySeedFileIsValidAgainstItsSchemaAndReads() throws IOException {
    List<Path> seeds = SampleFiles.seedFiles();
    assertThat(seeds).isNotEmpty();
    for (Path seed : seeds) {
      byte[] bytes = Files.readAllBytes(seed);
      assertThat(validate(bytes)).as("%s", seed).isEmpty();
      GridHierarchy read = SampleFiles.isScenario(bytes) ? SampleFiles.readScenario(bytes).hierarchy() : SampleFiles.read(bytes);
      assertThat(read.size()).as("%s", seed).isPositive();
    }
  }

  @Test
  void everyGeneratedFileIsValidAgainstItsSchema() throws IOException {
    for (long seed = 0; seed < 200; seed++) {
      byte[] hierarchy = SampleFiles.write(SampleFiles.hierarchy(seed));
      assertThat(validate(hierarchy)).as("seed %d", seed).isEmpty();
      byte[] scenario = SampleFiles.write(Scenario.builder()
          .section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(seed)).build());
      assertThat(validate(scenario)).as("scenario of seed %d", seed).isEmpty();
    }
  }

  @Test
  void everyGeneratedFileOfTheFeatureFormatsIsValidAgainstItsSchema() throws IOException {
    assertThat(validate(SampleFiles.write(PracticeScenario.scenario()))).as("the practice scenario").isEmpty();
    for (long seed = 0; seed < 60; seed++) {
      byte[] scenario = SampleFiles.write(FeatureSamples.scenario(seed, seed % 2 == 0));
      assertThat(validate(scenario)).as("scenario with every section of seed %d", seed).isEmpty();
      java.util.Random r = new java.util.Random(seed);
      byte[] report = FeatureRoundTripPropertyTest.write(FeatureSamples.transparencyReport(r));
      assertThat(validate(report)).as("transparency report of seed %d", seed).isEmpty();
      byte[] points = FeatureRoundTripPropertyTest.writePoints(FeatureSamples.pointsPolicy(r),
          FeatureSamples.pointsEntries(r, 10));
      assertThat(validate(points)).as("points ledger of seed %d", seed).isEmpty();
      io.github.jiceng.governance.model.fund.Fund fund = FeatureSamples.fund(r);
      byte[] ledger = FeatureRoundTripPropertyTest.writeFund(fund, FeatureSamples.fundEntries(r, fund.id(), 10));
      assertThat(validate(ledger)).as("fund ledger of seed %d", seed).isEmpty();
    }
  }

  @Test
  void everyGeneratedFileWithTheActorServiceAndMatchingSectionsIsValidAgainstItsSchema() throws IOException {
    for (long seed = 0; seed < 200; seed++) {
      Generators g = new Generators(seed);
      for (Scenario s : List.of(g.scenario(), g.fullScenario())) {
        assertThat(validate(SampleFiles.write(s))).as("scenario of seed %d", seed).isEmpty();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      Bindings.files().writeMatchingProblem(g.matchingProblem(), out);
      assertThat(validate(out.toByteArray())).as("matching problem of seed %d", seed).isEmpty();
      out = new java.io.ByteArrayOutputStream();
      Bindings.files().writeMatchingResult(g.matchingResult(), out);
      assertThat(validate(out.toByteArray())).as("matching result of seed %d", seed).isEmpty();
      out = new java.io.ByteArrayOutputStream();
      try (RecordWriter<io.github.jiceng.governance.model.service.DemandEvent> w =
          Bindings.files().writeDemandEvents(g.maybe(g::grid), out)) {
        for (io.github.jiceng.governance.model.service.DemandEvent e : g.some(10, g::demandEvent)) {
          w.write(e);
        }
      }
      assertThat(validate(out.toByteArray())).as("demand events of seed %d", seed).isEmpty();
    }
  }

  @Test
  void invalidFilesFailBothTheSchemaAndTheReader() throws IOException {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, byte[]> file : BadInputCorpusTest.validFiles().entrySet()) {
      assertThat(validate(file.getValue())).as(file.getKey()).isEmpty();
      String format = Mutations.tree(file.getValue()).get("format").textValue();
      for (Mutations.Mutant m : Mutations.of(file.getValue())) {
        if (BadInputCorpusTest.isData(format, m)) {
          assertThat(validate(format, m.bytes())).as("%s / %s", file.getKey(), m).isEmpty();
          continue;
        }
        if (!m.schemaCanTell()) {
          continue;
        }
        checked++;
        if (validate(format, m.bytes()).isEmpty()) {
          problems.add(file.getKey() + " / " + m + ": the schema accepts it");
        }
        try {
          BadInputCorpusTest.readAll(format, m.bytes());
          problems.add(file.getKey() + " / " + m + ": the reader accepts it");
        } catch (GovernanceFormatException expected) {
          // both fail
        }
      }
    }
    assertThat(problems).as("of %d variants", checked).isEmpty();
    assertThat(checked).isGreaterThan(500);
  }
}
