package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The demand lifecycle (需求流转) as a {@link Decider}: one stream per demand, its state a {@link
 * DemandCase}, its commands {@link DemandCommand}s, its events the model's {@link DemandEvent}s
 * (what the JSON module reads and writes as a demand-event file). A proposed event is applied as
 * it is, {@link Decision.Unchanged} when it repeats the stream's last event (a redelivery), or
 * refused with a {@link DemandRefusalCode}, never by throwing.
 *
 * <p>The guards beyond the state ({@link Transition#leaves}):
 *
 * <ul>
 *   <li>a stream starts with a {@link Transition#SUBMIT} event given by {@link
 *       DemandCommand.Submit}, and every later event is for the same demand;
 *   <li>events come in time order (an event may share its predecessor's instant) and within
 *       {@link TimeLimits};
 *   <li>reject, withdraw, release, reassign and reopen need a non-blank reason;
 *   <li>group names the project, dispatch the channel, claim and reassign the claimant (reassign
 *       another one), deliver the service record, evaluate the outcome and a rating of 1 to 5;
 *   <li>only the claimant holding the demand may release it;
 *   <li>close needs a rating at or above the satisfactory rating, reopen one below it.
 * </ul>
 *
 * <pre>{@code
 * InMemoryStream<DemandCommand, DemandCase, DemandEvent> demand = InMemoryStream.open(DemandRules.standard());
 * demand.handle(new DemandCommand.Submit(submitted));
 * Decision<DemandEvent> d = demand.handle(new DemandCommand.Apply(accepted));
 * demand.state().statusIfAny().orElseThrow().state();     // ACCEPTED, unless d was refused
 * }</pre>
 *
 * <p>Immutable and thread-safe. {@link DemandLifecycle} replays histories and finds overdue
 * demands with the same rules.
 */
public final class DemandRules implements Decider<DemandCommand, DemandCase, DemandEvent> {

  /** The default satisfactory rating: 3 of 5. */
  public static final int DEFAULT_SATISFACTORY_RATING = 3;

  private static final DemandRules STANDARD = new DemandRules(DEFAULT_SATISFACTORY_RATING);

  private final int satisfactoryRating;

  private DemandRules(int satisfactoryRating) {
    this.satisfactoryRating = satisfactoryRating;
  }

  /**
   * Returns the rules with the default satisfactory rating.
   *
   * @return the rules
   */
  public static DemandRules standard() {
    return STANDARD;
  }

  /**
   * Returns the rules in which ratings at or above the given one count as satisfactory.
   *
   * @param satisfactoryRating 1 to 5
   * @return the rules
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the rating is
   *     outside 1 to 5
   */
  public static DemandRules withSatisfactoryRating(int satisfactoryRating) {
    DomainChecks.inRange("DemandRules", "satisfactoryRating", satisfactoryRating, Outcome.MIN_RATING,
        Outcome.MAX_RATING);
    return satisfactoryRating == DEFAULT_SATISFACTORY_RATING ? STANDARD : new DemandRules(satisfactoryRating);
  }

  /** Returns the rating at or above which a demand may close. */
  public int satisfactoryRating() {
    return satisfactoryRating;
  }

  /**
   * Returns the transitions that may leave the state, in declaration order; empty for final states.
   *
   * @param state the state
   * @return the transitions, unmodifiable
   */
  public static Set<Transition> allowed(DemandState state) {
    requireNonNull(state, "state");
    EnumSet<Transition> out = EnumSet.noneOf(Transition.class);
    for (Transition t : Transition.values()) {
      if (t.leaves(state)) {
        out.add(t);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** Returns {@link DemandCase#none()}: nothing submitted yet. */
  @Override
  public DemandCase initialState() {
    return DemandCase.none();
  }

  /**
   * Decides a proposed transition.
   *
   * @param command the proposed event, as a submit or a later transition
   * @param state the demand's state
   * @return the event applied, unchanged if it repeats the last event, or refused
   */
  @Override
  public Decision<DemandEvent> decide(DemandCommand command, DemandCase state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    DemandEvent event = command.event();
    if (state instanceof DemandCase.Recorded held && held.last().equals(event)) {
      return Decision.unchanged(List.of(held.last()));
    }
    Result result;
    if (command instanceof DemandCommand.Submit) {
      result = state instanceof DemandCase.Recorded held && event.transition() == Transition.SUBMIT
          ? next(held.status(), event) : first(event);
    } else if (state instanceof DemandCase.Recorded held) {
      result = next(held.status(), event);
    } else if (!TimeLimits.accepts(event.at())) {
      result = outOfRange(event);
    } else {
      result = refuse(event, DemandRefusalCode.NOT_ALLOWED_IN_STATE, "demand " + event.demand()
          + " has no events yet; its first event is a SUBMIT, given by the submit command")
          .with("transition", event.transition());
    }
    return result.refusal != null ? Decision.refused(result.refusal) : Decision.applied(event);
  }

  /**
   * Returns the state after one event.
   *
   * @param state the demand's state
   * @param event an event decided for it
   * @return the state after it
   * @throws IllegalStateException if the event cannot follow the state
   */
  @Override
  public DemandCase evolve(DemandCase state, DemandEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    Result result = state instanceof DemandCase.Recorded held ? next(held.status(), event) : first(event);
    if (result.refusal != null) {
      throw new IllegalStateException(event.transition() + " of demand " + event.demand() + " at " + event.at()
          + " cannot follow the stream: " + result.refusal);
    }
    return new DemandCase.Recorded(requireNonNull(result.status, "status"), event);
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
  public DemandCase fold(DemandCase state, Iterable<? extends DemandEvent> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    DemandCase current = state;
    int index = 0;
    for (DemandEvent event : events) {
      if (event == null) {
        throw new NullPointerException("events[" + index + "]");
      }
      current = evolve(current, event);
      index++;
    }
    return current;
  }

  /** Returns {@code DemandRules[satisfactory=N]}. */
  @Override
  public String toString() {
    return "DemandRules[satisfactory=" + satisfactoryRating + "]";
  }

  /** Either the status after an event or the refusal of it. */
  private static final class Result {
    private final @Nullable DemandStatus status;
    private final @Nullable Refusal refusal;

    private Result(@Nullable DemandStatus status, @Nullable Refusal refusal) {
      this.status = status;
      this.refusal = refusal;
    }

    Result with(String name, Object value) {
      return new Result(status, requireNonNull(refusal, "refusal").with(name, value));
    }
  }

  private static Result applied(DemandStatus status) {
    return new Result(status, null);
  }

  private static Result refuse(DemandEvent event, DemandRefusalCode code, String detail) {
    return new Result(null, Refusal.of(code, detail).with("demand", event.demand()));
  }

  private static Result outOfRange(DemandEvent event) {
    return refuse(event, DemandRefusalCode.INSTANT_OUT_OF_RANGE, "an event is dated from " + TimeLimits.EARLIEST
        + " to " + TimeLimits.LATEST + ", was " + event.at()).with("at", event.at());
  }

  /** The first event of a demand. */
  private static Result first(DemandEvent event) {
    if (!TimeLimits.accepts(event.at())) {
      return outOfRange(event);
    }
    if (event.transition() != Transition.SUBMIT) {
      return refuse(event, DemandRefusalCode.NOT_ALLOWED_IN_STATE, "a demand's first event is SUBMIT, not "
          + event.transition()).with("transition", event.transition());
    }
    return applied(new DemandStatus(event.demand(), DemandState.SUBMITTED, event.at(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, 1));
  }

  /** A later event of a demand. */
  private Result next(DemandStatus status, DemandEvent event) {
    if (!TimeLimits.accepts(event.at())) {
      return outOfRange(event);
    }
    Transition t = event.transition();
    if (!event.demand().equals(status.demand())) {
      return refuse(event, DemandRefusalCode.WRONG_DEMAND, "the event is for demand " + event.demand() + ", not "
          + status.demand()).with("expected", status.demand());
    }
    if (!t.leaves(status.state())) {
      return refuse(event, DemandRefusalCode.NOT_ALLOWED_IN_STATE, t + " cannot leave " + status.state()
          + "; allowed: " + allowed(status.state())).with("transition", t);
    }
    if (event.at().isBefore(status.since())) {
      return refuse(event, DemandRefusalCode.OUT_OF_ORDER, "the event at " + event.at()
          + " is dated before the last transition at " + status.since()).with("at", event.at())
          .with("since", status.since());
    }
    boolean needsReason = t == Transition.REJECT || t == Transition.WITHDRAW || t == Transition.RELEASE
        || t == Transition.REASSIGN || t == Transition.REOPEN;
    if (needsReason && event.reason().map(String::isBlank).orElse(true)) {
      return refuse(event, DemandRefusalCode.REASON_REQUIRED, t + " needs a reason").with("transition", t);
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
          return refuse(event, DemandRefusalCode.PROJECT_REQUIRED, "GROUP names the project").with("transition", t);
        }
        project = event.project();
        break;
      case DISPATCH:
        if (event.channel().isEmpty()) {
          return refuse(event, DemandRefusalCode.CHANNEL_REQUIRED, "DISPATCH names the channel").with("transition", t);
        }
        channel = event.channel();
        break;
      case CLAIM:
        if (event.claimant().isEmpty()) {
          return refuse(event, DemandRefusalCode.CLAIMANT_REQUIRED, "CLAIM names the claimant").with("transition", t);
        }
        claimant = event.claimant();
        break;
      case REASSIGN:
        if (event.claimant().isEmpty()) {
          return refuse(event, DemandRefusalCode.CLAIMANT_REQUIRED, "REASSIGN names the new claimant")
              .with("transition", t);
        }
        if (event.claimant().equals(status.claimant())) {
          return refuse(event, DemandRefusalCode.SAME_CLAIMANT, "the demand is already with "
              + event.claimant().get()).with("claimant", event.claimant().get());
        }
        claimant = event.claimant();
        break;
      case RELEASE:
        if (!status.claimant().map(c -> c.equals(event.actor())).orElse(false)) {
          return refuse(event, DemandRefusalCode.NOT_THE_CLAIMANT, "only " + status.claimant().map(Object::toString)
              .orElse("the claimant") + " may release it, not " + event.actor()).with("actor", event.actor());
        }
        claimant = Optional.empty();
        channel = Optional.empty();
        break;
      case DELIVER:
        if (event.service().isEmpty()) {
          return refuse(event, DemandRefusalCode.SERVICE_REQUIRED, "DELIVER names the service record")
              .with("transition", t);
        }
        service = event.service();
        break;
      case EVALUATE:
        if (event.outcome().isEmpty() || event.rating().isEmpty()) {
          return refuse(event, DemandRefusalCode.OUTCOME_REQUIRED, "EVALUATE names the outcome and the rating")
              .with("transition", t);
        }
        int r = event.rating().getAsInt();
        if (r < Outcome.MIN_RATING || r > Outcome.MAX_RATING) {
          return refuse(event, DemandRefusalCode.RATING_OUT_OF_RANGE, "a rating is 1-5, was " + r).with("rating", r);
        }
        outcome = event.outcome();
        rating = event.rating();
        break;
      case CLOSE:
        if (rating.orElse(0) < satisfactoryRating) {
          return refuse(event, DemandRefusalCode.RATING_TOO_LOW_TO_CLOSE, "rated " + rating.orElse(0)
              + ", below the satisfactory " + satisfactoryRating + ": reopen it instead")
              .with("rating", rating.orElse(0)).with("satisfactory", satisfactoryRating);
        }
        break;
      case REOPEN:
        if (rating.orElse(0) >= satisfactoryRating) {
          return refuse(event, DemandRefusalCode.RATING_TOO_HIGH_TO_REOPEN, "rated " + rating.orElse(0)
              + ", at or above the satisfactory " + satisfactoryRating + ": close it instead")
              .with("rating", rating.orElse(0)).with("satisfactory", satisfactoryRating);
        }
        claimant = Optional.empty();
        channel = Optional.empty();
        reopened++;
        break;
      default:
        break;
    }
    return applied(new DemandStatus(status.demand(), t.to(), event.at(), project, channel, claimant, service, outcome,
        rating, reopened, status.events() + 1));
  }
}
