package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.Booking;
import io.github.jiceng.governance.model.venue.BookingId;
import io.github.jiceng.governance.model.venue.OpeningHours;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.RoomId;
import io.github.jiceng.governance.model.venue.RoomKind;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.model.venue.VenueId;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.venue.Utilisation;
import io.github.jiceng.governance.rules.venue.VenueCommand;
import io.github.jiceng.governance.rules.venue.VenueEvent;
import io.github.jiceng.governance.rules.venue.VenueRefusalCode;
import io.github.jiceng.governance.rules.venue.VenueRules;
import io.github.jiceng.governance.rules.venue.VenueState;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link VenueRules} through the generic contract over 300 seeds: random sequences of opening,
 * bookings (inside and outside the hours, on free and taken slots, of known and unknown rooms),
 * cancellations, repeats and commands the rule must refuse. Also checks that every refusal code is
 * reached, that both languages have a template using exactly each refusal's arguments, and that
 * the utilisation the state answers equals an hour-by-hour count of the same bookings.
 */
final class VenueRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;

  /** A Monday. */
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final RoomId HALL = RoomId.of("hall");
  private static final RoomId CINEMA = RoomId.of("cinema");
  private static final RoomId GHOST = RoomId.of("ghost");
  private static final List<RoomId> ROOMS = List.of(HALL, CINEMA, HALL, CINEMA, GHOST);

  static Venue venue(String id) {
    return Venue.builder().id(VenueId.of(id)).name("中心").grid(GridId.of("g")).floorArea(500)
        .addRoom(new Room(HALL, "活动室", RoomKind.ACTIVITY_ROOM, 120))
        .addRoom(new Room(CINEMA, "社区电影院", RoomKind.CINEMA, 200))
        .openingHours(OpeningHours.daily(LocalTime.of(8, 0), LocalTime.of(20, 0), ZoneOffset.UTC)
            .closedOn(Set.of(DayOfWeek.SUNDAY)))
        .build();
  }

  private static Instant hour(long h) {
    return T0.plus(Duration.ofHours(h));
  }

  /** A sequence that mixes valid commands, repeats of earlier ones and commands to refuse. */
  static List<VenueCommand> commands(Random r) {
    List<VenueCommand> out = new ArrayList<>();
    if (r.nextInt(10) == 0) {
      out.add(new VenueCommand.Cancel(BookingId.of("b-0")));
    }
    out.add(new VenueCommand.Open(venue("centre")));
    int n = 10 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(8)) {
        case 0, 1, 2, 3 -> {
          long start = 24L * r.nextInt(14) + 6 + r.nextInt(15);
          out.add(new VenueCommand.Book(new Booking(BookingId.of("b-" + r.nextInt(30)), ROOMS.get(r.nextInt(ROOMS.size())),
              Interval.of(hour(start), hour(start + 1 + r.nextInt(3))), "活动" + r.nextInt(5),
              OrganizationId.of("team-" + r.nextInt(3)))));
        }
        case 4 -> out.add(new VenueCommand.Cancel(BookingId.of("b-" + r.nextInt(30))));
        case 5 -> out.add(new VenueCommand.Open(venue(r.nextInt(4) == 0 ? "other" : "centre")));
        default -> out.add(out.get(r.nextInt(out.size())));
      }
    }
    return out;
  }

  @Test
  void everyCommandSequenceKeepsTheContractAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, VenueRules.decider(), commands(new Random(seed))));
    }
    tally.assertReachedEveryVariantAndCode(VenueRefusalCode.values());
  }

  @Test
  void everyRefusalHasATemplateInBothLanguagesUsingExactlyItsArguments() {
    List<Refusal> refusals = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<VenueCommand, VenueState, VenueEvent> stream = InMemoryStream.open(VenueRules.decider());
      for (VenueCommand c : commands(new Random(seed))) {
        stream.handle(c).refusalIfAny().ifPresent(refusals::add);
      }
    }

    refusals.forEach(refusal -> DeciderContract.checkTexts("VenueRefusalCode", refusal));
    assertThat(refusals).allSatisfy(r -> assertThat(r.detail()).isNotBlank());
  }

  @Test
  void noRoomIsEverBookedTwiceAndUtilisationIsTheHourByHourCount() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Random r = new Random(seed);
      InMemoryStream<VenueCommand, VenueState, VenueEvent> stream = InMemoryStream.open(VenueRules.decider());
      commands(r).forEach(stream::handle);
      VenueState state = stream.state();
      if (state.venue().isEmpty()) {
        continue;
      }
      long from = r.nextInt(24 * 7);
      Interval period = Interval.of(hour(from), hour(from + 1 + r.nextInt(24 * 10)));
      for (RoomId room : List.of(HALL, CINEMA)) {
        List<Booking> bookings = state.bookingsOf(room);
        for (int i = 0; i < bookings.size(); i++) {
          for (int j = i + 1; j < bookings.size(); j++) {
            assertThat(bookings.get(i).time().overlaps(bookings.get(j).time())).as("seed %d: %s and %s", seed,
                bookings.get(i), bookings.get(j)).isFalse();
          }
        }
        long openHours = 0;
        long bookedHours = 0;
        for (Instant h = period.start(); h.isBefore(period.end()); h = h.plus(Duration.ofHours(1))) {
          Interval slot = Interval.of(h, h.plus(Duration.ofHours(1)));
          if (state.venue().get().openingHours().covers(slot)) {
            openHours++;
          }
          if (bookings.stream().anyMatch(b -> b.time().encloses(slot))) {
            bookedHours++;
          }
        }
        Utilisation u = state.utilisation(room, period);
        assertThat(u.open()).as("seed %d open time of %s over %s", seed, room, period).isEqualTo(Duration.ofHours(openHours));
        assertThat(u.booked()).as("seed %d booked time of %s over %s", seed, room, period)
            .isEqualTo(Duration.ofHours(bookedHours));
        assertThat(u.perMille()).as("seed %d", seed).isBetween(0L, 1000L);
      }
    }
  }
}
