package io.github.jiceng.governance.rules.proposal;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why a step on a proposal is refused (提案驳回代码); each key is {@code proposal.} and the
 * constant in kebab case, such as {@code proposal.wrong-state}. The arguments each code carries are
 * listed with it.
 */
public enum ProposalRefusalCode implements RefusalCode {
  /**
   * The proposal's state does not allow the step. Arguments: {@code proposal}, {@code state},
   * {@code step}.
   */
  WRONG_STATE,
  /** The step is dated before the proposal's last event. Arguments: {@code proposal}, {@code at}, {@code last}. */
  OUT_OF_ORDER,
  /**
   * The resident may still rate the answer: the proposal cannot be closed unrated yet. Arguments:
   * {@code proposal}, {@code until}.
   */
  FEEDBACK_WINDOW_OPEN,
  /**
   * The time to rate the answer has passed: the proposal closes unrated. Arguments: {@code
   * proposal}, {@code until}.
   */
  FEEDBACK_WINDOW_CLOSED,
  /**
   * The stream holds no proposal with the command's id: none was received yet, or the command
   * names another proposal. Arguments: {@code proposal}.
   */
  UNKNOWN_PROPOSAL,
  /**
   * The stream already holds a proposal, another one or the same id with other content. Arguments:
   * {@code proposal}, {@code held}.
   */
  ALREADY_RECEIVED,
  /**
   * A referral was asked of a proposal handled at the top of the grid hierarchy, or at a node the
   * hierarchy does not hold: there is no level above to refer it to. Arguments: {@code proposal},
   * {@code grid}.
   */
  NO_LEVEL_ABOVE;

  private final String key = RefusalCode.keyOf("proposal", this);

  /** Returns the stable key, such as {@code proposal.wrong-state}. */
  @Override
  public String key() {
    return key;
  }
}
