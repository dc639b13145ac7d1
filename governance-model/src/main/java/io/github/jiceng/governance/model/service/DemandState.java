package io.github.jiceng.governance.model.service;

/** Where a demand stands in its lifecycle (需求状态). */
public enum DemandState {
  /** Raised by its requester (群众点单), waiting for the community's review. */
  SUBMITTED,
  /** Accepted by the community. */
  ACCEPTED,
  /** Rejected by the community, with a reason; final. */
  REJECTED,
  /**
   * Grouped into a project and waiting for the community to dispatch it: first after grouping,
   * again after a reopening or a release.
   */
  GROUPED,
  /** Dispatched to a channel (社区下单), waiting for a claimant. */
  DISPATCHED,
  /** Taken by a claimant (接单). */
  CLAIMED,
  /** Being served. */
  IN_SERVICE,
  /** Served, waiting for the residents' evaluation. */
  DELIVERED,
  /** Rated by residents (成效). */
  EVALUATED,
  /** Closed after a satisfactory rating; final. */
  CLOSED,
  /** Withdrawn by its requester or the community, with a reason; final. */
  WITHDRAWN;

  /** Returns whether no transition leaves this state. */
  public boolean isFinal() {
    return this == REJECTED || this == CLOSED || this == WITHDRAWN;
  }
}
