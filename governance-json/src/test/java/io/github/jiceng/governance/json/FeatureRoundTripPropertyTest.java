package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Read, write, read is the identity and writing is byte-stable, on generated values of every type
 * the points, volunteer, check-in, assessment, fund, clue, proposal, deliberation and pillar
 * bindings cover: through the Jackson module one type at a time, in scenario files with every
 * section, in transparency report files, and in both ledger streams.
 */
final class FeatureRoundTripPropertyTest {

  private static final int SEEDS = 200;

  private static final JsonBinding.Mapper MAPPER = Bindings.mapper();

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void everyBoundTypeReadsBackAsWrittenThroughTheModule(long from) throws IOException {
    int checked = 0;
    for (FeatureSamples.Sample<?> sample : FeatureSamples.all()) {
      for (long seed = from; seed < from + SEEDS; seed++) {
        checked += roundTrip(sample, seed);
      }
    }
    assertThat(checked).isEqualTo(FeatureSamples.all().size() * SEEDS);
  }

  private static <T> int roundTrip(FeatureSamples.Sample<T> sample, long seed) throws IOException {
    T value = sample.generate().apply(new Random(seed));
    byte[] bytes = MAPPER.writeValueAsBytes(value);
    T back = MAPPER.readValue(bytes, sample.type());
    assertThat(back).as("%s, seed %d: %s", sample, seed, new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(value);
    assertThat(MAPPER.writeValueAsBytes(back)).as("%s, seed %d, written again", sample, seed).isEqualTo(bytes);
    return 1;
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void scenariosWithEverySectionReadBackAsWritten(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Scenario s = FeatureSamples.scenario(seed, seed % 3 == 0);
      byte[] bytes = SampleFiles.write(s);
      Scenario back = SampleFiles.readScenario(bytes);
      for (ScenarioSection<?> section : FeatureSamples.SECTIONS) {
        assertThat(back.section(section)).as("seed %d, section %s", seed, section).isEqualTo(s.section(section))
            .isPresent();
      }
      assertThat(back.hierarchy().nodes()).as("seed %d", seed).isEqualTo(s.hierarchy().nodes());
      assertThat(SampleFiles.write(back)).as("seed %d, written again", seed).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void transparencyReportFilesReadBackAsWritten(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      TransparencyReport report = FeatureSamples.transparencyReport(new Random(seed));
      byte[] bytes = write(report);
      TransparencyReport back = Bindings.files().readTransparencyReport(new ByteArrayInputStream(bytes));
      assertThat(back).as("seed %d", seed).isEqualTo(report);
      assertThat(write(back)).as("seed %d, written again", seed).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void pointsLedgersStreamBackAsWritten(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Random r = new Random(seed);
      PointsPolicy policy = FeatureSamples.pointsPolicy(r);
      List<LedgerEntry> entries = FeatureSamples.pointsEntries(r, r.nextInt(30));
      byte[] bytes = writePoints(policy, entries);
      List<LedgerEntry> read = new ArrayList<>();
      try (RecordReader<PointsPolicy, LedgerEntry> in = Bindings.files().readPointsLedger(new ByteArrayInputStream(bytes))) {
        assertThat(in.header()).as("seed %d", seed).isEqualTo(policy);
        while (in.hasNext()) {
          read.add(in.next());
        }
        assertThat(in.count()).isEqualTo(entries.size());
      }
      assertThat(read).as("seed %d", seed).isEqualTo(entries);
      assertThat(writePoints(policy, read)).as("seed %d, written again", seed).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void fundLedgersStreamBackAsWritten(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Random r = new Random(seed);
      Fund fund = FeatureSamples.fund(r);
      List<io.github.jiceng.governance.model.fund.LedgerEntry> entries =
          FeatureSamples.fundEntries(r, fund.id(), r.nextInt(30));
      byte[] bytes = writeFund(fund, entries);
      List<io.github.jiceng.governance.model.fund.LedgerEntry> read = new ArrayList<>();
      try (RecordReader<Fund, io.github.jiceng.governance.model.fund.LedgerEntry> in =
          Bindings.files().readFundLedger(new ByteArrayInputStream(bytes))) {
        assertThat(in.header()).as("seed %d", seed).isEqualTo(fund);
        while (in.hasNext()) {
          read.add(in.next());
        }
      }
      assertThat(read).as("seed %d", seed).isEqualTo(entries);
      assertThat(writeFund(fund, read)).as("seed %d, written again", seed).isEqualTo(bytes);
    }
  }

  static byte[] write(TransparencyReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bindings.files().writeTransparencyReport(report, out);
    return out.toByteArray();
  }

  static byte[] writePoints(PointsPolicy policy, List<LedgerEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<LedgerEntry> w = Bindings.files().writePointsLedger(policy, out)) {
      for (LedgerEntry e : entries) {
        w.write(e);
      }
    }
    return out.toByteArray();
  }

  static byte[] writeFund(Fund fund, List<io.github.jiceng.governance.model.fund.LedgerEntry> entries)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (RecordWriter<io.github.jiceng.governance.model.fund.LedgerEntry> w = Bindings.files().writeFundLedger(fund, out)) {
      for (io.github.jiceng.governance.model.fund.LedgerEntry e : entries) {
        w.write(e);
      }
    }
    return out.toByteArray();
  }
}
