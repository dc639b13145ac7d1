package io.github.jiceng.governance.model.checkin;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import java.time.Duration;

/**
 * The thresholds of the check-in audit, as data.
 *
 * @param maxSpeedKmh the fastest plausible travel between two check-ins, in km/h; positive
 * @param toleranceMetres distances up to this are never travel (positioning error); not negative
 * @param burstWindow the window in which check-ins are counted for a burst; positive
 * @param burstLimit the most check-ins allowed within one window; more is a burst; positive
 * @param duplicateWindow a check-in of the same member and household within this time of the
 *     last counted one is a duplicate; not negative
 */
public record CheckInPolicy(int maxSpeedKmh, int toleranceMetres, Duration burstWindow, int burstLimit,
    Duration duplicateWindow) {

  /** Validates the thresholds. */
  public CheckInPolicy {
    requireNonNull(burstWindow, "burstWindow");
    requireNonNull(duplicateWindow, "duplicateWindow");
    DomainChecks.positive("CheckInPolicy", "maxSpeedKmh", maxSpeedKmh);
    DomainChecks.notNegative("CheckInPolicy", "toleranceMetres", toleranceMetres);
    DomainChecks.positive("CheckInPolicy", "burstWindow", burstWindow);
    DomainChecks.positive("CheckInPolicy", "burstLimit", burstLimit);
    DomainChecks.notNegative("CheckInPolicy", "duplicateWindow", duplicateWindow);
  }

  /**
   * The defaults: at most 120 km/h beyond 300 m, at most 5 check-ins in 10 minutes, and one
   * counted contact per member and household per hour.
   */
  public static CheckInPolicy defaults() {
    return new CheckInPolicy(120, 300, Duration.ofMinutes(10), 5, Duration.ofHours(1));
  }
}
