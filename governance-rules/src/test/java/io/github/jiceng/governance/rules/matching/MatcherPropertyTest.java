package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class MatcherPropertyTest {

  static IntStream seeds() {
    return SeedCount.ints(400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void neverBreaksCapacityEligibilityBudgetOrShareAndAccountsForEveryDemand(int seed) {
    MatchingProblem p = Problems.random(seed, 30, 10, seed % 2 == 0);
    for (MatchingMode mode : MatchingMode.values()) {
      MatchingResult r = Matcher.match(p, mode);
      String as = "seed " + seed + " " + mode;
      Map<ResourceId, Resource> resources = new HashMap<>();
      p.resources().forEach(x -> resources.put(x.id(), x));
      Map<DemandId, Demand> demands = new HashMap<>();
      p.demands().forEach(x -> demands.put(x.id(), x));

      Set<DemandId> seen = new HashSet<>();
      Map<ResourceId, Integer> used = new HashMap<>();
      long spent = 0;
      long total = 0;
      for (Assignment a : r.assignments()) {
        assertThat(seen.add(a.demand())).as(as).isTrue();
        Resource res = resources.get(a.resource());
        int left = res.capacityPerPeriod() - p.currentLoad().getOrDefault(res.id(), 0);
        assertThat(Eligibility.check(demands.get(a.demand()), res, p.hierarchy(), p.policy(), left))
            .as(as + " eligibility of " + a.demand() + " -> " + a.resource()).isEmpty();
        used.merge(res.id(), 1, Integer::sum);
        assertThat(used.get(res.id())).as(as + " capacity of " + res.id()).isLessThanOrEqualTo(left);
        assertThat(a.channel()).isEqualTo(res.channel());
        assertThat(a.claimant()).isEqualTo(res.claimant());
        spent += a.cost().fen();
        total += a.score().total();
      }
      for (Unmatched u : r.unmatched()) {
        assertThat(seen.add(u.demand())).as(as).isTrue();
        checkReason(p, demands.get(u.demand()), u.reason(), as);
      }
      assertThat(seen).as(as + ": every demand once").hasSize(p.demands().size());
      assertThat(spent).as(as + ": budget").isLessThanOrEqualTo(p.purchaseBudget().fen());
      assertThat(r.spent().fen()).isEqualTo(spent);
      assertThat(r.totalScore()).isEqualTo(total);
      for (StageReport s : r.stages()) {
        assertThat(s.matched()).as(as + ": share of " + s.channel()).isLessThanOrEqualTo(s.cap());
        long byChannel = r.assignments().stream().filter(a -> a.channel() == s.channel()).count();
        assertThat(s.matched()).isEqualTo((int) byChannel);
      }
    }
  }

  private static void checkReason(MatchingProblem p, Demand d, UnmatchedReason reason, String as) {
    List<Ineligibility> why = new ArrayList<>();
    for (Resource res : p.resources()) {
      why.add(Eligibility.check(d, res, p.hierarchy(), p.policy(), 1).orElse(null));
    }
    boolean anyEligible = why.contains(null);
    switch (reason) {
      case NO_ELIGIBLE_CLAIMANT:
        assertThat(anyEligible || why.contains(Ineligibility.OUTSIDE_WINDOW)).as(as + " " + d.id()).isFalse();
        break;
      case OUTSIDE_WINDOW:
        assertThat(anyEligible).as(as + " " + d.id()).isFalse();
        assertThat(why).as(as + " " + d.id()).contains(Ineligibility.OUTSIDE_WINDOW);
        break;
      case CAPACITY_EXHAUSTED:
        assertThat(anyEligible).as(as + " " + d.id()).isTrue();
        break;
      case BUDGET_EXHAUSTED:
        assertThat(p.resources().stream().anyMatch(res -> res.channel() == Channel.PURCHASE
            && Eligibility.check(d, res, p.hierarchy(), p.policy(), 1).isEmpty())).as(as + " " + d.id()).isTrue();
        break;
      default:
        throw new AssertionError(reason);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachOptimalStageEqualsBruteForceUnderItsConstraints(int seed) {
    // a quarter are purchase-heavy with mixed prices, where the budget binds most often
    MatchingProblem p = Problems.random(10_000 + seed, 6, 4, seed % 2 == 0, seed % 4 == 1);
    MatchingResult r = Matcher.optimal(p);
    List<ScoreBreakdown> pairs = Matcher.pairs(p);
    Map<ResourceId, Resource> resources = new HashMap<>();
    p.resources().forEach(x -> resources.put(x.id(), x));
    Set<DemandId> taken = new HashSet<>();
    for (StageReport stage : r.stages()) {
      List<ScoreBreakdown> arcs = new ArrayList<>();
      for (ScoreBreakdown b : pairs) {
        if (resources.get(b.resource()).channel() == stage.channel() && !taken.contains(b.demand())) {
          arcs.add(b);
        }
      }
      long budget = stage.channel() == Channel.PURCHASE ? p.purchaseBudget().fen() : Long.MAX_VALUE;
      String as = "seed " + seed + " stage " + stage.channel() + " " + stage.optimality();
      if (stage.optimality() == Optimality.EXACT) {
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), budget));
      } else {
        assertThat(stage.optimality()).isEqualTo(Optimality.EXACT_FOR_ITS_SPEND);
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), stage.spent().fen()));
        assertThat(stage.score()).as(as).isLessThanOrEqualTo(StageEnumeration.best(p, arcs, resources, stage.cap(), budget));
      }
      r.assignments().stream().filter(a -> a.channel() == stage.channel()).forEach(a -> taken.add(a.demand()));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void withOneUniformPriceEveryStageIsExact(int seed) {
    MatchingResult r = Matcher.optimal(Problems.random(20_000 + seed, 20, 8, true));
    assertThat(r.stages()).as("seed %s", seed).allMatch(s -> s.optimality() == Optimality.EXACT);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void sameProblemInAnyListOrderGivesTheSameResult(int seed) {
    MatchingProblem p = Problems.random(30_000 + seed, 25, 8, seed % 2 == 0);
    List<Demand> ds = new ArrayList<>(p.demands());
    List<Resource> rs = new ArrayList<>(p.resources());
    java.util.Collections.reverse(ds);
    java.util.Collections.reverse(rs);
    MatchingProblem shuffled = MatchingProblem.builder().hierarchy(p.hierarchy()).addAllDemands(ds)
        .addAllResources(rs).policy(p.policy()).weights(p.weights()).purchaseBudget(p.purchaseBudget())
        .putAllPastRatings(p.pastRatings()).putAllCurrentLoad(p.currentLoad()).build();
    for (MatchingMode mode : MatchingMode.values()) {
      assertThat(Matcher.match(shuffled, mode)).as("seed %s %s", seed, mode).isEqualTo(Matcher.match(p, mode));
    }
    assertThat(Optional.of(Matcher.pairs(shuffled))).isEqualTo(Optional.of(Matcher.pairs(p)));
  }
}
