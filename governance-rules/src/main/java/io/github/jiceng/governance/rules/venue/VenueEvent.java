package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.Venue;

/** What happened to one venue's bookings (阵地事件), as {@link VenueRules} decided it. */
public sealed interface VenueEvent {

  /**
   * The venue was opened with its rooms and hours.
   *
   * @param venue the venue
   */
  record Opened(Venue venue) implements VenueEvent {
    /** Checks the venue is present. */
    public Opened {
      requireNonNull(venue, "venue");
    }
  }

  /**
   * A room was booked.
   *
   * @param booking the booking
   */
  record Booked(Booking booking) implements VenueEvent {
    /** Checks the booking is present. */
    public Booked {
      requireNonNull(booking, "booking");
    }
  }

  /**
   * A booking was cancelled.
   *
   * @param booking the booking's id
   */
  record Cancelled(BookingId booking) implements VenueEvent {
    /** Checks the id is present. */
    public Cancelled {
      requireNonNull(booking, "booking");
    }
  }
}
