package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;

/**
 * The survey and evaluation of a clue (调研评估): what solving it would cost, how many residents
 * would benefit, and how urgent it is.
 *
 * @param at when the evaluation was recorded
 * @param estimatedCost the estimated cost; not negative (zero when a unit's volunteers do it)
 * @param expectedBeneficiaries the residents expected to benefit; positive
 * @param priority how urgent
 */
public record Evaluation(Instant at, Money estimatedCost, int expectedBeneficiaries, Priority priority) {

  /** Validates the evaluation. */
  public Evaluation {
    requireNonNull(at, "at");
    requireNonNull(estimatedCost, "estimatedCost");
    requireNonNull(priority, "priority");
    if (estimatedCost.isNegative()) {
      throw new DomainValidationException("Evaluation", "estimatedCost", "cost-not-negative",
          "a cost is zero or more, was " + estimatedCost);
    }
    if (expectedBeneficiaries < 1) {
      throw new DomainValidationException("Evaluation", "expectedBeneficiaries", "beneficiaries-positive",
          "an evaluated clue benefits at least one resident, was " + expectedBeneficiaries);
    }
  }
}
