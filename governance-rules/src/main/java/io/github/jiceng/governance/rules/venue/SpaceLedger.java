package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One space-for-service grant as {@link SpaceForServiceRules} folds it (以空间换服务台账): the grant
 * with its period as renewed, the deliveries of service hours, whether the last review found the
 * organization behind, and the standing at any instant. Immutable, with value equality.
 */
public final class SpaceLedger {

  private static final SpaceLedger EMPTY = new SpaceLedger(null, null, PersistentSortedMap.empty(), Duration.ZERO,
      false, null, false);

  private final @Nullable SpaceGrant original;
  private final @Nullable SpaceGrant grant;
  private final PersistentSortedMap<DeliveryId, ServiceDelivery> deliveries;
  private final Duration delivered;
  private final boolean flagged;
  private final @Nullable Instant latest;
  private final boolean renewed;

  private SpaceLedger(@Nullable SpaceGrant original, @Nullable SpaceGrant grant, PersistentSortedMap<DeliveryId, ServiceDelivery> deliveries,
      Duration delivered, boolean flagged, @Nullable Instant latest, boolean renewed) {
    this.original = original;
    this.grant = grant;
    this.deliveries = deliveries;
    this.delivered = delivered;
    this.flagged = flagged;
    this.latest = latest;
    this.renewed = renewed;
  }

  static SpaceLedger empty() {
    return EMPTY;
  }

  /** Returns the grant, with its period as last renewed, or empty before the space is granted. */
  public Optional<SpaceGrant> grant() {
    return Optional.ofNullable(grant);
  }

  /** Returns the deliveries, in id order. */
  public List<ServiceDelivery> deliveries() {
    List<ServiceDelivery> out = new ArrayList<>(deliveries.size());
    deliveries.forEachEntry((id, d) -> out.add(d));
    return List.copyOf(out);
  }

  /**
   * Returns a delivery by its id.
   *
   * @param id the delivery's id
   * @return the delivery, or empty if none has that id
   */
  public Optional<ServiceDelivery> delivery(DeliveryId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(deliveries.get(id));
  }

  /** Returns all service delivered, whenever. */
  public Duration delivered() {
    return delivered;
  }

  /**
   * Returns the service delivered up to and including an instant.
   *
   * @param at the instant
   * @return the sum of the deliveries dated at or before it
   */
  public Duration deliveredBy(Instant at) {
    requireNonNull(at, "at");
    Duration sum = Duration.ZERO;
    for (var e : deliveries) {
      if (!e.getValue().at().isAfter(at)) {
        sum = sum.plus(e.getValue().time());
      }
    }
    return sum;
  }

  /** Returns whether the last review that changed the standing found the organization behind (the flag). */
  public boolean flagged() {
    return flagged;
  }

  /** Returns the instant of the latest review or renewal, if any. */
  public Optional<Instant> latestReview() {
    return Optional.ofNullable(latest);
  }

  /**
   * Returns where the grant stands at an instant: owed, delivered and the grace.
   *
   * @param at the instant
   * @return the standing
   * @throws IllegalStateException if no space is granted yet
   */
  public ServiceStanding standing(Instant at) {
    requireNonNull(at, "at");
    SpaceGrant g = granted();
    return new ServiceStanding(g.id(), at, g.owedBy(at), deliveredBy(at), g.grace());
  }

  /** Returns the grant as it was granted, before any renewal. */
  Optional<SpaceGrant> original() {
    return Optional.ofNullable(original);
  }

  boolean renewed() {
    return renewed;
  }

  private SpaceGrant granted() {
    if (grant == null) {
      throw new IllegalStateException("no space is granted yet");
    }
    return grant;
  }

  SpaceLedger withGrant(SpaceGrant g) {
    return new SpaceLedger(g, g, deliveries, delivered, flagged, latest, renewed);
  }

  SpaceLedger withDelivery(ServiceDelivery d) {
    return new SpaceLedger(original, grant, deliveries.plus(d.id(), d), delivered.plus(d.time()), flagged, latest,
        renewed);
  }

  SpaceLedger withFlag(boolean flag, Instant at) {
    return new SpaceLedger(original, grant, deliveries, delivered, flag, at, renewed);
  }

  SpaceLedger withRenewal(Instant at, Instant until) {
    SpaceGrant g = granted();
    SpaceGrant longer = SpaceGrant.builder().id(g.id()).venue(g.venue()).room(g.room()).organization(g.organization())
        .spaceHoursPerWeek(g.spaceHoursPerWeek()).servicePerWeek(g.servicePerWeek())
        .period(Interval.of(g.period().start(), until)).graceWeeks(g.graceWeeks()).build();
    return new SpaceLedger(original, longer, deliveries, delivered, flagged, at, true);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SpaceLedger s && Objects.equals(original, s.original) && Objects.equals(grant, s.grant) && deliveries.equals(s.deliveries)
        && delivered.equals(s.delivered) && flagged == s.flagged && Objects.equals(latest, s.latest)
        && renewed == s.renewed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, grant, deliveries, delivered, flagged, latest, renewed);
  }

  /** Returns the grant's id, the deliveries' count and total, and the flag. */
  @Override
  public String toString() {
    return "SpaceLedger[" + (grant == null ? "not granted" : grant.id()) + ", " + deliveries.size() + " deliveries, "
        + delivered + (flagged ? ", behind" : "") + "]";
  }
}
