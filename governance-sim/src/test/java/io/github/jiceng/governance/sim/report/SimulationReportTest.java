package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of a season of the small scenario: every section is there, the three renderings say
 * the same, and the five lists and the fund rebuilt from the event log alone agree with the run.
 */
final class SimulationReportTest {

  private static SimulationResult run;
  private static SimulationReport report;

  @BeforeAll
  static void simulateASeason() {
    run = Simulator.run(SyntheticScenarios.small(), 42L, 90, SimulationOptions.defaults());
    report = SimulationReport.of(run);
  }

  @Test
  void theMetricsCountWhatTheRunDid() {
    RunMetrics m = report.metrics();
    long closed = run.demandStatuses().values().stream().filter(s -> s.state() == DemandState.CLOSED).count();
    assertThat(m.demandsClosed()).isEqualTo(closed).isEqualTo(run.eventsByKind().get(EventKind.DEMAND_CLOSED));
    assertThat(m.demandsRaised()).isEqualTo(run.eventsByKind().get(EventKind.DEMAND_SUBMITTED));
    assertThat(m.serviceRatePerMille()).isBetween(1L, 1000L);
    assertThat(m.meanWaitingMinutes()).isPositive();
    assertThat(m.pointsIssued()).isEqualTo(m.pointsRedeemed() + m.pointsExpired() + m.pointsOutstanding());
    // the run's flows are the ledger's entries dated in the run; what came before is the opening
    Money before = Money.ZERO;
    Money donated = Money.ZERO;
    Money paid = Money.ZERO;
    for (var entry : run.fundBook().orElseThrow().ledger().entries()) {
      boolean inRun = run.period().contains(entry.at());
      if (entry instanceof Donation) {
        before = inRun ? before : before.plus(entry.amount());
        donated = inRun ? donated.plus(entry.amount()) : donated;
      } else {
        before = inRun ? before : before.minus(entry.amount());
        paid = inRun ? paid.plus(entry.amount()) : paid;
      }
    }
    assertThat(m.fundOpening()).isEqualTo(before);
    assertThat(m.fundDonated()).isEqualTo(donated);
    assertThat(m.fundPaid()).isEqualTo(paid);
    assertThat(List.of(before.fen(), donated.fen(), paid.fen())).allMatch(fen -> fen > 0);
  }

  @Test
  void theTextReportHasEverySection() {
    assertThat(TextReport.render(report)).contains("五项清单：", "闪闪红星积分：", "量化考核：", "共建实践金：", "收支公示",
        "提案：", "问题线索：", "每天检查全部不变式", report.escalations().get(0).proposal().value());
    String text = TextReport.render(report, Language.EN);
    assertThat(text).contains("五项清单 Five lists", "闪闪红星 Red-star points", "量化考核 Assessment",
        "共建实践金 Co-building fund", "收支公示", "提案 Proposals", "问题线索 Issue clues",
        "every invariant checked after every day");
    assertThat(text).contains(report.escalations().get(0).proposal().value());
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void theHtmlReportIsSelfContained() {
    String html = HtmlReport.render(report);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "收支公示", "逐级上报");
    assertThat(html).doesNotContain("<script", "<link", "src=", "@import", "url(");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");
  }

  @Test
  void theJsonReportSaysWhatTheReportSays() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray());
    assertThat(json.get("format").asText()).isEqualTo(JsonReport.FORMAT);
    assertThat(json.get("metrics").get("demandsClosed").asLong()).isEqualTo(report.metrics().demandsClosed());
    assertThat(json.get("fiveLists").get("total").get("services").asInt()).isEqualTo(report.fiveLists().total().services());
    assertThat(json.get("daily")).hasSize(run.days());
    assertThat(json.get("fund").get("closingFen").asLong()).isEqualTo(report.fund().orElseThrow().closingBalance().fen());
    assertThat(json.get("proposals").get("escalations")).hasSize(report.escalations().size());
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void theFiveListsRebuiltFromTheLogAloneAreTheRunsFiveLists() {
    FiveListsReport rebuilt = EventLogReports.fiveListsReport(run.events(), run.scenario().hierarchy(),
        run.root(), run.period());
    assertThat(rebuilt).isEqualTo(report.fiveLists());
    assertThat(rebuilt.total().demands()).isPositive();
  }

  @Test
  void theFundRebuiltFromTheLogAloneAgreesWithTheRunsBooksExceptForRequestsStillOpen() {
    TransparencyReport live = report.fund().orElseThrow();
    TransparencyReport rebuilt = EventLogReports.transparency(run.events(), run.period()).orElseThrow();
    assertThat(rebuilt.inflows()).isEqualTo(live.inflows());
    assertThat(rebuilt.outflows()).isEqualTo(live.outflows());
    assertThat(rebuilt.holdings()).isEqualTo(live.holdings());
    assertThat(rebuilt.closingBalance()).isEqualTo(live.closingBalance());
    assertThat(rebuilt.openRequests()).isZero();
    assertThat(live.totalOut().fen()).isPositive();
  }
}
