package io.github.jiceng.governance.rules.checkin;

import io.github.jiceng.governance.model.checkin.CheckInFlag;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.rules.checkin.CheckInAudit.AuditReport;
import io.github.jiceng.governance.model.checkin.CheckInFlag.Burst;
import io.github.jiceng.governance.model.checkin.CheckInFlag.Duplicate;
import io.github.jiceng.governance.model.checkin.CheckInFlag.ImpossibleTravel;
import io.github.jiceng.governance.model.checkin.CheckInFlag.OutsideAssignment;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** 党员联系群众打卡核查：轨迹异常、集中打卡、重复打卡、非联系户，每条都说明理由。 */
@DisplayName("打卡核查")
final class CheckInAuditTest {

  private static final PersonId LIAISON = PersonId.of("xuejiawan-member-0012");
  private static final GeoPoint XUEJIAWAN = GeoPoint.of(39.8650, 111.2400);
  private static final Instant T0 = Instant.parse("2024-05-06T01:00:00Z");
  private static final CheckInPolicy POLICY = CheckInPolicy.defaults();

  private static CheckIn checkIn(String id, String household, Instant at, GeoPoint place) {
    return CheckIn.builder().id(CheckInId.of(id)).member(LIAISON).household(HouseholdId.of(household)).at(at)
        .place(place).kind(ContactKind.HOME_VISIT).note("了解用水情况").build();
  }

  private static GeoPoint north(GeoPoint p, double km) {
    return GeoPoint.of(p.latitude() + km / 111.195, p.longitude());
  }

  @Test
  @DisplayName("十分钟内相距三十公里的两次打卡为轨迹异常")
  void twoPlacesTooFarApartTooCloseInTime() {
    AuditReport r = CheckInAudit.audit(List.of(
        checkIn("c1", "hh-1", T0, XUEJIAWAN),
        checkIn("c2", "hh-2", T0.plus(Duration.ofMinutes(10)), north(XUEJIAWAN, 30))), Map.of(), POLICY);
    assertThat(r.flags()).singleElement().isInstanceOfSatisfying(ImpossibleTravel.class, f -> {
      assertThat(f.checkIns()).containsExactly(CheckInId.of("c1"), CheckInId.of("c2"));
      assertThat(f.explanation()).isEqualTo(
          "xuejiawan-member-0012 checked in at hh-1 and 10 min later at hh-2, 30.0 km away: 180 km/h, above 120 km/h");
    });
    assertThat(r.clean()).isEmpty();
  }

  @Test
  void nearbyOrSlowMovesAreNotTravelAlarms() {
    AuditReport r = CheckInAudit.audit(List.of(
        checkIn("c1", "hh-1", T0, XUEJIAWAN),
        checkIn("c2", "hh-2", T0, north(XUEJIAWAN, 0.2)),                                // positioning error
        checkIn("c3", "hh-3", T0.plus(Duration.ofMinutes(30)), north(XUEJIAWAN, 40))),  // 80 km/h
        Map.of(), POLICY);
    assertThat(r.flags()).isEmpty();
    assertThat(r.cleanCounts()).containsExactly(Map.entry(LIAISON, 3L));
  }

  @Test
  @DisplayName("八分钟内打卡七次为集中打卡")
  void sevenCheckInsInEightMinutesAreOneBurst() {
    List<CheckIn> list = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      list.add(checkIn("c" + i, "hh-" + i, T0.plus(Duration.ofSeconds(80L * i)), XUEJIAWAN));
    }
    list.add(checkIn("c9", "hh-9", T0.plus(Duration.ofHours(2)), XUEJIAWAN));
    AuditReport r = CheckInAudit.audit(list, Map.of(), POLICY);
    assertThat(r.flags()).singleElement().isInstanceOfSatisfying(Burst.class, b -> {
      assertThat(b.checkIns()).hasSize(7);
      assertThat(b.explanation()).isEqualTo("xuejiawan-member-0012 checked in 7 times in 8 min "
          + "(2024-05-06T01:00:00Z to 2024-05-06T01:08:00Z); more than 5 within 10 min is a burst");
    });
    assertThat(r.clean()).extracting(CheckIn::id).containsExactly(CheckInId.of("c9"));
  }

  @Test
  @DisplayName("同一户一小时内重复打卡只计一次")
  void theSameHouseholdWithinAnHourIsADuplicate() {
    AuditReport r = CheckInAudit.audit(List.of(
        checkIn("c1", "hh-1", T0, XUEJIAWAN),
        checkIn("c2", "hh-1", T0.plus(Duration.ofMinutes(25)), XUEJIAWAN),
        checkIn("c3", "hh-1", T0.plus(Duration.ofMinutes(70)), XUEJIAWAN)), Map.of(), POLICY);
    assertThat(r.flags()).singleElement().isInstanceOfSatisfying(Duplicate.class, d -> {
      assertThat(d.checkIns()).containsExactly(CheckInId.of("c1"), CheckInId.of("c2"));
      assertThat(d.explanation()).isEqualTo("xuejiawan-member-0012 checked in at hh-1 again 25 min after c1; "
          + "one contact per household is counted within 1 h");
    });
  }

  @Test
  @DisplayName("非本人联系户的打卡被标记；未提供联系户的党员不做此项核查")
  void householdsOutsideTheAssignment() {
    List<CheckIn> list = List.of(checkIn("c1", "hh-1", T0, XUEJIAWAN),
        checkIn("c2", "hh-7", T0.plus(Duration.ofHours(3)), XUEJIAWAN));
    AuditReport r = CheckInAudit.audit(list, Map.of(LIAISON, Set.of(HouseholdId.of("hh-1"), HouseholdId.of("hh-2"))),
        POLICY);
    assertThat(r.flags()).singleElement().isInstanceOfSatisfying(OutsideAssignment.class, f -> assertThat(
        f.explanation()).isEqualTo("xuejiawan-member-0012 checked in at hh-7, which is not among the 2 households "
        + "assigned to them"));
    assertThat(CheckInAudit.audit(list, Map.of(), POLICY).flags()).isEmpty();
  }

  @Test
  void theNoteNeverAppearsInTheCheckInsText() {
    assertThat(checkIn("c1", "hh-1", T0, XUEJIAWAN).toString()).doesNotContain("用水").contains("note=(6 characters)");
  }

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void flagsAreExactlyWhatANaiveScanFindsAndDoNotDependOnInputOrder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CheckIn> list = new ArrayList<>();
    Instant t = T0;
    GeoPoint here = XUEJIAWAN;
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      t = t.plusSeconds(random.nextInt(4) == 0 ? random.nextInt(60) : random.nextInt(3_600));
      here = random.nextInt(5) == 0 ? north(here, random.nextInt(60)) : north(here, random.nextDouble() * 0.3);
      list.add(CheckIn.builder().id(CheckInId.of(String.format("c%03d", i))).member(LIAISON)
          .household(HouseholdId.of("hh-" + random.nextInt(6))).at(t).place(here).kind(ContactKind.HOME_VISIT)
          .build());
    }
    AuditReport report = CheckInAudit.audit(list, Map.of(), POLICY);

    Set<List<CheckInId>> travel = new HashSet<>();
    Set<CheckInId> burst = new HashSet<>();
    for (CheckInFlag f : report.flags()) {
      if (f instanceof ImpossibleTravel) {
        travel.add(f.checkIns());
      } else if (f instanceof Burst) {
        burst.addAll(f.checkIns());
      }
    }
    for (int i = 1; i < n; i++) {
      CheckIn a = list.get(i - 1);
      CheckIn b = list.get(i);
      double metres = a.place().metresTo(b.place());
      double hours = Duration.between(a.at(), b.at()).toMillis() / 3_600_000.0;
      boolean tooFast = metres > POLICY.toleranceMetres() && (hours == 0 || metres / 1000 / hours > POLICY.maxSpeedKmh());
      assertThat(travel.contains(List.of(a.id(), b.id()))).as("seed %s, %s→%s", seed, a.id(), b.id()).isEqualTo(tooFast);
    }
    for (int i = 0; i < n; i++) {
      boolean inCrowdedWindow = false;
      for (int s = 0; s <= i; s++) {
        int count = 0;
        for (CheckIn c : list) {
          Duration d = Duration.between(list.get(s).at(), c.at());
          if (!d.isNegative() && d.compareTo(POLICY.burstWindow()) <= 0) {
            count++;
          }
        }
        Duration toI = Duration.between(list.get(s).at(), list.get(i).at());
        if (count > POLICY.burstLimit() && toI.compareTo(POLICY.burstWindow()) <= 0) {
          inCrowdedWindow = true;
        }
      }
      assertThat(burst.contains(list.get(i).id())).as("seed %s, %s", seed, list.get(i).id()).isEqualTo(inCrowdedWindow);
    }
    List<CheckIn> shuffled = new ArrayList<>(list);
    Collections.shuffle(shuffled, new java.util.Random(seed));
    assertThat(CheckInAudit.audit(shuffled, Map.of(), POLICY)).as("seed %s", seed).isEqualTo(report);
  }
}
