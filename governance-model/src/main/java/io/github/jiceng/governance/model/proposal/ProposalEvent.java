package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.Optional;

/**
 * One event in a proposal's history (办理记录): what happened, when, the state and handling grid
 * node after it, who acted, and for a referral why.
 *
 * @param at when
 * @param kind what happened
 * @param state the state after the event
 * @param grid the grid node handling the proposal after the event
 * @param actor who acted, if a person or unit did
 * @param reason why the handler referred the proposal up: present exactly for {@link
 *     Kind#REFERRED}, 1-{@value #MAX_REASON_LENGTH} characters and not blank
 */
public record ProposalEvent(Instant at, Kind kind, ProposalState state, GridId grid, Optional<ActorId> actor,
    Optional<String> reason) {

  /** The longest reason for a referral, in characters. */
  public static final int MAX_REASON_LENGTH = 500;

  /**
   * Checks the parts are present and the reason is given exactly for a referral.
   *
   * @throws DomainValidationException with rule {@code reason-iff-referred} if a referral has no
   *     reason or another event has one, or {@code referral-reason-length} if the reason is blank or longer
   *     than {@value #MAX_REASON_LENGTH} characters
   */
  public ProposalEvent {
    requireNonNull(at, "at");
    requireNonNull(kind, "kind");
    requireNonNull(state, "state");
    requireNonNull(grid, "grid");
    requireNonNull(actor, "actor");
    requireNonNull(reason, "reason");
    if ((kind == Kind.REFERRED) != reason.isPresent()) {
      throw new DomainValidationException("ProposalEvent", "reason", "reason-iff-referred",
          "a referral gives its reason and no other event has one; this " + kind + " event "
              + (reason.isPresent() ? "has one" : "has none"));
    }
    reason.ifPresent(ProposalEvent::checkReason);
  }

  /**
   * Returns an event without a reason: every kind but {@link Kind#REFERRED}.
   *
   * @param at when
   * @param kind what happened
   * @param state the state after the event
   * @param grid the grid node handling the proposal after the event
   * @param actor who acted, if a person or unit did
   */
  public ProposalEvent(Instant at, Kind kind, ProposalState state, GridId grid, Optional<ActorId> actor) {
    this(at, kind, state, grid, actor, Optional.empty());
  }

  /**
   * Checks the reason for a referral: not blank and at most {@value #MAX_REASON_LENGTH}
   * characters.
   *
   * @param reason the reason
   * @return the reason
   * @throws DomainValidationException with rule {@code referral-reason-length} otherwise; the message
   *     gives the length, never the text
   */
  public static String checkReason(String reason) {
    requireNonNull(reason, "reason");
    if (reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
      throw new DomainValidationException(new Violation("ProposalEvent", "reason", "referral-reason-length",
          "a referral's reason is 1-" + MAX_REASON_LENGTH + " characters and not blank, was " + reason.length()
              + " characters").with("max", MAX_REASON_LENGTH).with("length", reason.length()));
    }
    return reason;
  }

  /** Returns the event with a referral's reason shown by its length only: it is free text. */
  @Override
  public String toString() {
    return "ProposalEvent[at=" + at + ", kind=" + kind + ", state=" + state + ", grid=" + grid + ", actor="
        + actor + reason.map(r -> ", reason=(" + r.length() + " characters)").orElse("") + "]";
  }

  /** What happened to a proposal. */
  public enum Kind {
    /** 提交: submitted; the first event. */
    SUBMITTED,
    /** 状态变更: moved to another state. */
    MOVED,
    /** 逐级上报（超时）: escalated to the next level up, when a deadline had passed. */
    ESCALATED,
    /** 评价: the resident rated the answer. */
    RATED,
    /**
     * 逐级上报（主动）: referred to the next level up by its handler, with a reason, in the same
     * state; the state's deadline counts again from the referral, at the new level.
     */
    REFERRED
  }
}
