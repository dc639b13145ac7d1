package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * How a fund may pay out (拨付规则), as data: the persons who may approve, how many approvals an
 * amount needs, and one rule per category that may be paid (eligibility and caps).
 *
 * <p>Maker-checker is not optional: a requester never approves or pays their own request, and
 * approvers are distinct. The tiers make "two approvers above a threshold" data:
 *
 * <pre>{@code
 * DisbursementPolicy p = DisbursementPolicy.builder()
 *     .label("lantian-fund@2021")
 *     .addApprovers(PersonId.of("p-secretary"), PersonId.of("p-treasurer"), PersonId.of("p-deputy"))
 *     .addApprovalTier(new ApprovalTier(Money.ZERO, 1))
 *     .addApprovalTier(new ApprovalTier(Money.ofYuan("10000"), 2))
 *     .addCategoryRule(awards)
 *     .build();
 * p.approvalsRequired(Money.ofYuan("9999.99"));   // 1
 * p.approvalsRequired(Money.ofYuan("10000"));     // 2
 * }</pre>
 */
@Value.Immutable
public abstract class DisbursementPolicy {

  /** The longest label accepted, in characters. */
  public static final int MAX_LABEL_LENGTH = 64;

  DisbursementPolicy() {}

  /** Returns a builder; a label, at least one approver, one tier and one category rule are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the label of this version of the policy, such as {@code "lantian-fund@2021"}. */
  public abstract String label();

  /** Returns the persons who may approve requests (the fund's committee), in id order. */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> approvers();

  /** Returns the approval tiers, by ascending amount; the first starts at zero. */
  public abstract List<ApprovalTier> approvalTiers();

  /** Returns the category rules, one per category that may be paid. */
  public abstract List<CategoryRule> categoryRules();

  /** Returns the rule of the category, or empty if the category may not be paid. */
  public final Optional<CategoryRule> rule(OutflowCategory category) {
    java.util.Objects.requireNonNull(category, "category");
    return categoryRules().stream().filter(r -> r.category() == category).findFirst();
  }

  /**
   * Returns how many distinct approvers a request of the amount needs.
   *
   * @param amount the amount requested; not negative
   * @return the approvals of the last tier starting at or below the amount
   */
  public final int approvalsRequired(Money amount) {
    int needed = approvalTiers().get(0).approvals();
    for (ApprovalTier t : approvalTiers()) {
      if (t.from().compareTo(amount) <= 0) {
        needed = t.approvals();
      }
    }
    return needed;
  }

  @Value.Check
  final void check() {
    String subject = "DisbursementPolicy[" + label() + "]";
    Checks.text(subject, "label", label(), MAX_LABEL_LENGTH);
    if (approvers().isEmpty()) {
      throw new DomainValidationException(subject, "approvers", "approvers-present", "a policy names at least one approver");
    }
    if (approvalTiers().isEmpty() || !approvalTiers().get(0).from().isZero()) {
      throw new DomainValidationException(subject, "approvalTiers", "tiers-from-zero",
          "the first approval tier starts at CNY 0.00");
    }
    for (int i = 1; i < approvalTiers().size(); i++) {
      ApprovalTier before = approvalTiers().get(i - 1);
      ApprovalTier t = approvalTiers().get(i);
      if (t.from().compareTo(before.from()) <= 0 || t.approvals() < before.approvals()) {
        throw new DomainValidationException(subject, "approvalTiers", "tiers-ascending",
            "tiers ascend in amount and never need fewer approvals, tier " + i + " was " + t);
      }
    }
    int most = approvalTiers().get(approvalTiers().size() - 1).approvals();
    if (most > approvers().size()) {
      throw new DomainValidationException(new Violation(subject, "approvers", "enough-approvers",
          "a tier needs " + most + " approvals but only " + approvers().size() + " approvers are named")
                  .with("needed", most).with("named", approvers().size()));
    }
    Set<OutflowCategory> seen = EnumSet.noneOf(OutflowCategory.class);
    for (CategoryRule r : categoryRules()) {
      if (!seen.add(r.category())) {
        throw new DomainValidationException(subject, "categoryRules", "one-rule-per-category",
            "two rules for " + r.category());
      }
    }
  }

  /** The builder of {@link DisbursementPolicy}; each attribute may be set once. */
  public static final class Builder extends ImmutableDisbursementPolicy.Builder {
    Builder() {}
  }
}
