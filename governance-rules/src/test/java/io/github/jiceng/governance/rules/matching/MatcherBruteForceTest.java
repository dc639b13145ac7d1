package io.github.jiceng.governance.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matcher against an enumeration of every assignment, stage by stage, on thousands of small
 * seeded problems at the ends of the declared ranges: weights 0 and 1000, prices up to
 * {@link Matcher#MAX_PRICE_FEN}, budgets up to {@code Long.MAX_VALUE}, capacities and loads up to
 * {@code Integer.MAX_VALUE}.
 */
final class MatcherBruteForceTest {

  static IntStream seeds() {
    return SeedCount.ints(3_000);
  }

  /** A small problem whose numbers sit at the ends of the declared ranges. */
  static MatchingProblem extreme(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Interval week = Interval.starting(Problems.T0, Duration.ofDays(7));
    long top = Matcher.MAX_PRICE_FEN;
    List<Demand> demands = new ArrayList<>();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      List<String> caps = new ArrayList<>();
      for (String c : Problems.CAPABILITIES) {
        if (r.nextInt(5) == 0) {
          caps.add(c);
        }
      }
      demands.add(Problems.demand("d" + i, Problems.GRIDS[r.nextInt(Problems.GRIDS.length)],
          Urgency.values()[r.nextInt(Urgency.values().length)], week, caps.toArray(new String[0])));
    }
    List<Resource> resources = new ArrayList<>();
    Map<ResourceId, Integer> load = new HashMap<>();
    Map<OrganizationId, RatingHistory> ratings = new HashMap<>();
    int k = 1 + r.nextInt(5);
    boolean purchaseHeavy = r.nextInt(3) > 0;
    long offered = 0;
    int[] capacities = {0, 1, 1, 2, 3, Integer.MAX_VALUE};
    long[] prices = {top, top, top - 1, top / 2, top / 2 + 1, top / 3, 1, 0};
    for (int j = 0; j < k; j++) {
      Channel channel = purchaseHeavy && r.nextBoolean() ? Channel.PURCHASE : Channel.values()[r.nextInt(3)];
      List<String> caps = new ArrayList<>();
      for (String c : Problems.CAPABILITIES) {
        if (r.nextInt(2) == 0) {
          caps.add(c);
        }
      }
      if (caps.isEmpty()) {
        caps.add(Problems.CAPABILITIES[r.nextInt(Problems.CAPABILITIES.length)]);
      }
      List<String> coverage = List.of(r.nextInt(3) > 0 ? "street" : Problems.GRIDS[r.nextInt(Problems.GRIDS.length)]);
      long price = channel != Channel.PURCHASE ? 0 : r.nextInt(4) == 0 ? r.nextLong(top + 1) : prices[r.nextInt(
          prices.length)];
      int capacity = capacities[r.nextInt(capacities.length)];
      offered += price;
      String id = "r" + j;
      String claimant = "org-" + r.nextInt(3);
      resources.add(Problems.resource(id, claimant, channel, capacity, price, week, coverage,
          caps.toArray(new String[0])));
      int l = r.nextInt(5);
      if (l > 0) {
        load.put(ResourceId.of(id), l == 4 ? Integer.MAX_VALUE : l - 1);
      }
      int rated = r.nextInt(3);
      if (rated > 0) {
        ratings.put(OrganizationId.of(claimant), new RatingHistory(rated, r.nextBoolean() ? 5L * rated : rated));
      }
    }
    List<Channel> order = new ArrayList<>(List.of(Channel.values()));
    for (int i = order.size() - 1; i > 0; i--) {
      java.util.Collections.swap(order, i, r.nextInt(i + 1));
    }
    if (r.nextInt(4) == 0) {
      order.remove(r.nextInt(order.size()));
    }
    Map<Channel, Integer> shares = new EnumMap<>(Channel.class);
    for (Channel c : order) {
      if (r.nextInt(3) == 0) {
        shares.put(c, r.nextInt(2) == 0 ? 0 : r.nextInt(1001));
      }
    }
    // a third of the budgets bind: about half of what the offers would cost
    long[] budgets = {0, 1, top - 1, top, top + top / 2, Long.MAX_VALUE, r.nextLong(3 * top), offered / 2,
        offered / 2 + 1, offered / 3};
    int[] w = new int[5];
    for (int c = 0; c < w.length; c++) {
      int pick = r.nextInt(4);
      w[c] = pick == 0 ? 0 : pick == 1 ? ScoreWeights.MAX_WEIGHT : pick == 2 ? ScoreWeights.MAX_WEIGHT - 1
          : r.nextInt(ScoreWeights.MAX_WEIGHT + 1);
    }
    return MatchingProblem.builder().hierarchy(Problems.STREET).addAllDemands(demands).addAllResources(resources)
        .policy(new ChannelPolicy(order, shares)).purchaseBudget(Money.ofFen(budgets[r.nextInt(budgets.length)]))
        .putAllPastRatings(ratings).putAllCurrentLoad(load).weights(new ScoreWeights(w[0], w[1], w[2], w[3], w[4]))
        .build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachOptimalStageEqualsTheBestAssignmentAndGreedyNeverBeatsIt(int seed) {
    MatchingProblem p = extreme(seed);
    Map<ResourceId, Resource> resources = new TreeMap<>();
    p.resources().forEach(x -> resources.put(x.id(), x));
    List<ScoreBreakdown> pairs = Matcher.pairs(p);
    for (ScoreBreakdown b : pairs) {
      assertThat(b.total()).as("seed %s", seed).isBetween(1L, ScoreWeights.MAX_SCORE);
    }

    MatchingResult optimal = Matcher.optimal(p);
    assertFeasible(p, resources, optimal, "seed " + seed + " optimal");
    Set<DemandId> taken = new HashSet<>();
    for (StageReport stage : optimal.stages()) {
      List<ScoreBreakdown> arcs = candidates(pairs, resources, stage.channel(), taken);
      long budget = stage.channel() == Channel.PURCHASE ? p.purchaseBudget().fen() : Long.MAX_VALUE;
      String as = "seed " + seed + " stage " + stage.channel() + " " + stage.optimality();
      if (stage.optimality() == Optimality.EXACT) {
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), budget));
      } else {
        assertThat(stage.optimality()).as(as).isEqualTo(Optimality.EXACT_FOR_ITS_SPEND);
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), stage.spent().fen()));
        assertThat(stage.score()).as(as).isLessThanOrEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), budget));
      }
      optimal.assignments().stream().filter(a -> a.channel() == stage.channel()).forEach(a -> taken.add(a.demand()));
    }

    MatchingResult greedy = Matcher.greedy(p);
    assertFeasible(p, resources, greedy, "seed " + seed + " greedy");
    if (!greedy.stages().isEmpty()) {
      // the first stage sees the same candidates in both modes
      StageReport first = greedy.stages().get(0);
      long budget = first.channel() == Channel.PURCHASE ? p.purchaseBudget().fen() : Long.MAX_VALUE;
      long bestFirst = StageEnumeration.best(p, candidates(pairs, resources, first.channel(), Set.of()), resources, first.cap(), budget);
      assertThat(first.score()).as("seed %s greedy first stage", seed).isLessThanOrEqualTo(bestFirst);
    }
  }

  @org.junit.jupiter.api.Test
  void theProblemsReachTheBudgetSearchAndTheEndsOfTheRanges() {
    Map<Optimality, Integer> stages = new EnumMap<>(Optimality.class);
    int topPriceTaken = 0;
    int largestBudgets = 0;
    for (int seed = 0; seed < 3_000; seed++) {
      MatchingProblem p = extreme(seed);
      MatchingResult r = Matcher.optimal(p);
      r.stages().forEach(s -> stages.merge(s.optimality(), 1, Integer::sum));
      topPriceTaken += (int) r.assignments().stream()
          .filter(a -> a.cost().fen() == Matcher.MAX_PRICE_FEN).count();
      largestBudgets += p.purchaseBudget().fen() == Long.MAX_VALUE ? 1 : 0;
    }
    assertThat(stages.getOrDefault(Optimality.EXACT_FOR_ITS_SPEND, 0)).isGreaterThan(100);
    assertThat(stages.getOrDefault(Optimality.EXACT, 0)).isGreaterThan(1_000);
    assertThat(topPriceTaken).isGreaterThan(50);
    assertThat(largestBudgets).isGreaterThan(100);
  }

  private static List<ScoreBreakdown> candidates(List<ScoreBreakdown> pairs, Map<ResourceId, Resource> resources,
      Channel channel, Set<DemandId> taken) {
    List<ScoreBreakdown> arcs = new ArrayList<>();
    for (ScoreBreakdown b : pairs) {
      if (resources.get(b.resource()).channel() == channel && !taken.contains(b.demand())) {
        arcs.add(b);
      }
    }
    return arcs;
  }

  /** Each demand once, capacities, budget and shares kept, totals exact. */
  private static void assertFeasible(MatchingProblem p, Map<ResourceId, Resource> resources, MatchingResult r,
      String as) {
    Set<DemandId> seen = new HashSet<>();
    Map<ResourceId, Integer> used = new HashMap<>();
    long spent = 0;
    long total = 0;
    for (Assignment a : r.assignments()) {
      assertThat(seen.add(a.demand())).as(as).isTrue();
      Resource res = resources.get(a.resource());
      long left = Math.max(0, (long) res.capacityPerPeriod() - p.currentLoad().getOrDefault(res.id(), 0));
      used.merge(res.id(), 1, Integer::sum);
      assertThat((long) used.get(res.id())).as(as + " capacity of " + res.id()).isLessThanOrEqualTo(left);
      assertThat(a.channel()).as(as).isEqualTo(res.channel());
      spent = Math.addExact(spent, a.cost().fen());
      total = Math.addExact(total, a.score().total());
    }
    r.unmatched().forEach(u -> assertThat(seen.add(u.demand())).as(as).isTrue());
    assertThat(seen).as(as + ": every demand once").hasSize(p.demands().size());
    assertThat(spent).as(as + ": budget").isLessThanOrEqualTo(p.purchaseBudget().fen());
    assertThat(r.spent().fen()).as(as).isEqualTo(spent);
    assertThat(r.totalScore()).as(as).isEqualTo(total);
    for (StageReport s : r.stages()) {
      assertThat(s.matched()).as(as + ": share of " + s.channel()).isLessThanOrEqualTo(s.cap());
    }
  }
}
