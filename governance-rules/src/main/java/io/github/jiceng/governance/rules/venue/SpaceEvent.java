package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import java.time.Duration;
import java.time.Instant;

/** What happened to one space-for-service grant (以空间换服务事件), as {@link SpaceForServiceRules} decided it. */
public sealed interface SpaceEvent {

  /**
   * The space was granted.
   *
   * @param grant the grant
   */
  record Granted(SpaceGrant grant) implements SpaceEvent {
    /** Checks the grant is present. */
    public Granted {
      requireNonNull(grant, "grant");
    }
  }

  /**
   * Service hours were delivered.
   *
   * @param grant the grant's id
   * @param delivery the delivery
   */
  record Delivered(GrantId grant, ServiceDelivery delivery) implements SpaceEvent {
    /** Checks the parts are present. */
    public Delivered {
      requireNonNull(grant, "grant");
      requireNonNull(delivery, "delivery");
    }
  }

  /**
   * A review found the organization behind (服务滞后): the flag is raised.
   *
   * @param grant the grant's id
   * @param at the review's instant
   * @param owed the service owed by then
   * @param delivered the service delivered by then
   */
  record FellBehind(GrantId grant, Instant at, Duration owed, Duration delivered) implements SpaceEvent {
    /** Checks the parts are present. */
    public FellBehind {
      requireNonNull(grant, "grant");
      requireNonNull(at, "at");
      requireNonNull(owed, "owed");
      requireNonNull(delivered, "delivered");
    }
  }

  /**
   * A review found a flagged organization no longer behind: the flag is lowered.
   *
   * @param grant the grant's id
   * @param at the review's instant
   * @param owed the service owed by then
   * @param delivered the service delivered by then
   */
  record CaughtUp(GrantId grant, Instant at, Duration owed, Duration delivered) implements SpaceEvent {
    /** Checks the parts are present. */
    public CaughtUp {
      requireNonNull(grant, "grant");
      requireNonNull(at, "at");
      requireNonNull(owed, "owed");
      requireNonNull(delivered, "delivered");
    }
  }

  /**
   * The grant's period was extended.
   *
   * @param grant the grant's id
   * @param at the renewal's instant
   * @param until the new end of the period
   */
  record Renewed(GrantId grant, Instant at, Instant until) implements SpaceEvent {
    /** Checks the parts are present. */
    public Renewed {
      requireNonNull(grant, "grant");
      requireNonNull(at, "at");
      requireNonNull(until, "until");
    }
  }
}
