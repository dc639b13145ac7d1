package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A red-star grade (星级): reached when the points a member earned in one calendar year (awards
 * less deductions) reach the threshold.
 *
 * @param key the grade's stable key, such as {@code "star-3"}
 * @param name the display name, such as {@code "三星"}
 * @param threshold the points needed; positive
 */
public record StarGrade(String key, String name, Points threshold) {

  /**
   * Validates the grade.
   *
   * @throws DomainValidationException if a field is malformed
   */
  public StarGrade {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(threshold, "threshold");
    IdForm.check("StarGrade", key);
    if (name.isBlank() || name.length() > 40) {
      throw new DomainValidationException(new Violation("StarGrade[" + key + "]", "name", "name-length",
          "a grade name is 1-40 characters, was " + name.length()).with("max", 40).with("length", name.length()));
    }
    if (!threshold.isPositive()) {
      throw new DomainValidationException("StarGrade[" + key + "]", "threshold", "threshold-positive",
          "a grade threshold is positive, was " + threshold.value());
    }
  }

  /** Returns a grade with the given threshold in points. */
  public static StarGrade of(String key, String name, long threshold) {
    return new StarGrade(key, name, Points.of(threshold));
  }
}
