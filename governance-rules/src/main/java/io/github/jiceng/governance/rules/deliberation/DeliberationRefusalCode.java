package io.github.jiceng.governance.rules.deliberation;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link DeliberationRules} refuses a command on a major affair (驳回代码, feature {@code
 * deliberation}). Each constant names the arguments its refusals carry: ids, positions and
 * instants, never a ballot's secret beyond what the count records.
 */
public enum DeliberationRefusalCode implements RefusalCode {
  /** The stream has no affair yet: open it first. Carries {@code command}. */
  NOT_OPEN,
  /** The stream already holds another affair. Carries {@code affair}, the one it holds, and {@code other}. */
  ALREADY_OPEN,
  /** The voter is not a participant of the affair (not one of its deputies or representatives). Carries {@code affair} and {@code voter}. */
  NOT_A_PARTICIPANT,
  /** The ballot is cast before voting opened. Carries {@code voter}, {@code at} and {@code openedAt}. */
  BEFORE_OPENING,
  /** The ballot names no option of the affair. Carries {@code voter}, {@code choice} and {@code options}, their number. */
  NO_SUCH_OPTION,
  /** The voter cast a ballot already; the first one counts. Carries {@code voter} and {@code castAt}, when the first was cast. */
  ALREADY_VOTED,
  /** The affair is decided: no more ballots, and no second count. Carries {@code affair} and {@code decidedAt}. */
  CLOSED,
  /**
   * The count is dated before voting opened or before a ballot already counted. Carries {@code
   * at} and {@code earliest}, the earliest instant a count may have.
   */
  CLOSE_TOO_EARLY;

  private final String key = RefusalCode.keyOf("deliberation", this);

  /** Returns the stable key, such as {@code deliberation.already-voted}. */
  @Override
  public String key() {
    return key;
  }
}
