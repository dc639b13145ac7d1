package io.github.jiceng.governance.rules.clue;

import static java.util.Objects.requireNonNull;

/**
 * Why a step on a clue was refused (驳回理由).
 *
 * @param reason the reason
 * @param detail what exactly was refused, in one sentence; ids only, no personal data
 */
public record ClueRefusal(Reason reason, String detail) {

  /** Checks the parts are present. */
  public ClueRefusal {
    requireNonNull(reason, "reason");
    requireNonNull(detail, "detail");
  }

  /** Returns {@code REASON: detail}. */
  @Override
  public String toString() {
    return reason + ": " + detail;
  }

  /** The reasons a step on a clue is refused. */
  public enum Reason {
    /** A clue with the id is already collected with other content. */
    CONFLICTING_ID,
    /** No clue with the id is known. */
    UNKNOWN_CLUE,
    /** The clue's status does not allow the step, such as evaluating a clue not yet screened. */
    WRONG_STATUS,
    /** A clue cannot be merged into itself, into a merged or rejected clue, or while it has duplicates of its own. */
    INVALID_MERGE,
    /** The project id is already the project of another clue. */
    PROJECT_TAKEN,
    /** The step is dated before the clue's last step. */
    OUT_OF_ORDER
  }
}
