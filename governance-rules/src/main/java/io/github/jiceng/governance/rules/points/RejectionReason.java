package io.github.jiceng.governance.rules.points;

/** Why the ledger refused an operation; nothing was booked for it. */
public enum RejectionReason {
  /** The policy has no earning rule for the contribution's kind and earner type. */
  NO_RULE,
  /** The contribution lacks a measure its rule needs, or names a level the rule does not know. */
  INVALID_INPUT,
  /** The policy has no deduction rule with the id. */
  UNKNOWN_RULE,
  /** The catalogue has no service with the id. */
  UNKNOWN_SERVICE,
  /** The balance is below the price (a balance never goes negative). */
  INSUFFICIENT_BALANCE,
  /** The service's stock is used up. */
  OUT_OF_STOCK,
  /** The member has reached the service's limit for the period. */
  MEMBER_LIMIT_REACHED,
  /** The entry is booked before the ledger's last entry; the ledger only moves forward in time. */
  OUT_OF_ORDER,
  /** The id is already used by a different entry. */
  ID_CONFLICT,
  /** A recorded expiry that the ledger does not derive at that instant. */
  EXPIRY_NOT_DUE,
  /**
   * An instant outside {@code TimeLimits}, or points beyond {@code Points.MAX_ENTRY} for one entry
   * or {@code Points.MAX_BALANCE} for one member's totals: the ledger's declared limits.
   */
  OUT_OF_RANGE
}
