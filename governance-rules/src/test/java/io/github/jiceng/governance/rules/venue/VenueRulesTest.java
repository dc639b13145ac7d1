package io.github.jiceng.governance.rules.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import io.github.jiceng.governance.model.shared.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Bookings of the article's centre: one activity per slot of a room, and utilisation per room. */
final class VenueRulesTest {

  private static final OrganizationId TEAM = OrganizationId.of("zb-team-01");

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ArticleVenues.CHINA).toInstant();
  }

  private static Booking booking(String id, RoomId room, String from, String to) {
    return new Booking(BookingId.of(id), room, Interval.of(at(from), at(to)), "重阳节观影", TEAM);
  }

  private static InMemoryStream<VenueCommand, VenueState, VenueEvent> centre() {
    InMemoryStream<VenueCommand, VenueState, VenueEvent> s = InMemoryStream.open(VenueRules.decider());
    s.handle(new VenueCommand.Open(ArticleVenues.zhanbeiCentre()));
    return s;
  }

  @Test
  void refusesASecondBookingOfARoomsTakenSlotNamingBothBookings() {
    var centre = centre();
    centre.handle(new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T11:00")));

    Decision<VenueEvent> second = centre.handle(
        new VenueCommand.Book(booking("b-2", ArticleVenues.CINEMA, "2023-10-23T10:30", "2023-10-23T12:00")));

    Refusal refusal = second.refusalIfAny().orElseThrow();
    assertThat(refusal.code()).isEqualTo(VenueRefusalCode.DOUBLE_BOOKED);
    assertThat(refusal.code().key()).isEqualTo("venue.double-booked");
    assertThat(refusal.arguments()).containsEntry("room", "zhanbei-centre-community-cinema")
        .containsEntry("other", "b-1").containsEntry("otherStart", at("2023-10-23T09:00").toString())
        .containsEntry("start", at("2023-10-23T10:30").toString());
    assertThat(RefusalMessages.of(Language.ZH).render(refusal)).contains("已有预约（b-1）").contains("不能重复预约");
    assertThat(centre.state().bookings()).extracting(Booking::id).containsExactly(BookingId.of("b-1"));
  }

  @Test
  void acceptsBackToBackBookingsAndTheSameSlotOfAnotherRoom() {
    var centre = centre();
    centre.handle(new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T11:00")));

    assertThat(centre.handle(new VenueCommand.Book(
        booking("b-2", ArticleVenues.CINEMA, "2023-10-23T11:00", "2023-10-23T12:00")))).isInstanceOf(Decision.Applied.class);
    assertThat(centre.handle(new VenueCommand.Book(
        booking("b-3", ArticleVenues.THERAPY_ROOM, "2023-10-23T09:00", "2023-10-23T11:00"))))
        .isInstanceOf(Decision.Applied.class);
    assertThat(centre.handle(new VenueCommand.Book(
        booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T11:00")))).isInstanceOf(Decision.Unchanged.class);
  }

  @Test
  void refusesABookingOutsideTheCentresOpeningHours() {
    Decision<VenueEvent> late = centre().handle(
        new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T19:30", "2023-10-23T21:00")));

    assertThat(late.refusalIfAny().orElseThrow().code()).isEqualTo(VenueRefusalCode.OUTSIDE_OPENING_HOURS);
    assertThat(late.refusalIfAny().orElseThrow().arguments()).containsEntry("opens", "08:30").containsEntry("closes", "20:30");
  }

  @Test
  void aCancelledBookingFreesItsSlotButKeepsItsId() {
    var centre = centre();
    centre.handle(new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T11:00")));
    centre.handle(new VenueCommand.Cancel(BookingId.of("b-1")));

    assertThat(centre.handle(new VenueCommand.Book(
        booking("b-2", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T11:00")))).isInstanceOf(Decision.Applied.class);
    assertThat(centre.handle(new VenueCommand.Book(
        booking("b-1", ArticleVenues.CINEMA, "2023-10-24T09:00", "2023-10-24T11:00"))).refusalIfAny().orElseThrow().code())
        .isEqualTo(VenueRefusalCode.BOOKING_ID_TAKEN);
    assertThat(centre.handle(new VenueCommand.Cancel(BookingId.of("b-1")))).isInstanceOf(Decision.Unchanged.class);
  }

  @Test
  void utilisationIsBookedHoursOverOpenHoursOfTheRoomInThePeriod() {
    var centre = centre();
    centre.handle(new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00", "2023-10-23T12:00")));
    centre.handle(new VenueCommand.Book(booking("b-2", ArticleVenues.CINEMA, "2023-10-24T14:00", "2023-10-24T17:00")));
    centre.handle(new VenueCommand.Book(booking("b-3", ArticleVenues.THERAPY_ROOM, "2023-10-24T14:00", "2023-10-24T20:00")));
    Interval twoDays = Interval.of(at("2023-10-23T00:00"), at("2023-10-25T00:00"));

    Utilisation cinema = centre.state().utilisation(ArticleVenues.CINEMA, twoDays);

    assertThat(cinema.open()).isEqualTo(Duration.ofHours(24));
    assertThat(cinema.booked()).isEqualTo(Duration.ofHours(6));
    assertThat(cinema.perMille()).isEqualTo(250);
    assertThat(cinema.percent()).isEqualTo("25.0%");
    assertThat(centre.state().utilisation(twoDays)).extracting(Utilisation::perMille).containsExactly(250L, 250L, 0L, 0L);
    Interval firstMorning = Interval.of(at("2023-10-23T10:00"), at("2023-10-23T11:00"));
    assertThat(centre.state().utilisation(ArticleVenues.CINEMA, firstMorning).perMille()).isEqualTo(1000);
  }

  @Test
  void aStreamWithoutAVenueRefusesBookingsAndUtilisationSaysSo() {
    InMemoryStream<VenueCommand, VenueState, VenueEvent> empty = InMemoryStream.open(VenueRules.decider());

    assertThat(empty.handle(new VenueCommand.Book(booking("b-1", ArticleVenues.CINEMA, "2023-10-23T09:00",
        "2023-10-23T11:00"))).refusalIfAny().orElseThrow().arguments()).containsEntry("command", "Book");
    assertThatThrownBy(() -> empty.state().utilisation(Interval.of(at("2023-10-23T00:00"), at("2023-10-24T00:00"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> VenueRules.decider().evolve(empty.state(), new VenueEvent.Cancelled(BookingId.of("b-1"))))
        .isInstanceOf(IllegalStateException.class);
  }
}
