package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The HTML report of the README's main job (a year of the seed scenario, seed 1, as
 * {@code governance simulate seeds/jungar-banner/scenario.json} writes it) opened in headless
 * Chromium: every text of every chart lies inside its chart, every figure the page shows equals
 * the same figure in the JSON report, and the page is in Chinese. The browser is Debian's {@code chromium} with its
 * {@code chromedriver}; without them the test fails and says how to install them.
 */
final class HtmlReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** For every chart, its texts whose box leaves the chart's box: one line each, empty when all fit. */
  private static final String OVERFLOWING_TEXTS = String.join("\n",
      "const out = [];",
      "for (const svg of document.querySelectorAll('svg')) {",
      "  const box = svg.getBoundingClientRect();",
      "  const chart = svg.getAttribute('aria-label');",
      "  for (const t of svg.querySelectorAll('text')) {",
      "    const r = t.getBoundingClientRect();",
      "    if (r.left < box.left - 0.01 || r.right > box.right + 0.01",
      "        || r.top < box.top - 0.01 || r.bottom > box.bottom + 0.01) {",
      "      out.push(chart + ': \"' + t.textContent + '\" spans x ' + r.left.toFixed(1) + '..' + r.right.toFixed(1)",
      "          + ', y ' + r.top.toFixed(1) + '..' + r.bottom.toFixed(1) + ' outside x ' + box.left.toFixed(1)",
      "          + '..' + box.right.toFixed(1) + ', y ' + box.top.toFixed(1) + '..' + box.bottom.toFixed(1));",
      "    }",
      "  }",
      "}",
      "return out;");

  private static final String CHART_TEXTS =
      "return Array.from(document.querySelectorAll('svg text')).filter(t => t.getBBox().width > 0).length;";

  /** Every figure marked with its JSON Pointer, as the reader sees it (only those laid out). */
  private static final String FIGURES = String.join("\n",
      "return Array.from(document.querySelectorAll('[data-pointer]'))",
      "    .filter(e => e.getClientRects().length > 0)",
      "    .map(e => [e.getAttribute('data-pointer'), e.textContent]);");

  @TempDir
  static Path dir;

  private static ChromeDriver browser;
  private static JsonNode json;

  @BeforeAll
  static void openTheSeedReportInChromium() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("this test drives a real browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed;"
          + " run .ci/install-browser (Debian's chromium and chromium-driver) and build again");
    }
    SimulationReport report = SimulationReport.of(Simulator.run(
        ScenarioFiles.read(Path.of("../seeds/jungar-banner/scenario.json")), 1, 365, SimulationOptions.defaults()));
    Path html = dir.resolve("seed-report.html");
    Files.writeString(html, HtmlReport.render(report), StandardCharsets.UTF_8);
    Path file = dir.resolve("seed-report.json");
    try (OutputStream out = Files.newOutputStream(file)) {
      JsonReport.write(report, out);
    }
    json = new ObjectMapper().readTree(file.toFile());
    browser = chromium(dir.resolve("profile"));
    browser.get(html.toUri().toString());
  }

  static ChromeDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1024", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    return new ChromeDriver(service, options);
  }

  @AfterAll
  static void closeTheBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void everyTextOfEveryChartLiesInsideItsChart() {
    JavascriptExecutor js = browser;
    assertThat(((Number) js.executeScript("return document.querySelectorAll('svg').length;")).intValue())
        .as("charts on the page").isEqualTo(5);
    assertThat(((Number) js.executeScript(CHART_TEXTS)).intValue()).as("chart texts laid out").isGreaterThan(40);
    assertThat(overflowing(js)).isEmpty();
  }

  @Test
  void thePageIsInChineseWithChineseDatesOnItsCharts() {
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return document.documentElement.lang;")).isEqualTo("zh-CN");
    assertThat((String) js.executeScript("return document.querySelector('svg text.title').textContent;"))
        .isEqualTo("未结与超期需求");
    assertThat((String) js.executeScript("return document.body.innerText;")).contains("2024年12月29日", "一、收入")
        .doesNotContain("DEMAND_SUBMITTED", "2024-12-29");
  }

  @Test
  void theOverflowCheckSeesATextCutOffAtTheRightEdge() throws IOException {
    // the check itself can fail: a value drawn past the right edge of its chart, as the bars once were
    Path page = dir.resolve("overflowing.html");
    Files.writeString(page, "<!DOCTYPE html><html><body style=\"width:400px\"><svg viewBox=\"0 0 100 40\""
        + " aria-label=\"cut\" style=\"width:100%\"><text x=\"90\" y=\"20\" font-size=\"11\">632</text></svg>"
        + "</body></html>", StandardCharsets.UTF_8);
    ChromeDriver other = chromium(dir.resolve("profile-check"));
    try {
      other.get(page.toUri().toString());
      assertThat(overflowing(other)).singleElement().asString().startsWith("cut: \"632\"");
    } finally {
      other.quit();
    }
  }

  @Test
  void everyFigureShownEqualsTheJsonReport() {
    List<?> figures = (List<?>) browser.executeScript(FIGURES);
    List<String> pointers = new ArrayList<>();
    for (Object o : figures) {
      List<?> pair = (List<?>) o;
      String pointer = (String) pair.get(0);
      String shown = (String) pair.get(1);
      JsonNode expected = json.at(pointer);
      assertThat(expected.isNumber()).as("%s (shown %s) is a number in the JSON report", pointer, shown).isTrue();
      assertThat(number(shown)).as("%s shown as %s", pointer, shown).isEqualTo(expected.asLong());
      pointers.add(pointer);
    }
    assertThat(pointers).contains("/events/total", "/metrics/demandsRaised", "/metrics/demandsClosed",
        "/metrics/pointsIssued", "/metrics/fundBalanceFen", "/fiveLists/total/services", "/fiveLists/total/costFen",
        "/fiveLists/byChannel/CLAIM/services", "/fiveLists/byChannel/PURCHASE/services",
        "/fiveLists/byChannel/UNDERTAKE/services", "/proposals/total", "/clues/collected",
        "/events/byKind/DEMAND_SUBMITTED");
    // the bars' values are among them: each channel's services shown twice, in the chart and the table
    assertThat(pointers.stream().filter(p -> p.equals("/fiveLists/byChannel/CLAIM/services"))).hasSize(2);
    assertThat(json.at("/fiveLists/total/services").asLong()).isPositive();
  }

  @SuppressWarnings("unchecked")
  private static List<String> overflowing(JavascriptExecutor js) {
    return (List<String>) js.executeScript(OVERFLOWING_TEXTS);
  }

  /** The figure a text shows, its separators and units left out: {@code CNY 1234.50} is 123450 (fen). */
  private static long number(String shown) {
    String digits = shown.replaceAll("[^0-9]", "");
    assertThat(digits).as("digits in '%s'", shown).isNotEmpty();
    long n = Long.parseLong(digits);
    return shown.contains("-") ? -n : n;
  }
}
