package io.github.jiceng.governance.rules.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * The bookings of one venue's rooms as a stateful rule (阵地预约): one venue per stream, its rooms
 * booked by activities and no time slot of a room booked twice; each room's utilisation over a
 * period is read from the {@link VenueState}.
 *
 * <p>The rules of {@link #decide}:
 *
 * <ul>
 *   <li>{@link VenueCommand.Open} comes first and once; the same venue again is unchanged, another
 *       is {@link VenueRefusalCode#ALREADY_OPENED}; any other command before it is {@link
 *       VenueRefusalCode#NOT_OPENED}.
 *   <li>{@link VenueCommand.Book} names a room of the venue ({@link
 *       VenueRefusalCode#UNKNOWN_ROOM}), lies inside one day's opening hours ({@link
 *       VenueRefusalCode#OUTSIDE_OPENING_HOURS}), has an id of no other booking, kept or cancelled
 *       ({@link VenueRefusalCode#BOOKING_ID_TAKEN}; the same booking again is unchanged), and
 *       shares no instant with a booking of the same room in force ({@link
 *       VenueRefusalCode#DOUBLE_BOOKED}; times are half-open, so 9:00–10:00 and 10:00–11:00 both
 *       stand).
 *   <li>{@link VenueCommand.Cancel} names a booking the venue had ({@link
 *       VenueRefusalCode#UNKNOWN_BOOKING}); cancelling it again is unchanged.
 * </ul>
 *
 * <pre>{@code
 * InMemoryStream<VenueCommand, VenueState, VenueEvent> centre = InMemoryStream.open(VenueRules.decider());
 * centre.handle(new VenueCommand.Open(ArticleVenues.zhanbeiCentre()));
 * centre.handle(new VenueCommand.Book(new Booking(BookingId.of("b-1"), ArticleVenues.CINEMA,
 *     Interval.of(nineAm, elevenAm), "重阳节观影", team)));
 * Utilisation october = centre.state().utilisation(ArticleVenues.CINEMA, october2023);
 * }</pre>
 *
 * <p>Deciding a booking reads the room's bookings in force, O(n) in the venue's bookings; evolving
 * by one event is O(log n). Stateless and thread-safe: one instance serves every stream.
 */
public final class VenueRules implements Decider<VenueCommand, VenueState, VenueEvent> {

  private static final VenueRules INSTANCE = new VenueRules();

  private VenueRules() {}

  /**
   * Returns the rule; it needs no configuration.
   *
   * @return the rule
   */
  public static VenueRules decider() {
    return INSTANCE;
  }

  /** Returns the state of a stream with no venue yet. */
  @Override
  public VenueState initialState() {
    return VenueState.empty();
  }

  @Override
  public Decision<VenueEvent> decide(VenueCommand command, VenueState state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    if (command instanceof VenueCommand.Open open) {
      return open(open.venue(), state);
    }
    Optional<Venue> venue = state.venue();
    if (venue.isEmpty()) {
      return Decision.refused(Refusal.of(VenueRefusalCode.NOT_OPENED,
          "the stream has no venue yet; open it before " + command.getClass().getSimpleName())
          .with("command", command.getClass().getSimpleName()));
    }
    if (command instanceof VenueCommand.Book book) {
      return book(venue.get(), book.booking(), state);
    }
    return cancel(((VenueCommand.Cancel) command).booking(), state);
  }

  private static Decision<VenueEvent> open(Venue venue, VenueState state) {
    Optional<Venue> current = state.venue();
    if (current.isEmpty()) {
      return Decision.applied(new VenueEvent.Opened(venue));
    }
    if (current.get().equals(venue)) {
      return Decision.unchanged(List.of(new VenueEvent.Opened(venue)));
    }
    return Decision.refused(Refusal.of(VenueRefusalCode.ALREADY_OPENED, "the stream holds venue "
        + current.get().id() + " already; venue " + venue.id() + " is not it").with("venue", current.get().id())
        .with("other", venue.id()));
  }

  private static Decision<VenueEvent> book(Venue venue, Booking booking, VenueState state) {
    Optional<Booking> same = state.booking(booking.id());
    if (same.isPresent() && same.get().equals(booking)) {
      return Decision.unchanged(List.of(new VenueEvent.Booked(booking)));
    }
    if (same.isPresent() || state.isCancelled(booking.id())) {
      return Decision.refused(Refusal.of(VenueRefusalCode.BOOKING_ID_TAKEN, "booking id " + booking.id()
          + " belongs to another booking" + (same.isPresent() ? "" : ", cancelled")).with("booking", booking.id()));
    }
    if (venue.room(booking.room()).isEmpty()) {
      return Decision.refused(Refusal.of(VenueRefusalCode.UNKNOWN_ROOM, "venue " + venue.id() + " has no room "
          + booking.room()).with("venue", venue.id()).with("room", booking.room()));
    }
    if (!venue.openingHours().covers(booking.time())) {
      return Decision.refused(Refusal.of(VenueRefusalCode.OUTSIDE_OPENING_HOURS, "booking " + booking.id() + " of "
          + booking.room() + " over " + booking.time() + " is not inside one day's opening hours "
          + venue.openingHours().opens() + "-" + venue.openingHours().closes()).with("room", booking.room())
          .with("start", booking.time().start()).with("end", booking.time().end())
          .with("opens", venue.openingHours().opens()).with("closes", venue.openingHours().closes()));
    }
    for (Booking other : state.bookingsOf(booking.room())) {
      if (other.time().overlaps(booking.time())) {
        return Decision.refused(Refusal.of(VenueRefusalCode.DOUBLE_BOOKED, "room " + booking.room() + " over "
            + booking.time() + " is booked already by " + other.id() + " over " + other.time())
            .with("room", booking.room()).with("start", booking.time().start()).with("end", booking.time().end())
            .with("other", other.id()).with("otherStart", other.time().start()).with("otherEnd", other.time().end()));
      }
    }
    return Decision.applied(new VenueEvent.Booked(booking));
  }

  private static Decision<VenueEvent> cancel(BookingId id, VenueState state) {
    if (state.isCancelled(id)) {
      return Decision.unchanged(List.of(new VenueEvent.Cancelled(id)));
    }
    if (state.booking(id).isEmpty()) {
      return Decision.refused(Refusal.of(VenueRefusalCode.UNKNOWN_BOOKING, "venue has no booking " + id)
          .with("booking", id));
    }
    return Decision.applied(new VenueEvent.Cancelled(id));
  }

  @Override
  public VenueState evolve(VenueState state, VenueEvent event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (event instanceof VenueEvent.Opened opened) {
      if (state.venue().isPresent()) {
        throw new IllegalStateException("venue " + state.venue().get().id() + " is opened already");
      }
      return state.withVenue(opened.venue());
    }
    if (state.venue().isEmpty()) {
      throw new IllegalStateException("no venue is opened for " + event);
    }
    if (event instanceof VenueEvent.Booked booked) {
      BookingId id = booked.booking().id();
      if (state.booking(id).isPresent() || state.isCancelled(id)) {
        throw new IllegalStateException("booking " + id + " is recorded already");
      }
      if (state.venue().get().room(booked.booking().room()).isEmpty()) {
        throw new IllegalStateException("venue has no room " + booked.booking().room());
      }
      return state.withBooking(booked.booking());
    }
    BookingId id = ((VenueEvent.Cancelled) event).booking();
    if (state.booking(id).isEmpty()) {
      throw new IllegalStateException("no booking " + id + " in force to cancel");
    }
    return state.withCancelled(id);
  }
}
