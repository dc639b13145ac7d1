package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.internal.Keys;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One entry of the resource list (资源清单): what one claimant offers through one channel, where,
 * how often per period and at what price.
 *
 * <p>A co-building unit offers through {@link Channel#CLAIM}, a social organization through
 * {@link Channel#PURCHASE}, the community itself through {@link Channel#UNDERTAKE}. Coverage is a
 * list of grid subtrees: the resource serves a demand whose grid lies in one of them. Only a
 * purchase's {@link #costPerService()} is paid from the community's purchase budget.
 */
@Value.Immutable
public abstract class Resource {

  Resource() {}

  /** Returns a builder; the space-for-service offer is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the resource's identifier. */
  public abstract ResourceId id();

  /** Returns the organization that offers it: the claimant. */
  public abstract OrganizationId claimant();

  /** Returns the channel it is offered through. */
  public abstract Channel channel();

  /** Returns the capability keys it offers, sorted; not empty. */
  @Value.NaturalOrder
  public abstract SortedSet<String> capabilities();

  /** Returns the roots of the grid subtrees it covers; not empty. */
  public abstract List<GridId> coverage();

  /** Returns how many demands it serves per period; not negative. */
  public abstract int capacityPerPeriod();

  /** Returns the price of one service; not negative; zero for a claim at the unit's own cost. */
  public abstract Money costPerService();

  /** Returns when it is available. */
  public abstract Interval available();

  /**
   * Returns the space-for-service offer (以空间换服务), if any: what the organization gets (space in
   * the service centre) in return for serving, such as {@code "activity room, Tue/Thu"}.
   */
  public abstract Optional<String> spaceForService();

  @Value.Check
  final void check() {
    String subject = "Resource[" + id() + "]";
    if (capabilities().isEmpty()) {
      throw new DomainValidationException(subject, "capabilities", "not-empty", "a resource offers at least one capability");
    }
    Keys.checkAll(subject, "capabilities", capabilities());
    if (coverage().isEmpty()) {
      throw new DomainValidationException(subject, "coverage", "not-empty", "a resource covers at least one grid subtree");
    }
    if (capacityPerPeriod() < 0) {
      throw new DomainValidationException(new Violation(subject, "capacityPerPeriod", "not-negative",
          "a capacity is not negative, was " + capacityPerPeriod()).with("value", capacityPerPeriod()));
    }
    if (costPerService().isNegative()) {
      throw new DomainValidationException(new Violation(subject, "costPerService", "not-negative",
          "a price is not negative, was " + costPerService()).with("value", costPerService()));
    }
    if (spaceForService().isPresent() && spaceForService().get().isBlank()) {
      throw new DomainValidationException(subject, "spaceForService", "not-blank", "an offer says what it is");
    }
  }

  /** The builder of {@link Resource}; each attribute may be set once. */
  public static final class Builder extends ImmutableResource.Builder {
    Builder() {}
  }
}
