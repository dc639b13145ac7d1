package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.matching.Matcher;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The service chain (群众点单、社区下单、共建单位接单): demands arrive, are reviewed and grouped into
 * projects by the handler of their grid, matched to claimants each day partition by partition,
 * dispatched and claimed, served, delivered, rated, and closed or reopened; residents withdraw and
 * claimants release. Every transition is decided by the lifecycle's {@code DemandRules}.
 */
final class DemandDesk {

  private final Engine e;
  private final TreeMap<DemandId, Demand> demands = new TreeMap<>();
  private final TreeMap<ProjectId, Project> projects = new TreeMap<>();
  private final TreeMap<ServiceId, ServiceRecord> services = new TreeMap<>();
  private final TreeMap<OutcomeId, Outcome> outcomes = new TreeMap<>();
  private final Map<DemandId, Job> jobs = new HashMap<>();
  /** Each demand's last event: with its status, the state its lifecycle decides on. */
  private final Map<DemandId, DemandEvent> last = new HashMap<>();
  private final Map<DemandId, Instant> firstClaim = new HashMap<>();
  private final Map<DemandId, Integer> deliveredOn = new HashMap<>();
  private final Map<OrganizationId, long[]> ratings = new HashMap<>();
  private final List<GridId> partitions = new ArrayList<>();
  private final Map<GridId, GridId> partitionOf = new HashMap<>();
  private final Map<GridId, List<Resource>> resourcesOf = new HashMap<>();
  /** Per unit: claims, service minutes, demands fulfilled. */
  final Map<OrganizationId, long[]> unitCounts = new TreeMap<>();
  /** Per unit: the ratings of its services. */
  final Map<OrganizationId, List<Integer>> unitRatings = new TreeMap<>();
  /** Per person who closed demands (办结, the grid head as a rule): the rating of each. */
  final Map<PersonId, List<Integer>> closedBy = new TreeMap<>();
  private long demandSeq;
  private long projectSeq;
  private long serviceSeq;
  private long outcomeSeq;

  /** A demand a claimant holds: who, through which resource, since when, due when. */
  private record Job(ResourceId resource, OrganizationId claimant, Channel channel, Money cost, int startDay,
      int dueDay, @Nullable Instant startedAt) {}

  DemandDesk(Engine engine) {
    this.e = engine;
    String level = engine.params.partitionLevel();
    if (engine.hierarchy.scheme().level(level).isPresent()) {
      partitions.addAll(engine.hierarchy.nodesAtLevel(level));
    }
    if (partitions.isEmpty()) {
      partitions.add(engine.hierarchy.root());
    }
    for (GridId p : partitions) {
      List<Resource> list = new ArrayList<>();
      for (Resource r : engine.index.resourcesById.values()) {
        for (GridId g : r.coverage()) {
          if (engine.index.within(g, p) || engine.index.within(p, g)) {
            list.add(r);
            break;
          }
        }
      }
      resourcesOf.put(p, list);
    }
  }

  long raised() {
    return demands.size();
  }

  /** The partition root of a grid: its ancestor (or itself) at the partition level, else the root. */
  GridId partition(GridId grid) {
    GridId cached = partitionOf.get(grid);
    if (cached != null) {
      return cached;
    }
    GridId found = e.hierarchy.root();
    for (GridId p : partitions) {
      if (e.index.within(p, grid)) {
        found = p;
        break;
      }
    }
    partitionOf.put(grid, found);
    return found;
  }

  // ------------------------------------------------------------------------------ transitions

  private DemandEvent.Builder event(DemandId id, Transition t, ActorId actor, Instant at) {
    return DemandEvent.builder().demand(id).transition(t).actor(actor).at(at);
  }

  /**
   * Decides one transition by the lifecycle's rules, applies it and logs it; logs a refusal instead
   * if the rules refuse it, and does nothing for the demand's last event delivered again.
   */
  private boolean apply(DemandEvent ev, EventKind kind, @Nullable Action action, GridId grid,
      SortedMap<String, String> ids, String detail, @Nullable EventPayload payload) {
    DemandStatus current = e.statuses.get(ev.demand());
    DemandCase state = current == null ? DemandCase.none() : new DemandCase.Recorded(current, last.get(ev.demand()));
    Decision<DemandEvent> d = e.lifecycle.rules().decide(current == null ? new DemandCommand.Submit(ev)
        : new DemandCommand.Apply(ev), state);
    if (d instanceof Decision.Refused<DemandEvent> refused) {
      e.refused(ev.at(), ev.actor(), grid, ids, "the lifecycle refuses " + ev.transition() + " of " + ev.demand() + ": "
          + refused.refusal().code() + ": " + refused.refusal().detail());
      return false;
    }
    if (!(d instanceof Decision.Applied)) {
      return false;
    }
    DemandStatus next = e.lifecycle.rules().fold(state, d.events()).statusIfAny().orElseThrow();
    last.put(ev.demand(), ev);
    if (current != null) {
      e.byState.get(current.state()).remove(ev.demand());
    }
    e.byState.get(next.state()).add(ev.demand());
    e.statuses.put(ev.demand(), next);
    if (e.options.checkInvariants()) {
      e.histories.computeIfAbsent(ev.demand(), k -> new ArrayList<>()).add(ev);
    }
    e.touched.add(ev.demand());
    e.emit(kind, ev.at(), ev.actor(), grid, action, ids, detail, payload);
    return true;
  }

  private static SortedMap<String, String> ids(Demand d) {
    return Engine.ids(SimulationEvent.DEMAND, d.id().value());
  }

  // -------------------------------------------------------------------------------- arrivals

  /** Submits the scenario's initial demands. */
  void initial() {
    List<Demand> list = new ArrayList<>(e.scenario.initialDemands());
    list.sort((a, b) -> {
      int c = a.submittedAt().compareTo(b.submittedAt());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    for (Demand d : list) {
      submit(d);
    }
  }

  private record Arrival(int second, int stream, int node, int k, GridId grid, ActorId requester, DemandStream spec) {}

  /** Draws today's arrivals, stream by stream and node by node, and submits them in time order. */
  void arrivals(Instant from) {
    List<Arrival> arrivals = new ArrayList<>();
    List<DemandStream> streams = e.params.demandStreams();
    for (int s = 0; s < streams.size(); s++) {
      DemandStream spec = streams.get(s);
      List<GridId> nodes = e.index.streamNodes(spec.level(), spec.within());
      for (int n = 0; n < nodes.size(); n++) {
        int count = Draws.poisson(e.rArrivals, spec.milliPerDay());
        for (int k = 0; k < count; k++) {
          int second = e.rArrivals.nextInt(2 * 3600);
          Optional<Requester> who = requester(nodes.get(n), spec.source());
          if (who.isPresent()) {
            arrivals.add(new Arrival(second, s, n, k, who.get().grid(), who.get().actor(), spec));
          }
        }
      }
    }
    arrivals.sort((a, b) -> {
      int c = Integer.compare(a.second, b.second);
      c = c != 0 ? c : Integer.compare(a.stream, b.stream);
      c = c != 0 ? c : Integer.compare(a.node, b.node);
      return c != 0 ? c : Integer.compare(a.k, b.k);
    });
    for (Arrival a : arrivals) {
      DemandStream spec = a.spec;
      Instant at = from.plusSeconds(a.second);
      Demand d = Demand.builder().id(DemandId.of(Engine.id("d-", demandSeq + 1, 7))).source(spec.source())
          .requester(a.requester).grid(a.grid).category(spec.category()).addAllRequiredCapabilities(spec.capabilities())
          .urgency(Draws.weighted(e.rArrivals, spec.urgencyWeights()))
          .beneficiaries(Draws.between(e.rArrivals, spec.beneficiaries()))
          .window(Interval.of(at, at.plus(Duration.ofDays(spec.windowDays())))).pillar(spec.pillar())
          .submittedAt(at).build();
      demandSeq++;
      submit(d);
    }
  }

  private void submit(Demand d) {
    SortedMap<String, String> ids = ids(d);
    ids.put(d.requester().isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON, d.requester().value());
    if (!e.allowed(d.requester(), d.grid(), Action.RAISE, d.submittedAt(), ids, "raise demand " + d.id())) {
      return;
    }
    DemandEvent ev = event(d.id(), Transition.SUBMIT, d.requester(), d.submittedAt()).build();
    demands.put(d.id(), d);
    if (apply(ev, EventKind.DEMAND_SUBMITTED, Action.RAISE, d.grid(), ids, d.requester().value() + " raises "
        + d.category() + " (" + d.urgency() + ", " + d.beneficiaries() + " people) at " + d.grid(),
        new EventPayload.OfDemand(d))) {
      e.raisedToday++;
    } else {
      demands.remove(d.id());
    }
  }

  private record Requester(ActorId actor, GridId grid) {}

  private Optional<Requester> requester(GridId node, DemandSource source) {
    if (source == DemandSource.RESIDENT) {
      int[] range = e.index.householdRange(node);
      if (range[0] >= range[1]) {
        return Optional.empty();
      }
      Household h = e.index.households.get(range[0] + e.rArrivals.nextInt(range[1] - range[0]));
      PersonId p = Draws.pick(e.rArrivals, e.index.residentsOf.get(h.id()));
      return Optional.of(new Requester(p, h.grid()));
    }
    List<Organization> candidates = new ArrayList<>();
    List<GridId> grids = new ArrayList<>();
    List<Organization> pool = source == DemandSource.RESIDENT_UNIT
        ? e.index.organizationsByKind.getOrDefault(OrganizationKind.RESIDENT_UNIT, List.of())
        : e.index.coBuildingUnits;
    for (Organization o : pool) {
      for (GridId g : o.grids()) {
        if (e.index.within(node, g)) {
          candidates.add(o);
          grids.add(g);
          break;
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = e.rArrivals.nextInt(candidates.size());
    return Optional.of(new Requester(candidates.get(i).id(), grids.get(i)));
  }

  // ---------------------------------------------------------------------------------- review

  /** The handlers review submitted demands, then group accepted ones into projects by partition and category. */
  void review(Instant reviewAt, Instant groupAt) {
    for (DemandId id : new ArrayList<>(e.byState.get(DemandState.SUBMITTED))) {
      Demand d = demands.get(id);
      Optional<PersonId> h = e.handler(d.grid(), Action.ADVISE, reviewAt, ids(d), "review demand " + id);
      if (h.isEmpty()) {
        continue;
      }
      if (Draws.chance(e.rReview, e.params.reviewAcceptPerMille())) {
        apply(event(id, Transition.ACCEPT, h.get(), reviewAt).build(), EventKind.DEMAND_ACCEPTED, Action.ADVISE,
            d.grid(), ids(d), h.get() + " accepts " + id, null);
      } else {
        apply(event(id, Transition.REJECT, h.get(), reviewAt).reason("not within the community's remit").build(),
            EventKind.DEMAND_REJECTED, Action.ADVISE, d.grid(), ids(d), h.get() + " rejects " + id
                + ": not within the community's remit", null);
      }
    }
    Map<String, List<Demand>> groups = new TreeMap<>();
    for (DemandId id : e.byState.get(DemandState.ACCEPTED)) {
      Demand d = demands.get(id);
      GridId p = partition(d.grid());
      String key = Engine.id("", e.hierarchy.position(p), 9) + "|" + d.category();
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
    }
    for (List<Demand> group : groups.values()) {
      List<Demand> members = new ArrayList<>();
      List<PersonId> handlers = new ArrayList<>();
      for (Demand d : group) {
        Optional<PersonId> h = e.handler(d.grid(), Action.DISPATCH, groupAt, ids(d), "group demand " + d.id());
        if (h.isPresent()) {
          members.add(d);
          handlers.add(h.get());
        }
      }
      if (members.isEmpty()) {
        continue;
      }
      Demand first = members.get(0);
      GridId p = partition(first.grid());
      String name = first.category() + " " + e.date + " " + e.hierarchy.node(p).name();
      Project project = Project.builder().id(ProjectId.of(Engine.id("p-", ++projectSeq, 7)))
          .name(name.length() > Project.MAX_NAME_LENGTH ? name.substring(0, Project.MAX_NAME_LENGTH) : name)
          .addAllDemands(members.stream().map(Demand::id).toList()).budget(Money.ZERO).pillar(first.pillar()).build();
      projects.put(project.id(), project);
      e.emit(EventKind.PROJECT_FORMED, groupAt, handlers.get(0), p, null,
          Engine.ids(SimulationEvent.PROJECT, project.id().value(), SimulationEvent.PARTITION, p.value()),
          "project " + project.id() + " groups " + members.size() + " demand(s) of " + first.category(),
          new EventPayload.OfProject(project));
      for (int i = 0; i < members.size(); i++) {
        Demand d = members.get(i);
        SortedMap<String, String> ids = ids(d);
        ids.put(SimulationEvent.PROJECT, project.id().value());
        apply(event(d.id(), Transition.GROUP, handlers.get(i), groupAt).project(project.id()).build(),
            EventKind.DEMAND_GROUPED, Action.DISPATCH, d.grid(), ids, handlers.get(i) + " groups " + d.id() + " into "
                + project.id(), null);
      }
    }
  }

  // -------------------------------------------------------------------------------- matching

  /** Matches waiting demands partition by partition, then dispatches and claims what was assigned. */
  void match(Instant at) {
    Map<ResourceId, Boolean> available = new TreeMap<>();
    for (ResourceId id : e.index.resourcesById.keySet()) {
      available.put(id, Draws.chance(e.rAvailability, e.params.claimantAvailabilityPerMille()));
    }
    Map<GridId, List<Demand>> waiting = new LinkedHashMap<>();
    for (GridId p : partitions) {
      waiting.put(p, new ArrayList<>());
    }
    for (DemandState s : List.of(DemandState.GROUPED, DemandState.DISPATCHED)) {
      for (DemandId id : e.byState.get(s)) {
        Demand d = demands.get(id);
        waiting.computeIfAbsent(partition(d.grid()), k -> new ArrayList<>()).add(d);
      }
    }
    YearMonth month = YearMonth.from(e.date);
    for (Map.Entry<GridId, List<Demand>> w : waiting.entrySet()) {
      if (w.getValue().isEmpty()) {
        continue;
      }
      GridId p = w.getKey();
      List<Resource> resources = new ArrayList<>();
      Map<ResourceId, Integer> load = new TreeMap<>();
      Map<OrganizationId, RatingHistory> past = new TreeMap<>();
      for (Resource r : resourcesOf.getOrDefault(p, List.of())) {
        if (available.get(r.id())) {
          resources.add(r);
          load.put(r.id(), e.loads.getOrDefault(r.id(), 0));
          long[] rh = ratings.get(r.claimant());
          if (rh != null) {
            past.put(r.claimant(), new RatingHistory((int) rh[0], rh[1]));
          }
        }
      }
      Money budgetLeft = e.params.purchaseBudgetPerMonth().minus(e.purchaseSpending.getOrDefault(month, Money.ZERO));
      MatchingProblem problem = MatchingProblem.builder().hierarchy(e.hierarchy).addAllDemands(w.getValue())
          .addAllResources(resources).policy(e.scenario.channels()).weights(e.scenario.weights())
          .purchaseBudget(budgetLeft.isNegative() ? Money.ZERO : budgetLeft).putAllPastRatings(past).putAllCurrentLoad(load)
          .build();
      MatchingResult result = Matcher.match(problem, e.matching);
      e.emit(EventKind.MATCHING_RUN, at, null, p, null, Engine.ids(SimulationEvent.PARTITION, p.value()),
          summary(result, w.getValue().size(), resources.size()), null);
      for (Assignment a : result.assignments()) {
        claim(a, at, month);
      }
    }
  }

  private String summary(MatchingResult r, int candidates, int resources) {
    EnumMap<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
    r.assignments().forEach(a -> byChannel.merge(a.channel(), 1, Integer::sum));
    EnumMap<UnmatchedReason, Integer> why = new EnumMap<>(UnmatchedReason.class);
    for (Unmatched u : r.unmatched()) {
      why.merge(u.reason(), 1, Integer::sum);
    }
    StringBuilder b = new StringBuilder().append(r.mode()).append(" matching of ").append(candidates)
        .append(" demand(s) to ").append(resources).append(" available resource(s): ").append(r.assignments().size())
        .append(" assigned ").append(byChannel).append(", unmatched ").append(why).append(", total score ")
        .append(r.totalScore()).append(", purchases ").append(r.spent()).append("; stages");
    for (StageReport s : r.stages()) {
      b.append(' ').append(s.channel()).append(' ').append(s.matched()).append('/').append(s.candidates())
          .append(" cap ").append(s.cap()).append(' ').append(s.optimality());
    }
    return b.toString();
  }

  private void claim(Assignment a, Instant at, YearMonth month) {
    Demand d = demands.get(a.demand());
    DemandStatus s = e.statuses.get(d.id());
    SortedMap<String, String> ids = ids(d);
    ids.put(SimulationEvent.RESOURCE, a.resource().value());
    ids.put(SimulationEvent.ORGANIZATION, a.claimant().value());
    if (s.state() == DemandState.GROUPED) {
      Optional<PersonId> h = e.handler(d.grid(), Action.DISPATCH, at, ids, "dispatch demand " + d.id());
      if (h.isEmpty() || !apply(event(d.id(), Transition.DISPATCH, h.get(), at).channel(a.channel()).build(),
          EventKind.DEMAND_DISPATCHED, Action.DISPATCH, d.grid(), ids, h.get() + " dispatches " + d.id() + " to "
              + a.channel(), null)) {
        return;
      }
    }
    if (!apply(event(d.id(), Transition.CLAIM, a.claimant(), at).claimant(a.claimant()).build(),
        EventKind.DEMAND_CLAIMED, null, d.grid(), ids, a.claimant() + " claims " + d.id() + " through " + a.resource()
            + " (" + a.channel() + (a.cost().isZero() ? "" : ", " + a.cost()) + "); " + a.score().explain(), null)) {
      return;
    }
    e.loads.merge(a.resource(), 1, Integer::sum);
    if (a.channel() == Channel.PURCHASE) {
      e.purchaseSpending.merge(month, a.cost(), Money::plus);
    }
    firstClaim.putIfAbsent(d.id(), at);
    int due = e.day + Draws.between(e.rService, e.params.serviceDays());
    jobs.put(d.id(), new Job(a.resource(), a.claimant(), a.channel(), a.cost(), e.day, due, null));
    unitCounts.computeIfAbsent(a.claimant(), k -> new long[3])[0]++;
    e.claimedToday++;
  }

  // --------------------------------------------------------------------------------- service

  /** Starts, delivers, rates and closes or reopens; residents withdraw and claimants release. */
  void serve(Instant at) {
    Instant startAt = at;
    Instant deliverAt = at.plus(Duration.ofMinutes(20));
    Instant rateAt = at.plus(Duration.ofMinutes(40));
    Instant closeAt = at.plus(Duration.ofMinutes(50));
    Instant churnAt = at.plus(Duration.ofMinutes(55));
    for (DemandId id : new ArrayList<>(e.byState.get(DemandState.CLAIMED))) {
      Job j = jobs.get(id);
      if (j == null || j.startDay > e.day) {
        continue;
      }
      Demand d = demands.get(id);
      SortedMap<String, String> ids = ids(d);
      ids.put(SimulationEvent.RESOURCE, j.resource.value());
      if (apply(event(id, Transition.START, j.claimant, startAt).build(), EventKind.SERVICE_STARTED, null, d.grid(), ids,
          j.claimant + " starts serving " + id, null)) {
        jobs.put(id, new Job(j.resource, j.claimant, j.channel, j.cost, j.startDay, j.dueDay, startAt));
      }
    }
    for (DemandId id : new ArrayList<>(e.byState.get(DemandState.IN_SERVICE))) {
      Job j = jobs.get(id);
      if (j == null || j.dueDay > e.day || j.startedAt == null) {
        continue;
      }
      deliver(demands.get(id), j, deliverAt);
    }
    for (DemandId id : new ArrayList<>(e.byState.get(DemandState.DELIVERED))) {
      Integer on = deliveredOn.get(id);
      if (on != null && on < e.day) {
        evaluate(demands.get(id), rateAt);
      }
    }
    for (DemandId id : new ArrayList<>(e.byState.get(DemandState.EVALUATED))) {
      settle(demands.get(id), closeAt);
    }
    churn(churnAt);
  }

  private void deliver(Demand d, Job j, Instant at) {
    Resource r = e.index.resourcesById.get(j.resource);
    ServiceRecord service = ServiceRecord.builder().id(ServiceId.of(Engine.id("s-", ++serviceSeq, 7)))
        .addDemand(d.id()).resource(r.id()).provider(r.claimant()).channel(r.channel()).addPerformedBy(r.claimant())
        .time(Interval.of(j.startedAt, at)).effort(Duration.ofMinutes(Draws.between(e.rService, e.params.effortMinutes())))
        .beneficiaries(d.beneficiaries()).cost(r.channel() == Channel.PURCHASE ? r.costPerService() : Money.ZERO)
        .build();
    SortedMap<String, String> ids = ids(d);
    ids.put(SimulationEvent.SERVICE, service.id().value());
    ids.put(SimulationEvent.RESOURCE, r.id().value());
    if (apply(event(d.id(), Transition.DELIVER, j.claimant, at).service(service.id()).build(),
        EventKind.SERVICE_DELIVERED, null, d.grid(), ids, j.claimant + " delivers " + service.id() + " for " + d.id()
            + " (" + service.effort().toMinutes() + " min, " + service.cost() + ")", new EventPayload.OfService(service))) {
      services.put(service.id(), service);
      release(d.id(), j);
      deliveredOn.put(d.id(), e.day);
      unitCounts.computeIfAbsent(j.claimant, k -> new long[3])[1] += service.effort().toMinutes();
    }
  }

  private void release(DemandId id, Job j) {
    jobs.remove(id);
    e.loads.merge(j.resource, -1, Integer::sum);
  }

  private void evaluate(Demand d, Instant at) {
    DemandStatus s = e.statuses.get(d.id());
    ServiceRecord service = services.get(s.service().orElseThrow());
    int rating = 1 + Draws.weighted(e.rRatings, e.params.ratings().weights());
    Outcome outcome = Outcome.builder().id(OutcomeId.of(Engine.id("o-", ++outcomeSeq, 7))).service(service.id())
        .rating(rating).beneficiariesReached(rating >= e.lifecycle.satisfactoryRating() ? service.beneficiaries() : 0)
        .evaluatedAt(at).evaluator(d.requester()).build();
    SortedMap<String, String> ids = ids(d);
    ids.put(SimulationEvent.OUTCOME, outcome.id().value());
    ids.put(SimulationEvent.SERVICE, service.id().value());
    if (apply(event(d.id(), Transition.EVALUATE, d.requester(), at).outcome(outcome.id()).rating(rating).build(),
        EventKind.DEMAND_EVALUATED, null, d.grid(), ids, d.requester().value() + " rates " + service.id() + " " + rating
            + " of 5", new EventPayload.OfOutcome(outcome))) {
      outcomes.put(outcome.id(), outcome);
      long[] rh = ratings.computeIfAbsent(service.provider(), k -> new long[2]);
      rh[0]++;
      rh[1] += rating;
      unitRatings.computeIfAbsent(service.provider(), k -> new ArrayList<>()).add(rating);
    }
  }

  private void settle(Demand d, Instant at) {
    DemandStatus s = e.statuses.get(d.id());
    int rating = s.rating().orElse(0);
    Optional<PersonId> h = e.handler(d.grid(), Action.ADVISE, at, ids(d), "close or reopen demand " + d.id());
    if (h.isEmpty()) {
      return;
    }
    if (rating >= e.lifecycle.satisfactoryRating()) {
      OrganizationId claimant = s.claimant().orElseThrow();
      if (apply(event(d.id(), Transition.CLOSE, h.get(), at).build(), EventKind.DEMAND_CLOSED, Action.ADVISE, d.grid(),
          ids(d), h.get() + " closes " + d.id() + " (rated " + rating + ")", null)) {
        e.closedToday++;
        unitCounts.computeIfAbsent(claimant, k -> new long[3])[2]++;
        closedBy.computeIfAbsent(h.get(), k -> new ArrayList<>()).add(rating);
        Contribution.Builder c = Contribution.builder().id(EntryId.of("fulfilled:" + d.id().value())).actor(claimant)
            .kind(ContributionKind.DEMAND_FULFILLED).occurredAt(at).rating(rating).reference(d.id().value());
        urgencyKey(claimant, d.urgency()).ifPresent(c::urgency);
        e.points.award(c.build(), at);
      }
    } else {
      apply(event(d.id(), Transition.REOPEN, h.get(), at).reason("rated " + rating + " of 5").build(),
          EventKind.DEMAND_REOPENED, Action.ADVISE, d.grid(), ids(d), h.get() + " reopens " + d.id() + ": rated " + rating,
          null);
    }
  }

  /** The urgency level the points rule knows for the demand's urgency, if the rule scales by urgency. */
  private Optional<String> urgencyKey(ActorId earner, Urgency urgency) {
    Optional<EarningRule> rule = e.scenario.points().earningRule(ContributionKind.DEMAND_FULFILLED, earner);
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
      for (DemandId id : new ArrayList<>(e.byState.get(s))) {
        if (!Draws.chance(e.rChurn, e.params.withdrawPerMille())) {
          continue;
        }
        Demand d = demands.get(id);
        Job j = jobs.get(id);
        if (apply(event(id, Transition.WITHDRAW, d.requester(), at).reason("no longer needed").build(),
            EventKind.DEMAND_WITHDRAWN, null, d.grid(), ids(d), d.requester().value() + " withdraws " + id, null)
            && j != null) {
          release(id, j);
        }
      }
    }
    for (DemandState s : List.of(DemandState.CLAIMED, DemandState.IN_SERVICE)) {
      for (DemandId id : new ArrayList<>(e.byState.get(s))) {
        if (!Draws.chance(e.rChurn, e.params.releasePerMille())) {
          continue;
        }
        Demand d = demands.get(id);
        Job j = jobs.get(id);
        if (j != null && apply(event(id, Transition.RELEASE, j.claimant, at).reason("cannot serve it after all").build(),
            EventKind.DEMAND_RELEASED, null, d.grid(), ids(d), j.claimant + " releases " + id, null)) {
          release(id, j);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------- results

  FiveLists fiveLists() {
    return FiveLists.of(demands.values(), e.scenario.resources(), projects.values(), services.values(),
        outcomes.values());
  }

  Map<DemandId, Duration> waitingTimes() {
    Map<DemandId, Duration> out = new TreeMap<>();
    firstClaim.forEach((id, at) -> out.put(id, Duration.between(demands.get(id).submittedAt(), at)));
    return Collections.unmodifiableMap(out);
  }
}
