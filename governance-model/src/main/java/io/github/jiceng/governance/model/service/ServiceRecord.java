package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of the service list (服务清单): a delivery: which demands were served, by which
 * resource and organization through which channel, by whom, when, for how many hours and people,
 * and at what cost.
 */
@Value.Immutable
public abstract class ServiceRecord {

  ServiceRecord() {}

  /** Returns a builder; {@code performedBy} may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the delivery's identifier. */
  public abstract ServiceId id();

  /** Returns the demands served; not empty, no repeats. */
  public abstract List<DemandId> demands();

  /** Returns the resource used. */
  public abstract ResourceId resource();

  /** Returns the organization that served: the claimant. */
  public abstract OrganizationId provider();

  /** Returns the channel it was served through. */
  public abstract Channel channel();

  /** Returns the people (volunteers, social workers) who served; may be empty. */
  public abstract List<ActorId> performedBy();

  /** Returns when it was served. */
  public abstract Interval time();

  /** Returns the service hours given (服务时长); not negative. */
  public abstract Duration effort();

  /** Returns how many people were served; not negative. */
  public abstract int beneficiaries();

  /** Returns what it cost the community; not negative; zero for a claim. */
  public abstract Money cost();

  @Value.Check
  final void check() {
    String subject = "ServiceRecord[" + id() + "]";
    if (demands().isEmpty()) {
      throw new DomainValidationException(subject, "demands", "not-empty", "a service serves at least one demand");
    }
    Set<DemandId> seen = new HashSet<>();
    for (DemandId d : demands()) {
      if (!seen.add(d)) {
        throw new DomainValidationException(subject, "demands", "no-repeats", "demand " + d + " is listed twice");
      }
    }
    if (effort().isNegative()) {
      throw new DomainValidationException(new Violation(subject, "effort", "not-negative",
          "service hours are not negative, was " + effort())
          .with("value", effort()));
    }
    if (beneficiaries() < 0) {
      throw new DomainValidationException(new Violation(subject, "beneficiaries", "not-negative",
          "a count of people is not negative, was " + beneficiaries()).with("value", beneficiaries()));
    }
    if (cost().isNegative()) {
      throw new DomainValidationException(new Violation(subject, "cost", "not-negative",
          "a cost is not negative, was " + cost())
          .with("value", cost()));
    }
  }

  /** The builder of {@link ServiceRecord}; each attribute may be set once. */
  public static final class Builder extends ImmutableServiceRecord.Builder {
    Builder() {}
  }
}
