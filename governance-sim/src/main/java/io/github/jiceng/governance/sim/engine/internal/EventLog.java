package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The run's event log: numbers every event, keeps the day's events (and the whole run's, if
 * asked), counts them by kind, sends each to the sink, and sums the money the logged donations and
 * payments carry. Every phase writes to it through {@link #emit} and {@link #refused}.
 */
final class EventLog {

  private final RunClock clock;
  private final SimulationOptions options;
  private long sequence;
  private final List<SimulationEvent> stepEvents = new ArrayList<>();
  private final List<SimulationEvent> allEvents = new ArrayList<>();
  private final EnumMap<EventKind, Long> counts = new EnumMap<>(EventKind.class);
  /** The money the logged donations and payments carry, the file's history included. */
  private Money loggedDonated = Money.ZERO;
  private Money loggedPaid = Money.ZERO;

  EventLog(RunClock clock, SimulationOptions options) {
    this.clock = clock;
    this.options = options;
  }

  /** Returns the prefix and the number, zero-padded to the width: {@code id("d-", 42, 7)} is {@code d-0000042}. */
  static String id(String prefix, long number, int width) {
    String digits = Long.toString(number);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  /** Returns ids from key, value pairs, sorted by key. */
  static SortedMap<String, String> ids(String... keysAndValues) {
    SortedMap<String, String> out = new TreeMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** Starts the log of a new day: the day's events so far are forgotten. */
  void beginDay() {
    stepEvents.clear();
  }

  /** Appends an event to the log and sends it to the sink. */
  SimulationEvent emit(EventKind kind, Instant at, @Nullable ActorId actor, @Nullable GridId grid,
      @Nullable Action action, SortedMap<String, String> ids, String detail, @Nullable EventPayload payload) {
    String text = detail.length() > SimulationEvent.MAX_DETAIL_LENGTH
        ? detail.substring(0, SimulationEvent.MAX_DETAIL_LENGTH - 3) + "..." : detail;
    SimulationEvent e = new SimulationEvent(++sequence, Math.max(clock.day(), 0), at, kind, Optional.ofNullable(actor),
        Optional.ofNullable(grid), Optional.ofNullable(action), ids, text, Optional.ofNullable(payload));
    stepEvents.add(e);
    if (options.retainEvents()) {
      allEvents.add(e);
    }
    counts.merge(kind, 1L, Long::sum);
    // the fund's flows as the log records them, for the invariant to hold against the books
    if (payload instanceof EventPayload.OfFundEntry f) {
      if (kind == EventKind.DONATION_RECEIVED) {
        loggedDonated = loggedDonated.plus(f.entry().amount());
      } else if (kind == EventKind.DISBURSEMENT_PAID) {
        loggedPaid = loggedPaid.plus(f.entry().amount());
      }
    }
    options.sink().ifPresent(s -> s.accept(e));
    return e;
  }

  /** Logs a refusal by a rule. */
  void refused(Instant at, @Nullable ActorId actor, @Nullable GridId grid, SortedMap<String, String> ids, String detail) {
    emit(EventKind.REFUSED, at, actor, grid, null, ids, detail, null);
  }

  /** The number of the last event logged; 0 before the first. */
  long sequence() {
    return sequence;
  }

  /** The events of the current day, in order. */
  List<SimulationEvent> today() {
    return Collections.unmodifiableList(stepEvents);
  }

  /** Every event of the run, if the options keep them; else none. */
  List<SimulationEvent> all() {
    return List.copyOf(allEvents);
  }

  /** The events logged so far by kind. */
  Map<EventKind, Long> counts() {
    return Collections.unmodifiableMap(new EnumMap<>(counts));
  }

  /** The money the logged donations carry. */
  Money donated() {
    return loggedDonated;
  }

  /** The money the logged payments carry. */
  Money paid() {
    return loggedPaid;
  }
}
