package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * A step taken on one proposal (提案办理事件): what {@link ProposalRules} decided, and what the
 * proposal's {@link ProposalCase} is folded from. Each event carries all it takes to evolve the
 * record without the command. Not to be confused with the record's own history entries, {@link
 * io.github.jiceng.governance.model.proposal.ProposalEvent}, which the record keeps for display:
 * evolving a record by one of these events appends one or more of those.
 *
 * <p>Each event checks its parts when it is made, as the commands do.
 */
public sealed interface ProposalEvent permits ProposalEvent.Received, ProposalEvent.Accepted,
    ProposalEvent.Assigned, ProposalEvent.Started, ProposalEvent.Answered, ProposalEvent.Rejected,
    ProposalEvent.Rated, ProposalEvent.Closed, ProposalEvent.Escalated, ProposalEvent.Referred {

  /** Returns the proposal the step was about. */
  ProposalId proposalId();

  /** Returns when the step was taken. */
  Instant at();

  /**
   * A submitted proposal was received (收到提案): the first event of its stream.
   *
   * @param proposal the proposal
   */
  record Received(Proposal proposal) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Received {
      requireNonNull(proposal, "proposal");
      TimeLimits.check("Proposal[" + proposal.id() + "]", "submittedAt", proposal.submittedAt());
    }

    @Override
    public ProposalId proposalId() {
      return proposal.id();
    }

    @Override
    public Instant at() {
      return proposal.submittedAt();
    }
  }

  /**
   * A received proposal was accepted (受理).
   *
   * @param proposal the proposal
   * @param by who accepted it
   * @param at when
   */
  record Accepted(ProposalId proposal, PersonId by, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Accepted {
      requireNonNull(proposal, "proposal");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalEvent.Accepted", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * An accepted proposal was assigned to a unit or person (交办).
   *
   * @param proposal the proposal
   * @param assignee the unit or person it goes to
   * @param by who assigned it
   * @param at when
   */
  record Assigned(ProposalId proposal, ActorId assignee, PersonId by, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Assigned {
      requireNonNull(proposal, "proposal");
      requireNonNull(assignee, "assignee");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalEvent.Assigned", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Work on an assigned proposal started (办理中).
   *
   * @param proposal the proposal
   * @param by who started it
   * @param at when
   */
  record Started(ProposalId proposal, ActorId by, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Started {
      requireNonNull(proposal, "proposal");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalEvent.Started", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * A proposal in progress was answered (答复).
   *
   * @param proposal the proposal
   * @param answer the answer, who gave it and when
   */
  record Answered(ProposalId proposal, io.github.jiceng.governance.model.proposal.Answer answer)
      implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Answered {
      requireNonNull(proposal, "proposal");
      requireNonNull(answer, "answer");
      TimeLimits.check("ProposalEvent.Answered", "at", answer.at());
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }

    @Override
    public Instant at() {
      return answer.at();
    }
  }

  /**
   * A received or accepted proposal was rejected with a reason (不予受理).
   *
   * @param proposal the proposal
   * @param rejection the reason
   * @param by who rejected it
   * @param at when
   */
  record Rejected(ProposalId proposal, ProposalRejection rejection, PersonId by, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Rejected {
      requireNonNull(proposal, "proposal");
      requireNonNull(rejection, "rejection");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalEvent.Rejected", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * The resident rated the answer (评价), which closed the proposal or reopened it (back in progress).
   *
   * @param proposal the proposal
   * @param rating the rating
   * @param at when
   * @param reopened whether the rating reopened the proposal rather than closed it
   */
  record Rated(ProposalId proposal, Satisfaction rating, Instant at, boolean reopened) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Rated {
      requireNonNull(proposal, "proposal");
      requireNonNull(rating, "rating");
      TimeLimits.check("ProposalEvent.Rated", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * An answered proposal closed without a rating, after the feedback window (办结).
   *
   * @param proposal the proposal
   * @param at when
   */
  record Closed(ProposalId proposal, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Closed {
      requireNonNull(proposal, "proposal");
      TimeLimits.check("ProposalEvent.Closed", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * An overdue proposal went up one level of the grid hierarchy (逐级上报), in the same state.
   *
   * @param proposal the proposal
   * @param to the grid node handling it from now on
   * @param at when the level fell due
   */
  record Escalated(ProposalId proposal, GridId to, Instant at) implements ProposalEvent {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Escalated {
      requireNonNull(proposal, "proposal");
      requireNonNull(to, "to");
      TimeLimits.check("ProposalEvent.Escalated", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * The handler referred an open proposal up one level (主动逐级上报), in the same state, with a
   * reason; the state's deadline counts again from here.
   *
   * @param proposal the proposal
   * @param to the grid node handling it from now on
   * @param reason why, 1-{@value io.github.jiceng.governance.model.proposal.ProposalEvent#MAX_REASON_LENGTH}
   *     characters
   * @param by who referred it
   * @param at when
   */
  record Referred(ProposalId proposal, GridId to, String reason, PersonId by, Instant at) implements ProposalEvent {
    /** Checks the parts are present, the reason's length and the instant within {@code TimeLimits}. */
    public Referred {
      requireNonNull(proposal, "proposal");
      requireNonNull(to, "to");
      io.github.jiceng.governance.model.proposal.ProposalEvent.checkReason(reason);
      requireNonNull(by, "by");
      TimeLimits.check("ProposalEvent.Referred", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }

    /** Returns the event with the reason shown by its length only: it is free text. */
    @Override
    public String toString() {
      return "Referred[proposal=" + proposal + ", to=" + to + ", reason=(" + reason.length() + " characters), by="
          + by + ", at=" + at + "]";
    }
  }
}
