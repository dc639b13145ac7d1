package io.github.jiceng.governance.rules.venue;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link SpaceForServiceRules} refuses a command on a space-for-service grant (驳回代码,
 * feature {@code space}). Times owed and delivered are carried in whole minutes.
 */
public enum SpaceRefusalCode implements RefusalCode {
  /** The stream has no grant yet: grant the space first. Carries {@code command}. */
  NOT_GRANTED,
  /** The stream already holds another grant. Carries {@code grant}, the one it holds, and {@code other}. */
  ALREADY_GRANTED,
  /**
   * A delivery is dated outside the grant's period. Carries {@code delivery}, {@code at}, and the
   * period's {@code start} and {@code end}.
   */
  OUTSIDE_PERIOD,
  /** The delivery's id is that of another delivery. Carries {@code delivery}. */
  DELIVERY_ID_TAKEN,
  /**
   * A review or a renewal is dated before the latest one recorded: the ledger's reviews are
   * appended in time order. Carries {@code at} and {@code latest}.
   */
  OUT_OF_ORDER,
  /**
   * The grant is to be renewed while the organization is behind on its service (服务滞后). Carries
   * {@code grant}, {@code at}, {@code owedMinutes}, {@code deliveredMinutes} and {@code
   * graceMinutes}.
   */
  BEHIND_ON_SERVICE,
  /** A renewal would not extend the grant's period. Carries {@code until} and {@code end}, the period's end now. */
  RENEWAL_NOT_LATER;

  private final String key = RefusalCode.keyOf("space", this);

  /** Returns the stable key, such as {@code space.behind-on-service}. */
  @Override
  public String key() {
    return key;
  }
}
