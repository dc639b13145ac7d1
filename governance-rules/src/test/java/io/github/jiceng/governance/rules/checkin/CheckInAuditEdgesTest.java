package io.github.jiceng.governance.rules.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link CheckInAudit#audit} under the default policy: six check-ins spanning exactly
 * the burst window are one burst naming all six, the same household exactly an hour later is not a
 * duplicate, and the flags of several members come in time order whatever the members' order.
 */
final class CheckInAuditEdgesTest {

  private static final PersonId A = PersonId.of("xuejiawan-member-0001");
  private static final PersonId B = PersonId.of("xuejiawan-member-0002");
  private static final GeoPoint XUEJIAWAN = GeoPoint.of(39.8650, 111.2400);
  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final CheckInPolicy POLICY = CheckInPolicy.defaults();

  private static CheckIn checkIn(PersonId member, String id, String household, long seconds) {
    return CheckIn.builder().id(CheckInId.of(id)).member(member).household(HouseholdId.of(household))
        .at(T0.plusSeconds(seconds)).place(XUEJIAWAN).kind(ContactKind.HOME_VISIT).note("了解用水情况").build();
  }

  private static List<CheckIn> sixSpanning(PersonId member, String prefix, long startSeconds, long spanSeconds) {
    List<CheckIn> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long at = i < 5 ? startSeconds + i : startSeconds + spanSeconds;
      out.add(checkIn(member, prefix + i, "hh-" + i, at));
    }
    return out;
  }

  private static List<CheckInId> ids(List<CheckIn> checkIns) {
    return checkIns.stream().map(CheckIn::id).toList();
  }

  @Test
  void sixCheckInsSpanningExactlyTheWindowAreOneBurstNamingAllSix() {
    List<CheckIn> six = sixSpanning(A, "a", 0, 600);
    CheckInAudit.AuditReport r = CheckInAudit.audit(six, Map.of(), POLICY);
    assertThat(r.flags()).containsExactly(
        new CheckInFlag.Burst(A, ids(six), T0, T0.plusSeconds(600), Duration.ofMinutes(10), 5));
    assertThat(r.clean()).isEmpty();
    assertThat(r.flagsFor(CheckInId.of("a5"))).isEqualTo(r.flags());
    assertThat(r.flagsFor(CheckInId.of("elsewhere"))).isEmpty();
  }

  @Test
  void sixCheckInsSpanningOneSecondMoreThanTheWindowAreClean() {
    List<CheckIn> six = sixSpanning(A, "a", 0, 601);
    CheckInAudit.AuditReport r = CheckInAudit.audit(six, Map.of(), POLICY);
    assertThat(r.flags()).isEmpty();
    assertThat(r.clean()).containsExactlyElementsOf(six);
  }

  @Test
  void theSameHouseholdExactlyAnHourLaterIsNotADuplicateButASecondEarlierIs() {
    CheckIn first = checkIn(A, "a1", "hh-1", 0);
    CheckIn hourLater = checkIn(A, "a2", "hh-1", 3600);
    assertThat(CheckInAudit.audit(List.of(first, hourLater), Map.of(), POLICY).flags()).isEmpty();
    CheckIn early = checkIn(A, "a3", "hh-1", 3599);
    assertThat(CheckInAudit.audit(List.of(early, first), Map.of(), POLICY).flags())
        .containsExactly(new CheckInFlag.Duplicate(first, early, Duration.ofHours(1)));
  }

  @Test
  void flagsOfSeveralMembersComeInTimeOrderNotMemberOrder() {
    List<CheckIn> ofA = sixSpanning(A, "a", 3600, 60);
    List<CheckIn> ofB = sixSpanning(B, "b", 0, 60);
    List<CheckIn> all = new ArrayList<>(ofA);
    all.addAll(ofB);
    CheckInAudit.AuditReport r = CheckInAudit.audit(all, Map.of(A, Set.of(HouseholdId.of("hh-0"))), POLICY);
    List<CheckInFlag> flags = r.flags();
    assertThat(flags.get(0)).isEqualTo(
        new CheckInFlag.Burst(B, ids(ofB), T0, T0.plusSeconds(60), Duration.ofMinutes(10), 5));
    assertThat(flags).hasSize(7).extracting(CheckInFlag::at).isSorted();
    assertThat(flags.subList(1, 7)).filteredOn(f -> f instanceof CheckInFlag.OutsideAssignment).hasSize(5);
  }
}
