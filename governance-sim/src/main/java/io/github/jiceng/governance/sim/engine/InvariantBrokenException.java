package io.github.jiceng.governance.sim.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Ends a simulation whose invariants were checked and found broken: a defect in a rule or in the
 * simulator, never an expected outcome. The message names the step and the event.
 */
public final class InvariantBrokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InvariantViolation> violations;

  /**
   * Creates the exception.
   *
   * @param violations what was found; not empty
   */
  public InvariantBrokenException(List<InvariantViolation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  private static String message(List<InvariantViolation> violations) {
    requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invariant broke, so there is at least one violation");
    }
    return violations.get(0).message() + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
  }

  /** Returns every violation found after the step. */
  public List<InvariantViolation> violations() {
    return violations;
  }
}
