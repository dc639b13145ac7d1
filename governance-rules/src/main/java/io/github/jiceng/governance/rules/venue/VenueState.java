package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.OpeningHours;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One venue's bookings as {@link VenueRules} folds them (阵地预约状态): the venue, its bookings in
 * force and those cancelled, and the utilisation of each room over any period. Immutable, with
 * value equality; evolving by one event costs O(log n).
 */
public final class VenueState {

  private static final VenueState EMPTY = new VenueState(null, PersistentSortedMap.empty(),
      PersistentSortedMap.empty());

  private final @Nullable Venue venue;
  private final PersistentSortedMap<BookingId, Booking> bookings;
  private final PersistentSortedMap<BookingId, Booking> cancelled;

  private VenueState(@Nullable Venue venue, PersistentSortedMap<BookingId, Booking> bookings,
      PersistentSortedMap<BookingId, Booking> cancelled) {
    this.venue = venue;
    this.bookings = bookings;
    this.cancelled = cancelled;
  }

  static VenueState empty() {
    return EMPTY;
  }

  /** Returns the venue, or empty before it is opened. */
  public Optional<Venue> venue() {
    return Optional.ofNullable(venue);
  }

  /** Returns the bookings in force, in id order. */
  public List<Booking> bookings() {
    List<Booking> out = new ArrayList<>(bookings.size());
    bookings.forEachEntry((id, b) -> out.add(b));
    return List.copyOf(out);
  }

  /**
   * Returns a booking in force by its id.
   *
   * @param id the booking's id
   * @return the booking, or empty if there is none in force (never made, or cancelled)
   */
  public Optional<Booking> booking(BookingId id) {
    requireNonNull(id, "id");
    return Optional.ofNullable(bookings.get(id));
  }

  /**
   * Returns whether a booking of that id was cancelled.
   *
   * @param id the booking's id
   * @return whether it was made and then cancelled
   */
  public boolean isCancelled(BookingId id) {
    requireNonNull(id, "id");
    return cancelled.containsKey(id);
  }

  /**
   * Returns the bookings of one room in force, by start time (ties by id).
   *
   * @param room the room
   * @return the bookings, possibly none
   */
  public List<Booking> bookingsOf(RoomId room) {
    requireNonNull(room, "room");
    List<Booking> out = new ArrayList<>();
    bookings.forEachEntry((id, b) -> {
      if (b.room().equals(room)) {
        out.add(b);
      }
    });
    out.sort(Comparator.comparing((Booking b) -> b.time()).thenComparing(Booking::id));
    return List.copyOf(out);
  }

  /**
   * Returns the utilisation of one room over a period: the time its bookings in force take inside
   * the period over the venue's open time inside it.
   *
   * @param room the room
   * @param period the period, such as a month; at most {@code TimeLimits.MAX_DURATION} long
   * @return the utilisation
   * @throws IllegalStateException if the venue is not opened yet
   * @throws IllegalArgumentException if the venue has no such room
   */
  public Utilisation utilisation(RoomId room, Interval period) {
    requireNonNull(room, "room");
    requireNonNull(period, "period");
    Venue v = opened();
    if (v.room(room).isEmpty()) {
      throw new IllegalArgumentException("venue " + v.id() + " has no room " + room);
    }
    Duration open = v.openingHours().openTime(period);
    Duration booked = Duration.ZERO;
    for (Booking b : bookingsOf(room)) {
      booked = booked.plus(OpeningHours.overlap(b.time(), period));
    }
    return new Utilisation(room, booked, open);
  }

  /**
   * Returns the utilisation of every room of the venue over a period, in the venue's order of rooms.
   *
   * @param period the period
   * @return one utilisation per room
   * @throws IllegalStateException if the venue is not opened yet
   */
  public List<Utilisation> utilisation(Interval period) {
    requireNonNull(period, "period");
    List<Utilisation> out = new ArrayList<>();
    for (Room r : opened().rooms()) {
      out.add(utilisation(r.id(), period));
    }
    return List.copyOf(out);
  }

  private Venue opened() {
    if (venue == null) {
      throw new IllegalStateException("the venue is not opened yet");
    }
    return venue;
  }


  VenueState withVenue(Venue v) {
    return new VenueState(v, bookings, cancelled);
  }

  VenueState withBooking(Booking b) {
    return new VenueState(venue, bookings.plus(b.id(), b), cancelled);
  }

  VenueState withCancelled(BookingId id) {
    Booking b = Objects.requireNonNull(bookings.get(id), "booking");
    return new VenueState(venue, bookings.minus(id), cancelled.plus(id, b));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VenueState s && Objects.equals(venue, s.venue) && bookings.equals(s.bookings)
        && cancelled.equals(s.cancelled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(venue, bookings, cancelled);
  }

  /** Returns the venue's id and the number of bookings in force and cancelled. */
  @Override
  public String toString() {
    return "VenueState[" + (venue == null ? "not opened" : venue.id()) + ", " + bookings.size() + " bookings, "
        + cancelled.size() + " cancelled]";
  }
}
