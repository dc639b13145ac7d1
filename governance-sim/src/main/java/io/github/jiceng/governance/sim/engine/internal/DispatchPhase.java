package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.rules.matching.Matcher;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
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
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Matching and dispatch (共建单位接单): each day the demands waiting in each partition are matched
 * to the available resources by {@code Matcher}, dispatched by the handler and claimed. Owns what
 * claimants hold: the jobs (who serves a demand, through which resource, due when), each
 * resource's load, each month's purchase spending, the first claim of every demand, each unit's
 * claims and the ratings matching weighs. The service phase starts and releases jobs and reports
 * ratings through {@link #started}, {@link #release} and {@link #rated}.
 */
final class DispatchPhase {

  /** A demand a claimant holds: who, through which resource, since when, due when, started when. */
  record Job(ResourceId resource, OrganizationId claimant, Channel channel, Money cost, int startDay, int dueDay,
      @Nullable Instant startedAt) {}

  private final Setting scenario;
  private final SimulationParameters params;
  private final MatchingMode matching;
  private final RunClock clock;
  private final EventLog log;
  private final Indexes index;
  private final Partitions partitions;
  private final DemandBook book;
  private final PostsPhase posts;
  private final SplittableRandom availability;
  /** The service stream, shared with the service phase: a claim draws its service days from it. */
  private final SplittableRandom service;
  private final Map<DemandId, Job> jobs = new HashMap<>();
  private final TreeMap<ResourceId, Integer> loads = new TreeMap<>();
  private final TreeMap<YearMonth, Money> purchaseSpending = new TreeMap<>();
  private final Map<DemandId, Instant> firstClaim = new HashMap<>();
  /** Per claimant: services rated and the sum of their ratings. */
  private final Map<OrganizationId, long[]> ratings = new HashMap<>();
  /** Per unit: the demands it claimed. */
  private final Map<OrganizationId, Long> claims = new TreeMap<>();
  private int claimedToday;

  DispatchPhase(Setting scenario, MatchingMode matching, RunClock clock, EventLog log, Indexes index,
      Partitions partitions, DemandBook book, PostsPhase posts, SplittableRandom availability,
      SplittableRandom service) {
    this.scenario = scenario;
    this.params = scenario.parameters();
    this.matching = matching;
    this.clock = clock;
    this.log = log;
    this.index = index;
    this.partitions = partitions;
    this.book = book;
    this.posts = posts;
    this.availability = availability;
    this.service = service;
    for (Resource r : scenario.resources()) {
      loads.put(r.id(), 0);
    }
  }

  /** Starts a day's count. */
  void beginDay() {
    claimedToday = 0;
  }

  /** The demands claimed today. */
  int claimedToday() {
    return claimedToday;
  }

  /** Matches waiting demands partition by partition, then dispatches and claims what was assigned. */
  void match(Instant at) {
    Map<ResourceId, Boolean> available = new TreeMap<>();
    for (Resource r : index.resources()) {
      available.put(r.id(), Draws.chance(availability, params.claimantAvailabilityPerMille()));
    }
    Map<GridId, List<Demand>> waiting = new LinkedHashMap<>();
    for (GridId p : partitions.all()) {
      waiting.put(p, new ArrayList<>());
    }
    for (DemandState s : List.of(DemandState.GROUPED, DemandState.DISPATCHED)) {
      for (DemandId id : book.inState(s)) {
        Demand d = book.demand(id);
        waiting.computeIfAbsent(partitions.of(d.grid()), k -> new ArrayList<>()).add(d);
      }
    }
    YearMonth month = YearMonth.from(clock.date());
    for (Map.Entry<GridId, List<Demand>> w : waiting.entrySet()) {
      if (w.getValue().isEmpty()) {
        continue;
      }
      GridId p = w.getKey();
      List<Resource> resources = new ArrayList<>();
      Map<ResourceId, Integer> load = new TreeMap<>();
      Map<OrganizationId, RatingHistory> past = new TreeMap<>();
      for (Resource r : partitions.resourcesOf(p)) {
        if (available.get(r.id())) {
          resources.add(r);
          load.put(r.id(), loads.getOrDefault(r.id(), 0));
          long[] rh = ratings.get(r.claimant());
          if (rh != null) {
            past.put(r.claimant(), new RatingHistory((int) rh[0], rh[1]));
          }
        }
      }
      Money budgetLeft = params.purchaseBudgetPerMonth().minus(purchaseSpending.getOrDefault(month, Money.ZERO));
      MatchingProblem problem = MatchingProblem.builder().hierarchy(scenario.hierarchy()).addAllDemands(w.getValue())
          .addAllResources(resources).policy(scenario.channels()).weights(scenario.weights())
          .purchaseBudget(budgetLeft.isNegative() ? Money.ZERO : budgetLeft).putAllPastRatings(past).putAllCurrentLoad(load)
          .build();
      MatchingResult result = Matcher.match(problem, matching);
      log.emit(EventKind.MATCHING_RUN, at, null, p, null, EventLog.ids(SimulationEvent.PARTITION, p.value()),
          summary(result, w.getValue().size(), resources.size()), null);
      for (Assignment a : result.assignments()) {
        claim(a, at, month);
      }
    }
  }

  private static String summary(MatchingResult r, int candidates, int resources) {
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
    Demand d = book.demand(a.demand());
    DemandStatus s = book.status(d.id());
    SortedMap<String, String> ids = DemandBook.ids(d);
    ids.put(SimulationEvent.RESOURCE, a.resource().value());
    ids.put(SimulationEvent.ORGANIZATION, a.claimant().value());
    if (s.state() == DemandState.GROUPED) {
      Optional<PersonId> h = posts.handler(d.grid(), Action.DISPATCH, at, ids, "dispatch demand " + d.id());
      if (h.isEmpty() || !book.apply(DemandEvent.builder().demand(d.id()).transition(Transition.DISPATCH)
          .actor(h.get()).at(at).channel(a.channel()).build(), EventKind.DEMAND_DISPATCHED, Action.DISPATCH, d.grid(),
          ids, h.get() + " dispatches " + d.id() + " to " + a.channel(), null)) {
        return;
      }
    }
    if (!book.apply(DemandEvent.builder().demand(d.id()).transition(Transition.CLAIM).actor(a.claimant()).at(at)
        .claimant(a.claimant()).build(), EventKind.DEMAND_CLAIMED, null, d.grid(), ids, a.claimant() + " claims "
            + d.id() + " through " + a.resource() + " (" + a.channel() + (a.cost().isZero() ? "" : ", " + a.cost())
            + "); " + a.score().explain(), null)) {
      return;
    }
    loads.merge(a.resource(), 1, Integer::sum);
    if (a.channel() == Channel.PURCHASE) {
      purchaseSpending.merge(month, a.cost(), Money::plus);
    }
    firstClaim.putIfAbsent(d.id(), at);
    int due = clock.day() + Draws.between(service, params.serviceDays());
    jobs.put(d.id(), new Job(a.resource(), a.claimant(), a.channel(), a.cost(), clock.day(), due, null));
    claims.merge(a.claimant(), 1L, Long::sum);
    claimedToday++;
  }

  /** The job of a claimed demand, if a claimant holds it. */
  Optional<Job> job(DemandId demand) {
    return Optional.ofNullable(jobs.get(demand));
  }

  /** Records that the claimant started serving the demand at the instant. */
  void started(DemandId demand, Instant at) {
    Job j = jobs.get(demand);
    jobs.put(demand, new Job(j.resource(), j.claimant(), j.channel(), j.cost(), j.startDay(), j.dueDay(), at));
  }

  /** Ends the claimant's hold on the demand (delivered, withdrawn or released): its resource's load drops. */
  void release(DemandId demand) {
    Job j = jobs.remove(demand);
    loads.merge(j.resource(), -1, Integer::sum);
  }

  /** Records a rating of a claimant's service, for matching to weigh from now on. */
  void rated(OrganizationId claimant, int rating) {
    long[] rh = ratings.computeIfAbsent(claimant, k -> new long[2]);
    rh[0]++;
    rh[1] += rating;
  }

  /** The demands a unit claimed. */
  long claimsBy(OrganizationId unit) {
    return claims.getOrDefault(unit, 0L);
  }

  /** Each resource's load: the demands its claimant holds through it. */
  Map<ResourceId, Integer> loads() {
    return Collections.unmodifiableMap(loads);
  }

  /** Each month's purchases. */
  Map<YearMonth, Money> purchaseSpending() {
    return Collections.unmodifiableMap(purchaseSpending);
  }

  /** Each claimed demand's wait from its submission to its first claim. */
  Map<DemandId, Duration> waitingTimes() {
    Map<DemandId, Duration> out = new TreeMap<>();
    firstClaim.forEach((id, at) -> out.put(id, Duration.between(book.demand(id).submittedAt(), at)));
    return Collections.unmodifiableMap(out);
  }
}
