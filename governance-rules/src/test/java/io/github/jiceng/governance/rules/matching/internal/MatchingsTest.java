package io.github.jiceng.governance.rules.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The solvers over arc lists: the greedy order, the greedy's count limit and the exact solver's score range. */
final class MatchingsTest {

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  /** Scores over a narrow range (the counting sort), a wide one (the merge sort) or the ends of a long. */
  private static long[] scores(SplittableRandom r) {
    int m = r.nextInt(4) == 0 ? r.nextInt(17) : r.nextInt(200);
    long[] s = new long[m];
    int kind = r.nextInt(3);
    for (int a = 0; a < m; a++) {
      s[a] = switch (kind) {
        case 0 -> r.nextInt(6) - 2;
        case 1 -> r.nextInt(3) == 0 ? 7 : r.nextLong(-(1L << 50), 1L << 50);
        default -> r.nextBoolean() ? Long.MAX_VALUE - r.nextInt(3) : Long.MIN_VALUE + r.nextInt(3);
      };
    }
    return s;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theGreedyOrderIsByDescendingScoreThenByArc(long seed) {
    long[] score = scores(new SplittableRandom(seed));
    int[] expected = IntStream.range(0, score.length).boxed()
        .sorted(Comparator.<Integer>comparingLong(a -> score[a]).reversed().thenComparingInt(a -> a))
        .mapToInt(Integer::intValue).toArray();

    assertThat(Matchings.descendingByScore(score)).as("seed %s", seed).containsExactly(expected);
  }

  @Test
  void theGreedyStopsAtTheMostDemandsItMayMatch() {
    // three demands, one claimant each, scores 9 > 8 > 7
    int[] arcDemand = {0, 1, 2};
    int[] arcClaimant = {0, 1, 2};
    long[] score = {8, 9, 7};
    int[] capacity = {1, 1, 1};

    assertThat(Matchings.greedy(3, 3, arcDemand, arcClaimant, score, capacity, null, 0, 2))
        .containsExactly(0, 1, -1);
    assertThat(Matchings.greedy(3, 3, arcDemand, arcClaimant, score, capacity, null, 0, 0))
        .containsExactly(-1, -1, -1);
    assertThat(Matchings.greedy(3, 3, arcDemand, arcClaimant, score, capacity, null, 0, 3))
        .containsExactly(0, 1, 2);
  }

  @Test
  void theGreedySpendsUpToTheBudgetExactlyAndSkipsWhatItCannotAfford() {
    int[] arcDemand = {0, 1, 2};
    int[] arcClaimant = {0, 0, 0};
    long[] score = {9, 8, 7};
    long[] cost = {50, 60, 50};

    assertThat(Matchings.greedy(3, 1, arcDemand, arcClaimant, score, new int[] {3}, cost, 100, 3))
        .as("the second arc no longer fits, the third spends the budget to the fen").containsExactly(0, -1, 2);
  }

  @Test
  void theExactSolverTakesScoresBelowItsEnginesLargestAndRefusesThatScore() {
    long below = ShortestPathSolver.MAX_SCORE - 1;
    assertThat(Matchings.optimal(1, 1, new int[] {0}, new int[] {0}, new long[] {below}, new int[] {1}, 0))
        .containsExactly(-1);
    assertThat(Matchings.optimal(1, 1, new int[] {0}, new int[] {0}, new long[] {below}, new int[] {1}, 1))
        .containsExactly(0);
    assertThatThrownBy(() -> Matchings.optimal(1, 1, new int[] {0}, new int[] {0},
        new long[] {ShortestPathSolver.MAX_SCORE}, new int[] {1}, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Long.toString(ShortestPathSolver.MAX_SCORE));
  }

  @Test
  void theExactSolverUnderACountLimitKeepsTheBestDemands() {
    // demand 0 is worth nothing; of demands 1 to 3 the limit of two keeps the two best
    int[] arcDemand = {0, 1, 2, 3};
    int[] arcClaimant = {0, 0, 1, 1};
    long[] score = {0, 5, 9, 7};
    int[] capacity = {2, 2};

    assertThat(Matchings.optimal(4, 2, arcDemand, arcClaimant, score, capacity, 2)).containsExactly(-1, -1, 2, 3);
    assertThat(Matchings.optimal(4, 2, arcDemand, arcClaimant, score, capacity, 3)).containsExactly(-1, 1, 2, 3);
    assertThat(Matchings.optimal(4, 2, arcDemand, arcClaimant, score, capacity, 1)).containsExactly(-1, -1, 2, -1);
  }
}
