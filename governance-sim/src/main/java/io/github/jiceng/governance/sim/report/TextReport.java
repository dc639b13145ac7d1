package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.model.EventKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The plain-text rendering of a {@link SimulationReport}, what {@code governance simulate} prints:
 * deterministic, ids only (never names of people), lines separated by {@code \n}; in Chinese
 * unless another {@link Language} is asked for, with labels instead of Java names, dates
 * as the language writes them and periods given to their last day, inclusive.
 *
 * <p>It opens with the source article's figures checked against the scenario (文章数据核对,
 * {@link ArticleCheck}) when the scenario holds any of them: the article's wording, its value,
 * the value the rules derive and whether they agree, with notes on how people are counted.
 *
 * <p>Free text from the scenario (its name, grid names, the lines of the fund's notice) goes
 * through {@link SafeText#line}, so no control, bidirectional or line-breaking character of it
 * reaches a terminal raw; columns are padded by display width, a Chinese character counting two
 * columns, so tables mixing Chinese and ASCII names line up.
 */
public final class TextReport {

  /** How many rows a ranking or list shows. */
  public static final int TOP = 10;

  private TextReport() {}

  /**
   * Renders the report in Chinese.
   *
   * @param report the report
   * @return the text, ending with a line break
   */
  public static String render(SimulationReport report) {
    return render(report, Language.ZH);
  }

  /**
   * Renders the report in a language.
   *
   * @param report the report
   * @param language the language, chosen by the caller
   * @return the text, ending with a line break
   */
  public static String render(SimulationReport report, Language language) {
    requireNonNull(report, "report");
    ReportTexts lang = ReportTexts.of(language);
    SimulationResult r = report.result();
    GridHierarchy h = r.scenario().hierarchy();
    ZoneId zone = r.parameters().zone();
    RunMetrics m = report.metrics();
    StringBuilder out = new StringBuilder();
    LocalDate first = r.parameters().start();
    LocalDate last = first.plusDays(r.days() - 1L);
    out.append(lang.text("report.header", SafeText.line(r.scenarioName()), r.seed(), lang.period(first, last),
        r.days(), zone, lang.label(r.options().matching()),
        lang.text(r.options().checkInvariants() ? "invariants.checked" : "invariants.unchecked"))).append('\n');
    if (report.article().anyInScenario()) {
      ArticleTable.text(out, report.article(), zone, lang);
      out.append('\n');
    }
    out.append(r.audit().violations().isEmpty() ? lang.text("report.audit.ok")
        : lang.text("report.audit.violations", r.audit().violations().size(),
            SafeText.line(r.audit().violations().get(0).toString()))).append('\n');
    out.append(lang.text("report.events", Format.count(r.eventCount()))).append('\n');
    line(out, kinds(r.eventsByKind(), lang));
    out.append('\n');

    out.append(fiveLists(report.fiveLists(), h, zone, lang, pillar -> r.taxonomy().definition(pillar)
        .map(d -> d.name()).orElse(pillar.key())));
    if (!report.partitions().isEmpty()) {
      String level = r.parameters().partitionLevel();
      String levelName = h.scheme().level(level).map(l -> l.displayName()).orElse(level);
      out.append("  ").append(lang.text("report.partitions", SafeText.line(levelName))).append('\n');
      int width = 28;
      for (FiveListsReport p : report.partitions()) {
        width = Math.max(width, Format.displayWidth(name(h, p)) + 2);
      }
      for (FiveListsReport p : report.partitions()) {
        out.append("    ").append(Format.pad(name(h, p), width)).append(tally(p.total(), lang)).append('\n');
      }
    }
    out.append("  ").append(lang.text("report.served", Format.perMille(m.serviceRatePerMille()), m.demandsClosed(),
        m.demandsRaised(), m.demandsRejected(), m.demandsWithdrawn(), m.demandsOpen(),
        lang.minutes(m.meanWaitingMinutes()))).append('\n');
    out.append('\n');

    out.append(lang.text("report.points", Format.count(m.pointsIssued()), m.pointsEarners(), m.pointsPerEarner(),
        Format.count(m.pointsRedeemed()), Format.count(m.pointsExpired()), Format.count(m.pointsOutstanding())))
        .append('\n');
    report.pointsRanking().stream().limit(TOP).forEach(p -> out.append("  ").append(Format.padLeft(p.rank() + ".", 4))
        .append(' ').append(Format.pad(SafeText.line(p.actor().value()), 20))
        .append(Format.padLeft(lang.text("report.points.earned", p.earned().value()), 9)).append("  ")
        .append(lang.text("report.points.balance", p.balance().value()))
        .append(p.grade().map(g -> "  " + SafeText.line(g.name())).orElse("")).append('\n'));
    out.append(lang.text("report.assessment", SafeText.line(h.node(r.root()).name()), r.root()))
        .append('\n');
    ranking(out, lang.text("report.assessment.members", r.memberRanking().size()), r.memberRanking());
    ranking(out, lang.text("report.assessment.units", r.unitRanking().size()), r.unitRanking());
    out.append('\n');

    out.append(lang.text("report.fund"));
    if (report.fund().isEmpty()) {
      out.append(lang.text("report.fund.none")).append('\n');
    } else {
      out.append(lang.text("report.fund.flows", lang.money(m.fundOpening()), lang.money(m.fundDonated()),
          lang.money(m.fundPaid()), lang.money(m.fundPaidPer30Days()), Format.perMille(m.fundBurnPerMille()),
          lang.money(m.fundBalance()))).append('\n');
      FundNotice.text(out, FundNotice.of(report.fund().get(), zone, lang), "  | ");
    }
    out.append('\n');

    out.append(lang.text("report.proposals", report.proposals().total(), counts(ProposalState.values(),
        report.proposals().byState(), lang), report.proposals().overdue(), report.proposals().escalated())).append('\n');
    report.escalations().stream().limit(TOP).forEach(e -> out.append("  ").append(escalation(e, zone, lang)).append('\n'));
    if (report.escalations().size() > TOP) {
      out.append("  ").append(lang.text("report.escalations.more", report.escalations().size() - TOP)).append('\n');
    }
    out.append(lang.text("report.clues", report.clues().collected(),
        counts(ClueStatus.values(), report.clues().byStatus(), lang),
        counts(ImplementationMode.values(), report.clues().decided(), lang))).append('\n');
    commitments(out, report.commitments(), lang);
    PillarSection.text(out, report, lang);
    return out.toString();
  }

  /** Pledges outstanding, space ledgers, agreements and coverage; nothing when the run had none. */
  private static void commitments(StringBuilder out, Commitments c, ReportTexts lang) {
    if (c.isEmpty()) {
      return;
    }
    out.append('\n');
    if (!c.pledged().isZero()) {
      out.append(lang.text("report.pledges", lang.money(c.pledged()), lang.money(c.pledgePaid()),
          lang.money(c.outstanding()))).append('\n');
      c.pledges().stream().limit(TOP).forEach(p -> out.append("  ").append(lang.text("report.pledges.line",
          p.pledge(), SafeText.line(p.donor().value()), lang.money(p.amount()), lang.money(p.outstanding())))
          .append('\n'));
    }
    if (!c.spaceGrants().isEmpty()) {
      out.append(lang.text("report.space")).append('\n');
      for (Commitments.SpaceLine l : c.spaceGrants()) {
        out.append("  ").append(lang.text("report.space.line", l.grant(), SafeText.line(l.organization().value()),
            l.standing().owed().toMinutes(), l.standing().delivered().toMinutes(),
            l.standing().shortfall().toMinutes(), lang.text(l.standing().behind() ? "report.space.behind"
                : "report.space.onTrack"))).append('\n');
      }
    }
    if (!c.agreements().isEmpty()) {
      out.append(lang.text("report.agreements", c.agreements().size())).append('\n');
      for (Commitments.AgreementLine a : c.agreements()) {
        out.append("  ").append(a.latest().map(f -> lang.text("report.agreements.line", a.agreement(),
            a.community(), lang.label(a.kind()), a.reviews(), lang.label(f.level()), f.delivered().toMinutes(),
            f.owed().toMinutes())).orElseGet(() -> lang.text("report.agreements.unreviewed", a.agreement(),
                a.community(), lang.label(a.kind())))).append('\n');
      }
      for (IntegrationCoverage cov : c.coverage()) {
        StringBuilder rows = new StringBuilder();
        for (IntegrationCoverage.Row row : cov.rows()) {
          rows.append(rows.length() == 0 ? "" : lang.text("list.separator")).append(lang.text("report.coverage.row",
              SafeText.line(row.integration().name()), row.agreements(), row.services(), row.peopleReached()));
        }
        out.append("  ").append(lang.text("report.coverage", cov.community(), rows,
            cov.uncovered().isEmpty() ? lang.text("report.coverage.full") : lang.text("report.coverage.uncovered",
                Commitments.uncoveredNames(cov, lang.text("list.separator"))))).append('\n');
      }
    }
  }

  /** An escalated proposal on one line: where it was raised, its state and each step up with its date. */
  static String escalation(SimulationReport.Escalation e, ZoneId zone, ReportTexts lang) {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < e.steps().size(); i++) {
      SimulationReport.Step s = e.steps().get(i);
      steps.append(i == 0 ? "" : " → ").append(lang.text("report.escalation.step", s.to(),
          lang.date(LocalDate.ofInstant(s.at(), zone))));
    }
    return lang.text("report.escalation", e.proposal(), e.grid(), lang.label(e.state()), steps);
  }

  /** Each constant's label and count, zeros included, in the constants' order. */
  static <E extends Enum<E>> String counts(E[] constants, Map<E, Integer> counts, ReportTexts lang) {
    StringBuilder b = new StringBuilder();
    for (E c : constants) {
      b.append(b.length() == 0 ? "" : lang.text("list.separator"))
          .append(lang.text("count.pair", lang.label(c), counts.getOrDefault(c, 0)));
    }
    return b.toString();
  }

  /**
   * Renders a five-lists report (五项清单报表) in Chinese: the subtree's totals, then per channel
   * and per pillar.
   *
   * @param f the report
   * @param h the hierarchy its root belongs to, for the root's name
   * @param zone the zone whose dates the period is given in
   * @return the text, ending with a line break
   */
  public static String fiveLists(FiveListsReport f, GridHierarchy h, ZoneId zone) {
    return fiveLists(f, h, zone, Language.ZH);
  }

  /**
   * Renders a five-lists report (五项清单报表) in a language: the subtree's totals, then per
   * channel and per pillar. The period gives its last day, inclusive.
   *
   * @param f the report
   * @param h the hierarchy its root belongs to, for the root's name
   * @param zone the zone whose dates the period is given in
   * @param language the language, chosen by the caller
   * @return the text, ending with a line break
   */
  public static String fiveLists(FiveListsReport f, GridHierarchy h, ZoneId zone, Language language) {
    ReportTexts lang = ReportTexts.of(language);
    return fiveLists(f, h, zone, lang, Pillar::key);
  }

  /** The five lists with each pillar shown by the name the taxonomy gives it. */
  static String fiveLists(FiveListsReport f, GridHierarchy h, ZoneId zone, ReportTexts lang,
      Function<Pillar, String> pillarName) {
    requireNonNull(f, "f");
    requireNonNull(h, "h");
    requireNonNull(zone, "zone");
    requireNonNull(lang, "lang");
    StringBuilder out = new StringBuilder();
    out.append(lang.text("report.fiveLists", name(h, f), lang.period(LocalDate.ofInstant(f.period().start(), zone),
        LocalDate.ofInstant(f.period().end().minusNanos(1), zone)))).append('\n');
    Tally t = f.total();
    out.append("  ").append(lang.text("report.fiveLists.line", t.demands(), t.demandBeneficiaries(), f.resources(),
        f.projects(), t.services(), lang.minutes(t.effort().toMinutes()), lang.money(t.cost()), t.outcomes(),
        Format.hundredths(t.averageRatingHundredths()))).append('\n');
    int channelWidth = 10;
    for (Channel c : Channel.values()) {
      channelWidth = Math.max(channelWidth, Format.displayWidth(lang.label(c)) + 2);
    }
    for (Channel c : Channel.values()) {
      out.append("    ").append(Format.pad(lang.label(c), channelWidth)).append(tally(f.byChannel().get(c), lang))
          .append('\n');
    }
    int width = channelWidth;
    for (var p : f.byPillar().keySet()) {
      width = Math.max(width, Format.displayWidth(SafeText.line(pillarName.apply(p))) + 2);
    }
    int pillarWidth = width;
    f.byPillar().forEach((p, pt) -> out.append("    ").append(Format.pad(SafeText.line(pillarName.apply(p)), pillarWidth))
        .append(tally(pt, lang)).append('\n'));
    return out.toString();
  }

  private static void ranking(StringBuilder out, String heading, List<Ranking.Ranked> ranks) {
    out.append("  ").append(heading).append('\n');
    ranks.stream().limit(TOP).forEach(x -> out.append("    ").append(Format.padLeft(x.rank() + ".", 4)).append(' ')
        .append(Format.pad(SafeText.line(x.card().subject().value()), 20)).append(Format.padLeft(x.card().total(), 9)).append('\n'));
  }

  private static String kinds(Map<EventKind, Long> counts, ReportTexts lang) {
    StringBuilder b = new StringBuilder();
    for (EventKind k : EventKind.values()) {
      Long n = counts.get(k);
      if (n != null) {
        b.append(b.length() == 0 ? "" : " · ").append(lang.text("count.pair", lang.label(k), n));
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder out, String text) {
    int width = 0;
    out.append("  ");
    for (String word : text.split(" · ")) {
      if (width > 0 && width + Format.displayWidth(word) > 96) {
        out.append("\n  ");
        width = 0;
      } else if (width > 0) {
        out.append(" · ");
        width += 3;
      }
      out.append(word);
      width += Format.displayWidth(word);
    }
    out.append('\n');
  }

  private static String name(GridHierarchy h, FiveListsReport f) {
    return SafeText.line(h.node(f.root()).name()) + " (" + f.root() + ")";
  }

  private static String tally(Tally t, ReportTexts lang) {
    return lang.text("report.tally", Format.padLeft(String.valueOf(t.demands()), 5),
        Format.padLeft(String.valueOf(t.services()), 5), Format.padLeft(String.valueOf(t.outcomes()), 5),
        Format.hundredths(t.averageRatingHundredths()), lang.money(t.cost()));
  }
}
