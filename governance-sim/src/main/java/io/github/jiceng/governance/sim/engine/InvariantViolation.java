package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.util.Optional;

/**
 * A broken invariant: which, after which step, at which event, and what was found.
 *
 * @param invariant the invariant
 * @param day the step (day) after which it was found broken
 * @param event the event of the step that broke it, when one can be named
 * @param detail what was found, naming ids only
 */
public record InvariantViolation(Invariant invariant, int day, Optional<SimulationEvent> event, String detail) {

  /** Checks that nothing is null. */
  public InvariantViolation {
    requireNonNull(invariant, "invariant");
    requireNonNull(event, "event");
    requireNonNull(detail, "detail");
  }

  /**
   * Returns the violation in one line, such as {@code CAPACITY_RESPECTED broken after day 17 at
   * event #1234 DEMAND_CLAIMED {demand=d-000042, resource=r-03}: ...}.
   */
  public String message() {
    String at = event.map(e -> " at event #" + e.sequence() + " " + e.kind() + " " + e.ids()).orElse(" (no event of the step names it)");
    return invariant + " broken after day " + day + at + ": " + detail;
  }

  /** Returns {@link #message()}. */
  @Override
  public String toString() {
    return message();
  }
}
