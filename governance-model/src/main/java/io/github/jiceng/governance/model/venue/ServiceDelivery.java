package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Service hours an organization delivered under a space-for-service grant (服务时长记录): when,
 * how long, and the service record of the service chain that shows it, if there is one.
 *
 * @param id the delivery's id, unique within its grant
 * @param at when the service was delivered (its start); inside the grant's period
 * @param time how long, in positive whole minutes, at most {@link #MAX_TIME}
 * @param service the service record ({@code ServiceRecord}) that shows the delivery, if the
 *     service chain holds one
 */
public record ServiceDelivery(DeliveryId id, Instant at, Duration time, Optional<ServiceId> service) {

  /** The longest delivery one record holds: a week. */
  public static final Duration MAX_TIME = Duration.ofDays(7);

  /**
   * Validates the delivery.
   *
   * @throws DomainValidationException if the instant is outside {@link TimeLimits} (rule {@code
   *     instant-range}) or the time is not positive whole minutes up to a week (rule {@code
   *     whole-minutes})
   * @throws NullPointerException naming the field if a part is null
   */
  public ServiceDelivery {
    requireNonNull(id, "id");
    requireNonNull(at, "at");
    requireNonNull(time, "time");
    requireNonNull(service, "service");
    String subject = "ServiceDelivery[" + id + "]";
    TimeLimits.check(subject, "at", at);
    if (time.isNegative() || time.isZero() || time.compareTo(MAX_TIME) > 0 || time.toSecondsPart() != 0
        || time.toNanosPart() != 0) {
      throw new DomainValidationException(subject, "time", "whole-minutes",
          "a delivery lasts positive whole minutes up to " + MAX_TIME + ", was " + time);
    }
  }

  /**
   * Returns a delivery that no service record shows.
   *
   * @param id the id
   * @param at when
   * @param time how long
   * @return the delivery
   */
  public static ServiceDelivery of(DeliveryId id, Instant at, Duration time) {
    return new ServiceDelivery(id, at, time, Optional.empty());
  }
}
