package io.github.jiceng.governance.model.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Venues, rooms, bookings, grants and deliveries refuse bad values naming the field, the rule and the value. */
final class VenueValidationTest {

  private static final OpeningHours HOURS = OpeningHours.daily(LocalTime.of(8, 30), LocalTime.of(20, 30), ZoneOffset.UTC);
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

  private static Venue.Builder venue(int area) {
    return Venue.builder().id(VenueId.of("centre")).name("党群服务中心").grid(GridId.of("g")).floorArea(area)
        .openingHours(HOURS);
  }

  private static Violation violation(Executable call) {
    DomainValidationException e = assertThrows(
        DomainValidationException.class, call);
    return e.violations().get(0);
  }

  @Test
  void refusesRoomsThatTakeMoreThanTheVenuesFloorArea() {
    Violation v = violation(() -> venue(300).addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 200))
        .addRoom(new Room(RoomId.of("b"), "理疗室", RoomKind.THERAPY_ROOM, 150)).build());

    assertThat(v.field()).isEqualTo("rooms");
    assertThat(v.rule()).isEqualTo("rooms-fit-floor-area");
    assertThat(v.arguments()).containsEntry("rooms", "350").containsEntry("area", "300");
    assertThat(v.subject()).isEqualTo("Venue[centre]");
  }

  @Test
  void acceptsRoomsThatFillTheFloorAreaExactly() {
    Venue v = venue(350).addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 200))
        .addRoom(new Room(RoomId.of("b"), "理疗室", RoomKind.THERAPY_ROOM, 150)).build();

    assertThat(v.roomArea()).isEqualTo(350);
    assertThat(v.otherArea()).isZero();
    assertThat(v.rooms(RoomKind.CINEMA)).extracting(Room::id).containsExactly(RoomId.of("a"));
  }

  @Test
  void refusesAVenueWithoutRoomsWithTwoRoomsOfOneIdOrWithABlankName() {
    assertThat(violation(() -> venue(300).build()).rule()).isEqualTo("at-least-one");
    assertThat(violation(() -> venue(300).addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 20))
        .addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 20)).build()).rule()).isEqualTo("id-unique");
    Violation blank = violation(() -> Venue.builder().id(VenueId.of("c")).name(" ").grid(GridId.of("g")).floorArea(10)
        .openingHours(HOURS).addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 5)).build());
    assertThat(blank.field()).isEqualTo("name");
    assertThat(blank.rule()).isEqualTo("name-length");
  }

  @Test
  void refusesAreasOutsideTheirRange() {
    Violation room = violation(() -> new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 0));
    assertThat(room.rule()).isEqualTo("range");
    assertThat(room.field()).isEqualTo("floorArea");
    assertThat(room.arguments()).containsEntry("value", "0");
    Violation venue = violation(() -> venue(Venue.MAX_FLOOR_AREA + 1)
        .addRoom(new Room(RoomId.of("a"), "影院", RoomKind.CINEMA, 5)).build());
    assertThat(venue.rule()).isEqualTo("range");
    assertThat(venue.arguments()).containsEntry("value", String.valueOf(Venue.MAX_FLOOR_AREA + 1));
  }

  @Test
  void refusesHoursThatCloseBeforeTheyOpenOrNeverOpen() {
    Violation v = violation(() -> OpeningHours.daily(LocalTime.of(20, 0), LocalTime.of(8, 0), ZoneOffset.UTC));
    assertThat(v.rule()).isEqualTo("opens-before-closes");
    assertThat(v.arguments()).containsEntry("opens", "20:00").containsEntry("closes", "08:00");
    assertThat(violation(() -> HOURS.closedOn(EnumSet.allOf(DayOfWeek.class))).rule())
        .isEqualTo("open-some-day");
  }

  @Test
  void refusesABlankActivityAndAGrantShorterThanAWeekOrOwingPartMinutes() {
    assertThat(violation(() -> new Booking(BookingId.of("b"), RoomId.of("a"), Interval.of(T0, T0.plusSeconds(3600)), "",
        OrganizationId.of("o"))).field()).isEqualTo("activity");
    SpaceGrant.Builder shortGrant = SpaceGrant.builder().id(GrantId.of("g")).venue(VenueId.of("c")).room(RoomId.of("a"))
        .organization(OrganizationId.of("o")).spaceHoursPerWeek(8).servicePerWeek(Duration.ofMinutes(20))
        .period(Interval.of(T0, T0.plus(Duration.ofDays(6))));
    assertThat(violation(shortGrant::build).rule()).isEqualTo("period-at-least-a-week");
    SpaceGrant.Builder seconds = SpaceGrant.builder().id(GrantId.of("g")).venue(VenueId.of("c")).room(RoomId.of("a"))
        .organization(OrganizationId.of("o")).spaceHoursPerWeek(169).servicePerWeek(Duration.ofSeconds(90))
        .period(Interval.of(T0, T0.plus(Duration.ofDays(70))));
    DomainValidationException both = assertThrows(
        DomainValidationException.class, seconds::build);
    assertThat(both.violations()).extracting(Violation::rule).containsExactly("range", "whole-minutes");
    assertThat(violation(() -> ServiceDelivery.of(DeliveryId.of("d"), T0, Duration.ofDays(8))).rule())
        .isEqualTo("whole-minutes");
  }

  @Test
  void anOpenTimeOfAPeriodLongerThanAHundredYearsIsRefusedNotComputed() {
    assertThatThrownBy(() -> HOURS.openTime(Interval.of(Instant.parse("0001-01-01T00:00:00Z"), T0)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("duration-range");
    assertThat(HOURS.openTime(Interval.of(T0, T0.plus(Duration.ofDays(7))))).isEqualTo(Duration.ofHours(84));
    assertThat(HOURS.closedOn(Set.of(DayOfWeek.MONDAY)).openTime(
        Interval.of(T0, T0.plus(Duration.ofDays(7))))).isEqualTo(Duration.ofHours(72));
    assertThat(HOURS.covers(Interval.of(T0.plus(Duration.ofHours(20)), T0.plus(Duration.ofHours(33))))).isFalse();
    assertThat(HOURS.covers(Interval.of(T0.plus(Duration.ofHours(9)), T0.plus(Duration.ofHours(20))))).isTrue();
  }
}
