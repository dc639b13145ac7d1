package io.github.jiceng.governance.rules.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.matching.internal.Matchings;

/**
 * Matching on plain arrays, for platforms that keep demands and claimants as indices: the same two
 * solvers {@link Matcher} uses, without the domain types.
 *
 * <p>Arc {@code a} joins demand {@code arcDemand[a]} (0 to {@code demands - 1}) to claimant
 * {@code arcClaimant[a]} (0 to {@code capacity.length - 1}) and is worth {@code arcScore[a]}. Each
 * demand takes at most one arc, each claimant at most its capacity. Arcs of score 0 or less are
 * never taken. Ties break on arc order, so the same arrays always give the same answer.
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>demands: 0 to {@link #MAX_DEMANDS};
 *   <li>claimants ({@code capacity.length}): 0 to {@link #MAX_CLAIMANTS};
 *   <li>arcs: 0 to {@link #MAX_ARCS};
 *   <li>a capacity: 0 to {@code Integer.MAX_VALUE};
 *   <li>a score: {@code -MAX_SCORE} to {@link #MAX_SCORE}.
 * </ul>
 *
 * <p>Within them no total can overflow ({@code MAX_DEMANDS * MAX_SCORE} is 2<sup>62</sup>) and the
 * exact engine's potentials stay within 0 to {@code MAX_SCORE} and its path lengths below
 * {@code 3 * MAX_SCORE}. Arrays outside them are
 * refused with a {@link DomainValidationException} naming the array (and the index) and the rule
 * broken: {@code count-limit}, {@code same-length}, {@code index-range}, {@code capacity-range} or
 * {@code score-range}.
 *
 * <pre>{@code
 * BipartiteSolution s = BipartiteMatching.optimal(10_000, capacity, arcDemand, arcClaimant, arcScore);
 * s.total();          // the maximum total score
 * s.arcOf(42);        // the arc demand 42 took, or -1
 * }</pre>
 */
public final class BipartiteMatching {

  /** The most demands: 2<sup>20</sup> = 1,048,576. */
  public static final int MAX_DEMANDS = 1 << 20;

  /** The most claimants: 2<sup>20</sup> = 1,048,576. */
  public static final int MAX_CLAIMANTS = 1 << 20;

  /** The most arcs: 2<sup>26</sup> = 67,108,864. */
  public static final int MAX_ARCS = 1 << 26;

  /**
   * The largest score of an arc, and the negation of the smallest: 2<sup>42</sup> =
   * 4,398,046,511,104, so that {@link #MAX_DEMANDS} arcs of it sum to 2<sup>62</sup>.
   */
  public static final long MAX_SCORE = 1L << 42;

  private static final String SUBJECT = "BipartiteMatching";

  private BipartiteMatching() {}

  /**
   * Finds a matching of maximum total score (exact; successive shortest paths with potentials).
   *
   * @param demands the number of demands, 0 to {@link #MAX_DEMANDS}
   * @param capacity per claimant, how many demands it takes, 0 to {@code Integer.MAX_VALUE}; at
   *     most {@link #MAX_CLAIMANTS} claimants
   * @param arcDemand per arc, its demand; at most {@link #MAX_ARCS} arcs
   * @param arcClaimant per arc, its claimant
   * @param arcScore per arc, its score, {@code -MAX_SCORE} to {@link #MAX_SCORE}
   * @return the matching; never null
   * @throws DomainValidationException if a count, capacity or score is outside its limit, the arc
   *     arrays differ in length or an index is out of range
   */
  public static BipartiteSolution optimal(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant,
      long[] arcScore) {
    check(demands, capacity, arcDemand, arcClaimant, arcScore);
    int[] chosen = Matchings.optimal(demands, capacity.length, arcDemand, arcClaimant, arcScore, capacity,
        Integer.MAX_VALUE);
    return new BipartiteSolution(chosen, arcClaimant, arcScore);
  }

  /**
   * Finds a matching greedily: arcs by descending score (a counting sort when scores span a small
   * range), each taken while its demand is free and its claimant has room. A ½-approximation: its
   * total is at least half the optimum's.
   *
   * @param demands the number of demands, 0 to {@link #MAX_DEMANDS}
   * @param capacity per claimant, how many demands it takes, 0 to {@code Integer.MAX_VALUE}; at
   *     most {@link #MAX_CLAIMANTS} claimants
   * @param arcDemand per arc, its demand; at most {@link #MAX_ARCS} arcs
   * @param arcClaimant per arc, its claimant
   * @param arcScore per arc, its score, {@code -MAX_SCORE} to {@link #MAX_SCORE}
   * @return the matching; never null
   * @throws DomainValidationException if a count, capacity or score is outside its limit, the arc
   *     arrays differ in length or an index is out of range
   */
  public static BipartiteSolution greedy(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant,
      long[] arcScore) {
    check(demands, capacity, arcDemand, arcClaimant, arcScore);
    int[] chosen = Matchings.greedy(demands, capacity.length, arcDemand, arcClaimant, arcScore, capacity, null, 0,
        Integer.MAX_VALUE);
    return new BipartiteSolution(chosen, arcClaimant, arcScore);
  }

  private static void check(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant, long[] arcScore) {
    requireNonNull(capacity, "capacity");
    requireNonNull(arcDemand, "arcDemand");
    requireNonNull(arcClaimant, "arcClaimant");
    requireNonNull(arcScore, "arcScore");
    if (demands < 0 || demands > MAX_DEMANDS) {
      throw refused(new Violation(SUBJECT, "demands", "count-limit",
          "the demands number 0 to " + MAX_DEMANDS + ", was " + demands + (demands < 0 ? " (negative)" : ""))
                  .with("limit", MAX_DEMANDS).with("count", demands));
    }
    int claimants = capacity.length;
    if (claimants > MAX_CLAIMANTS) {
      throw refused(new Violation(SUBJECT, "capacity", "count-limit",
          "at most " + MAX_CLAIMANTS + " claimants, was " + claimants)
              .with("limit", MAX_CLAIMANTS).with("count", claimants));
    }
    if (arcDemand.length > MAX_ARCS) {
      throw refused(new Violation(SUBJECT, "arcDemand", "count-limit",
          "at most " + MAX_ARCS + " arcs, was " + arcDemand.length)
              .with("limit", MAX_ARCS).with("count", arcDemand.length));
    }
    if (arcDemand.length != arcClaimant.length || arcDemand.length != arcScore.length) {
      throw refused(new Violation(SUBJECT, "arcClaimant", "same-length",
          "the arc arrays differ in length: " + arcDemand.length + ", "
          + arcClaimant.length + ", " + arcScore.length));
    }
    for (int j = 0; j < claimants; j++) {
      if (capacity[j] < 0) {
        throw refused(new Violation(SUBJECT, "capacity[" + j + "]", "capacity-range",
            "a capacity is 0 to " + Integer.MAX_VALUE + ", was " + capacity[j] + " (negative)")
                    .with("min", 0).with("max", Integer.MAX_VALUE).with("value", capacity[j]));
      }
    }
    for (int a = 0; a < arcDemand.length; a++) {
      if (arcDemand[a] < 0 || arcDemand[a] >= demands) {
        throw refused(new Violation(SUBJECT, "arcDemand[" + a + "]", "index-range",
            "arc " + a + ": demand " + arcDemand[a]
            + " out of range 0 to " + (demands - 1))
                    .with("min", 0).with("max", demands - 1).with("value", arcDemand[a]));
      }
      if (arcClaimant[a] < 0 || arcClaimant[a] >= claimants) {
        throw refused(new Violation(SUBJECT, "arcClaimant[" + a + "]", "index-range",
            "arc " + a + ": claimant " + arcClaimant[a]
            + " out of range 0 to " + (claimants - 1))
                    .with("min", 0).with("max", claimants - 1).with("value", arcClaimant[a]));
      }
    }
    // the range of all scores in one branch-free pass; the offending index only when there is one
    long min = 0;
    long max = 0;
    for (long s : arcScore) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    if (max > MAX_SCORE || min < -MAX_SCORE) {
      for (int a = 0; a < arcScore.length; a++) {
        long s = arcScore[a];
        if (s > MAX_SCORE || s < -MAX_SCORE) {
          throw refused(new Violation(SUBJECT, "arcScore[" + a + "]", "score-range",
              "a score is " + -MAX_SCORE + " to " + MAX_SCORE + ", was " + s)
                      .with("min", -MAX_SCORE).with("max", MAX_SCORE).with("value", s));
        }
      }
    }
  }

  private static DomainValidationException refused(Violation violation) {
    return new DomainValidationException(violation);
  }
}
