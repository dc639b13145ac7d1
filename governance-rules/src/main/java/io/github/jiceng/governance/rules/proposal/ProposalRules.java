package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The handling of one proposal (提案办理) as a {@link Decider}: one stream per proposal, its state
 * a {@link ProposalCase} (nothing yet, then the proposal's record), its commands {@link
 * ProposalCommand}s and its events {@link ProposalEvent}s. Refusals carry a {@link
 * ProposalRefusalCode}. The grid hierarchy and the handling policy (deadlines, escalation
 * interval, feedback window, reopenings) are given to the factory; nothing here reads a clock.
 *
 * <p>Each step checks that the command names the stream's proposal, that the state may move as
 * asked and that the step is not dated before the record's last event. {@link
 * ProposalCommand.Escalate} records the escalations due by its instant (see {@link
 * ProposalDesk#assess}), one event per level, each dated when it fell due; when none is due it is
 * {@link Decision.Unchanged}, carrying the escalations already recorded in the current state.
 * Receiving the same proposal again is unchanged too. {@link ProposalCommand.Refer} is the
 * handler's own referral to the level above, with a reason; the timed escalations then count from
 * the referral, at the new level.
 *
 * <pre>{@code
 * ProposalRules rules = ProposalRules.of(hierarchy, HandlingPolicy.streetDefault());
 * InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(rules);
 * stream.handle(new ProposalCommand.Receive(proposal));
 * stream.handle(new ProposalCommand.Escalate(proposal.id(), Instant.parse("2023-03-05T00:00:00Z")));
 * ProposalRecord r = stream.state().recordIfAny().orElseThrow();   // handled further up if overdue
 * }</pre>
 *
 * <p>Immutable and thread-safe. A record taken over from elsewhere continues as {@code
 * ProposalCase.of(record)}.
 */
public final class ProposalRules implements Decider<ProposalCommand, ProposalCase, ProposalEvent> {

  private final GridHierarchy hierarchy;
  private final HandlingPolicy policy;

  private ProposalRules(GridHierarchy hierarchy, HandlingPolicy policy) {
    this.hierarchy = hierarchy;
    this.policy = policy;
  }

  /**
   * Returns the rules for proposals handled in a grid hierarchy under a policy.
   *
   * @param hierarchy the grid hierarchy holding the proposals' grid nodes, for escalation
   * @param policy the handling policy
   * @return the rules
   */
  public static ProposalRules of(GridHierarchy hierarchy, HandlingPolicy policy) {
    return new ProposalRules(requireNonNull(hierarchy, "hierarchy"), requireNonNull(policy, "policy"));
  }

  /** Returns the grid hierarchy escalations go up. */
  public GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns the handling policy. */
  public HandlingPolicy policy() {
    return policy;
  }

  /** Returns {@link ProposalCase#none()}: nothing received yet. */
  @Override
  public ProposalCase initialState() {
    return ProposalCase.none();
  }

  /**
   * Decides a step on the proposal.
   *
   * @param command the step
   * @param state the proposal's state
   * @return the step's events, unchanged for a proposal received again or an escalation not due,
   *     or a refusal
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if an escalation is
   *     asked for a proposal whose grid node the hierarchy does not hold
   */
  @Override
  public Decision<ProposalEvent> decide(ProposalCommand command, ProposalCase state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof ProposalCommand.Receive receive) {
      if (state instanceof ProposalCase.Recorded held) {
        ProposalRecord r = held.record();
        if (r.proposal().equals(receive.proposal())) {
          return Decision.unchanged(List.of(new ProposalEvent.Received(r.proposal())));
        }
        return Decision.refused(Refusal.of(ProposalRefusalCode.ALREADY_RECEIVED, "this stream already holds proposal "
            + r.id() + "; proposal " + receive.proposal().id() + " with other content cannot be received into it")
            .with("proposal", receive.proposal().id()).with("held", r.id()));
      }
      return Decision.applied(new ProposalEvent.Received(receive.proposal()));
    }
    Optional<Refusal> unknown = unknown(command.proposalId(), state);
    if (unknown.isPresent()) {
      return Decision.refused(unknown.get());
    }
    ProposalRecord r = ((ProposalCase.Recorded) state).record();
    if (command instanceof ProposalCommand.Escalate escalate) {
      return escalate(r, escalate.at());
    }
    ProposalEvent event = eventOf(command, r);
    Optional<Refusal> refusal = check(r, event);
    return refusal.isPresent() ? Decision.refused(refusal.get()) : Decision.applied(event);
  }

  /**
   * Returns the proposal's state after one event.
   *
   * @param state the state
   * @param event an event decided for it
   * @return the state after it
   * @throws IllegalStateException if the event cannot follow the state
   */
  @Override
  public ProposalCase evolve(ProposalCase state, ProposalEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof ProposalEvent.Received received) {
      if (state instanceof ProposalCase.Recorded held) {
        throw impossible(event, "the stream already holds proposal " + held.record().id());
      }
      return ProposalCase.of(ProposalRecord.submitted(received.proposal()));
    }
    Optional<Refusal> unknown = unknown(event.proposalId(), state);
    if (unknown.isPresent()) {
      throw impossible(event, unknown.get().toString());
    }
    ProposalRecord r = ((ProposalCase.Recorded) state).record();
    Optional<Refusal> refusal = check(r, event);
    if (refusal.isPresent()) {
      throw impossible(event, refusal.get().toString());
    }
    return ProposalCase.of(apply(r, event));
  }

  /**
   * Returns the state after the events, in order, as evolving one at a time does.
   *
   * @param state the state to start from
   * @param events the events, in stream order
   * @return the state after the last one
   * @throws IllegalStateException if an event cannot follow the state before it
   */
  @Override
  public ProposalCase fold(ProposalCase state, Iterable<? extends ProposalEvent> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    ProposalCase current = state;
    int index = 0;
    for (ProposalEvent event : events) {
      if (event == null) {
        throw new NullPointerException("events[" + index + "]");
      }
      current = evolve(current, event);
      index++;
    }
    return current;
  }

  /** Returns {@code ProposalRules[policy label]}. */
  @Override
  public String toString() {
    return "ProposalRules[" + policy.label() + "]";
  }

  private static Optional<Refusal> unknown(ProposalId id, ProposalCase state) {
    if (state instanceof ProposalCase.Recorded held) {
      if (held.record().id().equals(id)) {
        return Optional.empty();
      }
      return Optional.of(Refusal.of(ProposalRefusalCode.UNKNOWN_PROPOSAL, "this stream holds proposal "
          + held.record().id() + ", not " + id).with("proposal", id));
    }
    return Optional.of(Refusal.of(ProposalRefusalCode.UNKNOWN_PROPOSAL, "no proposal is received in this stream, so "
        + id + " is unknown").with("proposal", id));
  }

  private ProposalEvent eventOf(ProposalCommand command, ProposalRecord r) {
    if (command instanceof ProposalCommand.Accept c) {
      return new ProposalEvent.Accepted(c.proposal(), c.by(), c.at());
    } else if (command instanceof ProposalCommand.Assign c) {
      return new ProposalEvent.Assigned(c.proposal(), c.assignee(), c.by(), c.at());
    } else if (command instanceof ProposalCommand.Start c) {
      return new ProposalEvent.Started(c.proposal(), c.by(), c.at());
    } else if (command instanceof ProposalCommand.Answer c) {
      return new ProposalEvent.Answered(c.proposal(), c.answer());
    } else if (command instanceof ProposalCommand.Reject c) {
      return new ProposalEvent.Rejected(c.proposal(), c.rejection(), c.by(), c.at());
    } else if (command instanceof ProposalCommand.Rate c) {
      boolean reopen = c.rating() == Satisfaction.DISSATISFIED && r.reopens() < policy.maxReopens();
      return new ProposalEvent.Rated(c.proposal(), c.rating(), c.at(), reopen);
    } else if (command instanceof ProposalCommand.Refer c) {
      // the target is checked by check(): with no level above, the event names the node itself
      GridId to = (hierarchy.contains(r.handlingGrid()) ? hierarchy.parent(r.handlingGrid()) : Optional.<GridId>empty())
          .orElse(r.handlingGrid());
      return new ProposalEvent.Referred(c.proposal(), to, c.reason(), c.by(), c.at());
    }
    ProposalCommand.Close c = (ProposalCommand.Close) command;
    return new ProposalEvent.Closed(c.proposal(), c.at());
  }

  /** The checks of a step other than receiving, against the record: the same for decide and evolve. */
  private Optional<Refusal> check(ProposalRecord r, ProposalEvent event) {
    if (event instanceof ProposalEvent.Accepted e) {
      return move(r, ProposalState.ACCEPTED, e.at(), "accept");
    } else if (event instanceof ProposalEvent.Assigned e) {
      return move(r, ProposalState.ASSIGNED, e.at(), "assign");
    } else if (event instanceof ProposalEvent.Started e) {
      if (r.state() != ProposalState.ASSIGNED) {
        return Optional.of(wrongState(r, "start", "proposal " + r.id() + " is " + r.state()
            + ", not assigned; work starts on an assigned proposal, and an answered one reopens only by its rating"));
      }
      return move(r, ProposalState.IN_PROGRESS, e.at(), "start");
    } else if (event instanceof ProposalEvent.Answered e) {
      return move(r, ProposalState.ANSWERED, e.at(), "answer");
    } else if (event instanceof ProposalEvent.Rejected e) {
      return move(r, ProposalState.REJECTED, e.at(), "reject");
    } else if (event instanceof ProposalEvent.Rated e) {
      if (r.state() != ProposalState.ANSWERED) {
        return Optional.of(wrongState(r, "rate", "proposal " + r.id() + " is " + r.state()
            + ", not answered; there is nothing to rate"));
      }
      Instant until = r.stateSince().plus(policy.feedbackWindow());
      if (!e.at().isBefore(until)) {
        return Optional.of(Refusal.of(ProposalRefusalCode.FEEDBACK_WINDOW_CLOSED, "proposal " + r.id()
            + " could be rated until " + until + "; it closes unrated").with("proposal", r.id()).with("until", until));
      }
      if (e.reopened() && e.rating() != Satisfaction.DISSATISFIED) {
        throw new IllegalStateException("a " + e.rating() + " rating of proposal " + r.id() + " cannot reopen it");
      }
      return move(r, e.reopened() ? ProposalState.IN_PROGRESS : ProposalState.CLOSED, e.at(), "rate");
    } else if (event instanceof ProposalEvent.Closed e) {
      if (r.state() == ProposalState.ANSWERED) {
        Instant opens = r.stateSince().plus(policy.feedbackWindow());
        if (e.at().isBefore(opens)) {
          return Optional.of(Refusal.of(ProposalRefusalCode.FEEDBACK_WINDOW_OPEN, "proposal " + r.id()
              + " may be rated until " + opens).with("proposal", r.id()).with("until", opens));
        }
      }
      return move(r, ProposalState.CLOSED, e.at(), "close");
    } else if (event instanceof ProposalEvent.Referred e) {
      return referral(r, e);
    }
    ProposalEvent.Escalated e = (ProposalEvent.Escalated) event;
    if (r.state().isFinal()) {
      return Optional.of(wrongState(r, "escalate", "proposal " + r.id() + " is " + r.state()
          + " and has no deadline to escalate"));
    }
    Optional<Refusal> order = inOrder(r, e.at(), "escalate");
    if (order.isPresent()) {
      return order;
    }
    Optional<GridId> parent = hierarchy.contains(r.handlingGrid()) ? hierarchy.parent(r.handlingGrid())
        : Optional.empty();
    if (!parent.equals(Optional.of(e.to()))) {
      throw new IllegalStateException("proposal " + r.id() + " handled at " + r.handlingGrid()
          + " goes up to the node above it, not to " + e.to());
    }
    return Optional.empty();
  }

  /** The checks of a referral: an open, unanswered proposal, in time order, with a level above it. */
  private Optional<Refusal> referral(ProposalRecord r, ProposalEvent.Referred e) {
    if (r.state().isFinal() || r.state() == ProposalState.ANSWERED) {
      return Optional.of(wrongState(r, "refer", "proposal " + r.id() + " is " + r.state()
          + (r.state() == ProposalState.ANSWERED ? " and awaits the resident's rating" : " and is no longer handled")
          + "; only an open, unanswered proposal is referred up"));
    }
    Optional<Refusal> order = inOrder(r, e.at(), "refer");
    if (order.isPresent()) {
      return order;
    }
    Optional<GridId> parent = hierarchy.contains(r.handlingGrid()) ? hierarchy.parent(r.handlingGrid())
        : Optional.empty();
    if (parent.isEmpty()) {
      return Optional.of(Refusal.of(ProposalRefusalCode.NO_LEVEL_ABOVE, "proposal " + r.id() + " is handled at "
          + r.handlingGrid() + ", which has no level above it in the grid hierarchy to refer it to")
          .with("proposal", r.id()).with("grid", r.handlingGrid()));
    }
    if (!parent.get().equals(e.to())) {
      throw new IllegalStateException("proposal " + r.id() + " handled at " + r.handlingGrid()
          + " is referred to the node above it, not to " + e.to());
    }
    return Optional.empty();
  }

  private Decision<ProposalEvent> escalate(ProposalRecord r, Instant at) {
    if (at.isBefore(r.lastEventAt())) {
      return Decision.refused(Refusal.of(ProposalRefusalCode.OUT_OF_ORDER, "proposal " + r.id()
          + " cannot be assessed at " + at + ", before its last event at " + r.lastEventAt())
          .with("proposal", r.id()).with("at", at).with("last", r.lastEventAt()));
    }
    DeadlineStatus s = ProposalDesk.assess(r, hierarchy, policy, at);
    if (!(s instanceof DeadlineStatus.Overdue o) || o.chain().size() <= r.escalationsInState()) {
      return Decision.unchanged(recordedEscalations(r));
    }
    List<ProposalEvent> events = new ArrayList<>();
    for (int k = r.escalationsInState() + 1; k <= o.chain().size(); k++) {
      events.add(new ProposalEvent.Escalated(r.id(), o.chain().get(k - 1),
          o.deadline().plus(policy.escalationInterval().multipliedBy(k - 1L))));
    }
    return Decision.applied(events);
  }

  /** The escalations recorded since the record entered its state, as events, oldest first. */
  private static List<ProposalEvent> recordedEscalations(ProposalRecord r) {
    List<io.github.jiceng.governance.model.proposal.ProposalEvent> history = r.events();
    List<ProposalEvent> out = new ArrayList<>();
    for (int i = history.size() - r.escalationsInState(); i < history.size(); i++) {
      out.add(new ProposalEvent.Escalated(r.id(), history.get(i).grid(), history.get(i).at()));
    }
    return out;
  }

  private static Optional<Refusal> move(ProposalRecord r, ProposalState to, Instant at, String step) {
    if (!r.state().next().contains(to)) {
      return Optional.of(wrongState(r, step, "proposal " + r.id() + " is " + r.state() + " and cannot move to " + to));
    }
    return inOrder(r, at, step);
  }

  private static Optional<Refusal> inOrder(ProposalRecord r, Instant at, String step) {
    if (at.isBefore(r.lastEventAt())) {
      return Optional.of(Refusal.of(ProposalRefusalCode.OUT_OF_ORDER, "proposal " + r.id() + " cannot "
          + (step.equals("escalate") ? "be escalated" : step.equals("refer") ? "be referred" : "move") + " at " + at + ", before its last event at "
          + r.lastEventAt()).with("proposal", r.id()).with("at", at).with("last", r.lastEventAt()));
    }
    return Optional.empty();
  }

  private static Refusal wrongState(ProposalRecord r, String step, String detail) {
    return Refusal.of(ProposalRefusalCode.WRONG_STATE, detail).with("proposal", r.id()).with("state", r.state())
        .with("step", step);
  }

  private static ProposalRecord apply(ProposalRecord r, ProposalEvent event) {
    if (event instanceof ProposalEvent.Accepted e) {
      return r.accepted(e.by(), e.at());
    } else if (event instanceof ProposalEvent.Assigned e) {
      return r.assigned(e.assignee(), e.by(), e.at());
    } else if (event instanceof ProposalEvent.Started e) {
      return r.started(e.by(), e.at());
    } else if (event instanceof ProposalEvent.Answered e) {
      return r.answered(e.answer());
    } else if (event instanceof ProposalEvent.Rejected e) {
      return r.rejected(e.rejection(), e.by(), e.at());
    } else if (event instanceof ProposalEvent.Rated e) {
      return r.rated(e.rating(), e.at(), e.reopened());
    } else if (event instanceof ProposalEvent.Closed e) {
      return r.closed(e.at());
    } else if (event instanceof ProposalEvent.Referred e) {
      return r.referred(e.to(), e.reason(), e.by(), e.at());
    }
    ProposalEvent.Escalated e = (ProposalEvent.Escalated) event;
    return r.escalated(e.to(), e.at());
  }

  private static IllegalStateException impossible(ProposalEvent event, String why) {
    return new IllegalStateException(event.getClass().getSimpleName() + " of proposal " + event.proposalId()
        + " at " + event.at() + " cannot follow the stream: " + why);
  }
}
