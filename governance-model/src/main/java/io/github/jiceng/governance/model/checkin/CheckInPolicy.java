package io.github.jiceng.governance.model.checkin;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

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
    checkArgument(maxSpeedKmh > 0, "maxSpeedKmh must be positive: %s", maxSpeedKmh);
    checkArgument(toleranceMetres >= 0, "toleranceMetres must not be negative: %s", toleranceMetres);
    checkArgument(!burstWindow.isNegative() && !burstWindow.isZero(), "burstWindow must be positive: %s", burstWindow);
    checkArgument(burstLimit > 0, "burstLimit must be positive: %s", burstLimit);
    checkArgument(!duplicateWindow.isNegative(), "duplicateWindow must not be negative: %s", duplicateWindow);
  }

  /**
   * The defaults: at most 120 km/h beyond 300 m, at most 5 check-ins in 10 minutes, and one
   * counted contact per member and household per hour.
   */
  public static CheckInPolicy defaults() {
    return new CheckInPolicy(120, 300, Duration.ofMinutes(10), 5, Duration.ofHours(1));
  }
}
