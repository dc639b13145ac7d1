package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * A cap (封顶): at most {@code limit} points awarded to one member in one calendar period. On a
 * rule it counts that rule's awards; on a policy it counts all awards together. Deductions and
 * redemptions do not give room back.
 *
 * @param period the calendar period
 * @param limit the most points per member per period; positive
 */
public record Cap(CapPeriod period, Points limit) {

  /**
   * Validates the cap.
   *
   * @throws DomainValidationException if the limit is not positive
   */
  public Cap {
    requireNonNull(period, "period");
    requireNonNull(limit, "limit");
    if (!limit.isPositive()) {
      throw new DomainValidationException("Cap[" + period + "]", "limit", "cap-positive",
          "a cap is a positive number of points, was " + limit.value());
    }
    limit.requireWithin("Cap[" + period + "]", "limit", Points.MAX_BALANCE);
  }

  /** Returns a cap of {@code limit} points per period. */
  public static Cap of(CapPeriod period, long limit) {
    return new Cap(period, Points.of(limit));
  }

  /** Returns {@code "≤ 500 pt per MONTH"}. */
  @Override
  public String toString() {
    return "≤ " + limit + " per " + period;
  }
}
