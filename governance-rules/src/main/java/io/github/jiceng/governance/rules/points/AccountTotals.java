package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Points;

/**
 * One member's totals in a ledger: what came in, what went out by each way, and what is left.
 * Conservation holds: {@code earned - redeemed - expired - deducted = balance}.
 *
 * @param actor the member
 * @param earned points awarded
 * @param redeemed points spent on services
 * @param expired points that expired
 * @param deducted points taken for violations
 * @param balance points left
 */
public record AccountTotals(ActorId actor, Points earned, Points redeemed, Points expired, Points deducted,
    Points balance) {

  /** Validates the totals. */
  public AccountTotals {
    requireNonNull(actor, "actor");
    requireNonNull(earned, "earned");
    requireNonNull(redeemed, "redeemed");
    requireNonNull(expired, "expired");
    requireNonNull(deducted, "deducted");
    requireNonNull(balance, "balance");
  }

  /** Returns whether earned less redeemed, expired and deducted equals the balance. */
  public boolean conserves() {
    return earned.minus(redeemed).minus(expired).minus(deducted).equals(balance);
  }
}
