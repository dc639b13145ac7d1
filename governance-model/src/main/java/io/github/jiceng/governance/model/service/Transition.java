package io.github.jiceng.governance.model.service;

import static io.github.jiceng.governance.model.service.DemandState.ACCEPTED;
import static io.github.jiceng.governance.model.service.DemandState.CLAIMED;
import static io.github.jiceng.governance.model.service.DemandState.CLOSED;
import static io.github.jiceng.governance.model.service.DemandState.DELIVERED;
import static io.github.jiceng.governance.model.service.DemandState.DISPATCHED;
import static io.github.jiceng.governance.model.service.DemandState.EVALUATED;
import static io.github.jiceng.governance.model.service.DemandState.GROUPED;
import static io.github.jiceng.governance.model.service.DemandState.IN_SERVICE;
import static io.github.jiceng.governance.model.service.DemandState.REJECTED;
import static io.github.jiceng.governance.model.service.DemandState.SUBMITTED;
import static io.github.jiceng.governance.model.service.DemandState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;

/**
 * The named transitions of the demand lifecycle (需求流转), each with the states it may leave and
 * the state it enters. The guards (what else must hold) are in the rules module's lifecycle.
 */
public enum Transition {
  /** Raises the demand (群众点单); the first event of every demand. */
  SUBMIT(EnumSet.noneOf(DemandState.class), SUBMITTED),
  /** The community accepts it. */
  ACCEPT(EnumSet.of(SUBMITTED), ACCEPTED),
  /** The community rejects it; needs a reason. */
  REJECT(EnumSet.of(SUBMITTED), REJECTED),
  /** The community groups it into a project; names the project. */
  GROUP(EnumSet.of(ACCEPTED), GROUPED),
  /** The community dispatches it to a channel (社区下单); names the channel. */
  DISPATCH(EnumSet.of(GROUPED), DISPATCHED),
  /** A claimant takes it (接单); names the claimant. */
  CLAIM(EnumSet.of(DISPATCHED), CLAIMED),
  /** The claimant starts serving. */
  START(EnumSet.of(CLAIMED), IN_SERVICE),
  /** The claimant has served it; names the service record. */
  DELIVER(EnumSet.of(IN_SERVICE), DELIVERED),
  /** Residents rate it (成效); names the outcome and the rating. */
  EVALUATE(EnumSet.of(DELIVERED), EVALUATED),
  /** Closes it after a satisfactory rating. */
  CLOSE(EnumSet.of(EVALUATED), CLOSED),
  /**
   * Sends it back to the community after a poor rating, to be dispatched again (perhaps to
   * another channel); needs a reason.
   */
  REOPEN(EnumSet.of(EVALUATED), GROUPED),
  /** The requester or the community withdraws it before it is served; needs a reason. */
  WITHDRAW(EnumSet.of(SUBMITTED, ACCEPTED, GROUPED, DISPATCHED, CLAIMED), WITHDRAWN),
  /** The claimant gives it back before delivering, to the community to dispatch again; needs a reason. */
  RELEASE(EnumSet.of(CLAIMED, IN_SERVICE), GROUPED),
  /** The community hands it to another claimant before delivery; needs a reason and the claimant. */
  REASSIGN(EnumSet.of(CLAIMED, IN_SERVICE), CLAIMED);

  private final Set<DemandState> from;
  private final DemandState to;

  Transition(Set<DemandState> from, DemandState to) {
    this.from = from;
    this.to = to;
  }

  /** Returns the states this transition may leave; empty for {@link #SUBMIT}. */
  public Set<DemandState> from() {
    return from.isEmpty() ? EnumSet.noneOf(DemandState.class) : EnumSet.copyOf(from);
  }

  /** Returns whether this transition may leave the given state. */
  public boolean leaves(DemandState state) {
    return from.contains(state);
  }

  /** Returns the state this transition enters. */
  public DemandState to() {
    return to;
  }
}
