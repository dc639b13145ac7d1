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
 * @param scenarioName what the run calls its scenario, in the event log's header and the
 *     reports, such as {@code "jungar-banner/scenario"}; 1-100 characters
 */
public record SimulationOptions(MatchingMode matching, boolean checkInvariants, boolean retainEvents,
    Optional<EventSink> sink, Optional<ProgressListener> progress, String scenarioName) {

  /** The name of a scenario a run is not told the name of. */
  public static final String DEFAULT_SCENARIO_NAME = "scenario";

  /** Checks that nothing is null. */
  public SimulationOptions {
    requireNonNull(matching, "matching");
    requireNonNull(sink, "sink");
    requireNonNull(progress, "progress");
    requireNonNull(scenarioName, "scenarioName");
  }

  /**
   * Returns exact matching, invariants checked, events kept, no sink, no progress, the scenario
   * called {@value #DEFAULT_SCENARIO_NAME}.
   */
  public static SimulationOptions defaults() {
    return new SimulationOptions(MatchingMode.OPTIMAL, true, true, Optional.empty(), Optional.empty(),
        DEFAULT_SCENARIO_NAME);
  }

  /**
   * Returns these options calling the scenario by another name (a file's, a synthetic scenario's);
   * the name is checked when the run starts.
   */
  public SimulationOptions withScenarioName(String name) {
    return new SimulationOptions(matching, checkInvariants, retainEvents, sink, progress,
        requireNonNull(name, "name"));
  }

  /** Returns these options with another matching mode. */
  public SimulationOptions withMatching(MatchingMode mode) {
    return new SimulationOptions(mode, checkInvariants, retainEvents, sink, progress, scenarioName);
  }

  /** Returns these options with invariant checking on or off. */
  public SimulationOptions withInvariants(boolean check) {
    return new SimulationOptions(matching, check, retainEvents, sink, progress, scenarioName);
  }

  /** Returns these options with the event log kept in memory or not. */
  public SimulationOptions withRetainedEvents(boolean retain) {
    return new SimulationOptions(matching, checkInvariants, retain, sink, progress, scenarioName);
  }

  /** Returns these options sending events also to the sink. */
  public SimulationOptions withSink(EventSink events) {
    return new SimulationOptions(matching, checkInvariants, retainEvents, Optional.of(events), progress,
        scenarioName);
  }

  /** Returns these options telling the listener after every day. */
  public SimulationOptions withProgress(ProgressListener listener) {
    return new SimulationOptions(matching, checkInvariants, retainEvents, sink, Optional.of(listener),
        scenarioName);
  }
}
