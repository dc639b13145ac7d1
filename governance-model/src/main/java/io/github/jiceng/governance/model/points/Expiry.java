package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * Points that expired (积分过期), booked at the boundary instant itself.
 *
 * @param id the entry's id, derived from the actor and the boundary, so deriving it twice gives
 *     the same id
 * @param actor whose points expired
 * @param at the boundary instant: the first instant at which the points are gone
 * @param points the points that expired; positive
 * @param reason which points and why, such as {@code "awarded in 2024; end of the following year"}
 */
public record Expiry(EntryId id, ActorId actor, Instant at, Points points, String reason) implements LedgerEntry {

  /** Validates the entry. */
  public Expiry {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    points.requireNonNegative("expired points");
    TimeLimits.check("Expiry[" + id + "]", "at", at);
    points.requireWithin("Expiry[" + id + "]", "points", Points.MAX_BALANCE);
  }
}
