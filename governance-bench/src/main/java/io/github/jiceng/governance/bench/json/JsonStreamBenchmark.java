package io.github.jiceng.governance.bench.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelScheme;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B-JSON-SCENARIO (performance anchors, section 7), streaming read: a grid hierarchy file of a
 * million nodes ({@link GridNodeFile}, fixed seed) read node by node into {@link GridNode}s,
 * by the SDK's {@code GovernanceJson.files().readGridNodes} and by a hand-written {@link JsonParser} loop
 * that builds the same nodes through the same model factories, in one run
 * ({@code @Param impl}: CODEC, HAND_WRITTEN).
 *
 * <p>The hand-written loop is the floor the SDK is measured against: it knows the format, trusts
 * the order of properties, skips the scheme, and checks nothing the model does not. The SDK's
 * reader also checks every property name, repeated and missing properties, the JSON types, the
 * level key pattern and lengths, and the end of the file.
 *
 * <p>The file lives on disk and is read through a {@code FileInputStream}, so the heap holds one
 * node at a time: run with {@code -Xmx64m} to show the bound. Each fork writes the file in its
 * setup, checks the count and a checksum of every node read against what was written when it
 * tears down, and deletes the file.
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'json.JsonStreamBenchmark' -f 1 -t 1 -prof gc \
 *     -jvmArgs "-Xms64m -Xmx64m"
 * </pre>
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class JsonStreamBenchmark {

  /** The two readers. */
  public enum Impl {
    /** The SDK's streaming reader. */
    CODEC,
    /** A hand-written Jackson parser loop. */
    HAND_WRITTEN
  }

  /** The number of nodes in the file. */
  @Param("1000000")
  public int nodes;

  /** The reader under test. */
  @Param({"CODEC", "HAND_WRITTEN"})
  public Impl impl;

  private Path file;
  private GridNodeFile.Expected expected;
  private long lastChecksum;
  private long lastCount;

  private static final JsonFactory PLAIN = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(GovernanceJson.MAX_DEPTH)
          .maxStringLength(GovernanceJson.MAX_STRING_LENGTH).maxNumberLength(GovernanceJson.MAX_NUMBER_LENGTH)
          .maxNameLength(GovernanceJson.MAX_NAME_LENGTH).maxDocumentLength(GovernanceJson.MAX_DOCUMENT_LENGTH)
          .build())
      .build();

  /** Writes the file. */
  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    file = Files.createTempFile("grid-nodes-", ".json");
    expected = GridNodeFile.write(file, nodes, 7);
    System.out.printf(Locale.ROOT, "%n%,d nodes, %,d bytes%n", expected.nodes(), expected.bytes());
    read(); // one read before timing: a wrong reader fails here
    check();
  }

  /** Checks the last read against what was written, then deletes the file. */
  @TearDown(Level.Trial)
  public void checkAndDelete() throws IOException {
    try {
      check();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private void check() {
    if (lastCount != expected.nodes() || lastChecksum != expected.checksum()) {
      throw new IllegalStateException(impl + " read " + lastCount + " nodes with checksum " + lastChecksum
          + ", the file has " + expected.nodes() + " with checksum " + expected.checksum());
    }
  }

  /** Reads every node of the file, folding each into a checksum. */
  @Benchmark
  public long read() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return impl == Impl.CODEC ? readWithCodec(in) : readByHand(in);
    }
  }

  private long readWithCodec(InputStream in) throws IOException {
    long checksum = 0;
    long count = 0;
    try (RecordReader<LevelScheme, GridNode> r = GovernanceJson.files().readGridNodes(in)) {
      while (r.hasNext()) {
        checksum = GridNodeFile.fold(checksum, r.next());
        count++;
      }
    }
    lastChecksum = checksum;
    lastCount = count;
    return checksum;
  }

  private long readByHand(InputStream in) throws IOException {
    long checksum = 0;
    long count = 0;
    try (JsonParser p = PLAIN.createParser(in)) {
      p.nextToken(); // START_OBJECT
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("nodes")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          GridNode.Builder b = GridNode.builder();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
              case "id":
                b.id(GridId.of(p.getText()));
                break;
              case "level":
                b.level(p.getText());
                break;
              case "parent":
                b.parent(GridId.of(p.getText()));
                break;
              case "name":
                b.name(p.getText());
                break;
              case "code":
                b.code(GridCode.parse(p.getText()));
                break;
              default:
                throw new IOException("unknown property " + field);
            }
          }
          checksum = GridNodeFile.fold(checksum, b.build());
          count++;
        }
      }
    }
    lastChecksum = checksum;
    lastCount = count;
    return checksum;
  }
}
