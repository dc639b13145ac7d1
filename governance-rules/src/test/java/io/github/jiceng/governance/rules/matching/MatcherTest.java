package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreComponent;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import static io.github.jiceng.governance.rules.matching.Problems.demand;
import static io.github.jiceng.governance.rules.matching.Problems.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class MatcherTest {

  private static final Interval WEEK = Interval.starting(Problems.T0, Duration.ofDays(7));
  private static final Interval NEXT_MONTH = Interval.starting(Problems.T0.plus(Duration.ofDays(40)), Duration.ofDays(3));

  /** The article's chain on one street: a bank claims, a social work station is bought, the community has no room. */
  private static MatchingProblem street(Money budget) {
    return MatchingProblem.builder().hierarchy(Problems.STREET)
        .addDemands(demand("d1", "c1-g1", Urgency.NORMAL, WEEK, "care"),
            demand("d2", "c1-g2", Urgency.NORMAL, WEEK, "care"),
            demand("d3", "c2-g1", Urgency.CRITICAL, WEEK, "care"),
            demand("d4", "c2-g2", Urgency.NORMAL, WEEK, "legal"),
            demand("d5", "c2-g2", Urgency.NORMAL, NEXT_MONTH, "care"))
        .addResources(resource("r-bank", "org-bank", Channel.CLAIM, 1, 0, WEEK, List.of("c1"), "care"),
            resource("r-sw", "org-sw", Channel.PURCHASE, 2, 10_000, WEEK, List.of("street"), "care", "tutoring"),
            resource("r-comm", "org-baiyun", Channel.UNDERTAKE, 0, 0, WEEK, List.of("street"), "care"))
        .purchaseBudget(budget)
        .build();
  }

  @Test
  void claimsFirstBuysWithinTheBudgetAndGivesEveryOtherDemandItsReason() {
    for (MatchingMode mode : MatchingMode.values()) {
      MatchingResult r = Matcher.match(street(Money.ofYuan("100")), mode);
      assertThat(r.assignment(DemandId.of("d1")).orElseThrow().resource()).as(mode.name())
          .isEqualTo(ResourceId.of("r-bank"));
      Assignment d3 = r.assignment(DemandId.of("d3")).orElseThrow();
      assertThat(d3.channel()).isEqualTo(Channel.PURCHASE);
      assertThat(d3.cost()).isEqualTo(Money.ofYuan("100"));
      assertThat(r.reason(DemandId.of("d2"))).as(mode.name()).contains(UnmatchedReason.BUDGET_EXHAUSTED);
      assertThat(r.reason(DemandId.of("d4"))).contains(UnmatchedReason.NO_ELIGIBLE_CLAIMANT);
      assertThat(r.reason(DemandId.of("d5"))).contains(UnmatchedReason.OUTSIDE_WINDOW);
      assertThat(r.spent()).isEqualTo(Money.ofYuan("100"));
      assertThat(r.stages()).extracting(StageReport::channel)
          .containsExactly(Channel.CLAIM, Channel.PURCHASE, Channel.UNDERTAKE);
      assertThat(r.stages().get(2).candidates()).as("the community has no room").isZero();
    }
    MatchingResult richer = Matcher.optimal(street(Money.ofYuan("300")));
    assertThat(richer.assignment(DemandId.of("d2")).orElseThrow().resource()).isEqualTo(ResourceId.of("r-sw"));
    assertThat(richer.spent()).isEqualTo(Money.ofYuan("200"));
    assertThat(richer.stages().get(1).optimality()).isEqualTo(Optimality.EXACT);
  }

  @Test
  void explainsEachPairComponentByComponent() {
    ScoreBreakdown b = Matcher.pairs(street(Money.ZERO)).stream()
        .filter(p -> p.demand().equals(DemandId.of("d1")) && p.resource().equals(ResourceId.of("r-bank")))
        .findFirst().orElseThrow();
    assertThat(b.points()).containsEntry(ScoreComponent.CAPABILITY_FIT, 1000)
        .containsEntry(ScoreComponent.GRID_DISTANCE, 875)
        .containsEntry(ScoreComponent.PAST_RATING, 500)
        .containsEntry(ScoreComponent.LOAD_BALANCE, 1000)
        .containsEntry(ScoreComponent.URGENCY, 500);
    assertThat(b.total()).isEqualTo(1 + 3 * 1000 + 2 * 875 + 2 * 500 + 1000 + 2 * 500);
    assertThat(b.weighted(ScoreComponent.GRID_DISTANCE)).isEqualTo(1750);
    assertThat(b.explain()).startsWith("d1 -> r-bank: 7751 = 1 + CAPABILITY_FIT 3x1000 + GRID_DISTANCE 2x875");
    ScoreBreakdown sw = Matcher.pairs(street(Money.ZERO)).stream()
        .filter(p -> p.demand().equals(DemandId.of("d1")) && p.resource().equals(ResourceId.of("r-sw")))
        .findFirst().orElseThrow();
    assertThat(sw.points()).as("one of two capabilities needed; two levels below the street")
        .containsEntry(ScoreComponent.CAPABILITY_FIT, 500).containsEntry(ScoreComponent.GRID_DISTANCE, 750);
  }

  @Test
  void aShareCapsAChannelAndAPolicyCanLeaveAChannelOut() {
    MatchingProblem p = MatchingProblem.builder().hierarchy(Problems.STREET)
        .addDemands(demand("a", "c1-g1", Urgency.HIGH, WEEK), demand("b", "c1-g2", Urgency.LOW, WEEK),
            demand("c", "c2-g1", Urgency.LOW, WEEK), demand("d", "c2-g2", Urgency.LOW, WEEK))
        .addResources(resource("r1", "org-1", Channel.CLAIM, 4, 0, WEEK, List.of("street"), "care"),
            resource("r2", "org-2", Channel.PURCHASE, 4, 0, WEEK, List.of("street"), "care"))
        .policy(new ChannelPolicy(List.of(Channel.CLAIM, Channel.UNDERTAKE), Map.of(Channel.CLAIM, 500)))
        .build();
    MatchingResult r = Matcher.optimal(p);
    assertThat(r.stages().get(0).cap()).isEqualTo(2);
    assertThat(r.assignments()).hasSize(2);
    assertThat(r.assignment(DemandId.of("a"))).as("the most urgent goes first").isPresent();
    assertThat(r.unmatched()).extracting(Unmatched::reason).containsOnly(UnmatchedReason.CAPACITY_EXHAUSTED);
    assertThat(Eligibility.check(p.demands().get(0), p.resources().get(1), p.hierarchy(), p.policy(), 4))
        .contains(Ineligibility.CHANNEL_NOT_ALLOWED);
  }

  @Test
  void rejectsAProblemWhoseGridsAreNotInTheHierarchy() {
    assertThatThrownBy(() -> MatchingProblem.builder().hierarchy(Problems.STREET)
        .addDemands(demand("a", "nowhere", Urgency.LOW, WEEK))
        .addResources(resource("r1", "org-1", Channel.CLAIM, 1, 0, WEEK, List.of("elsewhere"), "care"),
            resource("r1", "org-1", Channel.CLAIM, 1, 0, WEEK, List.of("street"), "care"))
        .purchaseBudget(Money.ofFen(-1)).build())
        .isInstanceOf(DomainValidationException.class)
        .satisfies(e -> assertThat(((DomainValidationException) e).violations()).extracting(v -> v.rule())
            .containsExactlyInAnyOrder("grid-in-hierarchy", "grid-in-hierarchy", "unique-id", "not-negative"));
    assertThat(GridId.of("street")).isEqualTo(Problems.STREET.root());
  }

  @Test
  void ratingsAndLoadMoveTheScore() {
    assertThat(new RatingHistory(0, 0).points()).isEqualTo(500);
    assertThat(new RatingHistory(2, 10).points()).isEqualTo(1000);
    assertThat(new RatingHistory(4, 4).points()).isZero();
    assertThatThrownBy(() -> new RatingHistory(2, 11)).isInstanceOf(IllegalArgumentException.class);
    MatchingProblem loaded = MatchingProblem.builder().hierarchy(Problems.STREET)
        .addDemands(demand("a", "c1-g1", Urgency.LOW, WEEK))
        .addResources(resource("r1", "org-1", Channel.CLAIM, 4, 0, WEEK, List.of("c1-g1"), "care"))
        .putCurrentLoad(ResourceId.of("r1"), 3)
        .putPastRating(io.github.jiceng.governance.model.actor.OrganizationId.of("org-1"), new RatingHistory(1, 5))
        .build();
    ScoreBreakdown b = Matcher.pairs(loaded).get(0);
    assertThat(b.points()).containsEntry(ScoreComponent.LOAD_BALANCE, 250).containsEntry(ScoreComponent.PAST_RATING, 1000)
        .containsEntry(ScoreComponent.URGENCY, 250).containsEntry(ScoreComponent.GRID_DISTANCE, 1000);
  }
}
