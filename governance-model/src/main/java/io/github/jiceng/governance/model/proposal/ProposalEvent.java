package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.grid.GridId;
import java.time.Instant;
import java.util.Optional;

/**
 * One event in a proposal's history (办理记录): what happened, when, the state and handling grid
 * node after it, and who acted.
 *
 * @param at when
 * @param kind what happened
 * @param state the state after the event
 * @param grid the grid node handling the proposal after the event
 * @param actor who acted, if a person or unit did
 */
public record ProposalEvent(Instant at, Kind kind, ProposalState state, GridId grid, Optional<ActorId> actor) {

  /** Checks the parts are present. */
  public ProposalEvent {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(state, "state");
    requireNonNull(grid, "grid");
    requireNonNull(actor, "actor");
  }

  /** What happened to a proposal. */
  public enum Kind {
    /** 提交: submitted; the first event. */
    SUBMITTED,
    /** 状态变更: moved to another state. */
    MOVED,
    /** 逐级上报: escalated to the next level up, when a deadline had passed. */
    ESCALATED,
    /** 评价: the resident rated the answer. */
    RATED
  }
}
