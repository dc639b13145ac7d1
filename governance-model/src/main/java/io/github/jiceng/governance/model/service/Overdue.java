package io.github.jiceng.governance.model.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import java.time.Duration;
import java.time.Instant;

/**
 * A demand that stayed in a state longer than its policy allows (超期).
 *
 * @param demand the demand
 * @param state the state it is stuck in
 * @param since when it entered the state
 * @param due when it should have left it
 * @param by how long past due it is at the instant asked about; positive
 */
public record Overdue(DemandId demand, DemandState state, Instant since, Instant due, Duration by) {

  /** Checks that nothing is null. */
  public Overdue {
    requireNonNull(demand, "demand");
    requireNonNull(state, "state");
    requireNonNull(since, "since");
    requireNonNull(due, "due");
    requireNonNull(by, "by");
  }
}
