package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;

/**
 * Demand arrivals (群众点单): the scenario's waiting demands at the start, then each day's drawn
 * from the demand streams node by node, raised by residents or units of the node under scoped
 * authority and submitted to the {@link DemandBook} in time order. Owns the demand numbering,
 * its random stream and the day's count of demands raised.
 */
final class ArrivalsPhase {

  private final SimulationParameters params;
  private final Indexes index;
  private final DemandBook book;
  private final PostsPhase posts;
  private final SplittableRandom random;
  private long demandSeq;
  private int raisedToday;

  ArrivalsPhase(SimulationParameters params, Indexes index, DemandBook book, PostsPhase posts,
      SplittableRandom random) {
    this.params = params;
    this.index = index;
    this.book = book;
    this.posts = posts;
    this.random = random;
  }

  /** Starts a day's count. */
  void beginDay() {
    raisedToday = 0;
  }

  /** The demands raised today. */
  int raisedToday() {
    return raisedToday;
  }

  /** Submits the scenario's initial demands. */
  void initial(List<Demand> initial) {
    List<Demand> list = new ArrayList<>(initial);
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
  void arrive(Instant from) {
    List<Arrival> arrivals = new ArrayList<>();
    List<DemandStream> streams = params.demandStreams();
    for (int s = 0; s < streams.size(); s++) {
      DemandStream spec = streams.get(s);
      List<GridId> nodes = index.streamNodes(spec.level(), spec.within());
      for (int n = 0; n < nodes.size(); n++) {
        int count = Draws.poisson(random, spec.milliPerDay());
        for (int k = 0; k < count; k++) {
          int second = random.nextInt(2 * 3600);
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
      Demand d = Demand.builder().id(DemandId.of(EventLog.id("d-", demandSeq + 1, 7))).source(spec.source())
          .requester(a.requester).grid(a.grid).category(spec.category()).addAllRequiredCapabilities(spec.capabilities())
          .urgency(Draws.weighted(random, spec.urgencyWeights()))
          .beneficiaries(Draws.between(random, spec.beneficiaries()))
          .window(Interval.of(at, at.plus(Duration.ofDays(spec.windowDays())))).pillar(spec.pillar())
          .submittedAt(at).build();
      demandSeq++;
      submit(d);
    }
  }

  private void submit(Demand d) {
    SortedMap<String, String> ids = DemandBook.ids(d);
    ids.put(d.requester().isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON, d.requester().value());
    if (!posts.allowed(d.requester(), d.grid(), Action.RAISE, d.submittedAt(), ids, "raise demand " + d.id())) {
      return;
    }
    DemandEvent ev = DemandEvent.builder().demand(d.id()).transition(Transition.SUBMIT).actor(d.requester())
        .at(d.submittedAt()).build();
    if (book.submit(d, ev, EventKind.DEMAND_SUBMITTED, Action.RAISE, ids, d.requester().value() + " raises "
        + d.category() + " (" + d.urgency() + ", " + d.beneficiaries() + " people) at " + d.grid(),
        new EventPayload.OfDemand(d))) {
      raisedToday++;
    }
  }

  private record Requester(ActorId actor, GridId grid) {}

  private Optional<Requester> requester(GridId node, DemandSource source) {
    if (source == DemandSource.RESIDENT) {
      int[] range = index.householdRange(node);
      if (range[0] >= range[1]) {
        return Optional.empty();
      }
      Household h = index.households().get(range[0] + random.nextInt(range[1] - range[0]));
      PersonId p = Draws.pick(random, index.residents(h.id()));
      return Optional.of(new Requester(p, h.grid()));
    }
    List<Organization> candidates = new ArrayList<>();
    List<GridId> grids = new ArrayList<>();
    List<Organization> pool = source == DemandSource.RESIDENT_UNIT
        ? index.organizations(OrganizationKind.RESIDENT_UNIT) : index.coBuildingUnits();
    for (Organization o : pool) {
      for (GridId g : o.grids()) {
        if (index.within(node, g)) {
          candidates.add(o);
          grids.add(g);
          break;
        }
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int i = random.nextInt(candidates.size());
    return Optional.of(new Requester(candidates.get(i).id(), grids.get(i)));
  }
}
