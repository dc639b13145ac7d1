package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.actor.ActorId;
import java.time.Instant;

/**
 * One immutable entry of a points ledger (积分流水): an {@link Award}, a {@link Redemption}, an
 * {@link Expiry} or a {@link Deduction}. Every entry has an id (appending the same id twice
 * changes nothing), an actor, the instant it was booked, and a non-negative number of points that
 * the entry adds (awards) or takes away (the others).
 */
public sealed interface LedgerEntry permits Award, Redemption, Expiry, Deduction {

  /** Returns the entry's id. */
  EntryId id();

  /** Returns whose account the entry moves. */
  ActorId actor();

  /** Returns when the entry was booked. */
  Instant at();

  /** Returns the points moved; never negative. */
  Points points();

  /** Returns the points with their sign: positive for an award, negative for the others. */
  default long signedPoints() {
    return this instanceof Award ? points().value() : -points().value();
  }
}
