package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.venue.RoomId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * How much of a room's open time was booked in a period (使用率): booked time over open time.
 * Bookings lie inside opening hours and never overlap, so {@code booked ≤ open}.
 *
 * @param room the room
 * @param booked the time booked inside the period (bookings cut to the period)
 * @param open the venue's open time inside the period
 */
public record Utilisation(RoomId room, Duration booked, Duration open) {

  /**
   * Checks the parts are present and the durations not negative.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if a duration is
   *     negative (rule {@code not-negative})
   */
  public Utilisation {
    requireNonNull(room, "room");
    DomainChecks.notNegative("Utilisation[" + room + "]", "booked", booked);
    DomainChecks.notNegative("Utilisation[" + room + "]", "open", open);
  }

  /**
   * Returns the utilisation in per mille, rounded half up: {@code 1000 × booked / open}; zero when
   * the venue was not open in the period.
   *
   * @return 0 to 1000
   */
  public long perMille() {
    if (open.isZero()) {
      return 0;
    }
    return BigDecimal.valueOf(booked.getSeconds()).multiply(BigDecimal.valueOf(1000))
        .divide(BigDecimal.valueOf(open.getSeconds()), 0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * Returns the utilisation as a percentage with one decimal, such as {@code "37.5%"}.
   *
   * @return the percentage text, in the root locale's digits
   */
  public String percent() {
    long pm = perMille();
    return pm / 10 + "." + pm % 10 + "%";
  }
}
