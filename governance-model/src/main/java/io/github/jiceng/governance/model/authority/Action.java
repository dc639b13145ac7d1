package io.github.jiceng.governance.model.authority;

/**
 * What an actor may do at a grid (行为): the actions the scoped-authority rule decides on. Other
 * features map their operations to these: placing a demand or a proposal raises, reviewing
 * advises, sending a demand to a channel dispatches, releasing money approves, and a platform's
 * section showing the records of a grid reads.
 */
public enum Action {
  /** 提出: raise a demand, a proposal or an issue clue (点单, 提案). */
  RAISE,
  /** 建议: advise on or deliberate a matter (议事). */
  ADVISE,
  /** 下单: dispatch work to a channel or a claimant (派单). */
  DISPATCH,
  /** 审批: approve, such as a disbursement from the fund. */
  APPROVE,
  /**
   * 查看: read the records of a grid, as a section of the platform shows them (平台版块查看本辖区
   * 记录); what personal data a reader sees is decided by the section, not by this grant.
   */
  READ
}
