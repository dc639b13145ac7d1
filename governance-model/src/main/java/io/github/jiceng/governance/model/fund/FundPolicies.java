package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import java.util.Collection;

/**
 * A shipped default disbursement policy for a street's co-building fund.
 *
 * <p>The article names the uses of the fund (三救三扶三奖 and 定向投) but no amounts; the caps
 * and limits here are illustrative defaults for a street of about 20,000 residents, meant to be
 * replaced by a district's own policy:
 *
 * <table>
 *   <caption>The default rules</caption>
 *   <tr><th>category</th><th>recipient</th><th>per case</th><th>per recipient</th></tr>
 *   <tr><td>救急 emergency</td><td>any</td><td>5,000</td><td>2 a year</td></tr>
 *   <tr><td>救难 hardship</td><td>any</td><td>10,000</td><td>1 a year</td></tr>
 *   <tr><td>救困 poverty</td><td>any</td><td>5,000</td><td>2 a year</td></tr>
 *   <tr><td>扶老 elderly</td><td>person</td><td>2,000</td><td>1 a year</td></tr>
 *   <tr><td>扶孤 orphans</td><td>person</td><td>10,000</td><td>4 a year</td></tr>
 *   <tr><td>扶持公益 public welfare</td><td>any</td><td>50,000</td><td>—</td></tr>
 *   <tr><td>三奖 awards (each)</td><td>person</td><td>2,000 / 3,000 / 2,000</td><td>1 award of any kind a year</td></tr>
 *   <tr><td>定向投 directed projects</td><td>any</td><td>1,000,000</td><td>—</td></tr>
 * </table>
 *
 * <p>Relief and support are capped at 200,000 a year per category. One approval is needed below
 * 10,000 yuan, two from 10,000 and three from 200,000.
 */
public final class FundPolicies {

  private FundPolicies() {}

  /**
   * Returns the default policy with the given committee of approvers.
   *
   * @param label the label of the policy version, such as {@code "lantian-fund@2021"}
   * @param approvers the persons who may approve; at least three, since the top tier needs three
   * @return the policy; never null
   */
  public static DisbursementPolicy streetDefault(String label, Collection<PersonId> approvers) {
    requireNonNull(label, "label");
    DomainChecks.noNullElements(approvers, "approvers");
    PeriodCap yearly = new PeriodCap(Money.ofYuan("200000"), CalendarPeriod.YEAR);
    RecipientLimit oneAwardAYear = new RecipientLimit(1, CalendarPeriod.YEAR, LimitScope.GROUP);
    return DisbursementPolicy.builder()
        .label(label)
        .addAllApprovers(approvers)
        .addApprovalTier(new ApprovalTier(Money.ZERO, 1))
        .addApprovalTier(new ApprovalTier(Money.ofYuan("10000"), 2))
        .addApprovalTier(new ApprovalTier(Money.ofYuan("200000"), 3))
        .addCategoryRule(relief(OutflowCategory.EMERGENCY, RecipientKind.ANY, "5000", 2, yearly))
        .addCategoryRule(relief(OutflowCategory.HARDSHIP, RecipientKind.ANY, "10000", 1, yearly))
        .addCategoryRule(relief(OutflowCategory.POVERTY, RecipientKind.ANY, "5000", 2, yearly))
        .addCategoryRule(relief(OutflowCategory.ELDERLY, RecipientKind.PERSON, "2000", 1, yearly))
        .addCategoryRule(relief(OutflowCategory.ORPHANS, RecipientKind.PERSON, "10000", 4, yearly))
        .addCategoryRule(CategoryRule.builder().category(OutflowCategory.PUBLIC_WELFARE)
            .caseCap(Money.ofYuan("50000")).periodCap(yearly).build())
        .addCategoryRule(award(OutflowCategory.NEW_RECRUITS, "2000", oneAwardAYear))
        .addCategoryRule(award(OutflowCategory.OUTSTANDING_STUDENTS, "3000", oneAwardAYear))
        .addCategoryRule(award(OutflowCategory.ROLE_MODELS, "2000", oneAwardAYear))
        .addCategoryRule(CategoryRule.builder().category(OutflowCategory.DIRECTED_PROJECT)
            .caseCap(Money.ofYuan("1000000")).build())
        .build();
  }

  private static CategoryRule relief(OutflowCategory c, RecipientKind who, String cap, int perYear, PeriodCap yearly) {
    return CategoryRule.builder().category(c).recipients(who).caseCap(Money.ofYuan(cap)).periodCap(yearly)
        .recipientLimit(new RecipientLimit(perYear, CalendarPeriod.YEAR, LimitScope.CATEGORY)).build();
  }

  private static CategoryRule award(OutflowCategory c, String cap, RecipientLimit limit) {
    return CategoryRule.builder().category(c).recipients(RecipientKind.PERSON).caseCap(Money.ofYuan(cap))
        .recipientLimit(limit).build();
  }
}
