package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reports of thirty days of the small scenario (2024-01-01 to 2024-01-30) are Chinese by
 * default: labels instead of Java names and enum constants, dates as 2024年1月30日, periods to
 * their last day inclusive, the fund's notice a real table; in English on request.
 */
final class ChineseReportTest {

  private static SimulationReport report;

  @BeforeAll
  static void simulateAMonth() {
    report = SimulationReport.of(Simulator.run(SyntheticScenarios.small(), 3L, 30, SimulationOptions.defaults()
        .withScenarioName("small")));
  }

  /** The Java names of every constant a report counts by. */
  private static List<String> constantNames() {
    List<String> names = new ArrayList<>();
    for (Class<? extends Enum<?>> type : List.of(EventKind.class, ClueStatus.class, ImplementationMode.class,
        Channel.class, ProposalState.class)) {
      for (Enum<?> c : type.getEnumConstants()) {
        names.add(c.name());
      }
    }
    return names;
  }

  /** The page without its markup's attributes: what a reader sees, roughly. */
  private static String visible(String html) {
    return html.replaceAll("<[^>]*>", " ");
  }

  @Test
  void theTextReportIsChineseWithLabelsAndChineseDates() {
    String text = TextReport.render(report);
    assertThat(text).startsWith("模拟 small · 种子 3 · 2024年1月1日至2024年1月30日（30天")
        .contains("五项清单：", "办结率", "闪闪红星积分：", "量化考核：", "共建实践金：", "提案：", "问题线索：",
            "群众点单", "共建单位认领", "每天检查全部不变式")
        .doesNotContain("Simulation", "served", "{").doesNotContainPattern("[A-Z_]+=\\d");
    for (String name : constantNames()) {
      assertThat(text).as("the constant %s", name).doesNotContainPattern("\\b" + name + "\\b");
    }
    assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void theFundPeriodShownToPeopleEndsOnItsLastDayInclusive() {
    String text = TextReport.render(report);
    // the run's period ends at the start of 2024-01-31, exclusive: the last day shown is the 30th
    assertThat(text).containsPattern("公示期间：\\d{4}年\\d{1,2}月\\d{1,2}日至2024年1月30日\n")
        .doesNotContain("2024年1月31日");
    assertThat(TextReport.render(report, Language.EN)).contains(" to 2024-01-30\n")
        .doesNotContain("2024-01-31");
  }

  @Test
  void theHtmlReportIsChineseAndItsFundNoticeIsATable() {
    String html = HtmlReport.render(report);
    assertThat(html).contains("<html lang=\"zh-CN\">", "<table class=\"notice\">", "<caption>", "一、收入", "二、支出",
        "三、期末余额", "2024年1月30日", "未结与超期需求", "各渠道服务次数").doesNotContain("<pre>", "{COLLECTED");
    String seen = visible(html);
    for (String name : constantNames()) {
      assertThat(seen).as("the constant %s", name).doesNotContainPattern("\\b" + name + "\\b");
    }
    assertThat(seen).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void theReportsSpeakEnglishOnRequest() {
    String text = TextReport.render(report, Language.EN);
    assertThat(text).startsWith("Simulation small · seed 3 · 2024-01-01 to 2024-01-30 (30 days")
        .contains("demands raised", "served ", "every invariant checked after every day");
    assertThat(text).doesNotContainPattern("\\bDEMAND_SUBMITTED\\b");
    String html = HtmlReport.render(report, Language.EN);
    assertThat(html).contains("<html lang=\"en\">", "Open and overdue demands", "<table class=\"notice\">",
        "1. Income");
  }
}
