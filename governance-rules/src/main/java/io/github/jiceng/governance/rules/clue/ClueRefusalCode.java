package io.github.jiceng.governance.rules.clue;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why a step on a clue is refused (线索驳回代码); each key is {@code clue.} and the constant in
 * kebab case, such as {@code clue.wrong-status}. The arguments each code carries are listed with it.
 */
public enum ClueRefusalCode implements RefusalCode {
  /** A clue with the id is already collected with other content. Arguments: {@code clue}. */
  CONFLICTING_ID,
  /** No clue with the id is known. Arguments: {@code clue}. */
  UNKNOWN_CLUE,
  /**
   * The clue's status does not allow the step, such as evaluating a clue not yet screened.
   * Arguments: {@code clue}, {@code status}, {@code step}, {@code allowed}.
   */
  WRONG_STATUS,
  /**
   * A clue cannot be merged into itself, into a merged or rejected clue, or while it has
   * duplicates of its own. Arguments: {@code duplicate}, {@code primary}.
   */
  INVALID_MERGE,
  /** The project id is already the project of another clue. Arguments: {@code clue}, {@code project}, {@code owner}. */
  PROJECT_TAKEN,
  /** The step is dated before the clue's last step. Arguments: {@code clue}, {@code at}, {@code last}. */
  OUT_OF_ORDER;

  private final String key = RefusalCode.keyOf("clue", this);

  /** Returns the stable key, such as {@code clue.wrong-status}. */
  @Override
  public String key() {
    return key;
  }
}
