package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;

/**
 * The most a category may pay out in one calendar period (期间限额), counting open and paid
 * cases requested in the period.
 *
 * @param amount the cap; positive
 * @param period the calendar period
 */
public record PeriodCap(Money amount, CalendarPeriod period) {

  /** Validates the cap. */
  public PeriodCap {
    requireNonNull(amount, "amount");
    requireNonNull(period, "period");
    Checks.positive("PeriodCap", "amount", amount, Money.MAX_TOTAL);
  }
}
