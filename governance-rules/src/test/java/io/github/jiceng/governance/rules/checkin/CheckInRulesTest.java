package io.github.jiceng.governance.rules.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 党员联系群众打卡, recorded as they arrive: what is refused at once, and what stays a warning. */
final class CheckInRulesTest {

  private static final PersonId LIAISON = PersonId.of("xuejiawan-member-0012");
  private static final GeoPoint XUEJIAWAN = GeoPoint.of(39.8650, 111.2400);
  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final CheckInRules RULES = CheckInRules.of(CheckInPolicy.defaults(), Map.of(LIAISON,
      Set.of(HouseholdId.of("hh-1"), HouseholdId.of("hh-2"), HouseholdId.of("hh-3"), HouseholdId.of("hh-4"),
          HouseholdId.of("hh-5"), HouseholdId.of("hh-6"), HouseholdId.of("hh-7"))));

  private static CheckIn checkIn(String id, String household, int minutes, GeoPoint place) {
    return CheckIn.builder().id(CheckInId.of(id)).member(LIAISON).household(HouseholdId.of(household))
        .at(T0.plus(Duration.ofMinutes(minutes))).place(place).kind(ContactKind.HOME_VISIT).note("了解用水情况").build();
  }

  private static Refusal refused(Decision<CheckIn> d) {
    return d.refusalIfAny().orElseThrow(() -> new AssertionError("not refused: " + d));
  }

  @Test
  void aHouseholdOutsideTheAssignmentIsRefusedWithHowManyTheMemberHas() {
    var log = InMemoryStream.open(RULES);

    Refusal r = refused(log.handle(new CheckInCommand.Record(checkIn("c1", "hh-99", 0, XUEJIAWAN))));

    assertThat(r.code().key()).isEqualTo("checkin.outside-assignment");
    assertThat(r.arguments()).containsEntry("household", "hh-99").containsEntry("assigned", "7");
    assertThat(log.version()).isZero();
  }

  @Test
  void theSameHouseholdWithinTheHourIsADuplicateOfTheCountedOne() {
    var log = InMemoryStream.open(RULES);
    log.handle(new CheckInCommand.Record(checkIn("c1", "hh-1", 0, XUEJIAWAN)));

    Refusal r = refused(log.handle(new CheckInCommand.Record(checkIn("c2", "hh-1", 59, XUEJIAWAN))));

    assertThat(r.code()).isEqualTo(CheckInRefusalCode.DUPLICATE);
    assertThat(r.arguments()).containsEntry("counted", "c1").containsEntry("window", "PT1H");
    assertThat(log.handle(new CheckInCommand.Record(checkIn("c3", "hh-1", 60, XUEJIAWAN))))
        .as("an hour later counts again").isInstanceOf(Decision.Applied.class);
  }

  @Test
  void theSixthCheckInWithinTenMinutesIsTooFrequentAndTheFirstFiveCount() {
    var log = InMemoryStream.open(RULES);
    for (int i = 1; i <= 5; i++) {
      assertThat(log.handle(new CheckInCommand.Record(checkIn("c" + i, "hh-" + i, i, XUEJIAWAN))))
          .isInstanceOf(Decision.Applied.class);
    }

    Refusal r = refused(log.handle(new CheckInCommand.Record(checkIn("c6", "hh-6", 10, XUEJIAWAN))));

    assertThat(r.code()).isEqualTo(CheckInRefusalCode.TOO_FREQUENT);
    assertThat(r.arguments()).containsEntry("limit", "5").containsEntry("window", "PT10M");
    assertThat(log.state().report().clean()).hasSize(5);
    assertThat(log.handle(new CheckInCommand.Record(checkIn("c7", "hh-7", 12, XUEJIAWAN))))
        .as("twelve minutes on, the first has left the window").isInstanceOf(Decision.Applied.class);
  }

  @Test
  void impossibleTravelIsRecordedAndFlaggedButNeitherCheckInCounts() {
    var log = InMemoryStream.open(RULES);
    log.handle(new CheckInCommand.Record(checkIn("c1", "hh-1", 0, XUEJIAWAN)));
    GeoPoint far = GeoPoint.of(XUEJIAWAN.latitude() + 30 / 111.195, XUEJIAWAN.longitude());

    Decision<CheckIn> d = log.handle(new CheckInCommand.Record(checkIn("c2", "hh-2", 10, far)));

    assertThat(d).isInstanceOf(Decision.Applied.class);
    assertThat(log.state().flags()).singleElement().isInstanceOf(CheckInFlag.ImpossibleTravel.class);
    assertThat(log.state().report().clean()).isEmpty();
    assertThat(log.state()).hasToString("CheckInLog[2 check-ins of 1 members, 1 flags]");
  }

  @Test
  void aLateCheckInBetweenTwoRecordedOnesIsJudgedAgainstBoth() {
    var log = InMemoryStream.open(RULES);
    log.handle(new CheckInCommand.Record(checkIn("c1", "hh-1", 0, XUEJIAWAN)));
    log.handle(new CheckInCommand.Record(checkIn("c2", "hh-2", 120, XUEJIAWAN)));

    assertThat(refused(log.handle(new CheckInCommand.Record(checkIn("c0", "hh-2", 90, XUEJIAWAN)))).code())
        .as("thirty minutes before c2").isEqualTo(CheckInRefusalCode.DUPLICATE);
    assertThat(log.state().checkInsOf(LIAISON)).extracting(CheckIn::id)
        .containsExactly(CheckInId.of("c1"), CheckInId.of("c2"));
  }

  @Test
  void theSameCheckInAgainIsUnchangedAndAnotherUnderItsIdIsRefused() {
    var log = InMemoryStream.open(RULES);
    CheckIn c1 = checkIn("c1", "hh-1", 0, XUEJIAWAN);
    log.handle(new CheckInCommand.Record(c1));

    assertThat(log.handle(new CheckInCommand.Record(c1))).isEqualTo(Decision.unchanged(java.util.List.of(c1)));
    assertThat(refused(log.handle(new CheckInCommand.Record(checkIn("c1", "hh-2", 300, XUEJIAWAN)))).code())
        .isEqualTo(CheckInRefusalCode.ID_REUSED);
  }

  @Test
  void badInputThrowsAndARecordedIdCannotBeReplayedTwice() {
    assertThatThrownBy(() -> new CheckInCommand.Record(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("checkIn");
    assertThatThrownBy(() -> new CheckInCommand.Record(CheckIn.builder().id(CheckInId.of("c")).member(LIAISON)
        .household(HouseholdId.of("hh-1")).at(Instant.MAX).place(XUEJIAWAN).kind(ContactKind.ONLINE).build()))
        .isInstanceOf(DomainValidationException.class);
    CheckIn c1 = checkIn("c1", "hh-1", 0, XUEJIAWAN);
    assertThatThrownBy(() -> RULES.fold(RULES.initialState(), java.util.List.of(c1, c1)))
        .isInstanceOf(IllegalStateException.class);
  }
}
