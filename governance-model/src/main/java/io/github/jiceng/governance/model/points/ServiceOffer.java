package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A service that points are redeemed for (可兑换服务), such as a physiotherapy session in the
 * community centre's 理疗室, with its price, its stock and a limit per member.
 *
 * <pre>{@code
 * ServiceOffer moxa = ServiceOffer.builder()
 *     .id(OfferId.of("moxibustion")).name("艾灸").price(Points.of(60))
 *     .provider(OrganizationId.of("org-kangyang")).stock(200).perMemberLimit(4)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceOffer {

  ServiceOffer() {}

  /** Returns a builder; {@code id}, {@code name} and {@code price} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the service's id, unique in its catalogue. */
  public abstract OfferId id();

  /** Returns the display name, such as {@code "艾灸"}. */
  public abstract String name();

  /** Returns the unit that provides the service, if named. */
  public abstract Optional<OrganizationId> provider();

  /** Returns the price of one unit of the service; positive. */
  public abstract Points price();

  /** Returns how many units can be redeemed in all; empty for no limit. */
  public abstract OptionalLong stock();

  /** Returns how many units one member may redeem per {@link #limitPeriod()}; empty for no limit. */
  public abstract OptionalInt perMemberLimit();

  /** Returns the calendar period the per-member limit counts in; a year unless set. */
  @Value.Default
  public CapPeriod limitPeriod() {
    return CapPeriod.YEAR;
  }

  @Value.Check
  final void check() {
    String subject = "ServiceOffer[" + id() + "]";
    if (name().isBlank() || name().length() > 100) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length",
          "a name is 1-100 characters, was "
          + name().length()).with("max", 100).with("length", name().length()));
    }
    if (!price().isPositive()) {
      throw new DomainValidationException(subject, "price", "price-positive", "a price is positive, was " + price());
    }
    price().requireWithin(subject, "price", Points.MAX_ENTRY);
    if (stock().isPresent() && stock().getAsLong() < 0) {
      throw new DomainValidationException(subject, "stock", "stock-non-negative", "stock is not negative, was "
          + stock().getAsLong());
    }
    if (perMemberLimit().isPresent() && perMemberLimit().getAsInt() < 1) {
      throw new DomainValidationException(subject, "perMemberLimit", "limit-positive",
          "a per-member limit is positive, was " + perMemberLimit().getAsInt());
    }
  }

  /** The builder of {@link ServiceOffer}; each attribute may be set once. */
  public static final class Builder extends ImmutableServiceOffer.Builder {
    Builder() {}
  }
}
