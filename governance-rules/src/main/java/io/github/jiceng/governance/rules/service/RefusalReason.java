package io.github.jiceng.governance.rules.service;

/** Why the lifecycle refused a transition. */
public enum RefusalReason {
  /** The transition cannot leave the demand's current state. */
  NOT_ALLOWED_IN_STATE,
  /** The event names another demand. */
  WRONG_DEMAND,
  /** The event is dated before the demand's last transition. */
  OUT_OF_ORDER,
  /** The transition needs a reason (reject, withdraw, release, reassign, reopen). */
  REASON_REQUIRED,
  /** Grouping needs the project. */
  PROJECT_REQUIRED,
  /** Dispatching needs the channel. */
  CHANNEL_REQUIRED,
  /** Claiming and reassigning need the claimant. */
  CLAIMANT_REQUIRED,
  /** Reassigning needs a claimant other than the current one. */
  SAME_CLAIMANT,
  /** Only the claimant holding the demand may release it. */
  NOT_THE_CLAIMANT,
  /** Delivering needs the service record. */
  SERVICE_REQUIRED,
  /** Evaluating needs the outcome and a rating. */
  OUTCOME_REQUIRED,
  /** A rating is 1 to 5. */
  RATING_OUT_OF_RANGE,
  /** Closing needs a satisfactory rating; a poor one reopens instead. */
  RATING_TOO_LOW_TO_CLOSE,
  /** Reopening needs a poor rating; a satisfactory one closes instead. */
  RATING_TOO_HIGH_TO_REOPEN,
  /** The event is dated outside {@code TimeLimits}, the instants the SDK accepts. */
  INSTANT_OUT_OF_RANGE
}
