package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Points expire exactly at the boundary instant of each expiry policy: present one nanosecond
 * before, gone at it and after it, and booked as an expiry entry at the boundary itself.
 */
final class ExpiryBoundaryTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final PersonId MEMBER = PersonId.of("p-boundary");

  private static PointsPolicy policy(ExpiryPolicy expiry) {
    return PointsPolicy.builder().name("boundary").version(1).zone(ZONE).expiry(expiry)
        .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
            .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(1).build())
        .build();
  }

  private static Contribution points(String id, int count, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(MEMBER).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(at).count(count).build();
  }

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
  }

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  /** A random award instant, the policy, and the boundary the policy must give for it. */
  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void pointsAreThereOneNanosecondBeforeTheBoundaryAndGoneAtAndAfterIt(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ZonedDateTime awarded = ZonedDateTime.of(2020 + random.nextInt(8), 1 + random.nextInt(12),
        1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60), random.nextInt(1_000_000_000),
        ZONE);
    int kind = random.nextInt(3);
    int months = 1 + random.nextInt(24);
    ExpiryPolicy expiry = kind == 0 ? ExpiryPolicy.annualReset()
        : kind == 1 ? ExpiryPolicy.endOfFollowingYear() : ExpiryPolicy.afterMonths(months);
    ZonedDateTime expected = kind == 0 ? awarded.toLocalDate().withDayOfYear(1).plusYears(1).atStartOfDay(ZONE)
        : kind == 1 ? awarded.toLocalDate().withDayOfYear(1).plusYears(2).atStartOfDay(ZONE)
        : awarded.toLocalDate().withDayOfMonth(1).plusMonths(months).atStartOfDay(ZONE);
    Instant boundary = expected.toInstant();
    int count = 1 + random.nextInt(50);

    for (long offsetNanos : new long[] {-1, 0, 1}) {
      PointsLedger ledger = PointsLedger.open(policy(expiry), ServiceCatalogue.of());
      ledger.award(points("a", count, awarded.toInstant()), awarded.toInstant());
      Instant probe = boundary.plusNanos(offsetNanos);
      assertThat(ledger.balanceAt(MEMBER, probe).value()).as("seed %s, %s, boundary %s, probe %s", seed,
          expiry.describe(), boundary, probe).isEqualTo(offsetNanos < 0 ? count : 0);
      List<Expiry> booked = ledger.advanceTo(probe);
      assertThat(ledger.balance(MEMBER).value()).as("seed %s, probe %s", seed, probe)
          .isEqualTo(offsetNanos < 0 ? count : 0);
      if (offsetNanos < 0) {
        assertThat(booked).as("seed %s", seed).isEmpty();
      } else {
        assertThat(booked).as("seed %s", seed).singleElement().satisfies(e -> {
          assertThat(e.at()).isEqualTo(boundary);
          assertThat(e.points().value()).isEqualTo(count);
        });
      }
    }
  }

  @Test
  void annualResetStartsEveryYearFromZeroAtMidnightBeijingTime() {
    PointsLedger ledger = PointsLedger.open(policy(ExpiryPolicy.annualReset()), ServiceCatalogue.of());
    ledger.award(points("late-dec", 7, local("2024-12-31T23:59:59")), local("2024-12-31T23:59:59"));
    assertThat(ledger.balanceAt(MEMBER, local("2024-12-31T23:59:59.999999999")).value()).isEqualTo(7);
    // 2025-01-01T00:00 in Beijing is 2024-12-31T16:00Z: the reset follows the policy's zone, not UTC
    assertThat(ledger.balanceAt(MEMBER, Instant.parse("2024-12-31T16:00:00Z")).value()).isZero();
  }

  @Test
  void anAwardBookedAtTheBoundaryIsBookedAfterTheExpiryAndSurvivesIt() {
    PointsLedger ledger = PointsLedger.open(policy(ExpiryPolicy.annualReset()), ServiceCatalogue.of());
    ledger.award(points("old", 5, local("2024-06-01T10:00:00")), local("2024-06-01T10:00:00"));
    Instant newYear = local("2025-01-01T00:00:00");
    ledger.award(points("new", 3, newYear), newYear);
    List<LedgerEntry> entries = ledger.entries();
    assertThat(entries).extracting(e -> e.getClass().getSimpleName()).containsExactly("Award", "Expiry", "Award");
    assertThat(entries.get(1).id()).isEqualTo(EntryId.of("expiry:p:p-boundary:2025-01-01"));
    assertThat(ledger.balance(MEMBER).value()).isEqualTo(3);
    assertThat(ledger.balanceAt(MEMBER, local("2025-12-31T23:59:59.999999999")).value()).isEqualTo(3);
  }

  @Test
  void noCallerMayTakeTheIdOfAnExpiryTheLedgerWillDerive() {
    // had the award below been booked, the new year's derived expiry would have shared its id, and
    // neither a retry nor a restore from the entries would work any more
    PointsLedger ledger = PointsLedger.open(policy(ExpiryPolicy.annualReset()), ServiceCatalogue.of());
    ledger.award(points("old", 5, local("2024-06-01T10:00:00")), local("2024-06-01T10:00:00"));
    Decision<LedgerEntry> taken = ledger.award(points("expiry:p:p-boundary:2025-01-01", 2, local("2024-07-01T10:00:00")),
        local("2024-07-01T10:00:00"));
    assertThat(Decided.code(taken)).isEqualTo(PointsRefusal.ID_CONFLICT);
    assertThat(Decided.refusal(taken).detail()).contains("keeps for the expiries it derives");
    assertThat(Decided.refusal(taken).arguments()).containsEntry("id", "expiry:p:p-boundary:2025-01-01");
    ledger.award(points("new", 3, local("2025-01-02T10:00:00")), local("2025-01-02T10:00:00"));
    assertThat(ledger.entries()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Award", "Expiry",
        "Award");
    PointsLedger restored = PointsLedger.restore(policy(ExpiryPolicy.annualReset()), ServiceCatalogue.of(),
        ledger.entries());
    assertThat(restored.entries()).isEqualTo(ledger.entries());
  }

  @Test
  void spendingTakesTheSoonestExpiringPointsFirst() {
    PointsLedger ledger = PointsLedger.open(policy(ExpiryPolicy.endOfFollowingYear()),
        ServiceCatalogue.of(io.github.jiceng.governance.model.points.ServiceOffer.builder()
            .id(io.github.jiceng.governance.model.points.OfferId.of("s")).name("服务")
            .price(io.github.jiceng.governance.model.points.Points.of(1)).build()));
    ledger.award(points("y2024", 10, local("2024-03-01T09:00:00")), local("2024-03-01T09:00:00"));
    ledger.award(points("y2025", 10, local("2025-03-01T09:00:00")), local("2025-03-01T09:00:00"));
    ledger.redeem(EntryId.of("r"), MEMBER, io.github.jiceng.governance.model.points.OfferId.of("s"), 12,
        local("2025-04-01T09:00:00"));
    // 10 from 2024 and 2 from 2025 were spent; 8 of 2025 expire at the start of 2027
    assertThat(ledger.balanceAt(MEMBER, local("2026-01-01T00:00:00")).value()).isEqualTo(8);
    assertThat(ledger.advanceTo(local("2027-01-01T00:00:00"))).singleElement()
        .satisfies(e -> assertThat(e.points().value()).isEqualTo(8));
    assertThat(ledger.totals(MEMBER).conserves()).isTrue();
    assertThat(Duration.between(local("2026-12-31T23:59:59"), local("2027-01-01T00:00:00"))).hasSeconds(1);
  }
}
