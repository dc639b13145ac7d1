package io.github.jiceng.governance.rules.volunteer;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why a volunteer service record is refused (志愿服务记录驳回代码); nothing was recorded. Each
 * constant's key is {@code volunteer.} and its name in kebab case, such as {@code volunteer.late};
 * the arguments each refusal carries are named below and used by the messages in {@code
 * refusals_en.properties} and {@code refusals_zh.properties} beside this class.
 */
public enum VolunteerRefusal implements RefusalCode {
  /**
   * Entered after the tenth working day after the activity. Arguments: {@code activityDate},
   * {@code recordedOn}, {@code workingDays} (after the activity), {@code deadline}.
   */
  LATE,
  /** Entered before the activity took place. Arguments: {@code activityDate}, {@code recordedOn}. */
  BEFORE_ACTIVITY,
  /** The record's id is already used by a different record. Arguments: {@code id}. */
  ID_CONFLICT;

  private final String key = RefusalCode.keyOf("volunteer", this);

  /** Returns the stable key, such as {@code volunteer.late}. */
  @Override
  public String key() {
    return key;
  }
}
