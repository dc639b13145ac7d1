package io.github.jiceng.governance.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class BipartiteMatchingTest {

  /** A random instance; some claimants have no capacity, some demands no arc. */
  record Instance(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant, long[] arcScore) {

    static Instance random(long seed, int maxDemands, int maxClaimants, int maxScore) {
      SplittableRandom r = new SplittableRandom(seed);
      int demands = 1 + r.nextInt(maxDemands);
      int claimants = 1 + r.nextInt(maxClaimants);
      int[] capacity = new int[claimants];
      for (int j = 0; j < claimants; j++) {
        capacity[j] = r.nextInt(r.nextBoolean() ? 2 : 6);
      }
      double density = 0.1 + 0.6 * r.nextDouble();
      List<int[]> arcs = new ArrayList<>();
      for (int i = 0; i < demands; i++) {
        for (int j = 0; j < claimants; j++) {
          if (r.nextDouble() < density) {
            arcs.add(new int[] {i, j});
          }
        }
      }
      int m = arcs.size();
      int[] d = new int[m];
      int[] c = new int[m];
      long[] s = new long[m];
      for (int a = 0; a < m; a++) {
        d[a] = arcs.get(a)[0];
        c[a] = arcs.get(a)[1];
        s[a] = 1 + r.nextInt(maxScore);
      }
      return new Instance(demands, capacity, d, c, s);
    }
  }

  static IntStream seeds() {
    return SeedCount.ints(300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void optimalTotalEqualsJGraphTsMinimumCostFlow(int seed) {
    // small score ranges make many ties, large ones few; both sides of the orientation occur
    Instance in = Instance.random(seed, 40, 12, seed % 2 == 0 ? 5 : 1000);
    BipartiteSolution ours = BipartiteMatching.optimal(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    long theirs = JGraphTOracle.maximumScore(in.demands, in.capacity, in.arcDemand, in.arcClaimant, in.arcScore);
    assertThat(ours.total()).as("seed %s", seed).isEqualTo(theirs);
    assertFeasible(in, ours, seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void optimalTotalEqualsBruteForceOnTinyInstances(int seed) {
    Instance in = Instance.random(1_000 + seed, 6, 3, 20);
    BipartiteSolution ours = BipartiteMatching.optimal(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    assertThat(ours.total()).as("seed %s", seed).isEqualTo(bruteForce(in));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void greedyIsFeasibleAndAtLeastHalfTheOptimum(int seed) {
    Instance in = Instance.random(2_000 + seed, 40, 12, 1000);
    BipartiteSolution greedy = BipartiteMatching.greedy(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    BipartiteSolution optimal = BipartiteMatching.optimal(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    assertFeasible(in, greedy, seed);
    assertThat(2 * greedy.total()).as("seed %s", seed).isGreaterThanOrEqualTo(optimal.total());
    assertThat(greedy.total()).as("seed %s", seed).isLessThanOrEqualTo(optimal.total());
  }

  @Test
  void greedyFollowsScoresThenArcOrder() {
    // demand 0 prefers claimant 0 (score 9) which greedy takes; the optimum gives it to demand 1
    int[] capacity = {1, 1};
    int[] d = {0, 0, 1};
    int[] c = {0, 1, 0};
    long[] s = {9, 5, 8};
    assertThat(BipartiteMatching.greedy(2, capacity, d, c, s).total()).isEqualTo(9);
    BipartiteSolution best = BipartiteMatching.optimal(2, capacity, d, c, s);
    assertThat(best.total()).isEqualTo(13);
    assertThat(best.claimantOf(0)).isEqualTo(1);
    assertThat(best.claimantOf(1)).isEqualTo(0);
    assertThat(best).hasToString("BipartiteSolution[2/2 matched, total 13]");
  }

  @Test
  void neverTakesArcsWorthNothing() {
    BipartiteSolution s = BipartiteMatching.optimal(2, new int[] {2}, new int[] {0, 1}, new int[] {0, 0},
        new long[] {0, -4});
    assertThat(s.matched()).isZero();
    assertThat(s.arcOf(0)).isEqualTo(-1);
  }

  @Test
  void rejectsArraysThatDoNotFit() {
    assertThatIllegalArgumentException().isThrownBy(
        () -> BipartiteMatching.optimal(1, new int[] {1}, new int[] {0}, new int[] {1}, new long[] {1}))
        .withMessageContaining("claimant 1 out of range");
    assertThatIllegalArgumentException().isThrownBy(
        () -> BipartiteMatching.greedy(1, new int[] {1}, new int[] {0, 0}, new int[] {0}, new long[] {1}))
        .withMessageContaining("differ in length");
    assertThatIllegalArgumentException().isThrownBy(
        () -> BipartiteMatching.optimal(1, new int[] {-1}, new int[0], new int[0], new long[0]))
        .withMessageContaining("negative");
  }

  static void assertFeasible(Instance in, BipartiteSolution s, int seed) {
    int[] load = new int[in.capacity.length];
    long total = 0;
    for (int i = 0; i < in.demands; i++) {
      int a = s.arcOf(i);
      if (a >= 0) {
        assertThat(in.arcDemand[a]).as("seed %s: arc of demand %s", seed, i).isEqualTo(i);
        load[in.arcClaimant[a]]++;
        total += in.arcScore[a];
      }
    }
    for (int j = 0; j < load.length; j++) {
      assertThat(load[j]).as("seed %s: load of claimant %s", seed, j).isLessThanOrEqualTo(in.capacity[j]);
    }
    assertThat(s.total()).isEqualTo(total);
  }

  static long bruteForce(Instance in) {
    return search(in, 0, new int[in.capacity.length]);
  }

  private static long search(Instance in, int demand, int[] load) {
    if (demand == in.demands) {
      return 0;
    }
    long best = search(in, demand + 1, load);
    for (int a = 0; a < in.arcDemand.length; a++) {
      if (in.arcDemand[a] == demand && load[in.arcClaimant[a]] < in.capacity[in.arcClaimant[a]]) {
        load[in.arcClaimant[a]]++;
        best = Math.max(best, in.arcScore[a] + search(in, demand + 1, load));
        load[in.arcClaimant[a]]--;
      }
    }
    return best;
  }
}
