package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.DayFigures;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.model.EventKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The HTML rendering of a {@link SimulationReport}: one self-contained page with its style inline
 * and its charts as inline SVG; it loads nothing from the network and runs no script. It is in
 * Chinese unless another {@link Language} is asked for. It opens with the source article's figures
 * checked against the scenario (文章数据核对, {@link ArticleCheck}) when the scenario holds any of
 * them. Every figure the JSON report also holds carries {@code data-pointer}, that figure's JSON
 * Pointer in {@link JsonReport}. The same report always gives the same page. Every piece of free
 * text goes through {@link Html}, which shows a control, bidirectional or unpaired surrogate
 * character as its {@code \}{@code uXXXX} ({@link SafeText}), so the page is valid UTF-8 and reads
 * as the data is.
 */
public final class HtmlReport {

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em auto;max-width:60em;color:#222}",
      "h1{font-size:1.5em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:2em}",
      "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.2em .6em;text-align:right}",
      "td:first-child,th:first-child{text-align:left}pre{background:#f7f7f7;padding:1em;overflow:auto}",
      "svg{width:100%;height:auto;margin:.5em 0}svg .title{font-size:14px;font-weight:600}",
      "svg .axis{font-size:11px;fill:#555}svg .grid{stroke:#eee}.muted{color:#777}",
      "table.notice caption{font-weight:600;text-align:left;padding:.3em 0}table.notice tr.head td{font-weight:600}",
      "table.notice td.d1{padding-left:1.6em}table.notice td.d2{padding-left:3em}",
      "table.article tr.differs td{background:#fdecea}table.article tr.not-in-scenario td{color:#777}");

  /**
   * A place in a sentence where markup goes, followed by its index: a private-use character, which
   * escaping leaves as it is and no text of the tables holds.
   */
  private static final String MARK = "\uE000";

  private HtmlReport() {}

  /**
   * Renders the report in Chinese.
   *
   * @param report the report
   * @return the page, lines separated by {@code \n}
   */
  public static String render(SimulationReport report) {
    return render(report, Language.ZH);
  }

  /**
   * Renders the report in a language: labels instead of Java names, dates as the language writes
   * them, the fund's transparency report as a table.
   *
   * @param report the report
   * @param language the language, chosen by the caller
   * @return the page, lines separated by {@code \n}
   */
  public static String render(SimulationReport report, Language language) {
    requireNonNull(report, "report");
    ReportTexts lang = ReportTexts.of(language);
    SimulationResult r = report.result();
    GridHierarchy h = r.scenario().hierarchy();
    ZoneId zone = r.parameters().zone();
    RunMetrics m = report.metrics();
    StringBuilder b = new StringBuilder();
    LocalDate first = r.parameters().start();
    String title = lang.text("report.title", r.scenarioName(), r.seed());
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang.language() == Language.ZH ? "zh-CN" : "en")
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Html.escape(title))
        .append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n");
    b.append("<h1>").append(Html.escape(title)).append("</h1>\n<p>").append(Html.escape(lang.text("html.period",
        lang.period(first, first.plusDays(r.days() - 1L)), r.days(), zone.getId(), lang.label(r.options().matching()),
        lang.text(r.options().checkInvariants() ? "invariants.checked" : "invariants.unchecked"), MARK + 0,
        r.audit().violations().isEmpty() ? lang.text("html.audit.ok")
            : lang.text("html.audit.violations", r.audit().violations().size())))
        .replace(MARK + 0, figure("/events/total", Format.count(r.eventCount())))).append("</p>\n");
    if (report.article().anyInScenario()) {
      ArticleTable.html(b, report.article(), zone, lang);
    }

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
      dates.add(lang.date(d.date()));
      open[i] = d.open();
      overdue[i] = d.overdue();
      raised[i] = d.raised();
      closed[i] = d.closed();
      fund[i] = d.fundBalance().fen() / 100;
      points[i] = d.pointsOutstanding();
    }

    FiveListsReport five = report.fiveLists();
    b.append("<h2>").append(Html.escape(lang.text("html.fiveLists"))).append("</h2>\n<p>");
    sentence(b, lang.text("html.fiveLists.summary", h.node(five.root()).name(), five.root(),
        Format.perMille(m.serviceRatePerMille()), MARK + 0, MARK + 1, MARK + 2, MARK + 3, MARK + 4,
        lang.minutes(m.meanWaitingMinutes()), MARK + 5, MARK + 6),
        figure("/metrics/demandsRaised", m.demandsRaised()), figure("/metrics/demandsClosed", m.demandsClosed()),
        figure("/metrics/demandsRejected", m.demandsRejected()), figure("/metrics/demandsWithdrawn", m.demandsWithdrawn()),
        figure("/metrics/demandsOpen", m.demandsOpen()), figure("/fiveLists/resources", five.resources()),
        figure("/fiveLists/projects", five.projects()));
    b.append("</p>\n");
    b.append(Svg.lines(lang.text("html.chart.open"), dates, List.of(
        new Svg.Series(lang.text("html.chart.open.series"), "#c0392b", open),
        new Svg.Series(lang.text("html.chart.overdue.series"), "#e67e22", overdue)), ""));
    b.append(Svg.lines(lang.text("html.chart.flow"), dates, List.of(
        new Svg.Series(lang.text("html.chart.raised.series"), "#2c7fb8", raised),
        new Svg.Series(lang.text("html.chart.closed.series"), "#27ae60", closed)), ""));
    List<Svg.Bar> channels = new ArrayList<>();
    for (Channel c : Channel.values()) {
      channels.add(new Svg.Bar(lang.label(c), five.byChannel().get(c).services(),
          "/fiveLists/byChannel/" + c.name() + "/services"));
    }
    b.append(Svg.bars(lang.text("html.chart.channels"), channels, "#8e44ad"));
    b.append("<table>\n<tr>");
    for (String k : List.of("slice", "demands", "people", "services", "hours", "cost", "outcomes", "rating")) {
      b.append("<th>").append(Html.escape(lang.text("html.table." + k))).append("</th>");
    }
    b.append("</tr>\n");
    row(b, lang.text("html.table.total"), five.total(), "/fiveLists/total", lang);
    for (Channel c : Channel.values()) {
      row(b, lang.label(c), five.byChannel().get(c), "/fiveLists/byChannel/" + c.name(), lang);
    }
    five.byPillar().forEach((p, t) -> row(b, r.taxonomy().definition(p).map(d -> d.name()).orElse(p.key()),
        t, "/fiveLists/byPillar/" + p.key(), lang));
    for (int i = 0; i < report.partitions().size(); i++) {
      FiveListsReport p = report.partitions().get(i);
      row(b, h.node(p.root()).name() + " (" + p.root() + ")", p.total(), "/partitions/" + i + "/total", lang);
    }
    b.append("</table>\n");

    b.append("<h2>").append(Html.escape(lang.text("html.points"))).append("</h2>\n<p>");
    sentence(b, lang.text("html.points.summary", MARK + 0, MARK + 1, MARK + 2, MARK + 3, MARK + 4),
        figure("/metrics/pointsIssued", Format.count(m.pointsIssued())), figure("/metrics/pointsEarners", m.pointsEarners()),
        figure("/metrics/pointsRedeemed", Format.count(m.pointsRedeemed())),
        figure("/metrics/pointsExpired", Format.count(m.pointsExpired())),
        figure("/metrics/pointsOutstanding", Format.count(m.pointsOutstanding())));
    b.append("</p>\n");
    b.append(Svg.lines(lang.text("html.chart.points"), dates, List.of(
        new Svg.Series(lang.text("html.chart.points.series"), "#d35400", points)), ""));
    b.append("<table>\n<tr>");
    for (String k : List.of("rank", "member", "earned", "balance", "grade")) {
      b.append("<th>").append(Html.escape(lang.text("html.points." + k))).append("</th>");
    }
    b.append("</tr>\n");
    report.pointsRanking().stream().limit(TextReport.TOP).forEach(p -> b.append("<tr><td>").append(p.rank())
        .append("</td><td>").append(Html.escape(p.actor().value())).append("</td><td>").append(p.earned().value())
        .append("</td><td>").append(p.balance().value()).append("</td><td>")
        .append(Html.escape(p.grade().map(g -> g.name()).orElse("—"))).append("</td></tr>\n"));
    b.append("</table>\n<h3>").append(Html.escape(lang.text("html.assessment", h.node(r.root()).name())))
        .append("</h3>\n");
    ranking(b, lang.text("html.assessment.members"), r.memberRanking(), lang);
    ranking(b, lang.text("html.assessment.units"), r.unitRanking(), lang);

    b.append("<h2>").append(Html.escape(lang.text("html.fund"))).append("</h2>\n");
    if (report.fund().isPresent()) {
      b.append("<p>");
      sentence(b, lang.text("html.fund.summary", MARK + 0, MARK + 1, MARK + 2, MARK + 3, MARK + 4),
          figure("/metrics/fundOpeningFen", lang.money(m.fundOpening())),
          figure("/metrics/fundDonatedFen", lang.money(m.fundDonated())),
          figure("/metrics/fundPaidFen", lang.money(m.fundPaid())),
          figure("/metrics/fundPaidPer30DaysFen", lang.money(m.fundPaidPer30Days())),
          figure("/metrics/fundBalanceFen", lang.money(m.fundBalance())));
      b.append("</p>\n");
      b.append(Svg.lines(lang.text("html.chart.fund"), dates, List.of(
          new Svg.Series(lang.text("html.chart.fund.series"), "#16a085", fund)), ""));
      FundNotice.html(b, FundNotice.of(report.fund().get(), zone, lang), lang);
    } else {
      b.append("<p class=\"muted\">").append(Html.escape(lang.text("html.fund.none"))).append("</p>\n");
    }

    b.append("<h2>").append(Html.escape(lang.text("html.proposals"))).append("</h2>\n<p>");
    StringBuilder states = new StringBuilder();
    for (ProposalState s : ProposalState.values()) {
      states.append(states.length() == 0 ? "" : lang.text("list.separator")).append(Html.escape(lang.label(s)))
          .append(' ').append(figure("/proposals/byState/" + s.name(), report.proposals().byState().getOrDefault(s, 0)));
    }
    sentence(b, lang.text("html.proposals.summary", MARK + 0, MARK + 1, MARK + 2, MARK + 3),
        figure("/proposals/total", report.proposals().total()), states.toString(),
        figure("/proposals/overdue", report.proposals().overdue()),
        figure("/proposals/escalated", report.proposals().escalated()));
    b.append("</p>\n<table>\n<tr>");
    for (String k : List.of("proposal", "grid", "state", "escalations")) {
      b.append("<th>").append(Html.escape(lang.text("html.proposals." + k))).append("</th>");
    }
    b.append("</tr>\n");
    for (SimulationReport.Escalation e : report.escalations()) {
      b.append("<tr><td>").append(Html.escape(e.proposal().value())).append("</td><td>")
          .append(Html.escape(e.grid().value())).append("</td><td>").append(Html.escape(lang.label(e.state())))
          .append("</td><td>");
      for (int i = 0; i < e.steps().size(); i++) {
        SimulationReport.Step s = e.steps().get(i);
        b.append(i == 0 ? "" : " → ").append(Html.escape(lang.text("report.escalation.step", s.to(),
            lang.date(LocalDate.ofInstant(s.at(), zone)))));
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");

    b.append("<h2>").append(Html.escape(lang.text("html.clues"))).append("</h2>\n<p>");
    sentence(b, lang.text("html.clues.summary", MARK + 0), figure("/clues/collected", report.clues().collected()));
    b.append("</p>\n<table>\n<tr><th>").append(Html.escape(lang.text("html.clues.status"))).append("</th><th>")
        .append(Html.escape(lang.text("html.clues.count"))).append("</th></tr>\n");
    for (ClueStatus s : ClueStatus.values()) {
      b.append("<tr><td>").append(Html.escape(lang.label(s))).append("</td><td>")
          .append(figure("/clues/byStatus/" + s.name(), report.clues().byStatus().getOrDefault(s, 0)))
          .append("</td></tr>\n");
    }
    b.append("</table>\n<table>\n<tr><th>").append(Html.escape(lang.text("html.clues.mode"))).append("</th><th>")
        .append(Html.escape(lang.text("html.clues.count"))).append("</th></tr>\n");
    for (ImplementationMode mode : ImplementationMode.values()) {
      b.append("<tr><td>").append(Html.escape(lang.label(mode))).append("</td><td>")
          .append(figure("/clues/decided/" + mode.name(), report.clues().decided().getOrDefault(mode, 0)))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    commitments(b, report.commitments(), lang);
    PillarSection.html(b, report, lang);

    b.append("<h2>").append(Html.escape(lang.text("html.events"))).append("</h2>\n<table>\n<tr><th>")
        .append(Html.escape(lang.text("html.events.kind"))).append("</th><th>")
        .append(Html.escape(lang.text("html.events.count"))).append("</th></tr>\n");
    for (EventKind k : EventKind.values()) {
      Long n = r.eventsByKind().get(k);
      if (n != null) {
        b.append("<tr><td>").append(Html.escape(lang.label(k))).append("</td><td>")
            .append(figure("/events/byKind/" + k.name(), n)).append("</td></tr>\n");
      }
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  /**
   * Appends a sentence of the text table, escaped, with its marked places ({@code MARK + i})
   * replaced by markup made here (figures with their pointers).
   */
  private static void sentence(StringBuilder b, String text, String... markup) {
    String escaped = Html.escape(text);
    for (int i = markup.length - 1; i >= 0; i--) {
      escaped = escaped.replace(MARK + i, markup[i]);
    }
    b.append(escaped);
  }

  private static void row(StringBuilder b, String name, Tally t, String pointer, ReportTexts lang) {
    b.append("<tr><td>").append(Html.escape(name)).append("</td><td>").append(figure(pointer + "/demands", t.demands()))
        .append("</td><td>").append(figure(pointer + "/demandBeneficiaries", t.demandBeneficiaries())).append("</td><td>")
        .append(figure(pointer + "/services", t.services())).append("</td><td>").append(t.effort().toHours())
        .append("</td><td>").append(figure(pointer + "/costFen", lang.money(t.cost()))).append("</td><td>")
        .append(figure(pointer + "/outcomes", t.outcomes())).append("</td><td>")
        .append(figure(pointer + "/averageRatingHundredths", Format.hundredths(t.averageRatingHundredths())))
        .append("</td></tr>\n");
  }

  /**
   * A figure as shown, marked with the JSON Pointer of the same figure in the JSON report
   * ({@link JsonReport}), so that a reader or a program can tie the page to the file; without a
   * pointer, the figure alone.
   */
  static String figure(String pointer, Object shown) {
    if (pointer.isEmpty()) {
      return Html.escape(String.valueOf(shown));
    }
    return "<span data-pointer=\"" + Html.escape(pointer) + "\">" + Html.escape(String.valueOf(shown)) + "</span>";
  }

  private static void ranking(StringBuilder b, String who, List<Ranking.Ranked> ranks, ReportTexts lang) {
    b.append("<table>\n<tr><th>").append(Html.escape(who)).append("</th><th>")
        .append(Html.escape(lang.text("html.assessment.score"))).append("</th><th>")
        .append(Html.escape(lang.text("html.assessment.grid"))).append("</th></tr>\n");
    ranks.stream().limit(TextReport.TOP).forEach(x -> b.append("<tr><td>").append(x.rank()).append(". ")
        .append(Html.escape(x.card().subject().value())).append("</td><td>").append(x.card().total())
        .append("</td><td>").append(Html.escape(x.card().grid().value())).append("</td></tr>\n"));
    b.append("</table>\n");
  }

  /** Pledges outstanding, the space ledgers and the agreements' latest reviews; nothing when the run had none. */
  private static void commitments(StringBuilder b, Commitments c, ReportTexts lang) {
    if (c.isEmpty()) {
      return;
    }
    b.append("<h2>").append(Html.escape(lang.text("html.commitments"))).append("</h2>\n");
    if (!c.pledged().isZero()) {
      b.append("<p>").append(Html.escape(lang.text("report.pledges", lang.money(c.pledged()),
          lang.money(c.pledgePaid()), lang.money(c.outstanding())))).append("</p>\n");
    }
    if (!c.spaceGrants().isEmpty()) {
      b.append("<table>\n<tr><th>").append(Html.escape(lang.text("report.space"))).append("</th><th>")
          .append(Html.escape(lang.text("html.space.owed"))).append("</th><th>")
          .append(Html.escape(lang.text("html.space.delivered"))).append("</th><th>")
          .append(Html.escape(lang.text("html.space.state"))).append("</th></tr>\n");
      for (int i = 0; i < c.spaceGrants().size(); i++) {
        Commitments.SpaceLine l = c.spaceGrants().get(i);
        String at = "/commitments/spaceGrants/" + i + "/";
        b.append("<tr><td>").append(Html.escape(SafeText.line(l.grant().value() + " (" + l.organization().value()
            + ")"))).append("</td><td>").append(figure(at + "owedMinutes", l.standing().owed().toMinutes()))
            .append("</td><td>").append(figure(at + "deliveredMinutes", l.standing().delivered().toMinutes()))
            .append("</td><td>").append(Html.escape(lang.text(l.standing().behind() ? "report.space.behind"
                : "report.space.onTrack"))).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    if (!c.agreements().isEmpty()) {
      b.append("<table>\n<tr><th>").append(Html.escape(lang.text("report.agreements", c.agreements().size())))
          .append("</th><th>").append(Html.escape(lang.text("html.agreements.reviews"))).append("</th><th>")
          .append(Html.escape(lang.text("html.agreements.level"))).append("</th></tr>\n");
      for (int i = 0; i < c.agreements().size(); i++) {
        Commitments.AgreementLine a = c.agreements().get(i);
        b.append("<tr><td>").append(Html.escape(SafeText.line(a.agreement().value() + " (" + a.community().value()
            + ", " + lang.label(a.kind()) + ")"))).append("</td><td>")
            .append(figure("/commitments/agreements/" + i + "/reviews", a.reviews())).append("</td><td>")
            .append(Html.escape(a.latest().map(f -> lang.label(f.level())).orElse("—"))).append("</td></tr>\n");
      }
      b.append("</table>\n");
      for (IntegrationCoverage cov : c.coverage()) {
        StringBuilder rows = new StringBuilder();
        for (IntegrationCoverage.Row row : cov.rows()) {
          rows.append(rows.length() == 0 ? "" : lang.text("list.separator")).append(lang.text("report.coverage.row",
              SafeText.line(row.integration().name()), row.agreements(), row.services(), row.peopleReached()));
        }
        b.append("<p>").append(Html.escape(lang.text("report.coverage", cov.community(), rows,
            cov.uncovered().isEmpty() ? lang.text("report.coverage.full")
                : lang.text("report.coverage.uncovered",
                    Commitments.uncoveredNames(cov, lang.text("list.separator")))))).append("</p>\n");
      }
    }
  }
}
