package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.Venue;

/**
 * What may be asked of one venue's bookings (阵地指令), decided by {@link VenueRules}. Nulls throw
 * {@code NullPointerException} naming the field; the values carry their own validation.
 */
public sealed interface VenueCommand {

  /**
   * Opens the venue of this stream (阵地启用): its rooms and hours from now on.
   *
   * @param venue the venue
   */
  record Open(Venue venue) implements VenueCommand {
    /** Checks the venue is present. */
    public Open {
      requireNonNull(venue, "venue");
    }
  }

  /**
   * Books a room for an activity (预约功能室).
   *
   * @param booking the room, the time, the activity and its organizer
   */
  record Book(Booking booking) implements VenueCommand {
    /** Checks the booking is present. */
    public Book {
      requireNonNull(booking, "booking");
    }
  }

  /**
   * Cancels a booking (取消预约); its time is free again, its id stays taken.
   *
   * @param booking the booking's id
   */
  record Cancel(BookingId booking) implements VenueCommand {
    /** Checks the id is present. */
    public Cancel {
      requireNonNull(booking, "booking");
    }
  }
}
