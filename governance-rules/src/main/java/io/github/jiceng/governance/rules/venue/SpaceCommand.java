package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import java.time.Instant;

/**
 * What may be asked of one space-for-service grant (以空间换服务指令), decided by {@link
 * SpaceForServiceRules}. Instants are checked against {@link TimeLimits} on construction ({@code
 * DomainValidationException}, rule {@code instant-range}); nulls throw {@code
 * NullPointerException} naming the field.
 */
public sealed interface SpaceCommand {

  /**
   * Grants the space of this stream (签订以空间换服务协议).
   *
   * @param grant the room, the hours, the service owed and the period
   */
  record Grant(SpaceGrant grant) implements SpaceCommand {
    /** Checks the grant is present. */
    public Grant {
      requireNonNull(grant, "grant");
    }
  }

  /**
   * Records service hours the organization delivered (登记服务时长).
   *
   * @param delivery when, how long, and the service record that shows it
   */
  record Deliver(ServiceDelivery delivery) implements SpaceCommand {
    /** Checks the delivery is present. */
    public Deliver {
      requireNonNull(delivery, "delivery");
    }
  }

  /**
   * Reviews the ledger at an instant (履约检查): records that the organization fell behind, or
   * caught up, if its standing changed since the last review.
   *
   * @param at the instant of the review
   */
  record Review(Instant at) implements SpaceCommand {
    /** Checks the instant is present and inside the limits. */
    public Review {
      TimeLimits.check("Review", "at", requireNonNull(at, "at"));
    }
  }

  /**
   * Extends the grant's period (续签), refused while the organization is behind.
   *
   * @param at the instant of the renewal, when the standing is read
   * @param until the new end of the period; after the current end
   */
  record Renew(Instant at, Instant until) implements SpaceCommand {
    /** Checks the instants are present and inside the limits. */
    public Renew {
      TimeLimits.check("Renew", "at", requireNonNull(at, "at"));
      TimeLimits.check("Renew", "until", requireNonNull(until, "until"));
    }
  }
}
