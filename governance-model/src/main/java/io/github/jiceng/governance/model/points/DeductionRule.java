package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A deduction for a violation (扣分项). A deduction takes its points, or the whole balance if that
 * is smaller (扣完为止): a balance never goes below zero. With {@code forfeitAll} it takes the
 * whole balance whatever it is (清零).
 *
 * @param id the rule's id
 * @param name the display name, such as {@code "虚报服务时长"}
 * @param points the points deducted; not negative (ignored when {@code forfeitAll})
 * @param forfeitAll whether the whole balance is forfeited
 */
public record DeductionRule(RuleId id, String name, Points points, boolean forfeitAll) {

  /**
   * Validates the rule.
   *
   * @throws DomainValidationException if a field is malformed
   */
  public DeductionRule {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(points, "points");
    if (name.isBlank() || name.length() > 100) {
      throw new DomainValidationException(new Violation("DeductionRule[" + id + "]", "name", "name-length",
          "a rule name is 1-100 characters, was " + name.length()).with("max", 100).with("length", name.length()));
    }
    if (points.isNegative() || (!forfeitAll && points.isZero())) {
      throw new DomainValidationException("DeductionRule[" + id + "]", "points", "points-positive",
          "a deduction takes a positive number of points unless it forfeits all, was " + points.value());
    }
    points.requireWithin("DeductionRule[" + id + "]", "points", Points.MAX_ENTRY);
  }

  /** Returns a rule deducting a fixed number of points. */
  public static DeductionRule of(String id, String name, long points) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    return new DeductionRule(RuleId.of(id), name, Points.of(points), false);
  }

  /** Returns a rule forfeiting the whole balance. */
  public static DeductionRule forfeitAll(String id, String name) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    return new DeductionRule(RuleId.of(id), name, Points.ZERO, true);
  }
}
