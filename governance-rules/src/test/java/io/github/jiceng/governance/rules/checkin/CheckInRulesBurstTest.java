package io.github.jiceng.governance.rules.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link CheckInRules#decide} under the default policy (5 check-ins per 10 minutes,
 * one per household per hour): a check-in exactly a window away is inside it, a window of exactly
 * the limit is allowed, and a member with many check-ins near the new one is refused only if some
 * 10-minute window would hold six.
 */
final class CheckInRulesBurstTest {

  private static final PersonId LIAISON = PersonId.of("xuejiawan-member-0012");
  private static final PersonId UNASSIGNED = PersonId.of("xuejiawan-member-0099");
  private static final GeoPoint XUEJIAWAN = GeoPoint.of(39.8650, 111.2400);
  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final CheckInRules RULES = CheckInRules.of(CheckInPolicy.defaults(), Map.of(LIAISON,
      IntStream.rangeClosed(1, 12).mapToObj(i -> HouseholdId.of("hh-" + i)).collect(Collectors.toSet())));

  private static CheckIn checkIn(PersonId member, String id, String household, long seconds) {
    return CheckIn.builder().id(CheckInId.of(id)).member(member).household(HouseholdId.of(household))
        .at(T0.plusSeconds(seconds)).place(XUEJIAWAN).kind(ContactKind.HOME_VISIT).note("了解用水情况").build();
  }

  private static CheckIn checkIn(String id, String household, long seconds) {
    return checkIn(LIAISON, id, household, seconds);
  }

  /** Records check-ins on hh-1, hh-2, ... at the given minutes, each applied. */
  private static CheckInLog recorded(long... minutes) {
    CheckInLog log = RULES.initialState();
    for (int i = 0; i < minutes.length; i++) {
      CheckIn c = checkIn("c" + (i + 1), "hh-" + (i + 1), minutes[i] * 60);
      Decision<CheckIn> d = RULES.decide(new CheckInCommand.Record(c), log);
      assertThat(d).as("check-in at minute %d", minutes[i]).isEqualTo(Decision.applied(c));
      log = RULES.evolve(log, c);
    }
    return log;
  }

  private static Decision<CheckIn> decide(CheckInLog log, CheckIn c) {
    return RULES.decide(new CheckInCommand.Record(c), log);
  }

  private static Refusal refusal(CheckInLog log, CheckIn c) {
    Decision<CheckIn> d = decide(log, c);
    return d.refusalIfAny().orElseThrow(() -> new AssertionError("not refused: " + d));
  }

  @Test
  void aSixthCheckInExactlyTenMinutesAfterTheFirstIsTooFrequent() {
    CheckInLog log = recorded(0, 1, 2, 3, 4);
    Refusal r = refusal(log, checkIn("c6", "hh-6", 600));
    assertThat(r.code()).isEqualTo(CheckInRefusalCode.TOO_FREQUENT);
    assertThat(r.arguments()).isEqualTo(
        Map.of("member", LIAISON.toString(), "limit", "5", "window", "PT10M"));
  }

  @Test
  void aSixthCheckInOneSecondPastTheWindowOfTheFirstCounts() {
    CheckInLog log = recorded(0, 1, 2, 3, 4);
    CheckIn sixth = checkIn("c6", "hh-6", 601);
    assertThat(decide(log, sixth)).isEqualTo(Decision.applied(sixth));
  }

  @Test
  void aCheckInBetweenTwoSparseGroupsCountsWhenNoWindowHoldsSix() {
    CheckInLog log = recorded(0, 1, 2, 3, 17, 18, 19);
    CheckIn middle = checkIn("c8", "hh-8", 600);
    assertThat(decide(log, middle)).as("windows of five and four").isEqualTo(Decision.applied(middle));
    CheckInLog apart = recorded(0, 1, 2, 18, 19, 20);
    assertThat(decide(apart, middle)).as("windows of four and four").isEqualTo(Decision.applied(middle));
  }

  @Test
  void aCheckInBetweenTwoGroupsIsTooFrequentWhenTheLaterWindowHoldsSix() {
    CheckInLog log = recorded(0, 1, 2, 16, 17, 18, 19, 20);
    Refusal r = refusal(log, checkIn("c9", "hh-9", 600));
    assertThat(r.code()).isEqualTo(CheckInRefusalCode.TOO_FREQUENT);
  }

  @Test
  void aCheckInDatedBeforeTheRecordedBurstIsJudgedInTimeOrder() {
    CheckInLog log = recorded(10, 11, 12, 13, 14);
    Refusal r = refusal(log, checkIn("c6", "hh-6", 240));
    assertThat(r.code()).isEqualTo(CheckInRefusalCode.TOO_FREQUENT);
    CheckIn earlier = checkIn("c6", "hh-6", 239);
    assertThat(decide(log, earlier)).isEqualTo(Decision.applied(earlier));
  }

  @Test
  void anEarlierCheckInAtTheSameHouseholdWithinTheHourIsADuplicateToo() {
    CheckInLog log = recorded(60);
    Refusal r = refusal(log, checkIn("c2", "hh-1", 1));
    assertThat(r.code()).isEqualTo(CheckInRefusalCode.DUPLICATE);
    assertThat(r.arguments()).isEqualTo(Map.of("member", LIAISON.toString(), "household", "hh-1",
        "counted", "c1", "window", "PT1H"));
    CheckIn hourBefore = checkIn("c2", "hh-1", 0);
    assertThat(decide(log, hourBefore)).isEqualTo(Decision.applied(hourBefore));
  }

  @Test
  void outsideTheAssignmentAndAReusedIdCarryExactlyTheirArguments() {
    CheckInLog log = recorded(0);
    Refusal outside = refusal(log, checkIn("c2", "hh-13", 3600));
    assertThat(outside.code()).isEqualTo(CheckInRefusalCode.OUTSIDE_ASSIGNMENT);
    assertThat(outside.arguments()).isEqualTo(
        Map.of("member", LIAISON.toString(), "household", "hh-13", "assigned", "12"));
    Refusal reused = refusal(log, checkIn("c1", "hh-2", 3600));
    assertThat(reused.code()).isEqualTo(CheckInRefusalCode.ID_REUSED);
    assertThat(reused.arguments()).isEqualTo(Map.of("checkIn", "c1"));
  }

  @Test
  void aMemberWithNoAssignmentIsNotCheckedForOneAndTheRulePrintsItsPolicy() {
    CheckIn anywhere = checkIn(UNASSIGNED, "u1", "hh-77", 0);
    assertThat(decide(RULES.initialState(), anywhere)).isEqualTo(Decision.applied(anywhere));
    assertThat(RULES.toString()).isEqualTo("CheckInRules[" + CheckInPolicy.defaults() + ", 1 members assigned]");
    assertThat(RULES.evolve(RULES.initialState(), anywhere).checkInsOf(UNASSIGNED)).containsExactly(anywhere);
  }

  @Test
  void theLogCountsWhatWasRecordedAndTellsDifferentRecordsApart() {
    CheckInLog two = recorded(0, 1);
    assertThat(RULES.initialState().size()).isZero();
    assertThat(two.size()).isEqualTo(2);
    assertThat(two).isEqualTo(recorded(0, 1)).hasSameHashCodeAs(recorded(0, 1));
    assertThat(two).isNotEqualTo(recorded(0, 2)).isNotEqualTo(recorded(0));
  }
}
