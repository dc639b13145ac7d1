package io.github.jiceng.governance.rules.matching;

import static io.github.jiceng.governance.rules.matching.BipartiteMatching.MAX_SCORE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both solvers against an enumeration of every assignment, on thousands of small seeded instances
 * whose scores reach the declared limits, tie, and include arcs worth nothing or less.
 */
final class BipartiteMatchingBruteForceTest {

  /** Per instance, the kind of scores it draws. */
  private enum Scores {
    /** The ends of the range and their neighbours. */
    EXTREME,
    /** A few small values: many ties. */
    TIES,
    /** Uniform over the whole declared range. */
    WIDE,
    /** Near-largest scores mixed with small ones and ties among the large. */
    MIXED
  }

  record Instance(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant, long[] arcScore) {

    static Instance random(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      Scores kind = Scores.values()[r.nextInt(Scores.values().length)];
      int demands = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(6);
      int claimants = 1 + r.nextInt(4);
      int[] capacity = new int[claimants];
      int[] capacities = {0, 1, 1, 2, 3, Integer.MAX_VALUE};
      for (int j = 0; j < claimants; j++) {
        capacity[j] = capacities[r.nextInt(capacities.length)];
      }
      double density = 0.2 + 0.7 * r.nextDouble();
      List<int[]> arcs = new ArrayList<>();
      for (int i = 0; i < demands; i++) {
        for (int j = 0; j < claimants; j++) {
          if (r.nextDouble() < density) {
            arcs.add(new int[] {i, j});
            if (r.nextInt(10) == 0) {
              arcs.add(new int[] {i, j}); // a parallel arc
            }
          }
        }
      }
      Collections.shuffle(arcs, new java.util.Random(r.nextLong()));
      int m = arcs.size();
      int[] d = new int[m];
      int[] c = new int[m];
      long[] s = new long[m];
      for (int a = 0; a < m; a++) {
        d[a] = arcs.get(a)[0];
        c[a] = arcs.get(a)[1];
        s[a] = score(kind, r);
      }
      return new Instance(demands, capacity, d, c, s);
    }

    private static long score(Scores kind, SplittableRandom r) {
      switch (kind) {
        case EXTREME: {
          long[] ends = {MAX_SCORE, MAX_SCORE, MAX_SCORE - 1, MAX_SCORE / 2, 1, 0, -1, -MAX_SCORE};
          return ends[r.nextInt(ends.length)];
        }
        case TIES:
          return r.nextInt(4) - (r.nextInt(6) == 0 ? 2 : 0);
        case WIDE:
          return r.nextLong(-MAX_SCORE, MAX_SCORE + 1);
        case MIXED:
          return r.nextBoolean() ? MAX_SCORE - r.nextInt(3) : 1 + r.nextInt(3);
        default:
          throw new AssertionError(kind);
      }
    }
  }

  static IntStream seeds() {
    return SeedCount.ints(5_000);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void optimalEqualsTheBestOfEveryAssignmentAndGreedyIsFeasibleAndNoBetter(int seed) {
    Instance in = Instance.random(seed);
    long best = bruteForce(in);
    String as = "seed " + seed;

    BipartiteSolution optimal = BipartiteMatching.optimal(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    assertFeasible(in, optimal, as + " optimal");
    assertThat(optimal.total()).as(as + " optimal total").isEqualTo(best);

    BipartiteSolution greedy = BipartiteMatching.greedy(in.demands, in.capacity, in.arcDemand, in.arcClaimant,
        in.arcScore);
    assertFeasible(in, greedy, as + " greedy");
    assertThat(greedy.total()).as(as + " greedy never above the optimum").isLessThanOrEqualTo(best);
    assertThat(2 * greedy.total()).as(as + " greedy at least half the optimum").isGreaterThanOrEqualTo(best);
  }

  /** Each demand its own arc, no claimant over capacity, nothing worth nothing taken, the total exact. */
  private static void assertFeasible(Instance in, BipartiteSolution s, String as) {
    assertThat(s.demands()).as(as).isEqualTo(in.demands);
    int[] load = new int[in.capacity.length];
    long total = 0;
    int matched = 0;
    for (int i = 0; i < in.demands; i++) {
      int a = s.arcOf(i);
      if (a < 0) {
        assertThat(s.claimantOf(i)).as(as).isEqualTo(-1);
        continue;
      }
      assertThat(in.arcDemand[a]).as(as + ": arc of demand " + i).isEqualTo(i);
      assertThat(s.claimantOf(i)).as(as).isEqualTo(in.arcClaimant[a]);
      assertThat(in.arcScore[a]).as(as + ": a taken arc is worth something").isPositive();
      load[in.arcClaimant[a]]++;
      total = Math.addExact(total, in.arcScore[a]);
      matched++;
    }
    for (int j = 0; j < load.length; j++) {
      assertThat(load[j]).as(as + ": load of claimant " + j).isLessThanOrEqualTo(in.capacity[j]);
    }
    assertThat(s.total()).as(as + ": total").isEqualTo(total);
    assertThat(s.matched()).as(as + ": matched").isEqualTo(matched);
  }

  /** Every assignment of each demand to one of its arcs or to none, within the capacities. */
  static long bruteForce(Instance in) {
    return search(in, 0, new int[in.capacity.length]);
  }

  private static long search(Instance in, int demand, int[] load) {
    if (demand == in.demands) {
      return 0;
    }
    long best = search(in, demand + 1, load);
    for (int a = 0; a < in.arcDemand.length; a++) {
      int j = in.arcClaimant[a];
      if (in.arcDemand[a] == demand && load[j] < in.capacity[j]) {
        load[j]++;
        best = Math.max(best, Math.addExact(in.arcScore[a], search(in, demand + 1, load)));
        load[j]--;
      }
    }
    return best;
  }
}
