package io.github.jiceng.governance.model.proposal;

/** Why a proposal is not taken up (不予受理理由). */
public enum ProposalRejectionReason {
  /** 不属于受理范围: not a matter for this level; the resident is told where to go. */
  NOT_WITHIN_REMIT,
  /** 重复提案: the same proposal is already being handled. */
  DUPLICATE,
  /** 已办理: already handled. */
  ALREADY_HANDLED,
  /** 不可行: unlawful or impossible. */
  INFEASIBLE,
  /** 内容不清: too unclear to act on. */
  INSUFFICIENT_DETAIL,
  /** 其他: another reason, given in the explanation. */
  OTHER
}
