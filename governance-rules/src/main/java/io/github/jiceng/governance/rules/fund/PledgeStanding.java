package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.money.Money;

/**
 * Where one pledge stands in a fund's book (认领缴付情况): the pledge, and what the donations that
 * name it have paid so far. A pledge is a promise, not money: only {@code paid} is in the ledger.
 *
 * @param pledge the pledge
 * @param paid the sum of the donations booked against it; from zero to the pledged amount
 */
public record PledgeStanding(Pledge pledge, Money paid) {

  /**
   * Checks the parts are present and the paid amount within the pledge.
   *
   * @throws IllegalArgumentException if more is paid than pledged, or a negative amount
   */
  public PledgeStanding {
    requireNonNull(pledge, "pledge");
    requireNonNull(paid, "paid");
    if (paid.isNegative() || paid.compareTo(pledge.amount()) > 0) {
      throw new IllegalArgumentException("pledge " + pledge.id() + " of " + pledge.amount() + " cannot have " + paid
          + " paid against it");
    }
  }

  /** Returns what is promised and not yet paid. */
  public Money outstanding() {
    return pledge.amount().minus(paid);
  }

  /** Returns whether the pledge is paid in full. */
  public boolean fulfilled() {
    return outstanding().isZero();
  }
}
