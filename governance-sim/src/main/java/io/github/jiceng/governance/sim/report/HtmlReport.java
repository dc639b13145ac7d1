package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.simulation.EventKind;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.DayFigures;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML rendering of a {@link SimulationReport}: one self-contained page with its style inline
 * and its charts as inline SVG; it loads nothing from the network and runs no script. The same
 * report always gives the same page. Every piece of free text goes through {@link Html}, which
 * shows a control, bidirectional or unpaired surrogate character as its {@code \}{@code uXXXX}
 * ({@link SafeText}), so the page is valid UTF-8 and reads as the data is.
 */
public final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em auto;max-width:60em;color:#222}",
      "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}",
      "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:right}",
      "td:first-child,th:first-child{text-align:left}pre{background:#f7f7f7;padding:1em;overflow:auto}",
      "svg{width:100%;height:auto;margin:.5em 0}svg .title{font-size:14px;font-weight:600}",
      "svg .axis{font-size:11px;fill:#555}svg .grid{stroke:#eee}.muted{color:#777}");

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param report the report
   * @return the page, lines separated by {@code \n}
   */
  public static String render(SimulationReport report) {
    requireNonNull(report, "report");
    SimulationResult r = report.result();
    GridHierarchy h = r.scenario().hierarchy();
    RunMetrics m = report.metrics();
    StringBuilder b = new StringBuilder();
    LocalDate first = r.scenario().parameters().start();
    String title = "Simulation " + r.scenario().name() + " · seed " + r.seed();
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    b.append("<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(first).append(" to ")
        .append(first.plusDays(r.days() - 1L)).append(" (").append(r.days()).append(" days, ")
        .append(Html.escape(r.scenario().parameters().zone().getId())).append("), ").append(r.options().matching())
        .append(" matching, ").append(r.options().checkInvariants() ? "every invariant checked after every day"
            : "invariants not checked").append(". ").append(fig("/events/total", Format.count(r.eventCount()))).append(" events. Roster audit: ")
        .append(r.audit().violations().isEmpty() ? "complete" : r.audit().violations().size() + " violation(s)")
        .append(".</p>\n");

    List<String> dates = new ArrayList<>();
    List<DayFigures> daily = r.daily();
    long[] open = new long[daily.size()];
    long[] overdue = new long[daily.size()];
    long[] raised = new long[daily.size()];
    long[] closed = new long[daily.size()];
    long[] fund = new long[daily.size()];
    long[] points = new long[daily.size()];
    for (int i = 0; i < daily.size(); i++) {
      DayFigures d = daily.get(i);
      dates.add(d.date().toString());
      open[i] = d.open();
      overdue[i] = d.overdue();
      raised[i] = d.raised();
      closed[i] = d.closed();
      fund[i] = d.fundBalance().fen() / 100;
      points[i] = d.pointsOutstanding();
    }

    b.append("<h2>五项清单 Five lists</h2>\n");
    b.append("<p>").append(Html.escape(h.node(report.fiveLists().root()).name())).append(" (")
        .append(report.fiveLists().root()).append("): served ").append(Format.perMille(m.serviceRatePerMille()))
        .append(" — ").append(fig("/metrics/demandsClosed", m.demandsClosed())).append(" closed of ")
        .append(fig("/metrics/demandsRaised", m.demandsRaised())).append(" raised, ")
        .append(fig("/metrics/demandsRejected", m.demandsRejected())).append(" rejected, ")
        .append(fig("/metrics/demandsWithdrawn", m.demandsWithdrawn())).append(" withdrawn, ")
        .append(fig("/metrics/demandsOpen", m.demandsOpen())).append(" open; mean wait to claim ").append(Format.minutes(m.meanWaitingMinutes()))
        .append(". Resources ").append(fig("/fiveLists/resources", report.fiveLists().resources()))
        .append(", projects ").append(fig("/fiveLists/projects", report.fiveLists().projects())).append(".</p>\n");
    b.append(Svg.lines("Open and overdue demands", dates, List.of(new Svg.Series("open", "#c0392b", open),
        new Svg.Series("overdue", "#e67e22", overdue)), ""));
    b.append(Svg.lines("Demands raised and closed per day", dates, List.of(new Svg.Series("raised", "#2c7fb8", raised),
        new Svg.Series("closed", "#27ae60", closed)), ""));
    List<Svg.Bar> channels = new ArrayList<>();
    for (Channel c : Channel.values()) {
      channels.add(new Svg.Bar(c.name(), report.fiveLists().byChannel().get(c).services(),
          "/fiveLists/byChannel/" + c.name() + "/services"));
    }
    b.append(Svg.bars("Services by channel (认领 / 购买 / 承接)", channels, "#8e44ad"));
    b.append("<table>\n<tr><th>slice</th><th>demands</th><th>people</th><th>services</th><th>hours</th><th>cost</th>")
        .append("<th>outcomes</th><th>mean rating</th></tr>\n");
    row(b, "total", report.fiveLists().total(), "/fiveLists/total");
    for (Channel c : Channel.values()) {
      row(b, c.name(), report.fiveLists().byChannel().get(c), "/fiveLists/byChannel/" + c.name());
    }
    report.fiveLists().byPillar().forEach((p, t) -> row(b, p.key(), t, "/fiveLists/byPillar/" + p.key()));
    for (int i = 0; i < report.partitions().size(); i++) {
      FiveListsReport p = report.partitions().get(i);
      row(b, h.node(p.root()).name() + " (" + p.root() + ")", p.total(), "/partitions/" + i + "/total");
    }
    b.append("</table>\n");

    b.append("<h2>闪闪红星 Red-star ranking</h2>\n<p>").append(fig("/metrics/pointsIssued", Format.count(m.pointsIssued())))
        .append(" points issued to ").append(fig("/metrics/pointsEarners", m.pointsEarners())).append(" earners, ")
        .append(fig("/metrics/pointsRedeemed", Format.count(m.pointsRedeemed()))).append(" redeemed, ")
        .append(fig("/metrics/pointsExpired", Format.count(m.pointsExpired()))).append(" expired, ")
        .append(fig("/metrics/pointsOutstanding", Format.count(m.pointsOutstanding()))).append(" outstanding.</p>\n");
    b.append(Svg.lines("Points outstanding", dates, List.of(new Svg.Series("points", "#d35400", points)), ""));
    b.append("<table>\n<tr><th>rank</th><th>member</th><th>earned</th><th>balance</th><th>grade</th></tr>\n");
    report.pointsRanking().stream().limit(TextReport.TOP).forEach(p -> b.append("<tr><td>").append(p.rank())
        .append("</td><td>").append(Html.escape(p.actor().value())).append("</td><td>").append(p.earned().value())
        .append("</td><td>").append(p.balance().value()).append("</td><td>")
        .append(Html.escape(p.grade().map(g -> g.name()).orElse("—"))).append("</td></tr>\n"));
    b.append("</table>\n<h3>量化考核 Assessment within ").append(Html.escape(h.node(r.scenario().root()).name()))
        .append("</h3>\n");
    ranking(b, "Party members", r.memberRanking());
    ranking(b, "Units", r.unitRanking());

    b.append("<h2>共建实践金 Co-building fund</h2>\n");
    if (report.notice().isPresent()) {
      b.append("<p>Held ").append(fig("/metrics/fundOpeningFen", m.fundOpening().toString()))
          .append(" at the start; during the run donated ").append(fig("/metrics/fundDonatedFen", m.fundDonated().toString()))
          .append(", paid ").append(fig("/metrics/fundPaidFen", m.fundPaid().toString())).append(" (")
          .append(fig("/metrics/fundPaidPer30DaysFen", m.fundPaidPer30Days().toString())).append(" per 30 days), holds ")
          .append(fig("/metrics/fundBalanceFen", m.fundBalance().toString())).append(".</p>\n");
      b.append(Svg.lines("Fund balance (yuan)", dates, List.of(new Svg.Series("balance", "#16a085", fund)), ""));
      b.append("<pre>").append(Html.escapeBlock(report.notice().get())).append("</pre>\n");
    } else {
      b.append("<p class=\"muted\">No fund in this scenario.</p>\n");
    }

    b.append("<h2>提案 Proposals and escalations (逐级上报)</h2>\n<p>").append(fig("/proposals/total", report.proposals().total())).append(" received: ");
    for (ProposalState s : ProposalState.values()) {
      b.append(Html.escape(s.chinese())).append(' ').append(report.proposals().byState().getOrDefault(s, 0)).append("; ");
    }
    b.append(report.proposals().overdue()).append(" overdue at the end, ").append(report.proposals().escalated())
        .append(" escalated.</p>\n<table>\n<tr><th>proposal</th><th>raised at</th><th>state</th><th>escalations</th></tr>\n");
    for (SimulationReport.Escalation e : report.escalations()) {
      b.append("<tr><td>").append(e.proposal()).append("</td><td>").append(e.grid()).append("</td><td>")
          .append(Html.escape(e.state().chinese())).append("</td><td>");
      for (int i = 0; i < e.steps().size(); i++) {
        SimulationReport.Step s = e.steps().get(i);
        b.append(i == 0 ? "" : " → ").append(s.to()).append(" (")
            .append(LocalDate.ofInstant(s.at(), r.scenario().parameters().zone())).append(')');
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2>问题线索 Issue clues</h2>\n<p>").append(fig("/clues/collected", report.clues().collected())).append(" collected; by status ")
        .append(Html.escape(report.clues().byStatus().toString())).append("; decided ")
        .append(Html.escape(report.clues().decided().toString())).append(".</p>\n");

    b.append("<h2>Events</h2>\n<table>\n<tr><th>kind</th><th>count</th></tr>\n");
    for (EventKind k : EventKind.values()) {
      Long n = r.eventsByKind().get(k);
      if (n != null) {
        b.append("<tr><td>").append(k).append("</td><td>").append(fig("/events/byKind/" + k.name(), n)).append("</td></tr>\n");
      }
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Tally t, String pointer) {
    b.append("<tr><td>").append(Html.escape(name)).append("</td><td>").append(fig(pointer + "/demands", t.demands()))
        .append("</td><td>").append(fig(pointer + "/demandBeneficiaries", t.demandBeneficiaries())).append("</td><td>")
        .append(fig(pointer + "/services", t.services())).append("</td><td>").append(t.effort().toHours())
        .append("</td><td>").append(fig(pointer + "/costFen", t.cost().toString())).append("</td><td>")
        .append(fig(pointer + "/outcomes", t.outcomes())).append("</td><td>")
        .append(fig(pointer + "/averageRatingHundredths", Format.hundredths(t.averageRatingHundredths())))
        .append("</td></tr>\n");
  }

  /**
   * A figure as shown, marked with the JSON Pointer of the same figure in the JSON report
   * ({@link JsonReport}), so that a reader or a program can tie the page to the file.
   */
  private static String fig(String pointer, Object shown) {
    return "<span data-pointer=\"" + Html.escape(pointer) + "\">" + Html.escape(String.valueOf(shown)) + "</span>";
  }

  private static void ranking(StringBuilder b, String who, List<Ranking.Ranked> ranks) {
    b.append("<table>\n<tr><th>").append(Html.escape(who)).append("</th><th>score</th><th>grid</th></tr>\n");
    ranks.stream().limit(TextReport.TOP).forEach(x -> b.append("<tr><td>").append(x.rank()).append(". ")
        .append(Html.escape(x.card().subject().value())).append("</td><td>").append(x.card().total())
        .append("</td><td>").append(x.card().grid()).append("</td></tr>\n"));
    b.append("</table>\n");
  }
}
