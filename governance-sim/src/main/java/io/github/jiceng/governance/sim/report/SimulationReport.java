package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.NoticeBoard;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The report of one simulation run (模拟报告), computed by the rules from the run's result: the
 * source article's figures checked against the scenario as the run started (文章数据核对), the
 * five lists of the report's subtree and of each partition, the red-star ranking by points and
 * by assessment, the fund's transparency report and its notice-board text, the proposals with
 * their escalations, the issue clues, and the run's metrics. Text, JSON and HTML renderings all
 * start from this value, so they cannot disagree.
 *
 * @param result the run
 * @param metrics its figures
 * @param fiveLists the five-lists report of the report's subtree over the run
 * @param partitions the five-lists report of each matching partition (community) in the subtree
 * @param pointsRanking the accounts by points earned in the run, most first, ties by actor
 * @param fund the fund's transparency report from its launch to the end of the run, if it has a fund
 * @param notice the transparency report as notice-board text (公示), if it has a fund
 * @param proposals the proposals' figures at the end
 * @param escalations every proposal escalated at least once, by id
 * @param clues the issue clues' figures at the end
 * @param article the article's figures checked against the scenario as it stood when the run started
 */
public record SimulationReport(SimulationResult result, RunMetrics metrics, FiveListsReport fiveLists,
    List<FiveListsReport> partitions, List<PointsRow> pointsRanking, Optional<TransparencyReport> fund,
    Optional<String> notice, ProposalSummary proposals, List<Escalation> escalations, ClueSummary clues,
    ArticleCheck article) {

  /** Checks that nothing is null and copies the lists. */
  public SimulationReport {
    requireNonNull(result, "result");
    requireNonNull(metrics, "metrics");
    requireNonNull(fiveLists, "fiveLists");
    requireNonNull(fund, "fund");
    requireNonNull(notice, "notice");
    requireNonNull(proposals, "proposals");
    requireNonNull(clues, "clues");
    requireNonNull(article, "article");
    partitions = List.copyOf(partitions);
    pointsRanking = List.copyOf(pointsRanking);
    escalations = List.copyOf(escalations);
  }

  /**
   * One account of the points ranking.
   *
   * @param rank 1 for the most points; equal points share a rank
   * @param actor the person or unit
   * @param earned points earned in the run
   * @param balance points held at the end
   * @param grade the red-star grade the points earned reach, if any
   */
  public record PointsRow(int rank, ActorId actor, Points earned, Points balance, Optional<StarGrade> grade) {
    /** Checks that nothing is null. */
    public PointsRow {
      requireNonNull(actor, "actor");
      requireNonNull(earned, "earned");
      requireNonNull(balance, "balance");
      requireNonNull(grade, "grade");
    }
  }

  /**
   * A proposal escalated up the hierarchy (逐级上报).
   *
   * @param proposal the proposal
   * @param grid where it was raised
   * @param state its state at the end
   * @param steps each escalation: when and to which grid node
   */
  public record Escalation(ProposalId proposal, GridId grid, ProposalState state, List<Step> steps) {
    /** Checks that nothing is null and copies the steps. */
    public Escalation {
      requireNonNull(proposal, "proposal");
      requireNonNull(grid, "grid");
      requireNonNull(state, "state");
      steps = List.copyOf(steps);
    }
  }

  /**
   * One escalation.
   *
   * @param at when the level fell due
   * @param to the grid node it reached
   */
  public record Step(Instant at, GridId to) {
    /** Checks that nothing is null. */
    public Step {
      requireNonNull(at, "at");
      requireNonNull(to, "to");
    }
  }

  /**
   * Computes the report of a run.
   *
   * @param r the run
   * @return the report
   */
  public static SimulationReport of(SimulationResult r) {
    requireNonNull(r, "r");
    GridHierarchy h = r.scenario().hierarchy();
    GridId root = r.root();
    Interval period = r.period();
    FiveListsReport total = FiveListsReport.of(r.fiveLists(), h, root, period);
    List<FiveListsReport> parts = new ArrayList<>();
    String level = r.parameters().partitionLevel();
    if (h.scheme().level(level).isPresent()) {
      for (GridId p : h.nodesAtLevel(level, root)) {
        parts.add(FiveListsReport.of(r.fiveLists(), h, p, period));
      }
    }
    List<AccountTotals> totals = new ArrayList<>(r.pointsTotals());
    totals.sort(Comparator.comparing(AccountTotals::earned).reversed().thenComparing(AccountTotals::actor));
    List<PointsRow> ranking = new ArrayList<>();
    for (int i = 0; i < totals.size(); i++) {
      AccountTotals t = totals.get(i);
      boolean tie = i > 0 && t.earned().equals(totals.get(i - 1).earned());
      ranking.add(new PointsRow(tie ? ranking.get(i - 1).rank() : i + 1, t.actor(), t.earned(), t.balance(),
          r.pointsPolicy().grade(t.earned())));
    }
    Optional<TransparencyReport> fund = r.fundBook().map(book -> TransparencyReports.of(book, fundPeriod(book, period)));
    Optional<String> notice = fund.map(t -> NoticeBoard.render(t, r.parameters().zone()));
    ProposalSummary proposals = ProposalDesk.summarize(r.proposals(), r.handlingPolicy(), period.end());
    List<Escalation> escalations = new ArrayList<>();
    for (ProposalRecord p : r.proposals()) {
      List<Step> steps = new ArrayList<>();
      for (ProposalEvent e : p.events()) {
        if (e.kind() == ProposalEvent.Kind.ESCALATED) {
          steps.add(new Step(e.at(), e.grid()));
        }
      }
      if (!steps.isEmpty()) {
        escalations.add(new Escalation(p.id(), p.proposal().grid(), p.state(), steps));
      }
    }
    return new SimulationReport(r, RunMetrics.of(r), total, parts, ranking, fund, notice, proposals, escalations,
        clueSummary(r.clues()), ArticleCheck.of(r));
  }

  /**
   * Returns what the run's promises came to: outstanding pledges, the space-for-service ledgers,
   * the co-building agreements' latest reviews and the integrations' coverage ({@link Commitments}).
   *
   * @return the commitments, computed from the result
   */
  public Commitments commitments() {
    return Commitments.of(result);
  }

  /** The figures of every register added up: each register is one partition's. */
  static ClueSummary clueSummary(List<ClueRegister> registers) {
    int collected = 0;
    java.util.SortedMap<io.github.jiceng.governance.model.clue.ClueCategory, Integer> byCategory = new java.util.TreeMap<>();
    Map<ClueStatus, Integer> byStatus = new EnumMap<>(ClueStatus.class);
    Map<ImplementationMode, Integer> decided = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Integer> completed = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> expected = new EnumMap<>(ImplementationMode.class);
    Map<ImplementationMode, Long> served = new EnumMap<>(ImplementationMode.class);
    for (ClueRegister reg : registers) {
      ClueSummary s = reg.summary();
      collected += s.collected();
      s.byCategory().forEach((k, v) -> byCategory.merge(k, v, Integer::sum));
      s.byStatus().forEach((k, v) -> byStatus.merge(k, v, Integer::sum));
      s.decided().forEach((k, v) -> decided.merge(k, v, Integer::sum));
      s.completed().forEach((k, v) -> completed.merge(k, v, Integer::sum));
      s.expectedBeneficiaries().forEach((k, v) -> expected.merge(k, v, Long::sum));
      s.servedBeneficiaries().forEach((k, v) -> served.merge(k, v, Long::sum));
    }
    return new ClueSummary(collected, byCategory, byStatus, decided, completed, expected, served);
  }

  /**
   * From the earlier of the fund's launch and the run's start to the run's end: every entry of
   * the book falls in it.
   */
  static Interval fundPeriod(FundBook book, Interval run) {
    Instant launched = book.fund().launchedAt();
    return Interval.of(launched.isBefore(run.start()) ? launched : run.start(), run.end());
  }
}
