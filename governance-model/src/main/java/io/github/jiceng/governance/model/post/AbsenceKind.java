package io.github.jiceng.governance.model.post;

/**
 * Why a holder is away. Deliberately coarse: the reason of a leave (an illness, a family matter)
 * is sensitive personal information and is not recorded here.
 */
public enum AbsenceKind {
  /** 请假: on leave. */
  LEAVE,
  /** 公出: away on official duty, training or study. */
  OFFICIAL_DUTY,
  /** 其他: any other absence. */
  OTHER
}
