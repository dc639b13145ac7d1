package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Overdue;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demand lifecycle (需求流转) for readers of demand histories: replay of one demand's events
 * or of a stream of many, overdue detection, and the transitions each state allows. The lifecycle
 * runs on {@link DemandRules}, the decider that applies or refuses each proposed transition:
 * submitted (点单), accepted or rejected by the community, grouped into a project, dispatched to a
 * channel (下单), claimed (接单), in service, delivered, evaluated (成效) and closed; plus
 * withdraw, release, reassign, and reopen after a poor rating.
 *
 * <p>Applying a demand's events in order with {@link #replay} rebuilds exactly the status that
 * deciding them one by one produced. Overdue detection ({@link #overdue}) takes the instant to
 * judge at as a parameter.
 *
 * <pre>{@code
 * DemandLifecycle lifecycle = DemandLifecycle.standard();
 * DemandStatus status = lifecycle.replay(events);            // throws if an event is refused
 * Decision<DemandEvent> d = lifecycle.rules().decide(new DemandCommand.Apply(next), lifecycle.stateOf(events));
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link #overdue} asked at an instant outside {@link
 * io.github.jiceng.governance.model.time.TimeLimits} throws a {@code DomainValidationException}.
 */
public final class DemandLifecycle {

  /** The default satisfactory rating: 3 of 5. */
  public static final int DEFAULT_SATISFACTORY_RATING = DemandRules.DEFAULT_SATISFACTORY_RATING;

  private static final DemandLifecycle STANDARD = new DemandLifecycle(DemandRules.standard());

  private final DemandRules rules;

  private DemandLifecycle(DemandRules rules) {
    this.rules = rules;
  }

  /** Returns the lifecycle with the default satisfactory rating. */
  public static DemandLifecycle standard() {
    return STANDARD;
  }

  /**
   * Returns a lifecycle in which ratings at or above the given one count as satisfactory.
   *
   * @param satisfactoryRating 1 to 5
   */
  public static DemandLifecycle withSatisfactoryRating(int satisfactoryRating) {
    return new DemandLifecycle(DemandRules.withSatisfactoryRating(satisfactoryRating));
  }

  /** Returns the decider this lifecycle runs on. */
  public DemandRules rules() {
    return rules;
  }

  /** Returns the rating at or above which a demand may close. */
  public int satisfactoryRating() {
    return rules.satisfactoryRating();
  }

  /** Returns the transitions that may leave the state, in declaration order; empty for final states. */
  public Set<Transition> allowed(DemandState state) {
    return DemandRules.allowed(state);
  }

  /**
   * Rebuilds one demand's stream state from its events, in order, deciding each: the first as a
   * submit, the others as later transitions.
   *
   * @param events the demand's events, the submit first
   * @return the state after the last event
   * @throws DomainValidationException if there are no events or one of them is refused or
   *     repeats the one before it; the message names the event's position and the refusal
   */
  public DemandCase stateOf(List<DemandEvent> events) {
    DomainChecks.noNullElements(events, "events");
    DomainChecks.check(!events.isEmpty(), "DemandLifecycle.replay", "events", "submit-first",
        "a demand's record has at least its submit event");
    DemandCase state = rules.initialState();
    for (int k = 0; k < events.size(); k++) {
      state = step(state, events.get(k), k);
    }
    return state;
  }

  /**
   * Rebuilds one demand's status from its events, in order.
   *
   * @param events the demand's events, the submit first
   * @return the status after the last event
   * @throws DomainValidationException if there are no events or one of them is refused or
   *     repeats the one before it; the message names the event's position and the refusal
   */
  public DemandStatus replay(List<DemandEvent> events) {
    return stateOf(events).statusIfAny().orElseThrow();
  }

  /**
   * Rebuilds the status of every demand from a stream of events of many demands; each demand's
   * events must be in order, demands may interleave.
   *
   * @return the statuses by demand id, in id order
   * @throws DomainValidationException if an event is refused or repeats the one before it
   */
  public Map<DemandId, DemandStatus> replayAll(Collection<DemandEvent> events) {
    DomainChecks.noNullElements(events, "events");
    TreeMap<DemandId, DemandCase> states = new TreeMap<>();
    int k = 0;
    for (DemandEvent e : events) {
      states.put(e.demand(), step(states.getOrDefault(e.demand(), rules.initialState()), e, k++));
    }
    TreeMap<DemandId, DemandStatus> out = new TreeMap<>();
    states.forEach((id, state) -> out.put(id, state.statusIfAny().orElseThrow()));
    return Collections.unmodifiableMap(out);
  }

  /** Decides one recorded event and evolves the state by it, or throws naming its position. */
  private DemandCase step(DemandCase state, DemandEvent event, int position) {
    DemandCommand command = state instanceof DemandCase.Recorded ? new DemandCommand.Apply(event)
        : new DemandCommand.Submit(event);
    Decision<DemandEvent> d = rules.decide(command, state);
    if (d instanceof Decision.Applied<DemandEvent> applied) {
      return rules.fold(state, applied.events());
    }
    String why = d instanceof Decision.Refused<DemandEvent> refused
        ? ((DemandRefusalCode) refused.refusal().code()).name() + ": " + refused.refusal().detail()
        : "it repeats the event before it";
    throw new DomainValidationException("DemandLifecycle.replay", "events[" + position + "]", "replayable",
        "event " + position + " (" + event.transition() + " of " + event.demand() + ") is refused: " + why);
  }

  /**
   * Tells whether a demand has stayed in its state longer than the policy allows.
   *
   * @param status where the demand stands
   * @param policy the limits per state
   * @param at the instant to judge at
   * @return the overdue finding, or empty if the demand is on time, final, or its state has no limit
   */
  public Optional<Overdue> overdue(DemandStatus status, DeadlinePolicy policy, Instant at) {
    requireNonNull(status, "status");
    requireNonNull(policy, "policy");
    TimeLimits.check("DemandLifecycle", "at", requireNonNull(at, "at"));
    Optional<Duration> limit = policy.limit(status.state());
    if (limit.isEmpty()) {
      return Optional.empty();
    }
    Instant due = status.since().plus(limit.get());
    if (!at.isAfter(due)) {
      return Optional.empty();
    }
    return Optional.of(new Overdue(status.demand(), status.state(), status.since(), due, Duration.between(due, at)));
  }

  /**
   * Lists every overdue demand among the statuses, most overdue first, ties on demand id.
   *
   * @param statuses the statuses to judge
   * @param policy the limits per state
   * @param at the instant to judge at
   * @return the overdue findings; unmodifiable
   */
  public List<Overdue> overdue(Collection<DemandStatus> statuses, DeadlinePolicy policy, Instant at) {
    DomainChecks.noNullElements(statuses, "statuses");
    List<Overdue> out = new ArrayList<>();
    for (DemandStatus s : statuses) {
      overdue(s, policy, at).ifPresent(out::add);
    }
    out.sort((a, b) -> {
      int c = b.by().compareTo(a.by());
      return c != 0 ? c : a.demand().compareTo(b.demand());
    });
    return Collections.unmodifiableList(out);
  }
}
