package io.github.jiceng.governance.rules.fund;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why the fund refuses an entry or a step of a request (驳回代码), each a stable key such as
 * {@code fund.over-case-cap}. A {@link io.github.jiceng.governance.rules.decider.Refusal} of the
 * fund carries one of these and the named arguments listed for it, always the same for a code;
 * {@code refusals_en.properties} and {@code refusals_zh.properties} beside this class hold a
 * message template per key that uses exactly those arguments.
 */
public enum FundRefusal implements RefusalCode {
  /**
   * An entry or a request with the same id is already recorded with different content. Argument:
   * {@code id}, the entry's or the request's id.
   */
  CONFLICTING_ID,
  /**
   * The entry or request belongs to another fund. Arguments: {@code id}, {@code fund} (the fund it
   * names) and {@code expected} (this fund).
   */
  WRONG_FUND,
  /**
   * The entry or request is dated before the fund was launched. Arguments: {@code id}, {@code at}
   * and {@code launchedOn}.
   */
  BEFORE_LAUNCH,
  /**
   * The step is dated before an earlier step it depends on, or before the ledger's last entry.
   * Arguments: {@code id}, {@code at} and {@code after} (the instant it may not precede).
   */
  OUT_OF_ORDER,
  /**
   * A holding would go below zero: there is not enough money the request may use. Arguments:
   * {@code id}, {@code amount} and {@code available}.
   */
  INSUFFICIENT_BALANCE,
  /**
   * The policy has no rule for the category: it may not be paid. Arguments: {@code category} and
   * {@code policy}.
   */
  CATEGORY_NOT_ALLOWED,
  /**
   * The recipient is not of the kind the category allows. Arguments: {@code id}, {@code category}
   * and {@code recipients} (the kind allowed).
   */
  RECIPIENT_NOT_ELIGIBLE,
  /**
   * The amount is above the category's cap per case. Arguments: {@code id}, {@code amount},
   * {@code category} and {@code cap}.
   */
  OVER_CASE_CAP,
  /**
   * The category's cap for the calendar period would be exceeded. Arguments: {@code id}, {@code
   * category}, {@code committed} (already requested in the period), {@code amount}, {@code cap} and
   * {@code period}.
   */
  OVER_PERIOD_CAP,
  /**
   * The recipient has already had as many cases as the limit allows in the period. Arguments:
   * {@code id}, {@code cases}, {@code limit} and {@code period}; the recipient is named in the
   * detail only.
   */
  OVER_RECIPIENT_LIMIT,
  /** No request with the id is known. Argument: {@code id}. */
  UNKNOWN_REQUEST,
  /** The person is not one of the policy's approvers. Arguments: {@code approver} and {@code policy}. */
  NOT_AN_APPROVER,
  /** The requester tried to approve or decline their own request. Arguments: {@code id} and {@code approver}. */
  REQUESTER_CANNOT_APPROVE,
  /** The requester tried to pay their own request. Arguments: {@code id} and {@code payer}. */
  REQUESTER_CANNOT_PAY,
  /**
   * The approver has already approved the request; any further decision on it must come from
   * someone else. Arguments: {@code id} and {@code approver}.
   */
  DUPLICATE_APPROVER,
  /**
   * The request is not pending: it is already approved, declined or paid. Arguments: {@code id}
   * and {@code status}.
   */
  NOT_PENDING,
  /**
   * The request is not approved (or was paid by another entry), so it cannot be paid. Arguments:
   * {@code id} and {@code status}.
   */
  NOT_APPROVED,
  /**
   * A recorded disbursement has fewer approvals than the policy needs for its amount. Arguments:
   * {@code id}, {@code amount}, {@code approvals} and {@code needed}.
   */
  INSUFFICIENT_APPROVALS,
  /**
   * A declared limit would be passed: the fund's income would exceed {@code Money.MAX_TOTAL}, or
   * a step is dated outside {@code TimeLimits}. Arguments: {@code value}, {@code min} and {@code
   * max}.
   */
  OUT_OF_RANGE,
  /**
   * A donation names a pledge the fund does not know. Arguments: {@code id} (the donation) and
   * {@code pledge}.
   */
  UNKNOWN_PLEDGE,
  /**
   * A donation names a pledge of another donor: only the donor who pledged pays a pledge.
   * Arguments: {@code id} (the donation) and {@code pledge}; the donors are named in the detail only.
   */
  PLEDGE_DONOR_MISMATCH,
  /**
   * A donation would pay more than its pledge has outstanding. Arguments: {@code id} (the
   * donation), {@code pledge}, {@code amount} and {@code outstanding}.
   */
  OVER_PLEDGE;

  private final String key = RefusalCode.keyOf("fund", this);

  /** Returns the stable key, such as {@code fund.over-case-cap}. */
  @Override
  public String key() {
    return key;
  }
}
