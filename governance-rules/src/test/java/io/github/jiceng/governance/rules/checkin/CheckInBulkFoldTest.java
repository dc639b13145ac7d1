package io.github.jiceng.governance.rules.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check-in rule's bulk fold (every check-in added, then each member's flags computed once)
 * gives exactly the log that evolving one check-in at a time gives, from the empty log and from a
 * log part-way through, over seeded random check-ins accepted by the rule in any time order. The
 * seed is in each test's name.
 */
final class CheckInBulkFoldTest {

  private static final List<PersonId> MEMBERS = List.of(PersonId.of("m-1"), PersonId.of("m-2"), PersonId.of("m-3"));
  private static final GeoPoint HOME = GeoPoint.of(39.8650, 111.2400);
  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final CheckInRules RULES = CheckInRules.of(CheckInPolicy.defaults(), Map.of(
      MEMBERS.get(0), Set.of(HouseholdId.of("hh-0"), HouseholdId.of("hh-1"), HouseholdId.of("hh-2"))));

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  /** The check-ins the rule accepted of a random sequence, in the order they were recorded. */
  private static List<CheckIn> recorded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    InMemoryStream<CheckInCommand, CheckInLog, CheckIn> log = InMemoryStream.open(RULES);
    int n = 40 + random.nextInt(120);
    for (int i = 0; i < n; i++) {
      Instant at = T0.plusSeconds(random.nextInt(20 * 86_400));
      GeoPoint place = GeoPoint.of(HOME.latitude() + random.nextInt(40) / 111.195, HOME.longitude());
      log.handle(new CheckInCommand.Record(CheckIn.builder().id(CheckInId.of("c" + i))
          .member(MEMBERS.get(random.nextInt(MEMBERS.size()))).household(HouseholdId.of("hh-" + random.nextInt(5)))
          .at(at).place(place).kind(ContactKind.HOME_VISIT).build()));
    }
    return log.events();
  }

  private static CheckInLog stepwise(CheckInLog from, List<CheckIn> events) {
    CheckInLog log = from;
    for (CheckIn c : events) {
      log = RULES.evolve(log, c);
    }
    return log;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void foldingEveryCheckInInBulkEqualsEvolvingThemOneAtATime(long seed) {
    List<CheckIn> events = recorded(seed);
    assertThat(events).as("seed %s: something recorded", seed).isNotEmpty();

    CheckInLog bulk = RULES.fold(RULES.initialState(), events);
    CheckInLog one = stepwise(RULES.initialState(), events);

    assertThat(bulk).as("seed %s", seed).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(bulk.flags()).as("seed %s", seed).isEqualTo(one.flags());
    assertThat(bulk.report()).as("seed %s", seed).isEqualTo(one.report());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void foldingTheRestInBulkFromALogPartWayThroughEqualsEvolvingIt(long seed) {
    List<CheckIn> events = recorded(seed);
    int split = new SplittableRandom(~seed).nextInt(events.size() + 1);
    CheckInLog start = stepwise(RULES.initialState(), events.subList(0, split));
    List<CheckIn> rest = new ArrayList<>(events.subList(split, events.size()));

    assertThat(RULES.fold(start, rest)).as("seed %s, split at %s", seed, split).isEqualTo(stepwise(start, rest));
  }
}
