package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

/**
 * Why the fund refused an entry or a step of a request (驳回理由): a stable reason and a sentence
 * naming the values involved (ids and amounts, never personal data).
 *
 * @param reason the reason
 * @param detail what exactly was refused, in one sentence
 */
public record Rejection(Reason reason, String detail) {

  /** Checks the parts are present. */
  public Rejection {
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  /** Returns {@code REASON: detail}. */
  @Override
  public String toString() {
    return reason + ": " + detail;
  }

  /** The reasons the fund refuses something. */
  public enum Reason {
    /** An entry or a request with the same id is already recorded with different content. */
    CONFLICTING_ID,
    /** The entry or request belongs to another fund. */
    WRONG_FUND,
    /** The entry or request is dated before the fund was launched. */
    BEFORE_LAUNCH,
    /** The step is dated before an earlier step it depends on, or before the ledger's last entry. */
    OUT_OF_ORDER,
    /** A holding would go below zero: there is not enough money the request may use. */
    INSUFFICIENT_BALANCE,
    /** The policy has no rule for the category: it may not be paid. */
    CATEGORY_NOT_ALLOWED,
    /** The recipient is not of the kind the category allows. */
    RECIPIENT_NOT_ELIGIBLE,
    /** The amount is above the category's cap per case. */
    OVER_CASE_CAP,
    /** The category's cap for the calendar period would be exceeded. */
    OVER_PERIOD_CAP,
    /** The recipient has already had as many cases as the limit allows in the period. */
    OVER_RECIPIENT_LIMIT,
    /** No request with the id is known. */
    UNKNOWN_REQUEST,
    /** The person is not one of the policy's approvers. */
    NOT_AN_APPROVER,
    /** The requester tried to approve or decline their own request. */
    REQUESTER_CANNOT_APPROVE,
    /** The requester tried to pay their own request. */
    REQUESTER_CANNOT_PAY,
    /** The approver has already approved the request; any further decision on it must come from someone else. */
    DUPLICATE_APPROVER,
    /** The request is not pending: it is already approved, declined or paid. */
    NOT_PENDING,
    /** The request is not approved (or was paid by another entry), so it cannot be paid. */
    NOT_APPROVED,
    /** A recorded disbursement has fewer approvals than the policy needs for its amount. */
    INSUFFICIENT_APPROVALS,
    /**
     * A declared limit would be passed: the fund's income would exceed {@code Money.MAX_TOTAL}, or
     * a step is dated outside {@code TimeLimits}.
     */
    OUT_OF_RANGE
  }
}
