package io.github.jiceng.governance.rules.points;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why the points rules refused a command (积分驳回代码); nothing was booked for it. Each constant's
 * key is {@code points.} and its name in kebab case, such as {@code points.insufficient-balance};
 * the arguments each refusal carries are named below and used by the messages in {@code
 * refusals_en.properties} and {@code refusals_zh.properties} beside this class.
 */
public enum PointsRefusal implements RefusalCode {
  /**
   * The policy has no earning rule for the contribution's kind and earner type. Arguments:
   * {@code policy}, {@code kind}, {@code actor}.
   */
  NO_RULE,
  /**
   * The contribution lacks a measure its rule needs, or names a level the rule does not know.
   * Arguments: {@code rule}, {@code input} (duration, amount, rating, urgency or difficulty).
   */
  INVALID_INPUT,
  /** The policy has no deduction rule with the id. Arguments: {@code policy}, {@code rule}. */
  UNKNOWN_RULE,
  /** The catalogue has no service with the id. Arguments: {@code service}. */
  UNKNOWN_SERVICE,
  /**
   * The balance is below what the entry takes (a balance never goes negative). Arguments:
   * {@code balance}, {@code needed}.
   */
  INSUFFICIENT_BALANCE,
  /** The service's stock is used up. Arguments: {@code service}, {@code left}, {@code asked}. */
  OUT_OF_STOCK,
  /**
   * The member has reached the service's limit for the period. Arguments: {@code service},
   * {@code limit}, {@code redeemed}, {@code asked}.
   */
  MEMBER_LIMIT_REACHED,
  /**
   * The entry is dated before the ledger's last entry; the ledger only moves forward in time.
   * Arguments: {@code clock}, {@code at}.
   */
  OUT_OF_ORDER,
  /**
   * The id is already used by a different entry, or has the form the ledger keeps for its own
   * expiries. Arguments: {@code id}.
   */
  ID_CONFLICT,
  /**
   * A recorded expiry that the ledger does not derive at that instant. Arguments: {@code actor},
   * {@code at}.
   */
  EXPIRY_NOT_DUE,
  /**
   * An instant outside {@code TimeLimits}, or points beyond {@code Points.MAX_ENTRY} for one entry
   * or {@code Points.MAX_BALANCE} for one member's earned total: the ledger's declared limits.
   * Arguments: {@code value}, {@code range} (the declared range, as {@code [lowest, highest]}).
   */
  OUT_OF_RANGE;

  private final String key = RefusalCode.keyOf("points", this);

  /** Returns the stable key, such as {@code points.out-of-range}. */
  @Override
  public String key() {
    return key;
  }
}
