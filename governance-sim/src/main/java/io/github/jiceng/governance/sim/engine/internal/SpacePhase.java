package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.venue.SpaceCommand;
import io.github.jiceng.governance.rules.venue.SpaceEvent;
import io.github.jiceng.governance.rules.venue.SpaceForServiceRules;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Space for service (以空间换服务): each grant of the scenario is one ledger kept by {@link
 * SpaceForServiceRules}. A service the grantee organization provides, started inside a grant's
 * period, is delivered against that grant (its effort, in whole minutes); the service chain's
 * history first, then the services of the run as they are delivered. Every Monday the ledgers are
 * reviewed, raising the behind flag when the shortfall exceeds the grant's grace and lowering it
 * when the organization has caught up; the weeks of the history before the start are reviewed
 * when the run opens. Owns the ledgers and the service each grant took.
 */
final class SpacePhase {

  private static final SpaceForServiceRules RULES = SpaceForServiceRules.decider();

  private final Setting scenario;
  private final EventLog log;
  private final TreeMap<GrantId, SpaceLedger> ledgers = new TreeMap<>();
  /** Per grant, the service the rules took: what the ledger must hold. */
  private final TreeMap<GrantId, Duration> taken = new TreeMap<>();

  SpacePhase(Setting scenario, EventLog log) {
    this.scenario = scenario;
    this.log = log;
  }

  /** The ledgers, in grant id order. */
  List<SpaceLedger> ledgers() {
    return List.copyOf(ledgers.values());
  }

  /** The service the rules took for a grant, whenever delivered; zero for a grant not kept. */
  Duration taken(GrantId grant) {
    return taken.getOrDefault(grant, Duration.ZERO);
  }

  /** Grants the space, delivers the history's services and reviews the weeks before the start. */
  void open(Instant start) {
    List<SpaceGrant> grants = new ArrayList<>(scenario.spaceGrants());
    if (grants.isEmpty()) {
      return;
    }
    grants.sort(Comparator.comparing(SpaceGrant::id));
    for (SpaceGrant g : grants) {
      SortedMap<String, String> ids = ids(g.id());
      ids.put(SimulationEvent.ORGANIZATION, g.organization().value());
      Decision<SpaceEvent> d = RULES.decide(new SpaceCommand.Grant(g), RULES.initialState());
      if (d instanceof Decision.Applied<SpaceEvent> a) {
        ledgers.put(g.id(), fold(RULES.initialState(), a.events()));
        taken.put(g.id(), Duration.ZERO);
        log.emit(EventKind.SPACE_GRANTED, start, g.organization(), grid(g), null, ids, "room " + g.room() + " of "
            + g.venue() + " granted to " + g.organization() + " for " + g.spaceHoursPerWeek() + " h a week, "
            + g.servicePerWeek().toMinutes() + " min of service owed a week, " + g.period(), null);
      } else {
        refused(d, start, g, ids);
      }
    }
    List<ServiceRecord> history = new ArrayList<>(scenario.initialServices());
    history.sort(Comparator.comparing((ServiceRecord s) -> s.time().start()).thenComparing(ServiceRecord::id));
    deliver(history, start);
    // the history's weeks, reviewed in time order up to the start
    for (GrantId id : new ArrayList<>(ledgers.keySet())) {
      SpaceGrant g = ledgers.get(id).grant().orElseThrow();
      for (long w = 1; ; w++) {
        Instant weekEnd = g.period().start().plus(Duration.ofDays(7 * w));
        if (weekEnd.isAfter(start) || weekEnd.isAfter(g.period().end())) {
          break;
        }
        review(id, weekEnd);
      }
    }
  }

  /** Delivers services against the grants of their providers; {@code at} is when the log records it. */
  void deliver(Collection<ServiceRecord> services, Instant at) {
    if (ledgers.isEmpty()) {
      return;
    }
    for (ServiceRecord s : services) {
      for (SpaceLedger ledger : ledgers.values()) {
        SpaceGrant g = ledger.grant().orElseThrow();
        if (g.organization().equals(s.provider()) && g.period().contains(s.time().start())) {
          deliver(g, s, at);
          break; // one grant takes a service once
        }
      }
    }
  }

  private void deliver(SpaceGrant g, ServiceRecord s, Instant at) {
    long minutes = Math.min(s.effort().toMinutes(), ServiceDelivery.MAX_TIME.toMinutes());
    if (minutes < 1) {
      return;
    }
    ServiceDelivery delivery = new ServiceDelivery(DeliveryId.of(s.id().value()), s.time().start(),
        Duration.ofMinutes(minutes), Optional.of(s.id()));
    SortedMap<String, String> ids = ids(g.id());
    ids.put(SimulationEvent.SERVICE, s.id().value());
    ids.put(SimulationEvent.ORGANIZATION, g.organization().value());
    SpaceLedger ledger = ledgers.get(g.id());
    Decision<SpaceEvent> d = RULES.decide(new SpaceCommand.Deliver(delivery), ledger);
    if (d instanceof Decision.Applied<SpaceEvent> a) {
      ledgers.put(g.id(), fold(ledger, a.events()));
      taken.merge(g.id(), delivery.time(), Duration::plus);
      log.emit(EventKind.SPACE_SERVICE_DELIVERED, at, g.organization(), grid(g), null, ids, g.organization()
          + " delivered " + minutes + " min under grant " + g.id() + " (" + s.id() + ")", null);
    } else if (d instanceof Decision.Refused<SpaceEvent>) {
      refused(d, at, g, ids);
    }
  }

  /** The weekly review (履约检查), on Mondays. */
  void review(Instant at) {
    if (ledgers.isEmpty() || at.atZone(scenario.parameters().zone()).getDayOfWeek() != DayOfWeek.MONDAY) {
      return;
    }
    for (GrantId id : new ArrayList<>(ledgers.keySet())) {
      SpaceGrant g = ledgers.get(id).grant().orElseThrow();
      if (at.isAfter(g.period().start()) && !at.isAfter(g.period().end().plus(Duration.ofDays(7)))) {
        review(id, at);
      }
    }
  }

  private void review(GrantId id, Instant at) {
    SpaceLedger ledger = ledgers.get(id);
    SpaceGrant g = ledger.grant().orElseThrow();
    Decision<SpaceEvent> d = RULES.decide(new SpaceCommand.Review(at), ledger);
    if (d instanceof Decision.Applied<SpaceEvent> a) {
      ledgers.put(id, fold(ledger, a.events()));
      for (SpaceEvent e : a.events()) {
        SortedMap<String, String> ids = ids(id);
        ids.put(SimulationEvent.ORGANIZATION, g.organization().value());
        if (e instanceof SpaceEvent.FellBehind b) {
          log.emit(EventKind.SPACE_FELL_BEHIND, at, g.organization(), grid(g), null, ids, g.organization()
              + " is behind on grant " + id + ": " + b.delivered().toMinutes() + " of " + b.owed().toMinutes()
              + " min owed delivered, grace " + g.grace().toMinutes() + " min", null);
        } else if (e instanceof SpaceEvent.CaughtUp c) {
          log.emit(EventKind.SPACE_CAUGHT_UP, at, g.organization(), grid(g), null, ids, g.organization()
              + " caught up on grant " + id + ": " + c.delivered().toMinutes() + " of " + c.owed().toMinutes()
              + " min owed delivered", null);
        }
      }
    } else if (d instanceof Decision.Refused<SpaceEvent>) {
      refused(d, at, g, ids(id));
    }
  }

  private static SpaceLedger fold(SpaceLedger ledger, List<SpaceEvent> events) {
    SpaceLedger out = ledger;
    for (SpaceEvent e : events) {
      out = RULES.evolve(out, e);
    }
    return out;
  }

  private @Nullable GridId grid(SpaceGrant g) {
    for (Venue v : scenario.venues()) {
      if (v.id().equals(g.venue())) {
        return v.grid();
      }
    }
    return null;
  }

  private static SortedMap<String, String> ids(GrantId grant) {
    return EventLog.ids(SimulationEvent.GRANT, grant.value());
  }

  private void refused(Decision<SpaceEvent> d, Instant at, SpaceGrant g, SortedMap<String, String> ids) {
    Refusal r = ((Decision.Refused<SpaceEvent>) d).refusal();
    log.refused(at, g.organization(), grid(g), ids, "the space-for-service rules refuse a step of grant " + g.id()
        + ": " + r.code() + ": " + r.detail());
  }
}
