package io.github.jiceng.governance.model.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DisbursementPolicyTest {

  private static final List<PersonId> THREE = List.of(PersonId.of("a"), PersonId.of("b"), PersonId.of("c"));

  @Test
  void approvalTiersApplyFromTheirAmountOn() {
    DisbursementPolicy p = FundPolicies.streetDefault("v1", THREE);
    assertThat(p.approvalsRequired(Money.ofFen(1))).isEqualTo(1);
    assertThat(p.approvalsRequired(Money.ofYuan("10000").minus(Money.ofFen(1)))).isEqualTo(1);
    assertThat(p.approvalsRequired(Money.ofYuan("10000"))).isEqualTo(2);
    assertThat(p.approvalsRequired(Money.ofYuan("199999.99"))).isEqualTo(2);
    assertThat(p.approvalsRequired(Money.ofYuan("200000"))).isEqualTo(3);
    assertThat(p.rule(OutflowCategory.OUTSTANDING_STUDENTS).orElseThrow().recipientLimit().orElseThrow().scope())
        .isEqualTo(LimitScope.GROUP);
    assertThat(p.approvers()).containsExactlyElementsOf(THREE);
  }

  @Test
  void tiersStartAtZeroAscendAndNeverNeedMoreApproversThanThereAre() {
    assertThatThrownBy(() -> base().addApprovalTier(new ApprovalTier(Money.ofFen(1), 1)).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("tiers-from-zero");
    assertThatThrownBy(() -> base().addApprovalTiers(new ApprovalTier(Money.ZERO, 2), new ApprovalTier(Money.ofYuan("5"), 1))
        .build()).hasMessageContaining("tiers-ascending");
    assertThatThrownBy(() -> base().addApprovalTiers(new ApprovalTier(Money.ZERO, 1), new ApprovalTier(Money.ZERO, 2))
        .build()).hasMessageContaining("tiers-ascending");
    assertThatThrownBy(() -> base().addApprovalTier(new ApprovalTier(Money.ZERO, 4)).build()).hasMessageContaining("enough-approvers");
    assertThatThrownBy(() -> FundPolicies.streetDefault("v1", THREE.subList(0, 2))).hasMessageContaining("enough-approvers");
  }

  @Test
  void aCategoryHasOneRule() {
    CategoryRule r = CategoryRule.builder().category(OutflowCategory.ELDERLY).build();
    assertThatThrownBy(() -> base().addApprovalTier(new ApprovalTier(Money.ZERO, 1)).addCategoryRules(r, r).build())
        .hasMessageContaining("one-rule-per-category");
  }

  @Test
  void calendarPeriodsFollowTheFundsZone() {
    ZoneId china = Fund.CHINA;
    Instant newYearInChina = LocalDateTime.parse("2022-01-01T00:00").atZone(china).toInstant();
    assertThat(CalendarPeriod.YEAR.around(newYearInChina.minusNanos(1), china).start())
        .isEqualTo(LocalDateTime.parse("2021-01-01T00:00").atZone(china).toInstant());
    assertThat(CalendarPeriod.YEAR.around(newYearInChina, china).start()).isEqualTo(newYearInChina);
    Interval q3 = CalendarPeriod.QUARTER.around(LocalDateTime.parse("2022-09-30T23:59").atZone(china).toInstant(), china);
    assertThat(q3).isEqualTo(Interval.of(LocalDateTime.parse("2022-07-01T00:00").atZone(china).toInstant(),
        LocalDateTime.parse("2022-10-01T00:00").atZone(china).toInstant()));
    assertThat(CalendarPeriod.MONTH.around(newYearInChina, china).end())
        .isEqualTo(LocalDateTime.parse("2022-02-01T00:00").atZone(china).toInstant());
  }

  private static DisbursementPolicy.Builder base() {
    return DisbursementPolicy.builder().label("t").addAllApprovers(THREE);
  }
}
