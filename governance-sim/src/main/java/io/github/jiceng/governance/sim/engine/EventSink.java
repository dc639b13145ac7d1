package io.github.jiceng.governance.sim.engine;

import io.github.jiceng.governance.sim.model.SimulationEvent;

/**
 * Where a simulation sends its events as they happen, in order: a file, a counter, a test's list.
 * A sink that writes to a file wraps its {@code IOException} in an {@code UncheckedIOException},
 * which ends the run.
 */
@FunctionalInterface
public interface EventSink {

  /**
   * Receives the next event of the log.
   *
   * @param event the event
   */
  void accept(SimulationEvent event);
}
