package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * Points spent on a service from the catalogue (积分兑换).
 *
 * @param id the entry's id
 * @param actor who redeemed
 * @param at when
 * @param service the service redeemed
 * @param quantity how many; positive
 * @param points the price paid in total; not negative
 */
public record Redemption(EntryId id, ActorId actor, Instant at, OfferId service, int quantity, Points points)
    implements LedgerEntry {

  /** Validates the entry. */
  public Redemption {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    requireNonNull(service, "service");
    requireNonNull(points, "points");
    if (quantity <= 0) {
      throw new DomainValidationException(new Violation("Redemption", "quantity", "positive",
          "a redemption takes a positive quantity, was " + quantity).with("value", quantity));
    }
    points.requireNonNegative("redeemed points");
    TimeLimits.check("Redemption[" + id + "]", "at", at);
    points.requireWithin("Redemption[" + id + "]", "points", Points.MAX_ENTRY);
  }
}
