package io.github.jiceng.governance.rules.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact engine proves its own answers: after {@link ShortestPathSolver#solve()} the profits and
 * prices it reports are a feasible dual whose value equals the total of the arcs it used, which by
 * weak duality makes that total the maximum. Checked on seeded instances in both orientations, with
 * supplies and capacities above one, parallel arcs, ties, large scores and arcs worth nothing or
 * less, and crowded enough that units must be moved along augmenting paths through the heap.
 */
final class ShortestPathSolverDualTest {

  /** One instance in the engine's CSR form. */
  private record Instance(int sources, int sinks, int[] start, int[] head, long[] score, int[] supply,
      int[] capacity) {

    static Instance random(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      int sources = 1 + r.nextInt(10);
      int sinks = 1 + r.nextInt(10);
      long top = r.nextBoolean() ? 1 + r.nextInt(6) : LARGE;
      double density = 0.15 + 0.8 * r.nextDouble();
      int[] start = new int[sources + 1];
      int[] headTmp = new int[sources * sinks * 2];
      long[] scoreTmp = new long[headTmp.length];
      int m = 0;
      for (int x = 0; x < sources; x++) {
        for (int y = 0; y < sinks; y++) {
          int copies = r.nextDouble() < density ? (r.nextInt(12) == 0 ? 2 : 1) : 0;
          for (int c = 0; c < copies; c++) {
            headTmp[m] = y;
            scoreTmp[m] = r.nextInt(8) == 0 ? -r.nextLong(0, top + 1) : r.nextLong(0, top + 1);
            m++;
          }
        }
        start[x + 1] = m;
      }
      int[] supply = new int[sources];
      for (int x = 0; x < sources; x++) {
        supply[x] = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 1;
      }
      int[] capacity = new int[sinks];
      for (int y = 0; y < sinks; y++) {
        capacity[y] = r.nextInt(3);
      }
      return new Instance(sources, sinks, start, Arrays.copyOf(headTmp, m),
          Arrays.copyOf(scoreTmp, m), supply, capacity);
    }

    int arcs() {
      return start[sources];
    }

    int tail(int a) {
      int x = 0;
      while (start[x + 1] <= a) {
        x++;
      }
      return x;
    }
  }

  /** Large scores, small enough that the dual's value over every node cannot overflow. */
  private static final long LARGE = ShortestPathSolver.MAX_SCORE >> 6;

  static LongStream seeds() {
    return SeedCount.longs(2_000);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theProfitsAndPricesAreAFeasibleDualWorthExactlyTheTotalOfTheUsedArcs(long seed) {
    Instance in = Instance.random(seed);
    ShortestPathSolver solver = new ShortestPathSolver(in.sources, in.sinks, in.start, in.head, in.score, in.supply,
        in.capacity);
    solver.solve();

    int[] sent = new int[in.sources];
    int[] taken = new int[in.sinks];
    int[] sourceDegree = new int[in.sources];
    int[] sinkDegree = new int[in.sinks];
    long total = 0;
    long slack = 0;
    int used = 0;
    for (int a = 0; a < in.arcs(); a++) {
      int x = in.tail(a);
      int y = in.head[a];
      sourceDegree[x]++;
      sinkDegree[y]++;
      long reduced = solver.profit(x) + solver.price(y) - in.score[a];
      if (solver.used(a)) {
        assertThat(in.score[a]).as("seed %s: arc %s is used and worth something", seed, a).isPositive();
        assertThat(reduced).as("seed %s: used arc %s is not worth less than its potentials", seed, a)
            .isNotPositive();
        sent[x]++;
        taken[y]++;
        total += in.score[a];
        slack -= reduced;
        used++;
      } else if (in.score[a] > 0) {
        assertThat(reduced).as("seed %s: unused arc %s is not worth more than its potentials", seed, a)
            .isNotNegative();
      }
    }
    long dual = slack;
    for (int x = 0; x < in.sources; x++) {
      assertThat(sent[x]).as("seed %s: source %s sends at most its supply", seed, x).isLessThanOrEqualTo(in.supply[x]);
      assertThat(solver.profit(x)).as("seed %s: profit of %s", seed, x).isNotNegative();
      dual += solver.profit(x) * Math.min(in.supply[x], sourceDegree[x]);
    }
    for (int y = 0; y < in.sinks; y++) {
      assertThat(taken[y]).as("seed %s: sink %s takes at most its capacity", seed, y)
          .isLessThanOrEqualTo(in.capacity[y]);
      assertThat(solver.price(y)).as("seed %s: price of %s", seed, y).isNotNegative();
      dual += solver.price(y) * Math.min(in.capacity[y], sinkDegree[y]);
    }
    assertThat(dual).as("seed %s: the dual's value is the total, so the total is the maximum", seed)
        .isEqualTo(total);
    assertThat(solver.directPlacements() + solver.searches())
        .as("seed %s: every used arc was placed directly or found by a search", seed)
        .isGreaterThanOrEqualTo(used);
  }

  @Test
  void theInstancesExerciseBothTheDirectPlacementAndTheSearch() {
    long searches = 0;
    long direct = 0;
    for (long seed = 0; seed < 2_000; seed++) {
      Instance in = Instance.random(seed);
      ShortestPathSolver solver = new ShortestPathSolver(in.sources, in.sinks, in.start, in.head, in.score, in.supply,
          in.capacity);
      solver.solve();
      searches += solver.searches();
      direct += solver.directPlacements();
    }
    assertThat(searches).as("units that needed a search").isGreaterThan(2_000);
    assertThat(direct).as("units placed on their best arc at once").isGreaterThan(2_000);
  }

  @Test
  void aUnitThatFindsSpareCapacityOnItsBestArcNeedsNoSearch() {
    // two sources, two sinks, each source's best arc leads to its own free sink
    int[] start = {0, 2, 4};
    int[] head = {0, 1, 0, 1};
    long[] score = {5, 1, 1, 5};
    ShortestPathSolver solver = new ShortestPathSolver(2, 2, start, head, score, new int[] {1, 1}, new int[] {1, 1});
    solver.solve();

    assertThat(solver.directPlacements()).isEqualTo(2);
    assertThat(solver.searches()).isZero();
    assertThat(new boolean[] {solver.used(0), solver.used(1), solver.used(2), solver.used(3)})
        .containsExactly(true, false, false, true);
  }

  @Test
  void aUnitWhoseBestSinkIsFullIsMovedAlongAnAugmentingPath() {
    // source 0 takes sink 0 (score 5); source 1 prefers sink 0 too (score 9) but sink 1 is nearly as good for 0
    int[] start = {0, 2, 3};
    int[] head = {0, 1, 0};
    long[] score = {5, 4, 9};
    ShortestPathSolver solver = new ShortestPathSolver(2, 2, start, head, score, new int[] {1, 1}, new int[] {1, 1});
    solver.solve();

    assertThat(solver.searches()).isEqualTo(1);
    assertThat(new boolean[] {solver.used(0), solver.used(1), solver.used(2)}).containsExactly(false, true, true);
    assertThat(solver.profit(0) + solver.price(1)).isEqualTo(4);
    assertThat(solver.profit(1) + solver.price(0)).isEqualTo(9);
  }
}
