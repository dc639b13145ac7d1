package io.github.jiceng.governance.model.fund;

/** Where a disbursement request stands (办理状态). */
public enum CaseStatus {
  /** 待审批: waiting for (more) approvals. */
  PENDING("待审批"),
  /** 已批准: approved by as many approvers as its amount needs, not yet paid. */
  APPROVED("已批准"),
  /** 不予批准: declined by an approver; final. */
  DECLINED("不予批准"),
  /** 已拨付: paid; final. */
  PAID("已拨付");

  private final String chinese;

  CaseStatus(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, as printed on the notice board. */
  public String chinese() {
    return chinese;
  }

  /** Returns whether the case is still open: pending or approved. */
  public boolean isOpen() {
    return this == PENDING || this == APPROVED;
  }
}
