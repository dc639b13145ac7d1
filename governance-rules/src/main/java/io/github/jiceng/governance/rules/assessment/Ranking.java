package io.github.jiceng.governance.rules.assessment;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.assessment.Scorecard;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranks scorecards within a grid subtree (辖区排名): only cards assessed in the root or below it
 * take part; higher totals rank first; equal totals share a rank (competition ranking: 1, 2, 2,
 * 4) and are listed persons first, then by id, so the order never depends on input order.
 *
 * <pre>{@code
 * List<Ranking.Ranked> ranks = Ranking.within(hierarchy, GridId.of("baiyun"), cards);
 * }</pre>
 */
public final class Ranking {

  private static final Comparator<Scorecard> ORDER =
      Comparator.comparingLong(Scorecard::totalCenti).reversed().thenComparing(Scorecard::subject);

  private Ranking() {}

  /**
   * One ranked scorecard.
   *
   * @param rank 1 for the highest total; equal totals share a rank
   * @param card the scorecard
   */
  public record Ranked(int rank, Scorecard card) {
    /** Validates the entry. */
    public Ranked {
      requireNonNull(card, "card");
      if (rank < 1) {
        throw new DomainValidationException(new Violation("Ranked", "rank", "positive",
            "ranks start at 1: " + rank).with("value", rank));
      }
    }
  }

  /**
   * Ranks the scorecards assessed in {@code root}'s subtree.
   *
   * @param hierarchy the grids
   * @param root the subtree's root
   * @param cards scorecards of one period, one per subject
   * @return the ranked cards; unmodifiable
   * @throws DomainValidationException if a card's grid or the root is not in the hierarchy, the
   *     cards are of different periods, or a subject has two cards
   */
  public static List<Ranked> within(GridHierarchy hierarchy, GridId root, Collection<Scorecard> cards) {
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(root, "root");
    requireNonNull(cards, "cards");
    if (!(hierarchy.contains(root))) {
      throw new DomainValidationException("Ranking", "root", "grid-exists",
          "the hierarchy has no grid " + root);
    }
    int rootPosition = hierarchy.position(root);
    List<Scorecard> inside = new ArrayList<>();
    Set<Object> subjects = new HashSet<>();
    Scorecard first = null;
    for (Scorecard c : cards) {
      if (!(hierarchy.contains(c.grid()))) {
        throw new DomainValidationException("Ranking", "cards", "grid-exists",
            "the hierarchy has no grid " + c.grid() + " (card of " + c.subject() + ")");
      }
      if (first == null) {
        first = c;
      }
      if (!(c.period().equals(first.period()))) {
        throw new DomainValidationException("Ranking", "cards", "same-period",
            "cards of different periods: " + first.period() + " and " + c.period());
      }
      if (!(subjects.add(c.subject()))) {
        throw new DomainValidationException("Ranking", "cards", "one-card-per-subject",
            c.subject() + " has two scorecards");
      }
      int p = hierarchy.position(c.grid());
      if (p == rootPosition || hierarchy.isAncestorOf(rootPosition, p)) {
        inside.add(c);
      }
    }
    inside.sort(ORDER);
    List<Ranked> out = new ArrayList<>(inside.size());
    for (int i = 0; i < inside.size(); i++) {
      boolean tie = i > 0 && inside.get(i).totalCenti() == inside.get(i - 1).totalCenti();
      out.add(new Ranked(tie ? out.get(i - 1).rank() : i + 1, inside.get(i)));
    }
    return Collections.unmodifiableList(out);
  }
}
