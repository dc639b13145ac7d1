package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * How post holders go away (缺岗发生率): each day, each holder of an A/B post who is present starts
 * an absence with this chance, lasting a number of whole days; the other holder then acts
 * (执行书记AB岗), or the post is vacant while both are away.
 *
 * @param perMillePerDay the chance per day, per mille
 * @param days the length of an absence in days; at least 1
 */
public record AbsenceStream(int perMillePerDay, IntRange days) {

  /**
   * Validates the stream.
   *
   * @throws DomainValidationException if the chance or the length is out of range
   */
  public AbsenceStream {
    requireNonNull(days, "days");
    Checks.perMille("AbsenceStream", "perMillePerDay", perMillePerDay);
    if (days.min() < 1 || days.max() > 366) {
      throw new DomainValidationException(new Violation("AbsenceStream", "days", "days-range",
          "an absence lasts 1-366 days, the range was " + days).with("min", 1).with("max", 366).with("value", days));
    }
  }
}
