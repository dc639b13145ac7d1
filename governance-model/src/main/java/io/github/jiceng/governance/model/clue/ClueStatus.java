package io.github.jiceng.governance.model.clue;

/** Where a clue stands (线索状态), derived from the decisions a {@link ClueCase} holds. */
public enum ClueStatus {
  /** 已收集: collected, not yet screened. */
  COLLECTED,
  /** 已筛选: accepted at screening, not yet evaluated. */
  SCREENED,
  /** 已合并: merged into another clue about the same problem; final. */
  MERGED,
  /** 不予立项: rejected, with a reason; final. */
  REJECTED,
  /** 已评估: surveyed and evaluated. */
  EVALUATED,
  /** 已确定实施方式: decided into a project. */
  DECIDED,
  /** 实施中: the project has started. */
  IN_PROGRESS,
  /** 已完成: the project is completed; final. */
  COMPLETED;

  /** Returns whether nothing more can happen to a clue of this status. */
  public boolean isFinal() {
    return this == MERGED || this == REJECTED || this == COMPLETED;
  }
}
