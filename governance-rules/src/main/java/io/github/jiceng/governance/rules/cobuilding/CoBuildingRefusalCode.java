package io.github.jiceng.governance.rules.cobuilding;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why a step on a co-building agreement is refused; each key is {@code cobuilding.} and the
 * constant in kebab case. The arguments each code carries are listed with it.
 */
public enum CoBuildingRefusalCode implements RefusalCode {
  /** The stream holds no report yet. Arguments: {@code agreement}. */
  NOT_REPORTED,
  /** The stream holds another report, or this id with other content. Arguments: {@code agreement}, {@code held}. */
  ALREADY_REPORTED,
  /** The command names another agreement than the stream's. Arguments: {@code agreement}, {@code held}. */
  OTHER_AGREEMENT,
  /**
   * The report names an integration the district did not configure. Arguments: {@code
   * integration}, {@code configured}.
   */
  INTEGRATION_NOT_CONFIGURED,
  /** A review or feedback is dated before the report or an earlier step. Arguments: {@code at}, {@code last}. */
  OUT_OF_ORDER,
  /** The meeting reviewed this agreement already, with other figures. Arguments: {@code meeting}. */
  MEETING_REVIEWED_ALREADY,
  /** No review waits to be sent back. Arguments: {@code agreement}. */
  NOTHING_TO_FEED_BACK;

  private final String key = RefusalCode.keyOf("cobuilding", this);

  /** Returns the stable key, such as {@code cobuilding.not-reported}. */
  @Override
  public String key() {
    return key;
  }
}
