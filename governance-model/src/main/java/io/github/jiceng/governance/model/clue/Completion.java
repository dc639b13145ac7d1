package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;

/**
 * The completion of a clue's project (完工): when, and how many residents it serves.
 *
 * @param at when the project was completed
 * @param beneficiaries the residents served; not negative
 */
public record Completion(Instant at, int beneficiaries) {

  /** Validates the completion. */
  public Completion {
    requireNonNull(at, "at");
    if (beneficiaries < 0) {
      throw new DomainValidationException("Completion", "beneficiaries", "beneficiaries-not-negative",
          "a completed project serves zero or more residents, was " + beneficiaries);
    }
  }
}
