package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed variants of valid files (truncated, mistyped at every value, deeply
 * nested, overlong, repeated keys, invalid ids and codes, another format or version, unknown
 * properties, invalid UTF-8): every one fails with a {@link GovernanceFormatException}, never
 * another exception, and, where the JSON is still well-formed, at the damaged node.
 */
final class BadInputCorpusTest {

  /** The largest seed file whose every value is mutated, in bytes. */
  private static final long MAX_MUTATED_SEED = 64 * 1024;

  /** Reads a file the way its format says, through the binding under test. */
  static void readAll(String format, byte[] bytes) throws IOException {
    readAll(Bindings.files(), format, bytes);
  }

  /** Reads a file the way its format says, through the given binding's files. */
  static void readAll(GovernanceFiles files, String format, byte[] bytes) throws IOException {
    if (format.equals(GovernanceJson.SCENARIO_FORMAT)) {
      files.readScenario(new ByteArrayInputStream(bytes));
    } else if (format.equals(GovernanceJson.TRANSPARENCY_REPORT_FORMAT)) {
      files.readTransparencyReport(new ByteArrayInputStream(bytes));
    } else if (format.equals(GovernanceJson.POINTS_LEDGER_FORMAT)) {
      try (var r = files.readPointsLedger(new ByteArrayInputStream(bytes))) {
        while (r.hasNext()) {
          r.next();
        }
      }
    } else if (format.equals(GovernanceJson.FUND_LEDGER_FORMAT)) {
      try (var r = files.readFundLedger(new ByteArrayInputStream(bytes))) {
        while (r.hasNext()) {
          r.next();
        }
      }
    } else if (format.equals(GovernanceJson.MATCHING_PROBLEM_FORMAT)) {
      files.readMatchingProblem(new ByteArrayInputStream(bytes));
    } else if (format.equals(GovernanceJson.MATCHING_RESULT_FORMAT)) {
      files.readMatchingResult(new ByteArrayInputStream(bytes));
    } else if (format.equals(GovernanceJson.DEMAND_EVENTS_FORMAT)) {
      try (var r = files.readDemandEvents(new ByteArrayInputStream(bytes))) {
        while (r.hasNext()) {
          r.next();
        }
      }
    } else {
      files.readGridHierarchy(new ByteArrayInputStream(bytes));
    }
  }

  /**
   * Whether a variant is data rather than damage: a key added to a matching problem's current loads,
   * whose keys are any resource ids, is one more load. The schema and the reader both accept it.
   */
  static boolean isData(String format, Mutations.Mutant m) {
    return format.equals(GovernanceJson.MATCHING_PROBLEM_FORMAT) && m.kind().equals("unknown-property")
        && m.pointer() != null && m.pointer().startsWith("/currentLoad/");
  }

  private static void streamAll(byte[] bytes) throws IOException {
    try (var r = Bindings.files().readGridNodes(new ByteArrayInputStream(bytes))) {
      while (r.hasNext()) {
        r.next();
      }
    }
  }

  static Map<String, byte[]> validFiles() throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Path seed : SampleFiles.seedFiles()) {
      // a seed of megabytes would give millions of variants; the generated scenarios cover its format
      if (Files.size(seed) <= MAX_MUTATED_SEED) {
        files.put(seed.toString(), Files.readAllBytes(seed));
      }
    }
    files.put("sample", SampleFiles.write(SampleFiles.sample()));
    files.put("generated 2", SampleFiles.write(SampleFiles.hierarchy(2)));
    files.put("generated 3", SampleFiles.write(SampleFiles.hierarchy(3)));
    files.put("scenario", SampleFiles.write(Scenario.builder().section(ScenarioSection.HIERARCHY,
        SampleFiles.hierarchy(4)).build()));
    files.put("scenario with every section", SampleFiles.write(new Generators(6).fullScenario()));
    Generators g = new Generators(5);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Bindings.files().writeMatchingProblem(g.matchingProblem(), out);
    files.put("matching problem", out.toByteArray());
    out = new java.io.ByteArrayOutputStream();
    Bindings.files().writeMatchingResult(g.matchingResult(), out);
    files.put("matching result", out.toByteArray());
    out = new java.io.ByteArrayOutputStream();
    try (RecordWriter<io.github.jiceng.governance.model.service.DemandEvent> w =
        Bindings.files().writeDemandEvents(java.util.Optional.of(g.grid()), out)) {
      for (int i = 0; i < 4; i++) {
        w.write(g.demandEvent());
      }
    }
    files.put("demand events", out.toByteArray());
    files.put("scenario with the points to deliberation sections", SampleFiles.write(FeatureSamples.scenario(5, true)));
    files.put("transparency report", FeatureRoundTripPropertyTest.write(
        FeatureSamples.transparencyReport(new java.util.Random(8))));
    java.util.Random r = new java.util.Random(9);
    files.put("points ledger", FeatureRoundTripPropertyTest.writePoints(FeatureSamples.pointsPolicy(r),
        FeatureSamples.pointsEntries(r, 4)));
    files.put("fund ledger", FeatureRoundTripPropertyTest.writeFund(PracticeScenario.fund(),
        java.util.List.of(PracticeScenario.donation(), PracticeScenario.disbursement())));
    return files;
  }

  private static String formatOf(byte[] valid) {
    return Mutations.tree(valid).get("format").textValue();
  }

  @Test
  void everyMalformedVariantFailsWithAFormatErrorAtItsNode() throws IOException {
    int checked = 0;
    Map<String, Integer> byKind = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : validFiles().entrySet()) {
      String format = formatOf(file.getValue());
      readAll(format, file.getValue()); // the original is valid
      List<Mutations.Mutant> mutants = new ArrayList<>(Mutations.of(file.getValue()));
      mutants.addAll(Mutations.notDocuments());
      for (Mutations.Mutant m : mutants) {
        checked++;
        byKind.merge(m.kind(), 1, Integer::sum);
        String where = file.getKey() + " / " + m;
        if (isData(format, m)) {
          try {
            readAll(format, m.bytes());
          } catch (Throwable t) {
            problems.add(where + ": data, not damage, yet refused: " + t);
          }
          continue;
        }
        try {
          readAll(format, m.bytes());
          problems.add(where + ": was accepted");
        } catch (GovernanceFormatException e) {
          if (m.pointer() != null && !e.pointer().equals(m.pointer())) {
            problems.add(where + ": reported at " + e.pointer() + " [" + e.rule() + "]: " + e.getOriginalMessage());
          }
        } catch (Throwable t) {
          problems.add(where + ": threw " + t);
        }
        if (format.equals(GovernanceJson.GRID_HIERARCHY_FORMAT)) {
          try {
            streamAll(m.bytes());
          } catch (GovernanceFormatException expected) {
            // a stream may accept what the whole file rejects (the tree rules), never throw otherwise
          } catch (Throwable t) {
            problems.add(where + ": the streaming reader threw " + t);
          }
        }
      }
    }
    assertThat(problems).as("of %d variants", checked).isEmpty();
    assertThat(checked).as("variants by kind: %s", byKind).isGreaterThan(1_000);
    assertThat(byKind).containsKeys("truncated", "wrong-type", "deep-nesting", "long-string", "duplicate-key",
        "invalid-id", "invalid-code", "wrong-format", "wrong-version", "unknown-property", "invalid-utf8",
        "huge-number", "too-long-number", "missing", "not-a-document");
  }
}
