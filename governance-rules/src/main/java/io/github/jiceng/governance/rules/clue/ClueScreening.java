package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.IssueClue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Help for screening (归类筛选): which clues look like reports of the same problem, and which
 * evaluated clues to act on first. Both only suggest; the register records the decisions.
 */
public final class ClueScreening {

  private static final Comparator<IssueClue> BY_REPORT =
      Comparator.comparing(IssueClue::reportedAt).thenComparing(IssueClue::id);

  private ClueScreening() {}

  /**
   * Groups clues of the same grid node, category and topic: likely reports of one problem. Clues
   * without a topic are never grouped.
   *
   * @param clues the clues
   * @return the groups of two or more, each in report order (the first is the suggested primary),
   *     ordered by their first clue's report
   */
  public static List<List<ClueId>> suggestDuplicates(Collection<IssueClue> clues) {
    DomainChecks.noNullElements(clues, "clues");
    requireNonNull(clues, "clues");
    Map<String, List<IssueClue>> groups = new TreeMap<>();
    for (IssueClue c : clues) {
      c.topic().ifPresent(t -> groups.computeIfAbsent(c.grid() + "\u0000" + c.category() + "\u0000" + t,
          k -> new ArrayList<>()).add(c));
    }
    List<List<IssueClue>> found = new ArrayList<>();
    for (List<IssueClue> g : groups.values()) {
      if (g.size() > 1) {
        g.sort(BY_REPORT);
        found.add(g);
      }
    }
    found.sort(Comparator.comparing(g -> g.get(0), BY_REPORT));
    List<List<ClueId>> out = new ArrayList<>(found.size());
    for (List<IssueClue> g : found) {
      out.add(g.stream().map(IssueClue::id).toList());
    }
    return List.copyOf(out);
  }

  /**
   * Orders evaluated clues for decision: by priority (most urgent first), then by the number of
   * reports (群众反映集中 first), then by expected beneficiaries per yuan of estimated cost (a
   * clue costing nothing first), then by id.
   *
   * @param cases the cases; those not {@code EVALUATED} are left out
   * @return the evaluated cases in decision order
   */
  public static List<ClueCase> rank(Collection<ClueCase> cases) {
    DomainChecks.noNullElements(cases, "cases");
    requireNonNull(cases, "cases");
    Comparator<ClueCase> order = Comparator.<ClueCase, Integer>comparing(c -> c.evaluation().orElseThrow().priority().ordinal())
        .thenComparing(Comparator.comparingInt(ClueCase::reports).reversed())
        .thenComparing(ClueScreening::valueForMoney)
        .thenComparing(ClueCase::id);
    return cases.stream()
        .filter(c -> c.status() == ClueStatus.EVALUATED)
        .sorted(order)
        .toList();
  }

  /** Compares beneficiaries per fen without division: higher ratio first; zero cost first of all. */
  private static int valueForMoney(ClueCase a, ClueCase b) {
    long ca = a.evaluation().orElseThrow().estimatedCost().fen();
    long cb = b.evaluation().orElseThrow().estimatedCost().fen();
    long ba = a.evaluation().orElseThrow().expectedBeneficiaries();
    long bb = b.evaluation().orElseThrow().expectedBeneficiaries();
    if (ca == 0 || cb == 0) {
      return ca == cb ? Long.compare(bb, ba) : (ca == 0 ? -1 : 1);
    }
    // ba/ca > bb/cb  <=>  ba*cb > bb*ca
    return BigInteger.valueOf(bb).multiply(BigInteger.valueOf(ca)).compareTo(BigInteger.valueOf(ba).multiply(BigInteger.valueOf(cb)));
  }
}
