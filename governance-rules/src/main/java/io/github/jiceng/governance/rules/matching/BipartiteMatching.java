package io.github.jiceng.governance.rules.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
 * <pre>{@code
 * BipartiteSolution s = BipartiteMatching.optimal(10_000, capacity, arcDemand, arcClaimant, arcScore);
 * s.total();          // the maximum total score
 * s.arcOf(42);        // the arc demand 42 took, or -1
 * }</pre>
 */
public final class BipartiteMatching {

  private BipartiteMatching() {}

  /**
   * Finds a matching of maximum total score (exact; successive shortest paths with potentials).
   *
   * @param demands the number of demands
   * @param capacity per claimant, how many demands it takes; not negative
   * @param arcDemand per arc, its demand
   * @param arcClaimant per arc, its claimant
   * @param arcScore per arc, its score
   * @return the matching; never null
   * @throws IllegalArgumentException if the arrays differ in length or an index is out of range
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
   * @param demands the number of demands
   * @param capacity per claimant, how many demands it takes; not negative
   * @param arcDemand per arc, its demand
   * @param arcClaimant per arc, its claimant
   * @param arcScore per arc, its score
   * @return the matching; never null
   * @throws IllegalArgumentException if the arrays differ in length or an index is out of range
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
    checkArgument(demands >= 0, "demands must not be negative: %s", demands);
    checkArgument(arcDemand.length == arcClaimant.length && arcDemand.length == arcScore.length,
        "arc arrays differ in length: %s, %s, %s", arcDemand.length, arcClaimant.length, arcScore.length);
    int claimants = capacity.length;
    for (int j = 0; j < claimants; j++) {
      checkArgument(capacity[j] >= 0, "capacity of claimant %s is negative: %s", j, capacity[j]);
    }
    for (int a = 0; a < arcDemand.length; a++) {
      checkArgument(arcDemand[a] >= 0 && arcDemand[a] < demands, "arc %s: demand %s out of range", a, arcDemand[a]);
      checkArgument(arcClaimant[a] >= 0 && arcClaimant[a] < claimants, "arc %s: claimant %s out of range", a,
          arcClaimant[a]);
    }
  }
}
