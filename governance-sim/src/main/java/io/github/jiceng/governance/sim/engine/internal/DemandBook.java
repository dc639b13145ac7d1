package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The demands of a run and where each stands: the records raised, each one's status and last
 * event, the demands filed by state, the ones the current day changed and (when invariants are
 * checked) their histories. The service-chain phases change a demand only through
 * {@link #submit} and {@link #apply}, which ask the lifecycle's {@code DemandRules} first.
 */
final class DemandBook {

  private final DemandLifecycle lifecycle;
  private final EventLog log;
  private final boolean keepHistories;
  private final TreeMap<DemandId, Demand> demands = new TreeMap<>();
  private final TreeMap<DemandId, DemandStatus> statuses = new TreeMap<>();
  private final EnumMap<DemandState, TreeSet<DemandId>> byState = new EnumMap<>(DemandState.class);
  /** Each demand's last event: with its status, the state its lifecycle decides on. */
  private final Map<DemandId, DemandEvent> last = new HashMap<>();
  private final Map<DemandId, List<DemandEvent>> histories = new HashMap<>();
  private final TreeSet<DemandId> touched = new TreeSet<>();
  /** {@link #byState} with each set read-only, for the invariants. */
  private final Map<DemandState, Set<DemandId>> byStateView = new EnumMap<>(DemandState.class);

  DemandBook(DemandLifecycle lifecycle, EventLog log, boolean keepHistories) {
    this.lifecycle = lifecycle;
    this.log = log;
    this.keepHistories = keepHistories;
    for (DemandState s : DemandState.values()) {
      byState.put(s, new TreeSet<>());
      byStateView.put(s, Collections.unmodifiableSet(byState.get(s)));
    }
  }

  /** Starts a day: drops the histories of demands the last day finished (the invariants have seen them). */
  void beginDay() {
    for (DemandId id : touched) {
      DemandStatus s = statuses.get(id);
      if (s != null && s.state().isFinal()) {
        histories.remove(id);
      }
    }
    touched.clear();
  }

  /** Files a new demand through its submission; see {@link #apply}. The demand is kept only if it is applied. */
  boolean submit(Demand demand, DemandEvent submission, EventKind kind, @Nullable Action action,
      SortedMap<String, String> ids, String detail, @Nullable EventPayload payload) {
    if (!apply(submission, kind, action, demand.grid(), ids, detail, payload)) {
      return false;
    }
    demands.put(demand.id(), demand);
    return true;
  }

  /**
   * Decides one transition by the lifecycle's rules, applies it and logs it; logs a refusal instead
   * if the rules refuse it, and does nothing for the demand's last event delivered again.
   *
   * @return whether the transition was applied
   */
  boolean apply(DemandEvent ev, EventKind kind, @Nullable Action action, GridId grid,
      SortedMap<String, String> ids, String detail, @Nullable EventPayload payload) {
    DemandStatus current = statuses.get(ev.demand());
    DemandCase state = current == null ? DemandCase.none() : new DemandCase.Recorded(current, last.get(ev.demand()));
    Decision<DemandEvent> d = lifecycle.rules().decide(current == null ? new DemandCommand.Submit(ev)
        : new DemandCommand.Apply(ev), state);
    if (d instanceof Decision.Refused<DemandEvent> refused) {
      log.refused(ev.at(), ev.actor(), grid, ids, "the lifecycle refuses " + ev.transition() + " of " + ev.demand()
          + ": " + refused.refusal().code() + ": " + refused.refusal().detail());
      return false;
    }
    if (!(d instanceof Decision.Applied)) {
      return false;
    }
    DemandStatus next = lifecycle.rules().fold(state, d.events()).statusIfAny().orElseThrow();
    last.put(ev.demand(), ev);
    if (current != null) {
      byState.get(current.state()).remove(ev.demand());
    }
    byState.get(next.state()).add(ev.demand());
    statuses.put(ev.demand(), next);
    if (keepHistories) {
      histories.computeIfAbsent(ev.demand(), k -> new ArrayList<>()).add(ev);
    }
    touched.add(ev.demand());
    log.emit(kind, ev.at(), ev.actor(), grid, action, ids, detail, payload);
    return true;
  }

  /** The ids of an event about a demand. */
  static SortedMap<String, String> ids(Demand d) {
    return EventLog.ids(SimulationEvent.DEMAND, d.id().value());
  }

  /** The demand of the id. */
  Demand demand(DemandId id) {
    return demands.get(id);
  }

  /** The status of a demand. */
  DemandStatus status(DemandId id) {
    return statuses.get(id);
  }

  /** The demands in a state, in id order: a view, to copy before changing them. */
  NavigableSet<DemandId> inState(DemandState state) {
    return Collections.unmodifiableNavigableSet(byState.get(state));
  }

  /** The number of demands raised. */
  long raised() {
    return demands.size();
  }

  /** The demands raised, in id order. */
  Collection<Demand> demands() {
    return Collections.unmodifiableCollection(demands.values());
  }

  /** Every demand's status. */
  Map<DemandId, DemandStatus> statuses() {
    return Collections.unmodifiableMap(statuses);
  }

  /** The demands filed by state. */
  Map<DemandState, ? extends Set<DemandId>> byState() {
    return Collections.unmodifiableMap(byStateView);
  }

  /** The demands the current day changed. */
  Collection<DemandId> touched() {
    return Collections.unmodifiableSet(touched);
  }

  /** The events of a demand the run has kept (when invariants are checked). */
  List<DemandEvent> history(DemandId demand) {
    List<DemandEvent> h = histories.get(demand);
    return h == null ? List.of() : Collections.unmodifiableList(h);
  }

  /** The lifecycle the book decides by. */
  DemandLifecycle lifecycle() {
    return lifecycle;
  }
}
