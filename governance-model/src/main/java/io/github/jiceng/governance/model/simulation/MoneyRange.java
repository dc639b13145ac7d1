package io.github.jiceng.governance.model.simulation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * A closed range of amounts {@code [min, max]} a simulation draws from uniformly, in whole yuan.
 *
 * @param min the smallest amount; positive
 * @param max the largest amount; at least {@code min}
 */
public record MoneyRange(Money min, Money max) {

  /**
   * Validates the range.
   *
   * @throws DomainValidationException if {@code min} is not positive or above {@code max}
   */
  public MoneyRange {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (min.fen() <= 0 || max.compareTo(min) < 0) {
      throw new DomainValidationException("MoneyRange[" + min + ", " + max + "]", "max", "range-ordered",
          "an amount range is 0 < min <= max, was " + min + " to " + max);
    }
  }

  /** Returns the range of whole yuan {@code [min, max]}. */
  public static MoneyRange ofYuan(long min, long max) {
    return new MoneyRange(Money.ofFen(Math.multiplyExact(min, 100L)), Money.ofFen(Math.multiplyExact(max, 100L)));
  }

  /** Returns {@code [min, max]}. */
  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
