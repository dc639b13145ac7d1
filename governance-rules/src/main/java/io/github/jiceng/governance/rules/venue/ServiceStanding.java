package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.GrantId;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a space-for-service grant stands at an instant (履约情况): the service owed and delivered
 * by then and the grace the grant allows. Nothing is lost: {@code owed = delivered + shortfall −
 * surplus}, where one of the two is zero.
 *
 * @param grant the grant
 * @param at the instant
 * @param owed the service owed by then: the service per week for each whole week elapsed
 * @param delivered the service delivered up to and including the instant
 * @param grace the shortfall allowed without being behind
 */
public record ServiceStanding(GrantId grant, Instant at, Duration owed, Duration delivered, Duration grace) {

  /** Checks the parts are present. */
  public ServiceStanding {
    requireNonNull(grant, "grant");
    requireNonNull(at, "at");
    requireNonNull(owed, "owed");
    requireNonNull(delivered, "delivered");
    requireNonNull(grace, "grace");
  }

  /** Returns how much service is outstanding: owed minus delivered, or zero when delivery is ahead. */
  public Duration shortfall() {
    Duration d = owed.minus(delivered);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Returns how much more was delivered than owed so far, or zero. */
  public Duration surplus() {
    Duration d = delivered.minus(owed);
    return d.isNegative() ? Duration.ZERO : d;
  }

  /** Returns whether the organization is behind: the shortfall exceeds the grace. */
  public boolean behind() {
    return shortfall().compareTo(grace) > 0;
  }
}
