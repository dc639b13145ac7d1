package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandId;

/**
 * A demand left without a claimant, and why.
 *
 * @param demand the demand
 * @param reason why
 */
public record Unmatched(DemandId demand, UnmatchedReason reason) {

  /** Checks that nothing is null. */
  public Unmatched {
    requireNonNull(demand, "demand");
    requireNonNull(reason, "reason");
  }
}
