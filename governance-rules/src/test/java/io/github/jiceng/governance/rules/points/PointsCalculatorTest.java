package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.rules.points.PointsCalculator.Calculated;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.points.PointsCalculator.Refused;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Awards under the article's default policy, computed exactly and explained. */
final class PointsCalculatorTest {

  private static final PointsPolicy ARTICLE = RedStarPolicies.article();
  private static final Instant AT = Instant.parse("2024-05-10T02:00:00Z");

  private static Contribution.Builder person(ContributionKind kind) {
    return Contribution.builder().id(EntryId.of("c-1")).actor(PersonId.of("p-1")).kind(kind).occurredAt(AT);
  }

  private static Calculated calculated(PointsPolicy policy, Contribution c) {
    PointsCalculator.Calculation r = PointsCalculator.calculate(policy, c);
    assertThat(r).isInstanceOf(Calculated.class);
    return (Calculated) r;
  }

  @Test
  void volunteerTimeCountsInWholeHalfHoursUpToEightHours() {
    Calculated c = calculated(ARTICLE, person(ContributionKind.VOLUNTEER_SERVICE).duration(Duration.ofMinutes(160)).build());
    assertThat(c.points().value()).isEqualTo(25);
    assertThat(c.arithmetic()).isEqualTo("10 pt/h × 2.5 h (150 min of 160 min given; steps of 30 min) = 25");
    Calculated longDay = calculated(ARTICLE, person(ContributionKind.VOLUNTEER_SERVICE).duration(Duration.ofHours(11)).build());
    assertThat(longDay.points().value()).isEqualTo(80);
    assertThat(longDay.arithmetic()).contains("at most 480 min per activity");
  }

  @Test
  void timeBelowTheMinimumEarnsNothingAndSaysWhy() {
    Calculated c = calculated(ARTICLE, person(ContributionKind.SAFETY_PATROL).duration(Duration.ofMinutes(20)).build());
    assertThat(c.points().value()).isZero();
    assertThat(c.arithmetic()).isEqualTo("20 min given is below the minimum of 30 min = 0");
  }

  @Test
  void demandFulfilledMultipliesUrgencyAndRating() {
    Calculated c = calculated(ARTICLE, person(ContributionKind.DEMAND_FULFILLED).urgency("URGENT").rating(4).build());
    // 30 × 1.5 × 1.2 = 54
    assertThat(c.points().value()).isEqualTo(54);
    assertThat(c.arithmetic()).isEqualTo("30 pt × 1 × urgency URGENT 1.5 × rating 4 1.2 = 54");
    Calculated poor = calculated(ARTICLE, person(ContributionKind.DEMAND_FULFILLED).rating(1).build());
    assertThat(poor.points().value()).isZero();
  }

  @Test
  void donationsEarnPerHundredYuanAndRoundHalfUp() {
    Calculated c = calculated(ARTICLE, Contribution.builder().id(EntryId.of("d-1")).actor(OrganizationId.of("org-bank"))
        .kind(ContributionKind.DONATION).occurredAt(AT).amount(Money.ofYuan("3050")).build());
    assertThat(c.points().value()).isEqualTo(31);
    assertThat(c.arithmetic()).isEqualTo("1 pt per CNY 100.00 × CNY 3050.00 / CNY 100.00 = 30.5 → 31 (HALF_UP)");
  }

  @Test
  void theRoundingModeIsThePolicys() {
    PointsPolicy floor = PointsPolicy.builder().name("floor").version(1).zone(ZoneId.of("Asia/Shanghai"))
        .rounding(RoundingMode.FLOOR).expiry(ExpiryPolicy.never())
        .addEarningRule(EarningRule.builder().id(RuleId.of("h")).name("时长").kind(ContributionKind.VOLUNTEER_SERVICE)
            .basePoints(1).build())
        .build();
    Calculated c = calculated(floor, person(ContributionKind.VOLUNTEER_SERVICE).duration(Duration.ofMinutes(100)).build());
    assertThat(c.points().value()).isEqualTo(1);
    assertThat(c.arithmetic()).isEqualTo("1 pt/h × 5/3 h (100 min of 100 min given) = 5/3 → 1 (FLOOR)");
  }

  @Test
  void refusesWhatThePolicyCannotScore() {
    assertThat(PointsCalculator.calculate(ARTICLE, Contribution.builder().id(EntryId.of("x")).actor(OrganizationId.of("org-1"))
        .kind(ContributionKind.CHECK_IN).occurredAt(AT).build()))
        .isEqualTo(new Refused(Refusal.of(PointsRefusal.NO_RULE,
            "policy zhungeer-red-star@1 has no rule for CHECK_IN by a unit").with("policy", "zhungeer-red-star@1")
            .with("kind", "CHECK_IN").with("actor", "org-1")));
    assertThat(PointsCalculator.calculate(ARTICLE, person(ContributionKind.VOLUNTEER_SERVICE).build()))
        .extracting(r -> ((Refused) r).refusal().code()).isEqualTo(PointsRefusal.INVALID_INPUT);
    assertThat(PointsCalculator.calculate(ARTICLE, person(ContributionKind.DEMAND_FULFILLED).build()))
        .extracting(r -> ((Refused) r).refusal().detail()).isEqualTo("demand-fulfilled needs the beneficiary's rating");
    assertThat(PointsCalculator.calculate(ARTICLE, person(ContributionKind.DEMAND_FULFILLED).rating(3).urgency("SOON").build()))
        .extracting(r -> ((Refused) r).refusal()).satisfies(r -> {
          assertThat(r.detail()).startsWith("demand-fulfilled knows no urgency SOON");
          assertThat(r.arguments()).containsExactly(org.assertj.core.api.Assertions.entry("rule", "demand-fulfilled"),
              org.assertj.core.api.Assertions.entry("input", "urgency"));
        });
  }
}
