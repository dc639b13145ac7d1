package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.simulation.EventKind;
import io.github.jiceng.governance.rules.assessment.Ranking;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The plain-text rendering of a {@link SimulationReport}, what {@code governance simulate} prints:
 * deterministic, ids only (never names of people), lines separated by {@code \n}.
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
   * Renders the report.
   *
   * @param report the report
   * @return the text, ending with a line break
   */
  public static String render(SimulationReport report) {
    requireNonNull(report, "report");
    SimulationResult r = report.result();
    GridHierarchy h = r.scenario().hierarchy();
    ZoneId zone = r.scenario().parameters().zone();
    RunMetrics m = report.metrics();
    StringBuilder out = new StringBuilder();
    LocalDate first = r.scenario().parameters().start();
    LocalDate last = first.plusDays(r.days() - 1L);
    out.append("Simulation ").append(SafeText.line(r.scenario().name())).append(" · seed ").append(r.seed()).append(" · ")
        .append(first).append(" to ").append(last).append(" (").append(r.days()).append(" days, ").append(zone)
        .append(") · ").append(r.options().matching()).append(" matching · ")
        .append(r.options().checkInvariants() ? "every invariant checked after every day" : "invariants not checked")
        .append('\n');
    out.append("Roster audit (双重层级核查): ").append(r.audit().violations().isEmpty() ? "complete, no violation"
        : r.audit().violations().size() + " violation(s), first: "
        + SafeText.line(r.audit().violations().get(0).toString())).append('\n');
    out.append("Events: ").append(Format.count(r.eventCount())).append('\n');
    line(out, kinds(r.eventsByKind()));
    out.append('\n');

    out.append(fiveLists(report.fiveLists(), h, zone));
    if (!report.partitions().isEmpty()) {
      out.append("  per ").append(r.scenario().parameters().partitionLevel().toLowerCase(java.util.Locale.ROOT))
          .append(":\n");
      int width = 28;
      for (FiveListsReport p : report.partitions()) {
        width = Math.max(width, Format.displayWidth(name(h, p)) + 2);
      }
      for (FiveListsReport p : report.partitions()) {
        out.append("    ").append(Format.pad(name(h, p), width)).append(tally(p.total())).append('\n');
      }
    }
    out.append("  served ").append(Format.perMille(m.serviceRatePerMille())).append(" (").append(m.demandsClosed())
        .append(" closed of ").append(m.demandsRaised()).append(" raised; ").append(m.demandsRejected())
        .append(" rejected, ").append(m.demandsWithdrawn()).append(" withdrawn, ").append(m.demandsOpen())
        .append(" open); mean wait to claim ").append(Format.minutes(m.meanWaitingMinutes())).append('\n');
    out.append('\n');

    out.append("闪闪红星 Red-star points: ").append(Format.count(m.pointsIssued())).append(" issued to ")
        .append(m.pointsEarners()).append(" earners (").append(m.pointsPerEarner()).append(" each), ")
        .append(Format.count(m.pointsRedeemed())).append(" redeemed, ").append(Format.count(m.pointsExpired()))
        .append(" expired, ").append(Format.count(m.pointsOutstanding())).append(" outstanding\n");
    report.pointsRanking().stream().limit(TOP).forEach(p -> out.append("  ").append(Format.padLeft(p.rank() + ".", 4))
        .append(' ').append(Format.pad(SafeText.line(p.actor().value()), 20)).append(Format.padLeft(p.earned().value() + " pt", 9))
        .append("  balance ").append(p.balance().value()).append(p.grade().map(g -> "  " + SafeText.line(g.name())).orElse(""))
        .append('\n'));
    out.append("量化考核 Assessment within ").append(SafeText.line(h.node(r.scenario().root()).name())).append(" (")
        .append(r.scenario().root()).append(")\n");
    ranking(out, "party members", r.memberRanking());
    ranking(out, "units", r.unitRanking());
    out.append('\n');

    out.append("共建实践金 Co-building fund: ");
    if (report.notice().isEmpty()) {
      out.append("none in this scenario\n");
    } else {
      out.append("held ").append(m.fundOpening()).append(" at the start; during the run donated ").append(m.fundDonated()).append(", paid ").append(m.fundPaid()).append(" (")
          .append(m.fundPaidPer30Days()).append(" per 30 days, ").append(Format.perMille(m.fundBurnPerMille()))
          .append(" of what came in), holds ").append(m.fundBalance()).append('\n');
      for (String l : report.notice().get().split("\n")) {
        out.append("  | ").append(SafeText.line(l)).append('\n');
      }
    }
    out.append('\n');

    out.append("提案 Proposals: ").append(report.proposals().total()).append(" received; ");
    for (ProposalState s : ProposalState.values()) {
      out.append(s.chinese()).append(' ').append(report.proposals().byState().getOrDefault(s, 0)).append(' ');
    }
    out.append("; ").append(report.proposals().overdue()).append(" overdue at the end, ")
        .append(report.proposals().escalated()).append(" escalated\n");
    report.escalations().stream().limit(TOP).forEach(e -> {
      out.append("  ").append(e.proposal()).append(" raised at ").append(e.grid()).append(", now ")
          .append(e.state().chinese()).append(": ");
      for (int i = 0; i < e.steps().size(); i++) {
        SimulationReport.Step s = e.steps().get(i);
        out.append(i == 0 ? "" : " → ").append(s.to()).append(" (").append(LocalDate.ofInstant(s.at(), zone))
            .append(')');
      }
      out.append('\n');
    });
    if (report.escalations().size() > TOP) {
      out.append("  ... and ").append(report.escalations().size() - TOP).append(" more escalated\n");
    }
    out.append("问题线索 Issue clues: ").append(report.clues().collected()).append(" collected; ");
    for (ClueStatus s : ClueStatus.values()) {
      out.append(s).append(' ').append(report.clues().byStatus().getOrDefault(s, 0)).append(' ');
    }
    out.append("; decided ");
    for (ImplementationMode mode : ImplementationMode.values()) {
      out.append(mode).append(' ').append(report.clues().decided().getOrDefault(mode, 0)).append(' ');
    }
    out.append('\n');
    return out.toString();
  }

  /**
   * Renders a five-lists report (五项清单报表): the subtree's totals, then per channel and per pillar.
   *
   * @param f the report
   * @param h the hierarchy its root belongs to, for the root's name
   * @param zone the zone whose dates the period is given in
   * @return the text, ending with a line break
   */
  public static String fiveLists(FiveListsReport f, GridHierarchy h, ZoneId zone) {
    requireNonNull(f, "f");
    requireNonNull(h, "h");
    requireNonNull(zone, "zone");
    StringBuilder out = new StringBuilder();
    out.append("五项清单 Five lists of ").append(name(h, f)).append(", ")
        .append(LocalDate.ofInstant(f.period().start(), zone)).append(" to ")
        .append(LocalDate.ofInstant(f.period().end().minusNanos(1), zone)).append('\n');
    five(out, f, "  ");
    for (Channel c : Channel.values()) {
      Tally t = f.byChannel().get(c);
      out.append("    ").append(Format.pad(c.name(), 10)).append(tally(t)).append('\n');
    }
    int width = 32;
    for (var p : f.byPillar().keySet()) {
      width = Math.max(width, Format.displayWidth(SafeText.line(p.key())) + 2);
    }
    int pillarWidth = width;
    f.byPillar().forEach((p, t) -> out.append("    ").append(Format.pad(SafeText.line(p.key()), pillarWidth))
        .append(tally(t)).append('\n'));
    return out.toString();
  }

  private static void ranking(StringBuilder out, String who, List<Ranking.Ranked> ranks) {
    out.append("  ").append(who).append(" (").append(ranks.size()).append("):\n");
    ranks.stream().limit(TOP).forEach(x -> out.append("    ").append(Format.padLeft(x.rank() + ".", 4)).append(' ')
        .append(Format.pad(SafeText.line(x.card().subject().value()), 20)).append(Format.padLeft(x.card().total(), 9)).append('\n'));
  }

  private static String kinds(Map<EventKind, Long> counts) {
    StringBuilder b = new StringBuilder();
    for (EventKind k : EventKind.values()) {
      Long n = counts.get(k);
      if (n != null) {
        b.append(b.length() == 0 ? "" : " · ").append(k).append(' ').append(n);
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder out, String text) {
    int width = 0;
    out.append("  ");
    for (String word : text.split(" · ")) {
      if (width > 0 && width + word.length() > 96) {
        out.append("\n  ");
        width = 0;
      } else if (width > 0) {
        out.append(" · ");
        width += 3;
      }
      out.append(word);
      width += word.length();
    }
    out.append('\n');
  }

  private static String name(GridHierarchy h, FiveListsReport f) {
    return SafeText.line(h.node(f.root()).name()) + " (" + f.root() + ")";
  }

  private static void five(StringBuilder out, FiveListsReport f, String indent) {
    Tally t = f.total();
    out.append(indent).append("需求 demands ").append(t.demands()).append(" for ").append(t.demandBeneficiaries())
        .append(" people · 资源 resources ").append(f.resources()).append(" · 项目 projects ").append(f.projects())
        .append(" · 服务 services ").append(t.services()).append(" (").append(Format.minutes(t.effort().toMinutes()))
        .append(", ").append(t.cost()).append(") · 成效 outcomes ").append(t.outcomes()).append(" (mean rating ")
        .append(Format.hundredths(t.averageRatingHundredths())).append(")\n");
  }

  private static String tally(Tally t) {
    Money cost = t.cost();
    return "demands " + Format.padLeft(String.valueOf(t.demands()), 5) + "  services "
        + Format.padLeft(String.valueOf(t.services()), 5) + "  outcomes " + Format.padLeft(String.valueOf(t.outcomes()), 5)
        + "  rating " + Format.hundredths(t.averageRatingHundredths()) + "  cost " + cost;
  }
}
