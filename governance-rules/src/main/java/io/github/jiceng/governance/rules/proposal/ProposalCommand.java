package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * A step asked of one proposal's stream (提案办理指令), decided by {@link ProposalRules}. Every
 * command names its proposal, so that a host routes it to the proposal's stream and the rules
 * refuse a command sent to the wrong one. Each command checks its parts when it is made: a null
 * part throws a {@code NullPointerException} naming it, and an instant outside {@link TimeLimits}
 * a {@code DomainValidationException} (rule {@code instant-range}).
 */
public sealed interface ProposalCommand permits ProposalCommand.Receive, ProposalCommand.Accept,
    ProposalCommand.Assign, ProposalCommand.Start, ProposalCommand.Answer, ProposalCommand.Reject,
    ProposalCommand.Rate, ProposalCommand.Close, ProposalCommand.Escalate, ProposalCommand.Refer {

  /** Returns the proposal the step is about. */
  ProposalId proposalId();

  /** Returns when the step is taken. */
  Instant at();

  /**
   * Receives a submitted proposal (收到提案): the first command of its stream; receiving the same proposal again changes nothing.
   *
   * @param proposal the proposal
   */
  record Receive(Proposal proposal) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Receive {
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
   * Accepts a received proposal (受理).
   *
   * @param proposal the proposal
   * @param by who accepts it
   * @param at when
   */
  record Accept(ProposalId proposal, PersonId by, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Accept {
      requireNonNull(proposal, "proposal");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalCommand.Accept", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Assigns an accepted proposal to a unit or person (交办).
   *
   * @param proposal the proposal
   * @param assignee the unit or person it goes to
   * @param by who assigns it
   * @param at when
   */
  record Assign(ProposalId proposal, ActorId assignee, PersonId by, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Assign {
      requireNonNull(proposal, "proposal");
      requireNonNull(assignee, "assignee");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalCommand.Assign", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Records that work on an assigned proposal started (办理中); an answered proposal goes back in progress only through the resident's rating.
   *
   * @param proposal the proposal
   * @param by who started it
   * @param at when
   */
  record Start(ProposalId proposal, ActorId by, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Start {
      requireNonNull(proposal, "proposal");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalCommand.Start", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Answers a proposal in progress (答复).
   *
   * @param proposal the proposal
   * @param answer the answer, who gave it and when
   */
  record Answer(ProposalId proposal, io.github.jiceng.governance.model.proposal.Answer answer)
      implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Answer {
      requireNonNull(proposal, "proposal");
      requireNonNull(answer, "answer");
      TimeLimits.check("ProposalCommand.Answer", "at", answer.at());
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
   * Rejects a received or accepted proposal with a reason (不予受理).
   *
   * @param proposal the proposal
   * @param rejection the reason
   * @param by who rejects it
   * @param at when
   */
  record Reject(ProposalId proposal, ProposalRejection rejection, PersonId by, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Reject {
      requireNonNull(proposal, "proposal");
      requireNonNull(rejection, "rejection");
      requireNonNull(by, "by");
      TimeLimits.check("ProposalCommand.Reject", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Records the resident's rating of the answer (评价), given within the policy's feedback window after the answer (half-open: at its end the proposal may only be closed unrated). A satisfied or basically satisfied rating closes the proposal; a dissatisfied one reopens it (back in progress) while the policy allows reopening, and closes it otherwise.
   *
   * @param proposal the proposal
   * @param rating the rating
   * @param at when
   */
  record Rate(ProposalId proposal, Satisfaction rating, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Rate {
      requireNonNull(proposal, "proposal");
      requireNonNull(rating, "rating");
      TimeLimits.check("ProposalCommand.Rate", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Closes an answered proposal the resident did not rate, once the feedback window has passed (办结).
   *
   * @param proposal the proposal
   * @param at when
   */
  record Close(ProposalId proposal, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Close {
      requireNonNull(proposal, "proposal");
      TimeLimits.check("ProposalCommand.Close", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Records every escalation (逐级上报) due by the instant that is not recorded yet: level k is dated at the deadline plus k - 1 escalation intervals and moves the proposal to the k-th ancestor of the grid node that handled it when it entered its state. Escalating again at the same instant changes nothing.
   *
   * @param proposal the proposal
   * @param at the instant to escalate at
   */
  record Escalate(ProposalId proposal, Instant at) implements ProposalCommand {
    /** Checks the parts are present and the instants within {@code TimeLimits}. */
    public Escalate {
      requireNonNull(proposal, "proposal");
      TimeLimits.check("ProposalCommand.Escalate", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }
  }

  /**
   * Refers an open proposal up one level by its handler's decision (主动逐级上报), with a reason:
   * the grid node above the one handling it takes it over in the same state, and the state's
   * deadline counts again from the referral. Besides the timed escalation ({@link Escalate}), which
   * needs no one's decision. An answered proposal awaits its rating and cannot be referred; the top
   * of the hierarchy has no level above.
   *
   * @param proposal the proposal
   * @param reason why, 1-{@value io.github.jiceng.governance.model.proposal.ProposalEvent#MAX_REASON_LENGTH}
   *     characters and not blank (rule {@code referral-reason-length})
   * @param by who refers it
   * @param at when
   */
  record Refer(ProposalId proposal, String reason, PersonId by, Instant at) implements ProposalCommand {
    /** Checks the parts are present, the reason's length and the instant within {@code TimeLimits}. */
    public Refer {
      requireNonNull(proposal, "proposal");
      io.github.jiceng.governance.model.proposal.ProposalEvent.checkReason(reason);
      requireNonNull(by, "by");
      TimeLimits.check("ProposalCommand.Refer", "at", requireNonNull(at, "at"));
    }

    @Override
    public ProposalId proposalId() {
      return proposal;
    }

    /** Returns the command with the reason shown by its length only: it is free text. */
    @Override
    public String toString() {
      return "Refer[proposal=" + proposal + ", reason=(" + reason.length() + " characters), by=" + by + ", at=" + at
          + "]";
    }
  }
}
