package io.github.jiceng.governance.model.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A points policy is versioned data whose every rule is checked when it is built. */
final class PointsPolicyTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static EarningRule.Builder attend(String id) {
    return EarningRule.builder().id(RuleId.of(id)).name("参加活动").kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(5);
  }

  private static PointsPolicy.Builder policy() {
    return PointsPolicy.builder().name("p").version(1).zone(ZONE).expiry(ExpiryPolicy.never());
  }

  @Test
  void theArticleDefaultIsValidAndFindsRulesByKindAndEarner() {
    PointsPolicy article = RedStarPolicies.article();
    assertThat(article.label()).isEqualTo("zhungeer-red-star@1");
    assertThat(article.earningRule(ContributionKind.CHECK_IN, PersonId.of("p-1"))).isPresent();
    assertThat(article.earningRule(ContributionKind.CHECK_IN, OrganizationId.of("org-1"))).isEmpty();
    assertThat(article.earningRule(ContributionKind.DONATION, OrganizationId.of("org-1"))).isPresent();
    assertThat(article.grade(Points.of(599))).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("二星"));
    assertThat(article.grade(Points.of(600))).hasValueSatisfying(g -> assertThat(g.name()).isEqualTo("三星"));
    assertThat(article.grade(Points.of(99))).isEmpty();
    assertThat(article.earningRules()).allSatisfy(r -> assertThat(r.pillar().key()).isEqualTo("SERVICE_SHARING"));
  }

  @Test
  void refusesTwoRulesForTheSameKindAndEarner() {
    assertThatThrownBy(() -> policy().addEarningRule(attend("a").build()).addEarningRule(attend("b").build()).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("one-rule-per-kind-and-earner");
    PointsPolicy split = policy().addEarningRule(attend("a").addEarner(EarnerType.PERSON).build())
        .addEarningRule(attend("b").addEarner(EarnerType.ORGANIZATION).build()).build();
    assertThat(split.earningRule(ContributionKind.ACTIVITY_ATTENDED, OrganizationId.of("o")).orElseThrow().id())
        .isEqualTo(RuleId.of("b"));
  }

  @Test
  void refusesMalformedPolicies() {
    assertThatThrownBy(() -> policy().rounding(RoundingMode.UNNECESSARY).build())
        .hasMessageContaining("rounding-mode");
    assertThatThrownBy(() -> policy().addGrade(StarGrade.of("a", "一星", 100)).addGrade(StarGrade.of("b", "二星", 100))
        .build()).hasMessageContaining("thresholds-ascending");
    assertThatThrownBy(() -> policy().addEarningRule(attend("a").build())
        .addDeductionRule(DeductionRule.of("a", "违规", 5)).build()).hasMessageContaining("rule-ids-unique");
    assertThatThrownBy(() -> policy().addMemberCap(Cap.of(CapPeriod.DAY, 5)).addMemberCap(Cap.of(CapPeriod.DAY, 9))
        .build()).hasMessageContaining("one-cap-per-period");
  }

  @Test
  void refusesRulesThatDoNotFitTheirKind() {
    assertThatThrownBy(() -> EarningRule.builder().id(RuleId.of("d")).name("捐赠").kind(ContributionKind.DONATION)
        .basePoints(1).build()).hasMessageContaining("amount-unit-for-amounts");
    assertThatThrownBy(() -> attend("a").durationStep(Duration.ofMinutes(30)).build())
        .hasMessageContaining("durations-for-hours");
    assertThatThrownBy(() -> EarningRule.builder().id(RuleId.of("v")).name("时长").kind(ContributionKind.VOLUNTEER_SERVICE)
        .basePoints(1).durationStep(Duration.ofSeconds(90)).build()).hasMessageContaining("whole-minutes");
    assertThatThrownBy(() -> attend("a").putRatingMultiplier(6, 1000).build()).hasMessageContaining("rating-range");
    assertThat(EarningRule.builder().id(RuleId.of("d")).name("捐赠").kind(ContributionKind.DONATION).basePoints(1)
        .amountUnit(Money.ofYuan("100")).build().admittedEarners()).containsExactlyInAnyOrder(EarnerType.values());
  }

  @Test
  void expiryBoundariesFollowThePolicysCalendar() {
    Instant lateDecember = LocalDate.of(2024, 12, 31).atTime(23, 30).atZone(ZONE).toInstant();
    assertThat(ExpiryPolicy.annualReset().boundaryDay(lateDecember, ZONE)).contains(LocalDate.of(2025, 1, 1));
    assertThat(ExpiryPolicy.endOfFollowingYear().boundaryDay(lateDecember, ZONE)).contains(LocalDate.of(2026, 1, 1));
    assertThat(ExpiryPolicy.afterMonths(12).boundaryDay(lateDecember, ZONE)).contains(LocalDate.of(2025, 12, 1));
    assertThat(ExpiryPolicy.never().boundary(lateDecember, ZONE)).isEmpty();
    assertThat(ExpiryPolicy.endOfFollowingYear().describe()).isEqualTo("end of the following year");
    assertThatThrownBy(() -> new ExpiryPolicy(ExpiryPolicy.Unit.NEVER, 3)).hasMessageContaining("count-fits-unit");
  }

  @Test
  void pointsAreExactAndRefuseToOverflow() {
    assertThat(Points.of(7).plus(Points.of(5)).minus(Points.of(2)).times(3)).isEqualTo(Points.of(30));
    assertThatThrownBy(() -> Points.of(Long.MAX_VALUE).plus(Points.of(1))).isInstanceOf(ArithmeticException.class);
    assertThat(Points.of(12)).hasToString("12 pt");
  }

  @Test
  void entryIdsAreLongerThanOtherIdsButStillChecked() {
    assertThat(EntryId.of("expiry:p:" + "x".repeat(64) + ":2027-01-01").value()).hasSize(84);
    assertThatThrownBy(() -> EntryId.of("bad id")).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("id-form");
  }
}
