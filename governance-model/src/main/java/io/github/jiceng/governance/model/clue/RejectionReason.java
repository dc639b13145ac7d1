package io.github.jiceng.governance.model.clue;

/** Why a clue is not turned into a project (不予立项理由). */
public enum RejectionReason {
  /** 不属于本级事权: someone else's to solve (a utility, a higher level), passed on. */
  OUT_OF_REMIT,
  /** 已解决: already solved by the time it was screened. */
  ALREADY_RESOLVED,
  /** 信息不足: too little to act on, and the reporter could not be reached. */
  INSUFFICIENT_INFORMATION,
  /** 调研后不可行: the survey found it cannot be done (cost, land, law). */
  UNFEASIBLE,
  /** 其他: another reason, given in the explanation. */
  OTHER
}
