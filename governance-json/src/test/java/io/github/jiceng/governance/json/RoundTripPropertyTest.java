package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Read, write, read is the identity, and writing is deterministic, on generated hierarchies. */
final class RoundTripPropertyTest {

  private static final int SEEDS = 300;

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void readingWhatWasWrittenGivesTheSameHierarchyAndTheSameBytes(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      GridHierarchy h = SampleFiles.hierarchy(seed);
      byte[] bytes = SampleFiles.write(h);
      GridHierarchy back = SampleFiles.read(bytes);
      assertThat(back.scheme()).as("seed %d", seed).isEqualTo(h.scheme());
      assertThat(back.nodes()).as("seed %d", seed).isEqualTo(h.nodes());
      assertThat(SampleFiles.write(back)).as("seed %d", seed).isEqualTo(bytes);
      assertThat(Bindings.mapper().readValue(Bindings.mapper().writeValueAsBytes(h.scheme()),
          LevelScheme.class)).as("seed %d, through the mapper", seed).isEqualTo(h.scheme());
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void scenariosRoundTrip(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(seed)).build();
      byte[] bytes = SampleFiles.write(s);
      Scenario back = SampleFiles.readScenario(bytes);
      assertThat(back.hierarchy().nodes()).as("seed %d", seed).isEqualTo(s.hierarchy().nodes());
      assertThat(back.hierarchy().scheme()).as("seed %d", seed).isEqualTo(s.hierarchy().scheme());
      assertThat(SampleFiles.write(back)).as("seed %d", seed).isEqualTo(bytes);
    }
  }

  @ParameterizedTest(name = "seeds from {0}")
  @ValueSource(longs = {0, 1_000_000})
  void streamingReadsAndWritesTheSameFileAsTheWholeHierarchy(long from) throws IOException {
    for (long seed = from; seed < from + SEEDS; seed++) {
      GridHierarchy h = SampleFiles.hierarchy(seed);
      byte[] whole = SampleFiles.write(h);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (RecordWriter<GridNode> w = Bindings.files().writeGridNodes(h.scheme(), out)) {
        for (GridNode n : h.nodes()) {
          w.write(n);
        }
        assertThat(w.count()).isEqualTo(h.size());
      }
      assertThat(out.toByteArray()).as("seed %d", seed).isEqualTo(whole);
      List<GridNode> read = new ArrayList<>();
      try (RecordReader<LevelScheme, GridNode> r = Bindings.files().readGridNodes(new ByteArrayInputStream(whole))) {
        assertThat(r.header()).as("seed %d", seed).isEqualTo(h.scheme());
        while (r.hasNext()) {
          read.add(r.next());
        }
        assertThat(r.hasNext()).isFalse();
        assertThat(r.count()).isEqualTo(h.size());
      }
      assertThat(read).as("seed %d", seed).isEqualTo(h.nodes());
    }
  }
}
