package io.github.jiceng.governance.rules.project;

/**
 * Where a project stands (项目阶段) when the community dispatches it as one piece of work: from
 * its proposal, through being put to the co-building units and taken through one channel, to its
 * close with its outcome, or its withdrawal.
 */
public enum ProjectStage {
  /** Proposed by the community with its demands and budget (立项), not yet put to anyone. */
  PROPOSED,
  /** Put to the co-building units to claim (发布认领), waiting for a claimant or another channel. */
  PUT_TO_UNITS,
  /** Taken as one project through one channel (认领、购买或承接), services being delivered. */
  TAKEN,
  /** Closed with its services and outcomes (结项); final. */
  CLOSED,
  /** Withdrawn before it was taken, with a reason; its demands are free again; final. */
  WITHDRAWN;

  /** Returns whether no step leaves this stage. */
  public boolean isFinal() {
    return this == CLOSED || this == WITHDRAWN;
  }

  /**
   * Returns whether the project holds its demands in this stage: every stage but {@link
   * #WITHDRAWN}. A demand a project holds is dispatched with the project, never alone.
   */
  public boolean holdsDemands() {
    return this != WITHDRAWN;
  }
}
