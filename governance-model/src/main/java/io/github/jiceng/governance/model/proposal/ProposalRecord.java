package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A proposal and its handling (提案办理记录): its state, the grid node handling it, the assignee,
 * the answer, the resident's rating, and every event in order.
 *
 * <p>Records change by named transitions that each append an event and return a new record
 * ({@link #accepted}, {@link #assigned}, {@link #started}, {@link #answered}, {@link #rated},
 * {@link #closed}, {@link #rejected}, {@link #escalated}). A transition to a state the current
 * state cannot move to throws {@link IllegalStateException}; the rules check first and refuse
 * with a value.
 */
@Value.Immutable
public abstract class ProposalRecord {

  ProposalRecord() {}

  /** Returns a builder; prefer {@link #submitted}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the record of a newly submitted proposal: received, handled at the proposal's grid node. */
  public static ProposalRecord submitted(Proposal proposal) {
    return builder().proposal(proposal).state(ProposalState.RECEIVED).handlingGrid(proposal.grid())
        .addEvent(new ProposalEvent(proposal.submittedAt(), ProposalEvent.Kind.SUBMITTED, ProposalState.RECEIVED,
            proposal.grid(), proposal.submission().resident().map(p -> (ActorId) p)))
        .build();
  }

  /** Returns the proposal. */
  public abstract Proposal proposal();

  /** Returns the state. */
  public abstract ProposalState state();

  /** Returns the grid node handling the proposal now; moves up when it is escalated. */
  public abstract GridId handlingGrid();

  /** Returns the unit or person it was assigned to, if assigned. */
  public abstract Optional<ActorId> assignee();

  /** Returns the latest answer, if answered. */
  public abstract Optional<Answer> answer();

  /** Returns the resident's latest rating, if rated. */
  public abstract Optional<Satisfaction> satisfaction();

  /** Returns the rejection, present exactly when the state is {@link ProposalState#REJECTED}. */
  public abstract Optional<ProposalRejection> rejection();

  /** Returns how often it was reopened after a dissatisfied rating; 0 unless set. */
  @Value.Default
  public int reopens() {
    return 0;
  }

  /** Returns every event, in order; the first is the submission. */
  public abstract List<ProposalEvent> events();

  /** Returns the proposal's id. */
  public final ProposalId id() {
    return proposal().id();
  }

  /**
   * Returns the event the current state's deadline counts from: the submission, the last move, or
   * a referral after that move (a referral hands the proposal to the level above with the state's
   * full time limit). Timed escalations go up from this event's grid node.
   */
  public final ProposalEvent stateEntry() {
    for (int i = events().size() - 1; i >= 0; i--) {
      ProposalEvent e = events().get(i);
      if (e.kind() == ProposalEvent.Kind.SUBMITTED || e.kind() == ProposalEvent.Kind.MOVED
          || e.kind() == ProposalEvent.Kind.REFERRED) {
        return e;
      }
    }
    throw new IllegalStateException("a record starts with its submission");
  }

  /** Returns when the current state was entered, or the proposal referred since; its deadline counts from here. */
  public final Instant stateSince() {
    return stateEntry().at();
  }

  /** Returns how many levels the proposal has been escalated since {@link #stateEntry()}. */
  public final int escalationsInState() {
    int n = 0;
    for (int i = events().size() - 1; i >= 0 && events().get(i).kind() == ProposalEvent.Kind.ESCALATED; i--) {
      n++;
    }
    return n;
  }

  /** Returns the instant of the last event; later events may not be dated before it. */
  public final Instant lastEventAt() {
    return events().get(events().size() - 1).at();
  }

  /** Returns the record accepted (受理). */
  public final ProposalRecord accepted(PersonId by, Instant at) {
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(at, "at");
    return draft().move(ProposalState.ACCEPTED, at, by).build();
  }

  /** Returns the record assigned to the unit or person (交办). */
  public final ProposalRecord assigned(ActorId assignee, PersonId by, Instant at) {
    java.util.Objects.requireNonNull(assignee, "assignee");
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(at, "at");
    Draft d = draft().move(ProposalState.ASSIGNED, at, by);
    d.assignee = Optional.of(assignee);
    return d.build();
  }

  /** Returns the record with work started (办理中). */
  public final ProposalRecord started(ActorId by, Instant at) {
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(at, "at");
    return draft().move(ProposalState.IN_PROGRESS, at, by).build();
  }

  /** Returns the record answered (答复). */
  public final ProposalRecord answered(Answer answer) {
    java.util.Objects.requireNonNull(answer, "answer");
    Draft d = draft().move(ProposalState.ANSWERED, answer.at(), answer.by());
    d.answer = Optional.of(answer);
    d.satisfaction = Optional.empty();
    return d.build();
  }

  /**
   * Returns the record rated by the resident, then closed, or reopened (back in progress).
   *
   * @param rating the rating
   * @param at when
   * @param reopen whether to reopen it rather than close it
   * @return the record, closed or in progress
   */
  public final ProposalRecord rated(Satisfaction rating, Instant at, boolean reopen) {
    java.util.Objects.requireNonNull(rating, "rating");
    java.util.Objects.requireNonNull(at, "at");
    Draft d = draft();
    d.satisfaction = Optional.of(rating);
    d.event(new ProposalEvent(at, ProposalEvent.Kind.RATED, state(), handlingGrid(),
        proposal().submission().resident().map(p -> (ActorId) p)));
    if (reopen) {
      d.reopens++;
      return d.move(ProposalState.IN_PROGRESS, at, null).build();
    }
    return d.move(ProposalState.CLOSED, at, null).build();
  }

  /** Returns the record closed without a rating, after the feedback window. */
  public final ProposalRecord closed(Instant at) {
    java.util.Objects.requireNonNull(at, "at");
    return draft().move(ProposalState.CLOSED, at, null).build();
  }

  /** Returns the record rejected with a reason (不予受理). */
  public final ProposalRecord rejected(ProposalRejection rejection, PersonId by, Instant at) {
    java.util.Objects.requireNonNull(rejection, "rejection");
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(at, "at");
    Draft d = draft().move(ProposalState.REJECTED, at, by);
    d.rejection = Optional.of(rejection);
    return d.build();
  }

  /** Returns the record escalated to the grid node (逐级上报), in the same state. */
  public final ProposalRecord escalated(GridId to, Instant at) {
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(at, "at");
    Draft d = draft();
    d.grid = to;
    d.event(new ProposalEvent(at, ProposalEvent.Kind.ESCALATED, state(), to, Optional.empty()));
    return d.build();
  }

  /**
   * Returns the record referred to the grid node above by its handler (主动逐级上报), in the same
   * state; the state's deadline counts again from {@code at}. Only an open proposal that is not
   * answered can be referred: an answered one awaits the resident's rating.
   *
   * @param to the grid node handling it from now on
   * @param reason why, 1-{@value ProposalEvent#MAX_REASON_LENGTH} characters
   * @param by who referred it
   * @param at when
   * @return the record handled at {@code to}
   * @throws DomainValidationException with rule {@code referral-reason-length} for a blank or
   *     overlong reason, or {@code transition} for a closed, rejected or answered proposal
   */
  public final ProposalRecord referred(GridId to, String reason, PersonId by, Instant at) {
    java.util.Objects.requireNonNull(to, "to");
    java.util.Objects.requireNonNull(by, "by");
    java.util.Objects.requireNonNull(at, "at");
    ProposalEvent.checkReason(reason);
    if (state().isFinal() || state() == ProposalState.ANSWERED) {
      throw new DomainValidationException("ProposalRecord", "state", "transition",
          "a proposal " + state() + " cannot be referred; an answered one awaits its rating");
    }
    Draft d = draft();
    d.grid = to;
    d.event(new ProposalEvent(at, ProposalEvent.Kind.REFERRED, state(), to, Optional.of(by), Optional.of(reason)));
    return d.build();
  }

  private Draft draft() {
    return new Draft(this);
  }

  @Value.Check
  final void check() {
    String subject = "ProposalRecord[" + id() + "]";
    if (events().isEmpty() || events().get(0).kind() != ProposalEvent.Kind.SUBMITTED) {
      throw new DomainValidationException(subject, "events", "starts-submitted", "the first event is the submission");
    }
    ProposalEvent last = events().get(events().size() - 1);
    if (last.state() != state() || !last.grid().equals(handlingGrid())) {
      throw new DomainValidationException(subject, "events", "last-event-current",
          "the last event leaves the record in its state and grid node, was " + last.state() + " at " + last.grid());
    }
    for (int i = 1; i < events().size(); i++) {
      if (events().get(i).at().isBefore(events().get(i - 1).at())) {
        throw new DomainValidationException(subject, "events", "events-in-order",
            "events are in time order, event " + i + " at " + events().get(i).at() + " is before its predecessor");
      }
      if (events().get(i).kind() == ProposalEvent.Kind.SUBMITTED) {
        throw new DomainValidationException(subject, "events", "submitted-once", "a proposal is submitted once");
      }
    }
    if ((state() == ProposalState.REJECTED) != rejection().isPresent()) {
      throw new DomainValidationException(subject, "rejection", "rejection-iff-rejected",
          "a record has a rejection exactly when it is rejected, state was " + state());
    }
    if ((state() == ProposalState.ANSWERED || satisfaction().isPresent()) && answer().isEmpty()) {
      throw new DomainValidationException(subject, "answer", "answered", "an answered or rated proposal has an answer");
    }
  }

  /** Returns the record with the proposal's personal data masked (see {@link Proposal#toString}). */
  @Override
  public String toString() {
    return "ProposalRecord{" + proposal() + ", state=" + state() + ", handlingGrid=" + handlingGrid()
        + assignee().map(a -> ", assignee=" + a).orElse("") + satisfaction().map(s -> ", satisfaction=" + s).orElse("")
        + ", events=" + events().size() + "}";
  }

  /** A mutable copy used by the transitions, since the strict builder sets each attribute once. */
  private static final class Draft {
    private final Proposal proposal;
    private ProposalState state;
    private GridId grid;
    private Optional<ActorId> assignee;
    private Optional<Answer> answer;
    private Optional<Satisfaction> satisfaction;
    private Optional<ProposalRejection> rejection;
    private int reopens;
    private final List<ProposalEvent> events;

    Draft(ProposalRecord r) {
      proposal = r.proposal();
      state = r.state();
      grid = r.handlingGrid();
      assignee = r.assignee();
      answer = r.answer();
      satisfaction = r.satisfaction();
      rejection = r.rejection();
      reopens = r.reopens();
      events = new ArrayList<>(r.events());
    }

    Draft move(ProposalState to, Instant at, @Nullable ActorId by) {
      requireNonNull(at, "at");
      if (!state.next().contains(to)) {
        throw new DomainValidationException("ProposalRecord", "state", "transition",
            "a proposal " + state + " cannot move to " + to);
      }
      state = to;
      event(new ProposalEvent(at, ProposalEvent.Kind.MOVED, to, grid, Optional.ofNullable(by)));
      return this;
    }

    void event(ProposalEvent e) {
      events.add(e);
    }

    ProposalRecord build() {
      return builder().proposal(proposal).state(state).handlingGrid(grid).assignee(assignee).answer(answer)
          .satisfaction(satisfaction).rejection(rejection).reopens(reopens).addAllEvents(events).build();
    }
  }

  /** The builder of {@link ProposalRecord}; each attribute may be set once. */
  public static final class Builder extends ImmutableProposalRecord.Builder {
    Builder() {}
  }
}
