package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Service, rating and closing: claimants start and deliver the demands they hold, residents rate
 * the services the day after, the handler closes a demand rated satisfactory (its claimant earns
 * points) or reopens it; residents withdraw and claimants release. Owns the service records and
 * outcomes, their numbering, the day's count of demands closed and what the assessment reads of
 * them: each unit's service minutes, fulfilled demands and ratings, and each person's closings.
 */
final class ServicePhase {

  private final SimulationParameters params;
  private final PointsPolicy pointsPolicy;
  private final int satisfactoryRating;
  private final RunClock clock;
  private final Indexes index;
  private final DemandBook book;
  private final DispatchPhase dispatch;
  private final PostsPhase posts;
  private final PointsPhase points;
  /** The service stream, shared with the dispatch phase: a delivery draws its effort from it. */
  private final SplittableRandom service;
  private final SplittableRandom ratingDraws;
  private final SplittableRandom churn;
  private final TreeMap<ServiceId, ServiceRecord> services = new TreeMap<>();
  /** The services delivered today, for the phases that count them against commitments. */
  private final List<ServiceRecord> deliveredToday = new ArrayList<>();
  private final TreeMap<OutcomeId, Outcome> outcomes = new TreeMap<>();
  private final Map<DemandId, Integer> deliveredOn = new HashMap<>();
  /** Per unit: service minutes. */
  private final Map<OrganizationId, Long> minutes = new TreeMap<>();
  /** Per unit: demands fulfilled. */
  private final Map<OrganizationId, Long> fulfilled = new TreeMap<>();
  /** Per unit: the ratings of its services. */
  private final Map<OrganizationId, List<Integer>> unitRatings = new TreeMap<>();
  /** Per person who closed demands (办结, the grid head as a rule): the rating of each. */
  private final Map<PersonId, List<Integer>> closedBy = new TreeMap<>();
  private long serviceSeq;
  private long outcomeSeq;
  private int closedToday;

  ServicePhase(Setting scenario, RunClock clock, Indexes index, DemandBook book, DispatchPhase dispatch,
      PostsPhase posts, PointsPhase points, SplittableRandom service, SplittableRandom ratings,
      SplittableRandom churn) {
    this.params = scenario.parameters();
    this.pointsPolicy = scenario.points();
    this.satisfactoryRating = book.lifecycle().satisfactoryRating();
    this.clock = clock;
    this.index = index;
    this.book = book;
    this.dispatch = dispatch;
    this.posts = posts;
    this.points = points;
    this.service = service;
    this.ratingDraws = ratings;
    this.churn = churn;
  }

  /** Starts a day's count. */
  void beginDay() {
    closedToday = 0;
    deliveredToday.clear();
  }

  /** The services delivered today, in the order delivered. */
  List<ServiceRecord> deliveredToday() {
    return Collections.unmodifiableList(deliveredToday);
  }

  /** The demands closed today. */
  int closedToday() {
    return closedToday;
  }

  private static DemandEvent.Builder event(DemandId id, Transition t, ActorId actor, Instant at) {
    return DemandEvent.builder().demand(id).transition(t).actor(actor).at(at);
  }

  /** Starts, delivers, rates and closes or reopens; residents withdraw and claimants release. */
  void serve(Instant at) {
    Instant startAt = at;
    Instant deliverAt = at.plus(Duration.ofMinutes(20));
    Instant rateAt = at.plus(Duration.ofMinutes(40));
    Instant closeAt = at.plus(Duration.ofMinutes(50));
    Instant churnAt = at.plus(Duration.ofMinutes(55));
    int day = clock.day();
    for (DemandId id : new ArrayList<>(book.inState(DemandState.CLAIMED))) {
      Optional<DispatchPhase.Job> j = dispatch.job(id);
      if (j.isEmpty() || j.get().startDay() > day) {
        continue;
      }
      Demand d = book.demand(id);
      SortedMap<String, String> ids = DemandBook.ids(d);
      ids.put(SimulationEvent.RESOURCE, j.get().resource().value());
      if (book.apply(event(id, Transition.START, j.get().claimant(), startAt).build(), EventKind.SERVICE_STARTED, null,
          d.grid(), ids, j.get().claimant() + " starts serving " + id, null)) {
        dispatch.started(id, startAt);
      }
    }
    for (DemandId id : new ArrayList<>(book.inState(DemandState.IN_SERVICE))) {
      Optional<DispatchPhase.Job> j = dispatch.job(id);
      if (j.isEmpty() || j.get().dueDay() > day || j.get().startedAt() == null) {
        continue;
      }
      deliver(book.demand(id), j.get(), deliverAt);
    }
    for (DemandId id : new ArrayList<>(book.inState(DemandState.DELIVERED))) {
      Integer on = deliveredOn.get(id);
      if (on != null && on < day) {
        evaluate(book.demand(id), rateAt);
      }
    }
    for (DemandId id : new ArrayList<>(book.inState(DemandState.EVALUATED))) {
      settle(book.demand(id), closeAt);
    }
    churn(churnAt);
  }

  private void deliver(Demand d, DispatchPhase.Job j, Instant at) {
    Resource r = index.resource(j.resource());
    ServiceRecord record = ServiceRecord.builder().id(ServiceId.of(EventLog.id("s-", ++serviceSeq, 7)))
        .addDemand(d.id()).resource(r.id()).provider(r.claimant()).channel(r.channel()).addPerformedBy(r.claimant())
        .time(Interval.of(j.startedAt(), at)).effort(Duration.ofMinutes(Draws.between(service, params.effortMinutes())))
        .beneficiaries(d.beneficiaries()).cost(r.channel() == Channel.PURCHASE ? r.costPerService() : Money.ZERO)
        .build();
    SortedMap<String, String> ids = DemandBook.ids(d);
    ids.put(SimulationEvent.SERVICE, record.id().value());
    ids.put(SimulationEvent.RESOURCE, r.id().value());
    if (book.apply(event(d.id(), Transition.DELIVER, j.claimant(), at).service(record.id()).build(),
        EventKind.SERVICE_DELIVERED, null, d.grid(), ids, j.claimant() + " delivers " + record.id() + " for " + d.id()
            + " (" + record.effort().toMinutes() + " min, " + record.cost() + ")", new EventPayload.OfService(record))) {
      services.put(record.id(), record);
      deliveredToday.add(record);
      dispatch.release(d.id());
      deliveredOn.put(d.id(), clock.day());
      minutes.merge(j.claimant(), record.effort().toMinutes(), Long::sum);
    }
  }

  private void evaluate(Demand d, Instant at) {
    DemandStatus s = book.status(d.id());
    ServiceRecord record = services.get(s.service().orElseThrow());
    int rating = 1 + Draws.weighted(ratingDraws, params.ratings().weights());
    Outcome outcome = Outcome.builder().id(OutcomeId.of(EventLog.id("o-", ++outcomeSeq, 7))).service(record.id())
        .rating(rating).beneficiariesReached(rating >= satisfactoryRating ? record.beneficiaries() : 0)
        .evaluatedAt(at).evaluator(d.requester()).build();
    SortedMap<String, String> ids = DemandBook.ids(d);
    ids.put(SimulationEvent.OUTCOME, outcome.id().value());
    ids.put(SimulationEvent.SERVICE, record.id().value());
    if (book.apply(event(d.id(), Transition.EVALUATE, d.requester(), at).outcome(outcome.id()).rating(rating).build(),
        EventKind.DEMAND_EVALUATED, null, d.grid(), ids, d.requester().value() + " rates " + record.id() + " " + rating
            + " of 5", new EventPayload.OfOutcome(outcome))) {
      outcomes.put(outcome.id(), outcome);
      dispatch.rated(record.provider(), rating);
      unitRatings.computeIfAbsent(record.provider(), k -> new ArrayList<>()).add(rating);
    }
  }

  private void settle(Demand d, Instant at) {
    DemandStatus s = book.status(d.id());
    int rating = s.rating().orElse(0);
    Optional<PersonId> h = posts.handler(d.grid(), Action.ADVISE, at, DemandBook.ids(d),
        "close or reopen demand " + d.id());
    if (h.isEmpty()) {
      return;
    }
    if (rating >= satisfactoryRating) {
      OrganizationId claimant = s.claimant().orElseThrow();
      if (book.apply(event(d.id(), Transition.CLOSE, h.get(), at).build(), EventKind.DEMAND_CLOSED, Action.ADVISE,
          d.grid(), DemandBook.ids(d), h.get() + " closes " + d.id() + " (rated " + rating + ")", null)) {
        closedToday++;
        fulfilled.merge(claimant, 1L, Long::sum);
        closedBy.computeIfAbsent(h.get(), k -> new ArrayList<>()).add(rating);
        Contribution.Builder c = Contribution.builder().id(EntryId.of("fulfilled:" + d.id().value())).actor(claimant)
            .kind(ContributionKind.DEMAND_FULFILLED).occurredAt(at).rating(rating).reference(d.id().value());
        urgencyKey(claimant, d.urgency()).ifPresent(c::urgency);
        points.award(c.build(), at);
      }
    } else {
      book.apply(event(d.id(), Transition.REOPEN, h.get(), at).reason("rated " + rating + " of 5").build(),
          EventKind.DEMAND_REOPENED, Action.ADVISE, d.grid(), DemandBook.ids(d), h.get() + " reopens " + d.id()
              + ": rated " + rating, null);
    }
  }

  /** The urgency level the points rule knows for the demand's urgency, if the rule scales by urgency. */
  private Optional<String> urgencyKey(ActorId earner, Urgency urgency) {
    Optional<EarningRule> rule = pointsPolicy.earningRule(ContributionKind.DEMAND_FULFILLED, earner);
    if (rule.isEmpty() || rule.get().urgencyMultipliers().isEmpty()) {
      return Optional.empty();
    }
    Map<String, Integer> m = rule.get().urgencyMultipliers();
    if (m.containsKey(urgency.name())) {
      return Optional.of(urgency.name());
    }
    String alias = switch (urgency) {
      case LOW, NORMAL -> "NORMAL";
      case HIGH -> "URGENT";
      case CRITICAL -> "EMERGENCY";
    };
    return m.containsKey(alias) ? Optional.of(alias) : Optional.empty();
  }

  private void churn(Instant at) {
    for (DemandState s : List.of(DemandState.SUBMITTED, DemandState.ACCEPTED, DemandState.GROUPED,
        DemandState.DISPATCHED, DemandState.CLAIMED)) {
      for (DemandId id : new ArrayList<>(book.inState(s))) {
        if (!Draws.chance(churn, params.withdrawPerMille())) {
          continue;
        }
        Demand d = book.demand(id);
        boolean held = dispatch.job(id).isPresent();
        if (book.apply(event(id, Transition.WITHDRAW, d.requester(), at).reason("no longer needed").build(),
            EventKind.DEMAND_WITHDRAWN, null, d.grid(), DemandBook.ids(d), d.requester().value() + " withdraws " + id,
            null) && held) {
          dispatch.release(id);
        }
      }
    }
    for (DemandState s : List.of(DemandState.CLAIMED, DemandState.IN_SERVICE)) {
      for (DemandId id : new ArrayList<>(book.inState(s))) {
        if (!Draws.chance(churn, params.releasePerMille())) {
          continue;
        }
        Demand d = book.demand(id);
        Optional<DispatchPhase.Job> j = dispatch.job(id);
        if (j.isPresent() && book.apply(event(id, Transition.RELEASE, j.get().claimant(), at)
            .reason("cannot serve it after all").build(), EventKind.DEMAND_RELEASED, null, d.grid(), DemandBook.ids(d),
            j.get().claimant() + " releases " + id, null)) {
          dispatch.release(id);
        }
      }
    }
  }

  /** The service records, in id order. */
  Collection<ServiceRecord> services() {
    return Collections.unmodifiableCollection(services.values());
  }

  /** The outcomes, in id order. */
  Collection<Outcome> outcomes() {
    return Collections.unmodifiableCollection(outcomes.values());
  }

  /** The minutes of service a unit delivered. */
  long minutesBy(OrganizationId unit) {
    return minutes.getOrDefault(unit, 0L);
  }

  /** The demands a unit fulfilled (closed satisfied). */
  long fulfilledBy(OrganizationId unit) {
    return fulfilled.getOrDefault(unit, 0L);
  }

  /** The ratings of a unit's services, in the order given. */
  List<Integer> ratingsOf(OrganizationId unit) {
    return Collections.unmodifiableList(unitRatings.getOrDefault(unit, List.of()));
  }

  /** The ratings of the demands a person closed, in the order closed. */
  List<Integer> closedBy(PersonId person) {
    return Collections.unmodifiableList(closedBy.getOrDefault(person, List.of()));
  }
}
