package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A closed range of amounts {@code [min, max]} a simulation draws from uniformly, in whole yuan.
 *
 * @param min the smallest amount; positive
 * @param max the largest amount; at least {@code min} and at most {@link Money#MAX_ENTRY}, so that
 *     every amount drawn can be booked
 */
public record MoneyRange(Money min, Money max) {

  /**
   * Validates the range.
   *
   * @throws DomainValidationException if {@code min} is not positive or above {@code max}, or
   *     {@code max} is above {@link Money#MAX_ENTRY}
   */
  public MoneyRange {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (min.fen() <= 0 || max.compareTo(min) < 0) {
      throw new DomainValidationException(new Violation("MoneyRange[" + min + ", " + max + "]", "max", "range-ordered",
          "an amount range is 0 < min <= max, was " + min + " to " + max).with("min", min).with("max", max));
    }
    if (max.compareTo(Money.MAX_ENTRY) > 0) {
      throw new DomainValidationException(new Violation("MoneyRange[" + min + ", " + max + "]", "max", "amount-range",
          "an amount drawn is at most " + Money.MAX_ENTRY + ", was " + max)
                  .with("max", Money.MAX_ENTRY).with("value", max));
    }
  }

  /** Returns the range of whole yuan {@code [min, max]}. */
  public static MoneyRange ofYuan(long min, long max) {
    return new MoneyRange(Money.ofFen(fen(min, "min")), Money.ofFen(fen(max, "max")));
  }

  private static long fen(long yuan, String field) {
    DomainChecks.inRange("MoneyRange", field, yuan, Long.MIN_VALUE / 100, Long.MAX_VALUE / 100);
    return yuan * 100;
  }

  /** Returns {@code [min, max]}. */
  @Override
  public String toString() {
    return "[" + min + ", " + max + "]";
  }
}
