package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.matching.MatchingMode;
import java.util.Optional;

/**
 * How to run a simulation: the matching mode, whether to check the invariants after every step,
 * whether to keep the event log in memory, and where else to send events and progress.
 *
 * @param matching exact ({@link MatchingMode#OPTIMAL}) or greedy matching
 * @param checkInvariants whether to check every invariant after every step; a broken one ends the
 *     run with an {@link InvariantBrokenException}
 * @param retainEvents whether the result keeps the whole event log; a run of a large district can
 *     stream its events to a sink instead
 * @param sink where events also go as they happen, if anywhere
 * @param progress who is told after every day, if anyone
 */
public record SimulationOptions(MatchingMode matching, boolean checkInvariants, boolean retainEvents,
    Optional<EventSink> sink, Optional<ProgressListener> progress) {

  /** Checks that nothing is null. */
  public SimulationOptions {
    requireNonNull(matching, "matching");
    requireNonNull(sink, "sink");
    requireNonNull(progress, "progress");
  }

  /** Returns exact matching, invariants checked, events kept, no sink, no progress. */
  public static SimulationOptions defaults() {
    return new SimulationOptions(MatchingMode.OPTIMAL, true, true, Optional.empty(), Optional.empty());
  }

  /** Returns these options with another matching mode. */
  public SimulationOptions withMatching(MatchingMode mode) {
    return new SimulationOptions(mode, checkInvariants, retainEvents, sink, progress);
  }

  /** Returns these options with invariant checking on or off. */
  public SimulationOptions withInvariants(boolean check) {
    return new SimulationOptions(matching, check, retainEvents, sink, progress);
  }

  /** Returns these options with the event log kept in memory or not. */
  public SimulationOptions withRetainedEvents(boolean retain) {
    return new SimulationOptions(matching, checkInvariants, retain, sink, progress);
  }

  /** Returns these options sending events also to the sink. */
  public SimulationOptions withSink(EventSink events) {
    return new SimulationOptions(matching, checkInvariants, retainEvents, Optional.of(events), progress);
  }

  /** Returns these options telling the listener after every day. */
  public SimulationOptions withProgress(ProgressListener listener) {
    return new SimulationOptions(matching, checkInvariants, retainEvents, sink, Optional.of(listener));
  }
}
