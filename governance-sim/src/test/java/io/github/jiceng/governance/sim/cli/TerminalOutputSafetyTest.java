package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Free text a scenario carries — grid names, the fund's name, clue summaries, project names,
 * proposal titles, payment purposes, the file's own name — with ESC sequences, carriage returns,
 * NUL, bidirectional overrides, line feeds and unpaired surrogates reaches no terminal raw: not
 * through {@code simulate}, {@code report}, {@code grid}, {@code validate}, {@code compare} nor an
 * error line; the HTML page shows the escapes; the JSON report and the event log stay valid and
 * give the text back exactly.
 */
final class TerminalOutputSafetyTest {

  /** Clears the screen, moves the cursor home, returns the carriage, reverses what follows. */
  static final String HOSTILE = "\u001B[2J\u001B[1;1H\rforged\u0000\u202Eevil\u2066x\u2069\u009B\uD800";

  /** A name whose line feed would start a forged report line. */
  static final String FORGED_LINE = "\nSimulation forged · seed 0\u001B]0;title\u0007";

  /** The characters that are never to be printed raw, line feed aside. */
  private static final String RAW = "\u001B\r\u0000\u202E\u2066\u2069\u009B\u0007";

  @TempDir
  static Path dir;

  private static Path scenario;
  private static Path grid;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final GovernanceCli cli = new GovernanceCli(new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @BeforeAll
  static void writeHostileFiles() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode seed = mapper.readTree(Path.of("..", "seeds", "jungar-banner", "scenario.json").toFile());
    seed.get("hierarchy").get("nodes").forEach(n -> ((ObjectNode) n).put("name", n.get("name").asText() + HOSTILE));
    ((ObjectNode) seed.get("fund")).put("name", "共建实践金" + HOSTILE);
    seed.get("clues").forEach(c -> ((ObjectNode) c.get("clue")).put("summary", "线索" + FORGED_LINE + HOSTILE));
    seed.get("serviceChain").get("projects").forEach(p -> ((ObjectNode) p).put("name", p.get("name").asText() + HOSTILE));
    seed.get("proposals").forEach(p -> ((ObjectNode) p.get("proposal")).put("title", "提案" + HOSTILE));
    seed.get("fundEntries").forEach(e -> {
      if (e.has("request")) {
        ((ObjectNode) e.get("request")).put("purpose", "用途" + FORGED_LINE + HOSTILE);
      }
    });
    scenario = dir.resolve("seed\u001B[2J\u202E.json");
    mapper.writeValue(scenario.toFile(), seed);

    JsonNode hierarchy = mapper.readTree(Path.of("..", "seeds", "jungar-banner", "grid-hierarchy.json").toFile());
    hierarchy.get("nodes").forEach(n -> ((ObjectNode) n).put("name", n.get("name").asText() + FORGED_LINE + HOSTILE));
    grid = dir.resolve("grid.json");
    mapper.writeValue(grid.toFile(), hierarchy);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return cli.run(args);
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("not valid UTF-8", e);
    }
  }

  /** Asserts the text holds none of the characters a terminal acts on, and shows their escapes. */
  private static AbstractStringAssert<?> assertSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(RAW.indexOf(c)).as("raw U+%04X at %d", (int) c, i).isNegative();
      assertThat(Character.isSurrogate(c) || c == '\uFFFD' || c == '?').as("unpaired surrogate at %d", i).isFalse();
    }
    return assertThat(text);
  }

  private String stdout() {
    return utf8(out.toByteArray());
  }

  private String stderr() {
    return utf8(err.toByteArray());
  }

  @Test
  void simulatePrintsTheHostileNamesEscapedAndWritesSafeHtmlAndJson() throws IOException {
    assertThat(run("simulate", scenario.toString(), "--days", "400", "--json", dir.resolve("r.json").toString(),
        "--html", dir.resolve("r.html").toString(), "--events", dir.resolve("e.json").toString()))
        .as(stderr()).isEqualTo(GovernanceCli.OK);
    assertSafe(stdout()).contains("准格尔旗\\u001B[2J\\u001B[1;1H\\u000Dforged\\u0000\\u202Eevil\\u2066x\\u2069\\u009B\\uD800")
        .contains("模拟 seed\\u001B[2J\\u202E").contains("  | 共建实践金\\u001B[2J");
    assertThat(stdout().lines().filter(l -> l.startsWith("模拟 "))).hasSize(1);
    assertThat(stdout().lines().filter(l -> l.startsWith("Simulation "))).isEmpty();
    assertSafe(stderr());

    String html = utf8(Files.readAllBytes(dir.resolve("r.html")));
    assertSafe(html).contains("准格尔旗\\u001B[2J").contains("\\u202Eevil").contains("\\uD800");

    byte[] json = Files.readAllBytes(dir.resolve("r.json"));
    assertSafe(utf8(json)).contains("\\u001B").contains("\\u202E").contains("\\uD800");
    JsonNode report = new ObjectMapper().readTree(json);
    assertThat(report.get("fund").get("fundName").asText()).isEqualTo("共建实践金" + HOSTILE);
    List<String> names = new ArrayList<>();
    report.get("partitions").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(HOSTILE));

    // the event log carries the payments' purposes: escaped in the file, exactly as given when read back
    byte[] log = Files.readAllBytes(dir.resolve("e.json"));
    assertSafe(utf8(log)).contains("用途\\nSimulation forged · seed 0\\u001B]0;title\\u0007");
    List<String> purposes = new ArrayList<>();
    try (RecordReader<SimulationRun, SimulationEvent> r = GovernanceJson.files().readSimulationEvents(
        new ByteArrayInputStream(log))) {
      assertThat(r.header().hierarchy().node(r.header().reportRoot()).name()).endsWith(HOSTILE);
      while (r.hasNext()) {
        if (r.next().payload().orElse(null) instanceof EventPayload.OfFundEntry f && f.entry() instanceof Disbursement d) {
          purposes.add(d.request().purpose());
        }
      }
    }
    assertThat(purposes).contains("用途" + FORGED_LINE + HOSTILE);
  }

  @Test
  void reportRebuildsTheListsAndTheNoticeFromTheLogWithEveryNameEscaped() {
    Path events = dir.resolve("log.json");
    assertThat(run("simulate", scenario.toString(), "--days", "400", "--events", events.toString()))
        .as(stderr()).isEqualTo(GovernanceCli.OK);
    assertThat(run("report", "five-lists", events.toString())).as(stderr()).isEqualTo(GovernanceCli.OK);
    assertSafe(stdout()).contains("\\u001B[2J").startsWith("事件日志：seed\\u001B[2J\\u202E");
    assertThat(run("report", "fund", events.toString())).as(stderr()).isEqualTo(GovernanceCli.OK);
    assertSafe(stdout()).contains("共建实践金\\u001B[2J").contains("\\u202Eevil");
  }

  @Test
  void gridPrintsEveryNodeOnItsOwnLine() {
    assertThat(run("grid", grid.toString())).as(stderr()).isEqualTo(GovernanceCli.OK);
    String tree = stdout();
    assertSafe(tree).contains("准格尔旗\\u000ASimulation forged · seed 0\\u001B]0;title\\u0007\\u001B[2J");
    assertThat(tree.lines().filter(l -> l.contains("Simulation forged"))).allSatisfy(l -> assertThat(l).contains("["));
  }

  @Test
  void validateAndCompareNameTheFileAndTheScenarioEscaped() {
    assertThat(run("validate", scenario.toString())).as(stderr()).isEqualTo(GovernanceCli.OK);
    assertSafe(stdout()).startsWith("通过 ").contains("seed\\u001B[2J\\u202E.json");
    assertThat(run("compare", scenario.toString(), "--vary", "matching", "--days", "20")).as(stderr())
        .isEqualTo(GovernanceCli.OK);
    assertSafe(stdout()).contains("seed\\u001B[2J\\u202E");
  }

  @Test
  void anErrorLineShowsTheHostileFileNameEscapedOnOneLine() {
    assertThat(run("simulate", dir.resolve("missing\u001B[2J\r\u202E.json").toString())).isEqualTo(GovernanceCli.IO);
    assertSafe(stderr()).contains("missing\\u001B[2J\\u000D\\u202E.json：文件不存在");
    assertThat(stderr().lines()).hasSize(1);
    // a name no file system can hold fails as a path; its message still reaches the terminal escaped
    assertThat(run("grid", dir + "/broken\u001B[2J\uD800.json")).isEqualTo(GovernanceCli.FAILURE);
    assertSafe(stderr()).contains("\\u001B[2J");
    assertThat(stderr().lines()).hasSize(1);
    assertThat(run("simulate", "synthetic:small", "--days", "x\u001B[2J\n\u202E")).isEqualTo(GovernanceCli.USAGE);
    assertSafe(stderr()).contains("\\u001B[2J").contains("\\u202E");
    assertThat(stderr().lines()).hasSize(1);
  }
}
