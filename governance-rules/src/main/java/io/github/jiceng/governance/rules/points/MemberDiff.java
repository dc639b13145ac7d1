package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Points;

/**
 * What a new policy version changes for one member: the totals before and after, at the same
 * instant.
 *
 * @param actor the member
 * @param before the totals under the policy the ledger was booked under
 * @param after the totals when the same contributions, redemptions and deductions are replayed
 *     under the new policy
 */
public record MemberDiff(ActorId actor, AccountTotals before, AccountTotals after) {

  /** Validates the diff. */
  public MemberDiff {
    requireNonNull(actor, "actor");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  /** Returns {@code after.balance - before.balance}; negative when the member loses points. */
  public Points balanceChange() {
    return after.balance().minus(before.balance());
  }

  /** Returns {@code after.earned - before.earned}. */
  public Points earnedChange() {
    return after.earned().minus(before.earned());
  }

  /** Returns whether any total differs. */
  public boolean changed() {
    return !before.equals(after);
  }
}
