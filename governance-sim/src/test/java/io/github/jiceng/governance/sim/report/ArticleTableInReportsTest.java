package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports of the seed scenario open with the article's figures (文章数据核对) in all three
 * formats: the text report right under its header line, the JSON report right after the run's
 * identity, the HTML page before the five lists, each figure matching; in English on request. A
 * scenario of other places shows no table, and its JSON report says that none of the figures is
 * in it.
 */
final class ArticleTableInReportsTest {

  private static final Pattern FIGURE = Pattern.compile("<span data-pointer=\"(/articleFigures/[^\"]+)\">([^<]*)</span>");

  private static SimulationReport seed;
  private static SimulationReport other;

  @BeforeAll
  static void runTheSeedAndASyntheticScenario() throws IOException {
    seed = SimulationReport.of(Simulator.run(ScenarioFiles.read(Path.of("..", "seeds", "jungar-banner", "scenario.json")),
        1L, 3, SimulationOptions.defaults().withScenarioName("jungar-banner")));
    other = SimulationReport.of(Simulator.run(SyntheticScenarios.small(), 1L, 3, SimulationOptions.defaults()));
  }

  private static JsonNode json(SimulationReport report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(report, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void theTextReportOpensWithTheTableUnderItsHeaderLine() {
    List<String> lines = TextReport.render(seed).lines().toList();
    assertThat(lines.get(0)).startsWith("模拟 jungar-banner · 种子 1");
    assertThat(lines.get(1)).isEqualTo("文章数据核对：13项，相符13项，不符0项，情景中没有0项");
    assertThat(lines.get(2)).startsWith("  文章的说法").endsWith("核对");
    List<String> rows = lines.subList(3, 16);
    for (int i = 0; i < rows.size(); i++) {
      ArticleFigure f = seed.article().figures().get(i);
      assertThat(rows.get(i)).as("row %d", i).startsWith("  " + f.chinese()).endsWith("  相符");
    }
    assertThat(rows.get(0)).contains("12支");
    assertThat(rows.get(1)).contains("超过3,000名", "3,080名");
    assertThat(rows.get(4)).contains("近20,000人次");
    assertThat(rows.get(7)).contains("2021年6月9日");
    assertThat(rows.get(8)).contains("超过3,000,000.00元");
    assertThat(lines.get(16)).contains("2023年12月31日", "2023年");
    assertThat(lines.get(18)).contains("计两次");
    assertThat(lines.get(19)).isEmpty();
    assertThat(lines.get(20)).startsWith("双重层级核查");
  }

  @Test
  void theTextReportSpeaksEnglishOnRequestChineseFirst() {
    List<String> lines = TextReport.render(seed, Language.EN).lines().toList();
    assertThat(lines.get(1)).isEqualTo("文章数据核对 The article's figures: 13 figures, 13 match, 0 differ, 0 not in the scenario");
    assertThat(lines.subList(3, 16)).allSatisfy(l -> assertThat(l).endsWith("  matches"));
    assertThat(lines.get(3)).startsWith("  Zhanbei community: 12 volunteer service teams").contains("12 teams");
    assertThat(lines.get(10)).contains("2021-06-09");
    assertThat(lines.get(18)).contains("counts twice");
  }

  @Test
  void theJsonReportHoldsEveryFigureRightAfterTheRunsIdentity() throws IOException {
    JsonNode json = json(seed);
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    assertThat(names.indexOf("articleFigures")).isEqualTo(names.indexOf("invariantsChecked") + 1);
    JsonNode a = json.get("articleFigures");
    assertThat(a.get("allMatch").asBoolean()).isTrue();
    assertThat(a.get("total").asInt()).isEqualTo(13);
    assertThat(a.get("matching").asInt()).isEqualTo(13);
    assertThat(a.get("activityYear").asInt()).isEqualTo(2023);
    assertThat(a.get("asOf").asText()).isEqualTo("2023-12-30T16:00:00Z");
    JsonNode figures = a.get("figures");
    assertThat(figures).hasSize(13).allSatisfy(f -> assertThat(f.get("status").asText()).isEqualTo("MATCHES"));
    for (int i = 0; i < figures.size(); i++) {
      ArticleFigure f = seed.article().figures().get(i);
      assertThat(figures.get(i).get("key").asText()).isEqualTo(f.key());
      assertThat(figures.get(i).get("chinese").asText()).isEqualTo(f.chinese());
      assertThat(figures.get(i).get("english").asText()).isEqualTo(f.english());
    }
    assertThat(figures.get(7).get("unit").asText()).isEqualTo("DAY");
    assertThat(figures.get(7).get("stated").asText()).isEqualTo("2021-06-09");
    assertThat(figures.get(7).get("derived").asText()).isEqualTo("2021-06-09");
    assertThat(figures.get(8).get("comparison").asText()).isEqualTo("OVER");
    assertThat(figures.get(8).get("stated").asLong()).isEqualTo(300_000_000L);
    assertThat(figures.get(8).get("derived").asLong()).isEqualTo(311_160_000L);
    assertThat(figures.get(12).get("derived").asLong()).isEqualTo(22_100L);
  }

  @Test
  void theHtmlPageOpensWithTheTableAndEveryFigureOfItIsTheJsonReports() throws IOException {
    String html = HtmlReport.render(seed);
    int table = html.indexOf("<h2>文章数据核对</h2>");
    assertThat(table).isPositive().isLessThan(html.indexOf("<h2>五项清单</h2>"));
    assertThat(html.indexOf("<h2>")).isEqualTo(table);
    assertThat(html.split("<tr class=\"matches\">", -1)).hasSize(14);
    assertThat(html).contains("<th>文章的说法</th><th>文章数据</th><th>规则推导</th><th>核对</th>", "计两次");
    JsonNode json = json(seed);
    Matcher m = FIGURE.matcher(html);
    List<String> pointers = new ArrayList<>();
    while (m.find()) {
      JsonNode expected = json.at(m.group(1));
      assertThat(expected.isNumber()).as("%s is a number", m.group(1)).isTrue();
      assertThat(Long.parseLong(m.group(2).replaceAll("[^0-9]", ""))).as(m.group(1)).isEqualTo(expected.asLong());
      pointers.add(m.group(1));
    }
    // every stated and derived value but the launch day's two, and the four counts of the summary
    assertThat(pointers).hasSize(2 * 12 + 4).contains("/articleFigures/matching", "/articleFigures/figures/0/derived",
        "/articleFigures/figures/12/stated");
    assertThat(HtmlReport.render(seed, Language.EN)).contains("<h2>文章数据核对 The article&#39;s figures</h2>",
        "<td>Zhanbei community: 12 volunteer service teams</td>");
  }

  @Test
  void aScenarioOfOtherPlacesShowsNoTableAndItsJsonSaysNoFigureIsInIt() throws IOException {
    assertThat(TextReport.render(other)).doesNotContain("文章数据核对");
    assertThat(TextReport.render(other, Language.EN)).doesNotContain("文章数据核对");
    assertThat(HtmlReport.render(other)).doesNotContain("文章数据核对", "class=\"article\"");
    JsonNode a = json(other).get("articleFigures");
    assertThat(a.get("allMatch").asBoolean()).isFalse();
    assertThat(a.get("notInScenario").asInt()).isEqualTo(13);
    assertThat(a.get("figures")).allSatisfy(f -> {
      assertThat(f.get("status").asText()).isEqualTo("NOT_IN_SCENARIO");
      assertThat(f.has("derived")).isFalse();
    });
  }
}
