package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

/**
 * Why a step on a proposal was refused.
 *
 * @param reason the reason
 * @param detail what exactly was refused, in one sentence; ids only, no personal data
 */
public record ProposalRefusal(Reason reason, String detail) {

  /** Checks the parts are present. */
  public ProposalRefusal {
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  /** Returns {@code REASON: detail}. */
  @Override
  public String toString() {
    return reason + ": " + detail;
  }

  /** The reasons a step on a proposal is refused. */
  public enum Reason {
    /** The proposal's state does not allow the step. */
    WRONG_STATE,
    /** The step is dated before the proposal's last event. */
    OUT_OF_ORDER,
    /** The resident may still rate the answer: the proposal cannot be closed unrated yet. */
    FEEDBACK_WINDOW_OPEN,
    /** The time to rate the answer has passed: the proposal closes unrated. */
    FEEDBACK_WINDOW_CLOSED
  }
}
