package io.github.jiceng.governance.bench.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's file is a valid hierarchy, and both readers find in it what was written. */
final class JsonStreamBenchmarkTest {

  @Test
  void theGeneratedFileIsAValidHierarchyWithTheExpectedNodes(@TempDir Path dir) throws IOException {
    for (int nodes : new int[] {221, 300, 5_000, 50_000}) {
      Path file = dir.resolve("nodes-" + nodes + ".json");
      GridNodeFile.Expected expected = GridNodeFile.write(file, nodes, 7);
      GridHierarchy h;
      try (InputStream in = Files.newInputStream(file)) {
        h = GovernanceJson.files().readGridHierarchy(in);
      }
      assertThat(h.size()).isEqualTo(nodes);
      long checksum = 0;
      for (GridNode n : h.nodes()) {
        checksum = GridNodeFile.fold(checksum, n);
      }
      assertThat(checksum).as("%d nodes", nodes).isEqualTo(expected.checksum());
    }
  }

  @Test
  void bothReadersPassTheBenchmarksOwnCheck() throws IOException {
    for (JsonStreamBenchmark.Impl impl : JsonStreamBenchmark.Impl.values()) {
      JsonStreamBenchmark b = new JsonStreamBenchmark();
      b.nodes = 5_000;
      b.impl = impl;
      b.writeFile();
      long first = b.read();
      assertThat(b.read()).as("%s", impl).isEqualTo(first);
      b.checkAndDelete();
    }
  }
}
