package io.github.jiceng.governance.model.fund;

/** What a person did to a disbursement request, as the audit trail records it (操作). */
public enum AuditAction {
  /** 提出申请: made the request. */
  REQUESTED("提出申请"),
  /** 批准: approved it. */
  APPROVED("批准"),
  /** 不予批准: declined it. */
  DECLINED("不予批准"),
  /** 拨付: paid it. */
  PAID("拨付");

  private final String chinese;

  AuditAction(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }
}
