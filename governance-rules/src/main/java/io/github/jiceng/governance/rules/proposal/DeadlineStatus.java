package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.ProposalState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Where a proposal stands against its current state's deadline at one instant. */
public sealed interface DeadlineStatus permits DeadlineStatus.NoDeadline, DeadlineStatus.OnTime, DeadlineStatus.Overdue {

  /**
   * The state has no deadline (a final state, an answer waiting for its rating, or a state the
   * policy sets no time for).
   *
   * @param state the state
   */
  record NoDeadline(ProposalState state) implements DeadlineStatus {

    /** Checks the state is present. */
    public NoDeadline {
      requireNonNull(state, "state");
    }
  }

  /**
   * The deadline has not come.
   *
   * @param deadline the first instant at which the proposal is overdue
   * @param remaining the time left; positive
   */
  record OnTime(Instant deadline, Duration remaining) implements DeadlineStatus {

    /** Checks the parts are present. */
    public OnTime {
      requireNonNull(deadline, "deadline");
      requireNonNull(remaining, "remaining");
    }
  }

  /**
   * The deadline has passed: the proposal is due to be escalated.
   *
   * @param deadline the instant it became overdue
   * @param overdueBy how long ago that was; zero at the deadline itself
   * @param levelsDue how many levels it is due to go up: one at the deadline, one more per
   *     escalation interval since, whether or not the hierarchy has that many levels above it
   * @param chain the grid nodes it goes through, nearest first, at most as many as there are
   *     above the node that handled it when it entered its state
   * @param target where it is handled now: the last node of the chain, or the node itself if it
   *     is the root
   */
  record Overdue(Instant deadline, Duration overdueBy, long levelsDue, List<GridId> chain, GridId target)
      implements DeadlineStatus {

    /** Checks the parts are present and copies the chain. */
    public Overdue {
      requireNonNull(deadline, "deadline");
      requireNonNull(overdueBy, "overdueBy");
      requireNonNull(target, "target");
      chain = List.copyOf(DomainChecks.noNullElements(chain, "chain"));
    }
  }
}
