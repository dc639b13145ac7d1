package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * How many distinct approvers a request needs from an amount on (分级审批): a request of at least
 * {@code from} needs {@code approvals} approvers, none of them its requester.
 *
 * @param from the smallest amount the tier applies to; not negative
 * @param approvals the approvals needed; positive
 */
public record ApprovalTier(Money from, int approvals) {

  /**
   * Validates the tier.
   *
   * @throws DomainValidationException if {@code from} is negative or {@code approvals} not positive
   */
  public ApprovalTier {
    requireNonNull(from, "from");
    if (from.isNegative()) {
      throw new DomainValidationException("ApprovalTier", "from", "from-not-negative", "a tier starts at 0 or more, was " + from);
    }
    if (approvals < 1) {
      throw new DomainValidationException("ApprovalTier", "approvals", "approvals-positive",
          "a tier needs at least one approval, was " + approvals);
    }
  }
}
