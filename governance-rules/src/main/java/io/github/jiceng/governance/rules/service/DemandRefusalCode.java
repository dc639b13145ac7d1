package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why the demand lifecycle refuses a transition (需求流转驳回代码); each key is {@code demand.} and
 * the constant in kebab case, such as {@code demand.not-allowed-in-state}. Every code carries the
 * argument {@code demand}; the others it carries are listed with it.
 */
public enum DemandRefusalCode implements RefusalCode {
  /**
   * The transition cannot leave the demand's current state, or the stream holds no submit event
   * yet. Arguments: {@code demand}, {@code transition}.
   */
  NOT_ALLOWED_IN_STATE,
  /** The event names another demand than the stream's. Arguments: {@code demand}, {@code expected}. */
  WRONG_DEMAND,
  /** The event is dated before the demand's last transition. Arguments: {@code demand}, {@code at}, {@code since}. */
  OUT_OF_ORDER,
  /** The transition needs a reason (reject, withdraw, release, reassign, reopen). Arguments: {@code demand}, {@code transition}. */
  REASON_REQUIRED,
  /** Grouping needs the project. Arguments: {@code demand}, {@code transition}. */
  PROJECT_REQUIRED,
  /** Dispatching needs the channel. Arguments: {@code demand}, {@code transition}. */
  CHANNEL_REQUIRED,
  /** Claiming and reassigning need the claimant. Arguments: {@code demand}, {@code transition}. */
  CLAIMANT_REQUIRED,
  /** Reassigning needs a claimant other than the current one. Arguments: {@code demand}, {@code claimant}. */
  SAME_CLAIMANT,
  /** Only the claimant holding the demand may release it. Arguments: {@code demand}, {@code actor}. */
  NOT_THE_CLAIMANT,
  /** Delivering needs the service record. Arguments: {@code demand}, {@code transition}. */
  SERVICE_REQUIRED,
  /** Evaluating needs the outcome and a rating. Arguments: {@code demand}, {@code transition}. */
  OUTCOME_REQUIRED,
  /** A rating is 1 to 5. Arguments: {@code demand}, {@code rating}. */
  RATING_OUT_OF_RANGE,
  /**
   * Closing needs a satisfactory rating; a poor one reopens instead. Arguments: {@code demand},
   * {@code rating}, {@code satisfactory}.
   */
  RATING_TOO_LOW_TO_CLOSE,
  /**
   * Reopening needs a poor rating; a satisfactory one closes instead. Arguments: {@code demand},
   * {@code rating}, {@code satisfactory}.
   */
  RATING_TOO_HIGH_TO_REOPEN,
  /** The event is dated outside {@code TimeLimits}, the instants the SDK accepts. Arguments: {@code demand}, {@code at}. */
  INSTANT_OUT_OF_RANGE;

  private final String key = RefusalCode.keyOf("demand", this);

  /** Returns the stable key, such as {@code demand.not-allowed-in-state}. */
  @Override
  public String key() {
    return key;
  }
}
