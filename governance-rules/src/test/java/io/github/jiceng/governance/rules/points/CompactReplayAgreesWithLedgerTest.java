package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.CapPeriod;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compact replay and the ledger are two implementations of one semantics: the same random
 * events (credits, debits, duplicate ids, caps and expiry, months as periods) give every member
 * the same balance and the same totals in both.
 */
final class CompactReplayAgreesWithLedgerTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final LocalDate EPOCH_MONTH = LocalDate.of(2024, 1, 1);
  private static final OfferId UNIT = OfferId.of("unit");

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  private static PointsPolicy policy(int cap, int window) {
    PointsPolicy.Builder b = PointsPolicy.builder().name("replay").version(1).zone(ZONE)
        .expiry(window == 0 ? ExpiryPolicy.never() : ExpiryPolicy.afterMonths(window))
        .addEarningRule(EarningRule.builder().id(RuleId.of("credit")).name("积分")
            .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(1).build());
    if (cap > 0) {
      b.addMemberCap(Cap.of(CapPeriod.MONTH, cap));
    }
    return b.build();
  }

  private static Instant instantIn(int period, int secondOfMonth) {
    return EPOCH_MONTH.plusMonths(period).atStartOfDay(ZONE).toInstant().plusSeconds(secondOfMonth);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void bothGiveEveryMemberTheSameBalance(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int members = 1 + random.nextInt(8);
    int n = random.nextInt(400);
    int months = 1 + random.nextInt(30);
    int cap = random.nextInt(3) == 0 ? 0 : 20 + random.nextInt(200);
    int window = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(13);
    long[] ids = new long[n];
    int[] who = new int[n];
    int[] periods = new int[n];
    int[] points = new int[n];
    for (int i = 0; i < n; i++) {
      periods[i] = (int) ((long) i * months / Math.max(1, n));
      if (i > 0 && random.nextInt(12) == 0) {
        int j = random.nextInt(i);
        ids[i] = ids[j];
        who[i] = random.nextBoolean() ? who[j] : random.nextInt(members);
      } else {
        ids[i] = random.nextLong() >>> (random.nextInt(4) == 0 ? 60 : 1); // small ids, 0 included, collide often
        who[i] = random.nextInt(members);
      }
      points[i] = random.nextInt(4) == 0 ? -(1 + random.nextInt(150)) : 1 + random.nextInt(100);
    }
    int asOf = (n == 0 ? 0 : periods[n - 1]) + random.nextInt(15);
    ReplayResult compact = CompactReplay.replay(ReplayBatch.wrap(ids, who, periods, points, members),
        new ReplaySettings(cap, window), asOf);

    PointsLedger ledger = PointsLedger.open(policy(cap, window),
        ServiceCatalogue.of(ServiceOffer.builder().id(UNIT).name("单位服务").price(Points.of(1)).build()));
    for (int i = 0; i < n; i++) {
      Instant at = instantIn(periods[i], i);
      EntryId id = EntryId.of("e" + Long.toHexString(ids[i]));
      PersonId member = PersonId.of("m" + who[i]);
      if (points[i] > 0) {
        ledger.award(Contribution.builder().id(id).actor(member).kind(ContributionKind.ACTIVITY_ATTENDED)
            .occurredAt(at).count(points[i]).build(), at);
      } else {
        ledger.redeem(id, member, UNIT, -points[i], at);
      }
    }
    ledger.advanceTo(instantIn(asOf + 1, 0).minusNanos(1));
    long credited = 0;
    long debited = 0;
    long expired = 0;
    for (int m = 0; m < members; m++) {
      AccountTotals t = ledger.totals(PersonId.of("m" + m));
      assertThat(compact.balance(m)).as("seed %s: member %s, %s", seed, m, compact).isEqualTo(t.balance().value());
      credited += t.earned().value();
      debited += t.redeemed().value();
      expired += t.expired().value();
    }
    assertThat(new long[] {compact.credited(), compact.debited(), compact.expired()}).as("seed %s", seed)
        .containsExactly(credited, debited, expired);
    assertThat(compact.conserves()).as("seed %s", seed).isTrue();
  }

  private static final CompactReplay REUSED = CompactReplay.withWorkspace();

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theBucketedReplayGivesWhatTheEventByEventReplayGives(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int members = 1 + random.nextInt(seed % 5 == 0 ? 9_000 : 40);
    int n = random.nextInt(seed % 5 == 0 ? 60_000 : 2_000);
    int months = 1 + random.nextInt(40);
    boolean debitRepeats = random.nextInt(3) == 0;
    long[] ids = new long[n];
    int[] who = new int[n];
    int[] periods = new int[n];
    int[] points = new int[n];
    for (int i = 0; i < n; i++) {
      periods[i] = (int) ((long) i * months / Math.max(1, n));
      points[i] = random.nextInt(5) == 0 ? -(1 + random.nextInt(200)) : 1 + random.nextInt(100);
      int j = i == 0 ? -1 : random.nextInt(i);
      if (j >= 0 && random.nextInt(20) == 0 && (debitRepeats || points[j] > 0)) {
        ids[i] = ids[j];
        who[i] = who[j];
      } else {
        ids[i] = random.nextLong() >>> 1;
        who[i] = random.nextInt(members);
      }
    }
    ReplayBatch batch = ReplayBatch.wrap(ids, who, periods, points, members);
    ReplaySettings settings = new ReplaySettings(random.nextInt(3) == 0 ? 0 : 50 + random.nextInt(300),
        random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(14));
    int asOf = batch.lastPeriod() + random.nextInt(3);
    ReplayResult expected = CompactReplay.replaySequential(batch, settings, asOf);
    assertThat(CompactReplay.replay(batch, settings, asOf)).as("seed %s", seed).isEqualTo(expected);
    assertThat(REUSED.run(batch, settings, asOf)).as("seed %s, reused workspace", seed).isEqualTo(expected);
  }

  @Test
  void refusesEventsOutOfBookingOrder() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReplayBatch.wrap(new long[] {1, 2}, new int[] {0, 0}, new int[] {3, 2}, new int[] {5, 5}, 1))
        .withMessageContaining("booking order");
  }

  @Test
  void countsDuplicatesClippingAndRefusedDebits() {
    // member 0: 300 + 300 in month 0 under a cap of 500 (100 clipped); the same id again; a debit of 600 refused
    ReplayResult r = CompactReplay.replay(ReplayBatch.wrap(new long[] {11, 12, 11, 13}, new int[] {0, 0, 0, 0},
        new int[] {0, 0, 0, 1}, new int[] {300, 300, 300, -600}, 1), new ReplaySettings(500, 12), 1);
    assertThat(r.balance(0)).isEqualTo(500);
    assertThat(r.duplicates()).isEqualTo(1);
    assertThat(r.clipped()).isEqualTo(100);
    assertThat(r.rejectedDebits()).isEqualTo(1);
  }

  @Test
  void refusesBalancesBeyondWhatItsIntegersHoldInsteadOfWrappingOrClipping() {
    // two credits of 2,000,000,000: without expiry they would wrap a member's slot negative, and
    // with no cap (0) they must not be clipped as if a cap of 2^31 - 1 applied
    int[] big = {2_000_000_000, 2_000_000_000};
    record Case(ReplaySettings settings, int[] periods) {}
    for (Case c : List.of(new Case(new ReplaySettings(0, 0), new int[] {0, 1}),
        new Case(new ReplaySettings(0, 0), new int[] {0, 0}), new Case(new ReplaySettings(0, 12), new int[] {0, 0}))) {
      ReplayBatch batch = ReplayBatch.wrap(new long[] {1, 2}, new int[] {0, 0}, c.periods(), big, 1);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompactReplay.replay(batch, c.settings(), 1))
          .as("%s, periods %s", c.settings(), java.util.Arrays.toString(c.periods()))
          .isInstanceOf(ArithmeticException.class).hasMessageContaining("PointsLedger");
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> CompactReplay.replaySequential(batch, c.settings(), 1))
          .isInstanceOf(ArithmeticException.class);
    }
    // in two periods that expire apart, each slot holds its own: the balance is the exact sum
    assertThat(CompactReplay.replay(ReplayBatch.wrap(new long[] {1, 2}, new int[] {0, 0}, new int[] {0, 1}, big, 1),
        new ReplaySettings(0, 12), 1).balance(0)).isEqualTo(4_000_000_000L);
    // one such credit fits, and a cap still clips the second as before
    assertThat(CompactReplay.replay(ReplayBatch.wrap(new long[] {1}, new int[] {0}, new int[] {0},
        new int[] {2_000_000_000}, 1), new ReplaySettings(0, 0), 0).balance(0)).isEqualTo(2_000_000_000L);
    ReplayResult capped = CompactReplay.replay(ReplayBatch.wrap(new long[] {1, 2}, new int[] {0, 0}, new int[] {0, 0},
        big, 1), new ReplaySettings(2_100_000_000, 0), 0);
    assertThat(capped.balance(0)).isEqualTo(2_100_000_000L);
    assertThat(capped.clipped()).isEqualTo(1_900_000_000L);
  }
}
