package io.github.jiceng.governance.rules.matching;

import static io.github.jiceng.governance.rules.matching.BipartiteMatching.MAX_ARCS;
import static io.github.jiceng.governance.rules.matching.BipartiteMatching.MAX_CLAIMANTS;
import static io.github.jiceng.governance.rules.matching.BipartiteMatching.MAX_DEMANDS;
import static io.github.jiceng.governance.rules.matching.BipartiteMatching.MAX_SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declared limits of matching, each at the limit and one past it, and the two reported cases. */
final class MatchingLimitsTest {

  private static final Interval WEEK = Interval.starting(Problems.T0, Duration.ofDays(7));

  /** Both solvers on the same arrays. */
  private static List<BipartiteSolution> both(int demands, int[] capacity, int[] d, int[] c, long[] s) {
    return List.of(BipartiteMatching.optimal(demands, capacity, d, c, s),
        BipartiteMatching.greedy(demands, capacity, d, c, s));
  }

  /** Asserts that both solvers refuse the arrays with one violation of the rule on the field. */
  private static void refusedByBoth(int demands, int[] capacity, int[] d, int[] c, long[] s, String field,
      String rule) {
    for (boolean exact : new boolean[] {true, false}) {
      Throwable t = catchThrowable(() -> {
        if (exact) {
          BipartiteMatching.optimal(demands, capacity, d, c, s);
        } else {
          BipartiteMatching.greedy(demands, capacity, d, c, s);
        }
      });
      assertThat(t).as(exact ? "optimal" : "greedy").isInstanceOf(DomainValidationException.class);
      List<Violation> v = ((DomainValidationException) t).violations();
      assertThat(v).hasSize(1);
      assertThat(v.get(0).subject()).isEqualTo("BipartiteMatching");
      assertThat(v.get(0).field()).isEqualTo(field);
      assertThat(v.get(0).rule()).isEqualTo(rule);
    }
  }

  @Test
  void threeArcsOfHalfTheLongRangeAreRefusedInsteadOfSummingToANegativeTotal() {
    // reported: total=-4611686018427387907
    long half = Long.MAX_VALUE / 2;
    refusedByBoth(3, new int[] {3}, new int[] {0, 1, 2}, new int[] {0, 0, 0}, new long[] {half, half, half},
        "arcScore[0]", "score-range");
  }

  @Test
  void scoresNearTheLongRangeAreRefusedInsteadOfLeavingAFeasibleDemandUnmatched() {
    // reported: with scores near Long.MAX_VALUE a demand stayed unmatched that a feasible arc would have matched
    long near = Long.MAX_VALUE - 1;
    refusedByBoth(2, new int[] {1, 1}, new int[] {0, 0, 1}, new int[] {0, 1, 0},
        new long[] {near, Long.MAX_VALUE, near}, "arcScore[0]", "score-range");
  }

  @Test
  void theSameShapesAtTheLargestScoreGiveTheExactTotals() {
    BipartiteSolution three = BipartiteMatching.optimal(3, new int[] {3}, new int[] {0, 1, 2}, new int[] {0, 0, 0},
        new long[] {MAX_SCORE, MAX_SCORE, MAX_SCORE});
    assertThat(three.total()).isEqualTo(3 * MAX_SCORE);
    assertThat(three.matched()).isEqualTo(3);

    // demand 0 may go to either claimant, demand 1 only to claimant 0: both must be matched
    BipartiteSolution two = BipartiteMatching.optimal(2, new int[] {1, 1}, new int[] {0, 0, 1}, new int[] {0, 1, 0},
        new long[] {MAX_SCORE - 1, MAX_SCORE, MAX_SCORE - 1});
    assertThat(two.matched()).isEqualTo(2);
    assertThat(two.total()).isEqualTo(2 * MAX_SCORE - 1);
    assertThat(two.claimantOf(0)).isEqualTo(1);
    assertThat(two.claimantOf(1)).isEqualTo(0);
  }

  @Test
  void aScoreRunsFromMinusTheLargestToTheLargestAndNotOneBeyondEitherEnd() {
    int[] cap = {2};
    int[] d = {0, 1};
    int[] c = {0, 0};
    for (BipartiteSolution s : both(2, cap, d, c, new long[] {MAX_SCORE, -MAX_SCORE})) {
      assertThat(s.total()).isEqualTo(MAX_SCORE);
      assertThat(s.arcOf(1)).isEqualTo(-1);
    }
    refusedByBoth(2, cap, d, c, new long[] {MAX_SCORE + 1, 1}, "arcScore[0]", "score-range");
    refusedByBoth(2, cap, d, c, new long[] {1, -MAX_SCORE - 1}, "arcScore[1]", "score-range");
    refusedByBoth(2, cap, d, c, new long[] {1, Long.MIN_VALUE}, "arcScore[1]", "score-range");
  }

  @Test
  void theMostDemandsEachAtTheLargestScoreSumToTwoToTheSixtySecondExactly() {
    int n = MAX_DEMANDS;
    int[] d = new int[n];
    int[] c = new int[n];
    long[] s = new long[n];
    for (int i = 0; i < n; i++) {
      d[i] = i;
      c[i] = i % 2;
      s[i] = MAX_SCORE;
    }
    int[] cap = {Integer.MAX_VALUE, Integer.MAX_VALUE};
    for (BipartiteSolution sol : both(n, cap, d, c, s)) {
      assertThat(sol.total()).isEqualTo(1L << 62);
      assertThat(sol.matched()).isEqualTo(n);
    }
    refusedByBoth(n + 1, cap, d, c, s, "demands", "count-limit");
    refusedByBoth(-1, cap, new int[0], new int[0], new long[0], "demands", "count-limit");
  }

  @Test
  void theMostClaimantsAreAcceptedAndOneMoreIsRefused() {
    int[] cap = new int[MAX_CLAIMANTS];
    Arrays.fill(cap, 1);
    int last = MAX_CLAIMANTS - 1;
    for (BipartiteSolution s : both(1, cap, new int[] {0}, new int[] {last}, new long[] {7})) {
      assertThat(s.claimantOf(0)).isEqualTo(last);
    }
    refusedByBoth(1, new int[MAX_CLAIMANTS + 1], new int[] {0}, new int[] {0}, new long[] {7}, "capacity",
        "count-limit");
  }

  @Test
  void aCapacityIsAnyIntFromZero() {
    for (BipartiteSolution s : both(2, new int[] {Integer.MAX_VALUE, 0}, new int[] {0, 1, 1}, new int[] {0, 1, 0},
        new long[] {1, MAX_SCORE, 1})) {
      assertThat(s.matched()).isEqualTo(2);
      assertThat(s.total()).isEqualTo(2);
    }
    refusedByBoth(1, new int[] {0, -1}, new int[0], new int[0], new long[0], "capacity[1]", "capacity-range");
    refusedByBoth(1, new int[] {Integer.MIN_VALUE}, new int[0], new int[0], new long[0], "capacity[0]",
        "capacity-range");
  }

  @Test
  void theMostArcsAreAcceptedAndOneMoreIsRefused() {
    int[] d = new int[MAX_ARCS];
    int[] c = new int[MAX_ARCS];
    long[] s = new long[MAX_ARCS]; // every arc worth nothing but the last
    s[MAX_ARCS - 1] = 5;
    BipartiteSolution atLimit = BipartiteMatching.optimal(1, new int[] {1}, d, c, s);
    assertThat(atLimit.arcOf(0)).isEqualTo(MAX_ARCS - 1);
    assertThat(atLimit.total()).isEqualTo(5);
    d = null;
    c = null;
    s = null;
    int[] tooMany = new int[MAX_ARCS + 1];
    refusedByBoth(1, new int[] {1}, tooMany, new int[1], new long[1], "arcDemand", "count-limit");
  }

  @Test
  void indicesOutOfRangeAndArraysOfDifferentLengthsAreNamed() {
    refusedByBoth(1, new int[] {1}, new int[] {0, 1}, new int[] {0, 0}, new long[] {1, 1}, "arcDemand[1]",
        "index-range");
    refusedByBoth(1, new int[] {1}, new int[] {0}, new int[] {-1}, new long[] {1}, "arcClaimant[0]", "index-range");
    refusedByBoth(1, new int[] {1}, new int[] {0}, new int[] {0}, new long[0], "arcClaimant", "same-length");
  }

  /** A purchase-only problem: one demand per offer, prices as given, all weights at the largest. */
  private static MatchingProblem purchases(long budgetFen, long... pricesFen) {
    List<Demand> demands = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    for (int k = 0; k < pricesFen.length; k++) {
      demands.add(Problems.demand("d" + k, "c1-g1", Urgency.CRITICAL, WEEK, "care"));
      resources.add(Problems.resource("r" + k, "org-" + k, Channel.PURCHASE, 1, pricesFen[k], WEEK, List.of("c1-g1"),
          "care"));
    }
    return MatchingProblem.builder().hierarchy(Problems.STREET).addAllDemands(demands).addAllResources(resources)
        .policy(ChannelPolicy.of(Channel.PURCHASE)).purchaseBudget(Money.ofFen(budgetFen))
        .weights(new ScoreWeights(1000, 1000, 1000, 1000, 1000)).build();
  }

  @Test
  void pricesUpToTheHighestAndABudgetUpToTheLongRangeAreMatchedExactlyForTheirSpend() {
    long top = Matcher.MAX_PRICE_FEN;
    // mixed prices at the top of the range and a binding budget: the multiplier search
    MatchingProblem p = purchases(top + top / 2, top, top - 1, top / 2, top / 2 + 1);
    long pair = Matcher.pairs(p).get(0).total();
    assertThat(Matcher.pairs(p)).allMatch(b -> b.total() == pair);
    for (MatchingMode mode : MatchingMode.values()) {
      MatchingResult r = Matcher.match(p, mode);
      assertThat(r.spent().fen()).as("%s", mode).isLessThanOrEqualTo(top + top / 2);
      assertThat(r.assignments().size() + r.unmatched().size()).isEqualTo(4);
    }
    // every pair scores alike, so the best within budget is two demands: the two half-price offers
    // (or top with a half) cost at most the budget, no three do
    MatchingResult exact = Matcher.optimal(p);
    assertThat(exact.totalScore()).isEqualTo(2 * pair);
    assertThat(exact.stages().get(0).optimality()).isEqualTo(Optimality.EXACT_FOR_ITS_SPEND);

    MatchingResult richest = Matcher.optimal(purchases(Long.MAX_VALUE, 1, top, top - 1));
    assertThat(richest.assignments()).hasSize(3);
    assertThat(richest.spent().fen()).isEqualTo(2 * top);
    assertThat(richest.stages().get(0).optimality()).isEqualTo(Optimality.EXACT);
  }

  @Test
  void aPurchaseOfferPricedAboveTheHighestIsRefusedByName() {
    MatchingProblem p = purchases(Long.MAX_VALUE, 1, Matcher.MAX_PRICE_FEN + 1, Long.MAX_VALUE);
    for (MatchingMode mode : MatchingMode.values()) {
      Throwable t = catchThrowable(() -> Matcher.match(p, mode));
      assertThat(t).isInstanceOf(DomainValidationException.class);
      List<Violation> v = ((DomainValidationException) t).violations();
      assertThat(v).extracting(Violation::subject).containsExactly("Resource[r1]", "Resource[r2]");
      assertThat(v).extracting(Violation::field).containsOnly("costPerService");
      assertThat(v).extracting(Violation::rule).containsOnly("price-limit");
    }
    assertThat(catchThrowable(() -> Matcher.pairs(p))).isInstanceOf(DomainValidationException.class);
  }
}
