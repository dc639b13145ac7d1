package io.github.jiceng.governance.sim.model;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A closed range of whole numbers {@code [min, max]} a simulation draws from uniformly: days,
 * minutes, people.
 *
 * @param min the smallest value; not negative
 * @param max the largest value; at least {@code min}
 */
public record IntRange(int min, int max) {

  /**
   * Validates the range.
   *
   * @throws DomainValidationException if {@code min} is negative or above {@code max}
   */
  public IntRange {
    if (min < 0 || max < min) {
      throw new DomainValidationException(new Violation("IntRange[" + min + ", " + max + "]", "max", "range-ordered",
          "a range is 0 <= min <= max, was " + min + " to " + max).with("min", min).with("max", max));
    }
  }

  /** Returns {@code [min, max]}; same as the constructor. */
  public static IntRange of(int min, int max) {
    return new IntRange(min, max);
  }

  /** Returns the range holding one value. */
  public static IntRange exactly(int value) {
    return new IntRange(value, value);
  }

  /** Returns {@code [min, max]}. */
  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
