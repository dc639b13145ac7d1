package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each renderer, called as a library without the command line, shows hostile free text (grid
 * names, the fund's name, project names) with its codes written out: the text and grid reports,
 * the fund's notice rebuilt from the log, the HTML page and the JSON report; a name's line feed
 * never starts a line of its own.
 */
final class ReportTextSafetyTest {

  private static final String HOSTILE = "\u001B[2J\rforged\u0000\u202Eevil\u2066x\u2069\u009B\uD800";
  private static final String FORGED = "\nSimulation forged";
  private static final String ESCAPED = "\\u001B[2J\\u000Dforged\\u0000\\u202Eevil\\u2066x\\u2069\\u009B\\uD800";
  private static final String RAW = "\u001B\r\u0000\u202E\u2066\u2069\u009B\uFFFD";

  @TempDir
  static Path dir;

  private static SimulationResult run;
  private static SimulationReport report;

  @BeforeAll
  static void simulateTheSeedWithHostileNames() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode seed = mapper.readTree(Path.of("..", "seeds", "jungar-banner", "scenario.json").toFile());
    seed.get("hierarchy").get("nodes").forEach(n -> ((ObjectNode) n).put("name", n.get("name").asText() + FORGED
        + HOSTILE));
    ((ObjectNode) seed.get("fund")).put("name", "共建实践金" + HOSTILE);
    seed.get("serviceChain").get("projects").forEach(p -> ((ObjectNode) p).put("name", p.get("name").asText() + HOSTILE));
    Path file = dir.resolve("hostile.json");
    mapper.writeValue(file.toFile(), seed);
    run = Simulator.run(ScenarioFiles.read(file), 3L, 400, SimulationOptions.defaults());
    report = SimulationReport.of(run);
  }

  private static void assertNoRaw(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertThat(RAW.indexOf(c)).as("raw U+%04X at %d", (int) c, i).isNegative();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))).as("pair at %d", i).isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).as("unpaired at %d", i).isFalse();
      }
    }
  }

  @Test
  void theTextReportWritesTheCodesOutAndStartsNoForgedLine() {
    String text = TextReport.render(report);
    assertNoRaw(text);
    assertThat(text).contains("准格尔旗\\u000ASimulation forged" + ESCAPED).contains("  | 共建实践金" + ESCAPED);
    assertThat(text.lines().filter(l -> l.startsWith("模拟 "))).hasSize(1);
    assertThat(text.lines().filter(l -> l.startsWith("Simulation "))).isEmpty();
  }

  @Test
  void theGridReportWritesTheCodesOutAndStartsNoForgedLine() {
    String text = GridReport.render(run.scenario().hierarchy());
    assertNoRaw(text);
    assertThat(text).contains("准格尔旗\\u000ASimulation forged" + ESCAPED + " [");
    assertThat(text.lines().filter(l -> l.startsWith("Simulation "))).isEmpty();
  }

  @Test
  void theNoticeRebuiltFromTheLogKeepsItsLinesAndWritesTheCodesOut() {
    String notice = EventLogReports.notice(run.events(), run.period(), run.parameters().zone())
        .orElseThrow();
    assertNoRaw(notice);
    assertThat(notice).startsWith("共建实践金" + ESCAPED + "收支公示\n").contains("\n公示期间：");
  }

  @Test
  void theHtmlPageShowsTheCodesAndHasNoMarkupFromTheData() {
    String html = HtmlReport.render(report);
    assertNoRaw(html);
    assertThat(html).contains("准格尔旗\\u000ASimulation forged" + ESCAPED).contains("共建实践金" + ESCAPED);
  }

  @Test
  void theJsonReportEscapesEveryCharacterAndReadsBackExactly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(report, out);
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertNoRaw(json);
    assertThat(json).contains("\\u202E").contains("\\uD800").doesNotContain("\u202E");
    JsonNode back = new ObjectMapper().readTree(out.toByteArray());
    assertThat(back.get("fund").get("fundName").asText()).isEqualTo("共建实践金" + HOSTILE);
    assertThat(back.get("fund").get("notice").asText()).isEqualTo(report.notice().orElseThrow());
    List<String> names = new ArrayList<>();
    back.get("partitions").forEach(p -> names.add(p.get("name").asText()));
    assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).endsWith(FORGED + HOSTILE));
  }

  @Test
  void theArticleTableWritesHostileWordingOutInEveryFormat() throws IOException {
    ArticleCheck hostile = new ArticleCheck(report.article().asOf(), report.article().activityYear(), List.of(
        ArticleFigure.of("k<b>", "<b>站北社区" + HOSTILE, "<i>Zhanbei" + HOSTILE, ArticleFigure.Comparison.EXACTLY,
            ArticleFigure.Unit.TEAMS, 12, java.util.OptionalLong.of(12))));
    SimulationReport r = new SimulationReport(report.result(), report.metrics(), report.fiveLists(), report.partitions(),
        report.pointsRanking(), report.fund(), report.notice(), report.proposals(), report.escalations(), report.clues(),
        hostile);
    String text = TextReport.render(r);
    assertNoRaw(text);
    assertThat(text).contains("  <b>站北社区" + ESCAPED);
    assertThat(text.lines().filter(l -> l.startsWith("forged"))).isEmpty();
    String html = HtmlReport.render(r, io.github.jiceng.governance.model.shared.Language.EN);
    assertNoRaw(html);
    assertThat(html).contains("<td>&lt;i&gt;Zhanbei" + ESCAPED + "</td>").doesNotContain("<i>Zhanbei");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(r, out);
    assertNoRaw(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    JsonNode back = new ObjectMapper().readTree(out.toByteArray()).get("articleFigures").get("figures").get(0);
    assertThat(back.get("chinese").asText()).isEqualTo("<b>站北社区" + HOSTILE);
    assertThat(back.get("key").asText()).isEqualTo("k<b>");
  }
}
