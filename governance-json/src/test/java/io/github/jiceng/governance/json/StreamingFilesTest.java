package io.github.jiceng.governance.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The grid hierarchy file read node by node, and the seed files re-written byte for byte. */
final class StreamingFilesTest {

  private static RecordReader<LevelScheme, GridNode> open(String json) throws IOException {
    return Bindings.files().readGridNodes(new ByteArrayInputStream(json.getBytes(UTF_8)));
  }

  private static String sample() throws IOException {
    return new String(SampleFiles.write(SampleFiles.sample()), UTF_8);
  }

  @Test
  void everySeedFileReadsAndRewritesByteForByte() throws IOException {
    for (Path seed : SampleFiles.seedFiles()) {
      byte[] bytes = Files.readAllBytes(seed);
      assertThat(SampleFiles.rewrite(bytes)).as("%s", seed).isEqualTo(bytes);
    }
  }

  @Test
  void aBadRecordFailsAtItsPointerAfterTheGoodOnesWereRead() throws IOException {
    String json = sample().replace("\"name\": \"第一网格\"", "\"name\": \"\"");
    try (RecordReader<LevelScheme, GridNode> r = open(json)) {
      assertThat(r.next().id().value()).isEqualTo("lantian");
      assertThat(r.next().id().value()).isEqualTo("baiyun");
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::next)
          .satisfies(e -> assertThat(e.pointer()).isEqualTo("/nodes/2/name"))
          .satisfies(e -> assertThat(e.rule()).isEqualTo("string-length"));
    }
  }

  @Test
  void afterAnErrorEveryCallThrowsItAgainInsteadOfReadingOnFromInsideTheBadRecord() throws IOException {
    // the bad record holds a complete, valid node inside an unknown property: read on, the cursor
    // would hand it out as if it were one of the file's records
    String inner = "{\"id\": \"smuggled\", \"level\": \"GRID\", \"name\": \"夹带\", \"parent\": \"baiyun\"}";
    String json = sample().replaceFirst("\"name\": \"第一网格\"", "\"junk\": " + inner + ", \"name\": \"第一网格\"");
    try (RecordReader<LevelScheme, GridNode> r = open(json)) {
      r.next();
      r.next();
      GovernanceFormatException first = org.assertj.core.api.Assertions.catchThrowableOfType(
          GovernanceFormatException.class, r::next);
      assertThat(first.pointer()).isEqualTo("/nodes/2/junk");
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::hasNext)
          .satisfies(e -> assertThat(e).isSameAs(first));
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::next)
          .satisfies(e -> assertThat(e).isSameAs(first));
      assertThat(r.count()).isEqualTo(2);
    }
  }

  @Test
  void theFileIsCheckedToItsEndBeforeTheLastHasNextReturnsFalse() throws IOException {
    try (RecordReader<LevelScheme, GridNode> r = open(sample().trim() + " []")) {
      for (int i = 0; i < 4; i++) {
        r.next();
      }
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::hasNext)
          .satisfies(e -> assertThat(e.rule()).isEqualTo("single-value"));
    }
    String cut = sample().substring(0, sample().lastIndexOf(']'));
    try (RecordReader<LevelScheme, GridNode> r = open(cut)) {
      for (int i = 0; i < 4; i++) {
        r.next();
      }
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::hasNext)
          .satisfies(e -> assertThat(e.rule()).isEqualTo("complete"));
    }
    try (RecordReader<LevelScheme, GridNode> r = open(sample())) {
      while (r.hasNext()) {
        r.next();
      }
      assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(r::next);
    }
  }

  @Test
  void theRecordsMustComeLastAndTheHeaderBeforeThem() throws IOException {
    String nodesFirst = "{\"format\": \"jiceng-governance/grid-hierarchy\", \"formatVersion\": 1, \"nodes\": [],"
        + " \"scheme\": {}}";
    assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(() -> open(nodesFirst))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/scheme"))
        .satisfies(e -> assertThat(e.rule()).isEqualTo("required"));
    String trailer = sample().trim();
    trailer = trailer.substring(0, trailer.length() - 1) + ", \"note\": 1}";
    try (RecordReader<LevelScheme, GridNode> r = open(trailer)) {
      for (int i = 0; i < 4; i++) {
        r.next();
      }
      assertThatExceptionOfType(GovernanceFormatException.class).isThrownBy(r::hasNext)
          .satisfies(e -> assertThat(e.rule()).isEqualTo("records-last"))
          .satisfies(e -> assertThat(e.pointer()).isEqualTo("/note"));
    }
    assertThatExceptionOfType(GovernanceFormatException.class)
        .isThrownBy(() -> open("{\"format\": \"jiceng-governance/grid-hierarchy\", \"formatVersion\": 1}"))
        .satisfies(e -> assertThat(e.pointer()).isEqualTo("/nodes"));
  }

  @Test
  void aWriterRefusesRecordsOnceClosed() throws IOException {
    RecordWriter<GridNode> w = Bindings.files().writeGridNodes(SampleFiles.sample().scheme(),
        new java.io.ByteArrayOutputStream());
    w.close();
    w.close();
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> w.write(SampleFiles.sample().nodes().get(0)));
  }
}
