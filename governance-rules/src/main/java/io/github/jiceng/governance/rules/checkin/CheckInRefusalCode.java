package io.github.jiceng.governance.rules.checkin;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link CheckInRules} refuses a check-in (驳回代码, feature {@code checkin}): what {@link
 * CheckInAudit} would flag and never count, judged as the check-in arrives. Each constant names
 * the arguments its refusals carry: ids, counts and durations (ISO-8601, such as {@code PT1H}),
 * never the note or the place.
 */
public enum CheckInRefusalCode implements RefusalCode {
  /** Another check-in was recorded under the same id. Carries {@code checkIn}, the id. */
  ID_REUSED,
  /**
   * The household is not among those assigned to the member (非联系户). Carries {@code member},
   * {@code household} and {@code assigned}, how many households the member is assigned.
   */
  OUTSIDE_ASSIGNMENT,
  /**
   * The member checked in at the household within the policy's duplicate window of a recorded
   * check-in (重复打卡). Carries {@code member}, {@code household}, {@code counted}, the id of the
   * recorded check-in, and {@code window}.
   */
  DUPLICATE,
  /**
   * With this check-in the member would have more than the policy's limit within its burst window
   * (集中打卡). Carries {@code member}, {@code limit} and {@code window}.
   */
  TOO_FREQUENT;

  private final String key = RefusalCode.keyOf("checkin", this);

  /** Returns the stable key, such as {@code checkin.too-frequent}. */
  @Override
  public String key() {
    return key;
  }
}
