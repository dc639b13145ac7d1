package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Overdue;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.rules.service.TransitionResult.Applied;
import io.github.jiceng.governance.rules.service.TransitionResult.Refused;
import java.time.Duration;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demand lifecycle (需求流转) as a state machine: submitted (点单), accepted or rejected by the
 * community, grouped into a project, dispatched to a channel (下单), claimed (接单), in service,
 * delivered, evaluated (成效) and closed; plus withdraw, release, reassign, and reopen after a
 * poor rating.
 *
 * <p>A transition is proposed as a {@link DemandEvent}; the lifecycle applies it or refuses it
 * with a {@link RefusalReason}, never by throwing. The guards beyond the state:
 *
 * <ul>
 *   <li>events of one demand come in time order (an event may share its predecessor's instant);
 *   <li>reject, withdraw, release, reassign and reopen need a non-blank reason;
 *   <li>group names the project, dispatch the channel, claim and reassign the claimant (reassign
 *       another one), deliver the service record, evaluate the outcome and a rating of 1 to 5;
 *   <li>only the claimant holding the demand may release it;
 *   <li>close needs a rating at or above the satisfactory rating, reopen one below it.
 * </ul>
 *
 * <p>Applying a demand's events in order with {@link #replay} rebuilds exactly the status that
 * applying them one by one produced. Overdue detection ({@link #overdue}) takes the instant to
 * judge at as a parameter.
 *
 * <p>Immutable and thread-safe: a {@code DemandStatus} is a value and every transition returns a
 * new one. An event dated outside {@link io.github.jiceng.governance.model.time.TimeLimits} is
 * refused ({@link RefusalReason#INSTANT_OUT_OF_RANGE}); {@link #overdue} asked at such an instant
 * throws a {@code DomainValidationException}.
 */
public final class DemandLifecycle {

  /** The default satisfactory rating: 3 of 5. */
  public static final int DEFAULT_SATISFACTORY_RATING = 3;

  private static final DemandLifecycle STANDARD = new DemandLifecycle(DEFAULT_SATISFACTORY_RATING);

  private final int satisfactoryRating;

  private DemandLifecycle(int satisfactoryRating) {
    this.satisfactoryRating = satisfactoryRating;
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
    DomainChecks.inRange("DemandLifecycle", "satisfactoryRating", satisfactoryRating, Outcome.MIN_RATING, Outcome.MAX_RATING);
    return new DemandLifecycle(satisfactoryRating);
  }

  /** Returns the rating at or above which a demand may close. */
  public int satisfactoryRating() {
    return satisfactoryRating;
  }

  /** Returns the transitions that may leave the state, in declaration order; empty for final states. */
  public Set<Transition> allowed(DemandState state) {
    requireNonNull(state, "state");
    EnumSet<Transition> out = EnumSet.noneOf(Transition.class);
    for (Transition t : Transition.values()) {
      if (t.leaves(state)) {
        out.add(t);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Starts a demand's record with its {@link Transition#SUBMIT} event.
   *
   * @param event the submit event
   * @return applied with a {@link DemandState#SUBMITTED} status, or refused if the event is not a submit
   */
  public TransitionResult submit(DemandEvent event) {
    requireNonNull(event, "event");
    if (!TimeLimits.accepts(event.at())) {
      return outOfRange(event);
    }
    if (event.transition() != Transition.SUBMIT) {
      return new Refused(event, RefusalReason.NOT_ALLOWED_IN_STATE,
          "a demand's first event is SUBMIT, not " + event.transition());
    }
    return new Applied(event, new DemandStatus(event.demand(), DemandState.SUBMITTED, event.at(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, 1));
  }

  /**
   * Applies one event to a demand's status.
   *
   * @param status where the demand stands
   * @param event the proposed transition
   * @return applied with the new status, or refused with the reason; the status is never changed
   */
  public TransitionResult apply(DemandStatus status, DemandEvent event) {
    requireNonNull(status, "status");
    requireNonNull(event, "event");
    if (!TimeLimits.accepts(event.at())) {
      return outOfRange(event);
    }
    Transition t = event.transition();
    if (!event.demand().equals(status.demand())) {
      return refuse(event, RefusalReason.WRONG_DEMAND, "the event is for demand " + event.demand() + ", not "
          + status.demand());
    }
    if (!t.leaves(status.state())) {
      return refuse(event, RefusalReason.NOT_ALLOWED_IN_STATE, t + " cannot leave " + status.state()
          + "; allowed: " + allowed(status.state()));
    }
    if (event.at().isBefore(status.since())) {
      return refuse(event, RefusalReason.OUT_OF_ORDER, "the event at " + event.at()
          + " is dated before the last transition at " + status.since());
    }
    boolean needsReason = t == Transition.REJECT || t == Transition.WITHDRAW || t == Transition.RELEASE
        || t == Transition.REASSIGN || t == Transition.REOPEN;
    if (needsReason && event.reason().map(String::isBlank).orElse(true)) {
      return refuse(event, RefusalReason.REASON_REQUIRED, t + " needs a reason");
    }
    Optional<ProjectId> project = status.project();
    Optional<Channel> channel = status.channel();
    Optional<OrganizationId> claimant = status.claimant();
    Optional<ServiceId> service = status.service();
    Optional<OutcomeId> outcome = status.outcome();
    OptionalInt rating = status.rating();
    int reopened = status.reopened();
    switch (t) {
      case GROUP:
        if (event.project().isEmpty()) {
          return refuse(event, RefusalReason.PROJECT_REQUIRED, "GROUP names the project");
        }
        project = event.project();
        break;
      case DISPATCH:
        if (event.channel().isEmpty()) {
          return refuse(event, RefusalReason.CHANNEL_REQUIRED, "DISPATCH names the channel");
        }
        channel = event.channel();
        break;
      case CLAIM:
        if (event.claimant().isEmpty()) {
          return refuse(event, RefusalReason.CLAIMANT_REQUIRED, "CLAIM names the claimant");
        }
        claimant = event.claimant();
        break;
      case REASSIGN:
        if (event.claimant().isEmpty()) {
          return refuse(event, RefusalReason.CLAIMANT_REQUIRED, "REASSIGN names the new claimant");
        }
        if (event.claimant().equals(status.claimant())) {
          return refuse(event, RefusalReason.SAME_CLAIMANT, "the demand is already with " + event.claimant().get());
        }
        claimant = event.claimant();
        break;
      case RELEASE:
        if (!status.claimant().map(c -> c.equals(event.actor())).orElse(false)) {
          return refuse(event, RefusalReason.NOT_THE_CLAIMANT, "only " + status.claimant().map(Object::toString)
              .orElse("the claimant") + " may release it, not " + event.actor());
        }
        claimant = Optional.empty();
        channel = Optional.empty();
        break;
      case DELIVER:
        if (event.service().isEmpty()) {
          return refuse(event, RefusalReason.SERVICE_REQUIRED, "DELIVER names the service record");
        }
        service = event.service();
        break;
      case EVALUATE:
        if (event.outcome().isEmpty() || event.rating().isEmpty()) {
          return refuse(event, RefusalReason.OUTCOME_REQUIRED, "EVALUATE names the outcome and the rating");
        }
        int r = event.rating().getAsInt();
        if (r < Outcome.MIN_RATING || r > Outcome.MAX_RATING) {
          return refuse(event, RefusalReason.RATING_OUT_OF_RANGE, "a rating is 1-5, was " + r);
        }
        outcome = event.outcome();
        rating = event.rating();
        break;
      case CLOSE:
        if (rating.orElse(0) < satisfactoryRating) {
          return refuse(event, RefusalReason.RATING_TOO_LOW_TO_CLOSE, "rated " + rating.orElse(0)
              + ", below the satisfactory " + satisfactoryRating + ": reopen it instead");
        }
        break;
      case REOPEN:
        if (rating.orElse(0) >= satisfactoryRating) {
          return refuse(event, RefusalReason.RATING_TOO_HIGH_TO_REOPEN, "rated " + rating.orElse(0)
              + ", at or above the satisfactory " + satisfactoryRating + ": close it instead");
        }
        claimant = Optional.empty();
        channel = Optional.empty();
        reopened++;
        break;
      default:
        break;
    }
    return new Applied(event, new DemandStatus(status.demand(), t.to(), event.at(), project, channel, claimant,
        service, outcome, rating, reopened, status.events() + 1));
  }

  private static Refused refuse(DemandEvent event, RefusalReason reason, String detail) {
    return new Refused(event, reason, detail);
  }

  /**
   * Rebuilds one demand's status from its events, in order.
   *
   * @param events the demand's events, the submit first
   * @return the status after the last event
   * @throws DomainValidationException if there are no events or one of them is refused; the
   *     message names the event's position and the reason
   */
  public DemandStatus replay(List<DemandEvent> events) {
    DomainChecks.noNullElements(events, "events");
    DomainChecks.check(!events.isEmpty(), "DemandLifecycle.replay", "events", "submit-first",
        "a demand's record has at least its submit event");
    TransitionResult first = submit(events.get(0));
    DemandStatus status = applied(first, 0);
    for (int k = 1; k < events.size(); k++) {
      status = applied(apply(status, events.get(k)), k);
    }
    return status;
  }

  /**
   * Rebuilds the status of every demand from a stream of events of many demands; each demand's
   * events must be in order, demands may interleave.
   *
   * @return the statuses by demand id, in id order
   * @throws DomainValidationException if an event is refused
   */
  public Map<DemandId, DemandStatus> replayAll(Collection<DemandEvent> events) {
    DomainChecks.noNullElements(events, "events");
    TreeMap<DemandId, DemandStatus> out = new TreeMap<>();
    int k = 0;
    for (DemandEvent e : events) {
      DemandStatus current = out.get(e.demand());
      out.put(e.demand(), applied(current == null ? submit(e) : apply(current, e), k++));
    }
    return Collections.unmodifiableMap(out);
  }

  private static DemandStatus applied(TransitionResult result, int position) {
    if (result instanceof Refused) {
      Refused r = (Refused) result;
      throw new DomainValidationException("DemandLifecycle.replay", "events[" + position + "]", "replayable",
          "event " + position + " (" + r.event().transition() + " of " + r.event().demand() + ") is refused: "
              + r.reason() + ": " + r.detail());
    }
    return ((Applied) result).status();
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

  private static TransitionResult outOfRange(DemandEvent event) {
    return new Refused(event, RefusalReason.INSTANT_OUT_OF_RANGE, "an event is dated from " + TimeLimits.EARLIEST
        + " to " + TimeLimits.LATEST + ", was " + event.at());
  }
}
