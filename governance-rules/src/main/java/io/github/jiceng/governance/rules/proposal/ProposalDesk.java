package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import java.time.Duration;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The handling of proposals (提案办理), as pure functions of a record, a policy and an explicit
 * instant; nothing here reads a clock.
 *
 * <p>Each step checks that the current state may move as asked and that the step is not dated
 * before the record's last event, and returns a {@link ProposalOutcome}. {@link #assess} tells
 * where a proposal stands against its deadline at an instant; {@link #escalate} records the
 * escalations due by then, one level per escalation interval, up the grid hierarchy's ancestors.
 *
 * <pre>{@code
 * ProposalRecord r = ProposalDesk.receive(proposal);
 * DeadlineStatus s = ProposalDesk.assess(r, hierarchy, policy, Instant.parse("2023-03-05T00:00:00Z"));
 * if (s instanceof DeadlineStatus.Overdue o) {
 *   r = ProposalDesk.escalate(r, hierarchy, policy, now).record();   // handled by o.target() now
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe: a {@code ProposalRecord} is immutable, every step returns a new
 * one, and a refused step returns the record it was given. An instant outside {@link
 * io.github.jiceng.governance.model.time.TimeLimits} throws a {@code DomainValidationException}
 * (rule {@code instant-range}) before anything else.
 */
public final class ProposalDesk {

  private ProposalDesk() {}

  /**
   * Returns the record of a newly received proposal.
   *
   * @param proposal the proposal
   * @return its record, submitted
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if it was submitted
   *     at an instant outside {@code TimeLimits}
   */
  public static ProposalRecord receive(Proposal proposal) {
    requireNonNull(proposal, "proposal");
    TimeLimits.check("Proposal[" + proposal.id() + "]", "submittedAt", proposal.submittedAt());
    return ProposalRecord.submitted(proposal);
  }

  /** Accepts a received proposal (受理). */
  public static ProposalOutcome accept(ProposalRecord r, PersonId by, Instant at) {
    requireNonNull(by, "by");
    return move(r, ProposalState.ACCEPTED, at, () -> r.accepted(by, at));
  }

  /** Assigns an accepted proposal to a unit or person (交办). */
  public static ProposalOutcome assign(ProposalRecord r, ActorId assignee, PersonId by, Instant at) {
    requireNonNull(assignee, "assignee");
    requireNonNull(by, "by");
    return move(r, ProposalState.ASSIGNED, at, () -> r.assigned(assignee, by, at));
  }

  /**
   * Records that work on an assigned proposal started. An answered proposal goes back in progress
   * only through the resident's rating ({@link #rate}), which counts the reopening.
   */
  public static ProposalOutcome start(ProposalRecord r, ActorId by, Instant at) {
    requireNonNull(r, "r");
    requireNonNull(by, "by");
    if (r.state() != ProposalState.ASSIGNED) {
      return refuse(r, ProposalRefusal.Reason.WRONG_STATE, "proposal " + r.id() + " is " + r.state()
          + ", not assigned; work starts on an assigned proposal, and an answered one reopens only by its rating");
    }
    return move(r, ProposalState.IN_PROGRESS, at, () -> r.started(by, at));
  }

  /** Answers a proposal in progress (答复). */
  public static ProposalOutcome answer(ProposalRecord r, Answer answer) {
    requireNonNull(answer, "answer");
    return move(r, ProposalState.ANSWERED, answer.at(), () -> r.answered(answer));
  }

  /** Rejects a received or accepted proposal with a reason (不予受理). */
  public static ProposalOutcome reject(ProposalRecord r, ProposalRejection rejection, PersonId by, Instant at) {
    requireNonNull(rejection, "rejection");
    requireNonNull(by, "by");
    return move(r, ProposalState.REJECTED, at, () -> r.rejected(rejection, by, at));
  }

  /**
   * Records the resident's rating of the answer, given within the policy's feedback window after
   * the answer (the window is half-open: at its end the proposal may only be closed unrated). A
   * satisfied or basically satisfied resident closes the proposal; a dissatisfied one reopens it
   * (back in progress) while the policy allows reopening, and closes it otherwise.
   *
   * @param r the answered proposal
   * @param rating the rating
   * @param policy the handling policy (its {@code maxReopens})
   * @param at when
   * @return {@link ProposalOutcome.Moved} to closed or in progress, or {@link ProposalOutcome.Refused}
   */
  public static ProposalOutcome rate(ProposalRecord r, Satisfaction rating, HandlingPolicy policy, Instant at) {
    requireNonNull(rating, "rating");
    requireNonNull(policy, "policy");
    checkInstant(at);
    if (r.state() != ProposalState.ANSWERED) {
      return refuse(r, ProposalRefusal.Reason.WRONG_STATE, "proposal " + r.id() + " is " + r.state() + ", not answered; there is nothing to rate");
    }
    Instant until = r.stateSince().plus(policy.feedbackWindow());
    if (!at.isBefore(until)) {
      return refuse(r, ProposalRefusal.Reason.FEEDBACK_WINDOW_CLOSED, "proposal " + r.id() + " could be rated until "
          + until + "; it closes unrated");
    }
    boolean reopen = rating == Satisfaction.DISSATISFIED && r.reopens() < policy.maxReopens();
    return move(r, reopen ? ProposalState.IN_PROGRESS : ProposalState.CLOSED, at, () -> r.rated(rating, at, reopen));
  }

  /** Closes an answered proposal the resident did not rate, once the feedback window has passed. */
  public static ProposalOutcome close(ProposalRecord r, HandlingPolicy policy, Instant at) {
    requireNonNull(policy, "policy");
    checkInstant(at);
    if (r.state() == ProposalState.ANSWERED) {
      Instant opens = r.stateSince().plus(policy.feedbackWindow());
      if (at.isBefore(opens)) {
        return refuse(r, ProposalRefusal.Reason.FEEDBACK_WINDOW_OPEN, "proposal " + r.id() + " may be rated until " + opens);
      }
    }
    return move(r, ProposalState.CLOSED, at, () -> r.closed(at));
  }

  /**
   * Tells where the proposal stands against its current state's deadline at the instant.
   *
   * @param r the record
   * @param hierarchy the grid hierarchy holding the proposal's handling grid node
   * @param policy the handling policy
   * @param at the instant
   * @return no deadline, on time, or overdue with the levels due and the grid nodes they reach
   * @throws DomainValidationException if the hierarchy does not hold the grid node
   */
  public static DeadlineStatus assess(ProposalRecord r, GridHierarchy hierarchy, HandlingPolicy policy, Instant at) {
    requireNonNull(r, "r");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(policy, "policy");
    checkInstant(at);
    Optional<Duration> limit = r.state().isFinal() ? Optional.empty() : policy.deadline(r.state());
    if (limit.isEmpty()) {
      return new DeadlineStatus.NoDeadline(r.state());
    }
    Instant deadline = r.stateSince().plus(limit.get());
    if (at.isBefore(deadline)) {
      return new DeadlineStatus.OnTime(deadline, Duration.between(at, deadline));
    }
    Duration overdue = Duration.between(deadline, at);
    long levels = 1 + overdue.dividedBy(policy.escalationInterval());
    GridId base = r.stateEntry().grid();
    List<GridId> above = hierarchy.ancestors(base);
    int reach = (int) Math.min(levels, above.size());
    List<GridId> chain = above.subList(0, reach);
    return new DeadlineStatus.Overdue(deadline, overdue, levels, chain, reach == 0 ? base : chain.get(reach - 1));
  }

  /**
   * Records every escalation due by the instant that is not recorded yet: level k is dated at the
   * deadline plus k - 1 escalation intervals, and moves the proposal to the k-th ancestor of the
   * node that handled it when it entered its state. Calling it again at the same instant changes
   * nothing.
   *
   * @param r the record
   * @param hierarchy the grid hierarchy
   * @param policy the handling policy
   * @param at the instant
   * @return {@link ProposalOutcome.Moved} with the new escalations, {@link ProposalOutcome.Unchanged}
   *     if none is due, or {@link ProposalOutcome.Refused} if the instant is before the last event
   */
  public static ProposalOutcome escalate(ProposalRecord r, GridHierarchy hierarchy, HandlingPolicy policy, Instant at) {
    checkInstant(at);
    if (at.isBefore(r.lastEventAt())) {
      return refuse(r, ProposalRefusal.Reason.OUT_OF_ORDER, "proposal " + r.id() + " cannot be assessed at " + at
          + ", before its last event at " + r.lastEventAt());
    }
    DeadlineStatus s = assess(r, hierarchy, policy, at);
    if (!(s instanceof DeadlineStatus.Overdue o) || o.chain().size() <= r.escalationsInState()) {
      return new ProposalOutcome.Unchanged(r);
    }
    ProposalRecord out = r;
    for (int k = r.escalationsInState() + 1; k <= o.chain().size(); k++) {
      out = out.escalated(o.chain().get(k - 1), o.deadline().plus(policy.escalationInterval().multipliedBy(k - 1L)));
    }
    return new ProposalOutcome.Moved(out);
  }

  /**
   * Returns the figures of the proposals at the instant.
   *
   * @param records the records
   * @param policy the handling policy, for the deadlines
   * @param at the instant
   * @return the summary
   */
  public static ProposalSummary summarize(Collection<ProposalRecord> records, HandlingPolicy policy, Instant at) {
    DomainChecks.noNullElements(records, "records");
    requireNonNull(records, "records");
    requireNonNull(policy, "policy");
    checkInstant(at);
    Map<ProposalState, Integer> byState = new EnumMap<>(ProposalState.class);
    for (ProposalState s : ProposalState.values()) {
      byState.put(s, 0);
    }
    Map<Satisfaction, Integer> ratings = new EnumMap<>(Satisfaction.class);
    for (Satisfaction s : Satisfaction.values()) {
      ratings.put(s, 0);
    }
    int overdue = 0;
    int escalated = 0;
    for (ProposalRecord r : records) {
      byState.merge(r.state(), 1, Integer::sum);
      r.satisfaction().ifPresent(s -> ratings.merge(s, 1, Integer::sum));
      Optional<Duration> limit = r.state().isFinal() ? Optional.empty() : policy.deadline(r.state());
      if (limit.isPresent() && !at.isBefore(r.stateSince().plus(limit.get()))) {
        overdue++;
      }
      if (r.events().stream().anyMatch(e -> e.kind() == ProposalEvent.Kind.ESCALATED)) {
        escalated++;
      }
    }
    return new ProposalSummary(records.size(), byState, overdue, escalated, ratings);
  }

  private static ProposalOutcome move(ProposalRecord r, ProposalState to, Instant at, Supplier<ProposalRecord> change) {
    requireNonNull(r, "r");
    checkInstant(at);
    if (!r.state().next().contains(to)) {
      return refuse(r, ProposalRefusal.Reason.WRONG_STATE, "proposal " + r.id() + " is " + r.state() + " and cannot move to " + to);
    }
    if (at.isBefore(r.lastEventAt())) {
      return refuse(r, ProposalRefusal.Reason.OUT_OF_ORDER, "proposal " + r.id() + " cannot move at " + at
          + ", before its last event at " + r.lastEventAt());
    }
    return new ProposalOutcome.Moved(change.get());
  }

  /** An instant outside {@link TimeLimits} is bad input, not a business refusal. */
  private static void checkInstant(Instant at) {
    TimeLimits.check("ProposalDesk", "at", requireNonNull(at, "at"));
  }

  private static ProposalOutcome refuse(ProposalRecord r, ProposalRefusal.Reason reason, String detail) {
    return new ProposalOutcome.Refused(r, new ProposalRefusal(reason, detail));
  }
}
