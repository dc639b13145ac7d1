package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ledger's invariants over random operations under the article's policy: conservation,
 * balances never negative, caps never exceeded, idempotency of operations and of recorded entries.
 * The seed is in each test's name.
 */
final class PointsLedgerPropertyTest {

  private static final PointsPolicy POLICY = RedStarPolicies.article();

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  private static PointsLedger run(long seed) {
    PointsLedger ledger = PointsLedger.open(POLICY, RandomLedgerOps.CATALOGUE);
    for (Function<PointsLedger, Decision<LedgerEntry>> op : RandomLedgerOps.generate(new SplittableRandom(seed), 300)) {
      op.apply(ledger);
    }
    return ledger;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void earnedLessRedeemedExpiredAndDeductedIsTheBalance(long seed) {
    PointsLedger ledger = run(seed);
    ledger.advanceTo(ledger.clock().orElseThrow().plusSeconds(3L * 366 * 86_400));
    Map<ActorId, long[]> sums = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      long[] s = sums.computeIfAbsent(e.actor(), a -> new long[4]);
      int k = e instanceof Award ? 0 : e instanceof Redemption ? 1 : e instanceof Expiry ? 2 : 3;
      s[k] += e.points().value();
    }
    for (ActorId actor : RandomLedgerOps.ACTORS) {
      AccountTotals t = ledger.totals(actor);
      long[] s = sums.getOrDefault(actor, new long[4]);
      assertThat(t.conserves()).as("seed %s, %s: %s", seed, actor, t).isTrue();
      assertThat(new long[] {t.earned().value(), t.redeemed().value(), t.expired().value(), t.deducted().value()})
          .as("seed %s, %s: totals agree with the entries", seed, actor).containsExactly(s);
      assertThat(t.balance().value()).as("seed %s, %s: all points expired three years later", seed, actor)
          .isZero();
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void noBalanceEverGoesBelowZero(long seed) {
    PointsLedger ledger = run(seed);
    Map<ActorId, Long> running = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      long b = running.merge(e.actor(), e.signedPoints(), Long::sum);
      assertThat(b).as("seed %s: balance of %s after %s", seed, e.actor(), e.id()).isNotNegative();
    }
    for (ActorId actor : RandomLedgerOps.ACTORS) {
      assertThat(ledger.balance(actor).value()).as("seed %s", seed).isEqualTo(running.getOrDefault(actor, 0L));
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void noCapIsEverExceeded(long seed) {
    PointsLedger ledger = run(seed);
    Map<String, Long> used = new HashMap<>();
    for (LedgerEntry e : ledger.entries()) {
      if (!(e instanceof Award)) {
        continue;
      }
      Award a = (Award) e;
      assertThat(a.points()).as("seed %s: %s granted at most what was requested", seed, a.id())
          .isLessThanOrEqualTo(a.requested());
      EarningRule rule = POLICY.earningRule(a.rule()).orElseThrow();
      for (Cap cap : rule.caps()) {
        String key = a.actor() + "|" + a.rule() + "|" + cap.period().start(a.contribution().occurredAt(), POLICY.zone());
        long sum = used.merge(key + cap.period(), a.points().value(), Long::sum);
        assertThat(sum).as("seed %s: rule cap %s for %s", seed, cap, key).isLessThanOrEqualTo(cap.limit().value());
      }
      for (Cap cap : POLICY.memberCaps()) {
        String key = a.actor() + "|*|" + cap.period().start(a.contribution().occurredAt(), POLICY.zone());
        long sum = used.merge(key + cap.period(), a.points().value(), Long::sum);
        assertThat(sum).as("seed %s: member cap %s for %s", seed, cap, key).isLessThanOrEqualTo(cap.limit().value());
      }
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void repeatingEveryBookedOperationChangesNothing(long seed) {
    PointsLedger ledger = PointsLedger.open(POLICY, RandomLedgerOps.CATALOGUE);
    List<Function<PointsLedger, Decision<LedgerEntry>>> booked = new java.util.ArrayList<>();
    for (Function<PointsLedger, Decision<LedgerEntry>> op : RandomLedgerOps.generate(new SplittableRandom(seed), 300)) {
      if (!op.apply(ledger).isRefused()) {
        booked.add(op);
      }
    }
    List<LedgerEntry> before = ledger.entries();
    List<AccountTotals> totals = ledger.allTotals();
    for (Function<PointsLedger, Decision<LedgerEntry>> op : booked) {
      Decision<LedgerEntry> o = op.apply(ledger);
      assertThat(o).as("seed %s: a booked operation repeated is a duplicate", seed)
          .isInstanceOf(Decision.Unchanged.class);
    }
    assertThat(ledger.entries()).as("seed %s", seed).isEqualTo(before);
    assertThat(ledger.allTotals()).as("seed %s", seed).isEqualTo(totals);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void restoringFromTheEntriesRebuildsTheSameLedgerAndAppendingThemAgainChangesNothing(long seed) {
    PointsLedger ledger = run(seed);
    List<LedgerEntry> entries = ledger.entries();
    PointsLedger restored = PointsLedger.restore(POLICY, RandomLedgerOps.CATALOGUE, entries);
    assertThat(restored.entries()).as("seed %s", seed).isEqualTo(entries);
    assertThat(restored.allTotals()).as("seed %s", seed).isEqualTo(ledger.allTotals());
    for (LedgerEntry e : entries) {
      assertThat(restored.append(e)).as("seed %s: %s", seed, e.id()).isInstanceOf(Decision.Unchanged.class)
          .extracting(Decision::events).isEqualTo(List.of(e));
    }
    assertThat(restored.entries()).as("seed %s", seed).isEqualTo(entries);
    Instant later = ledger.clock().orElseThrow().plusSeconds(800L * 86_400);
    ledger.advanceTo(later);
    restored.advanceTo(later);
    assertThat(restored.entries()).as("seed %s: same expiries", seed).isEqualTo(ledger.entries());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void deductionsNeverTakeMoreThanTheBalanceOrTheRule(long seed) {
    PointsLedger ledger = run(seed);
    for (LedgerEntry e : ledger.entries()) {
      if (e instanceof Deduction) {
        Deduction d = (Deduction) e;
        var rule = POLICY.deductionRule(d.rule()).orElseThrow();
        if (!rule.forfeitAll()) {
          assertThat(d.requested()).as("seed %s", seed).isEqualTo(rule.points());
        }
        assertThat(d.points()).as("seed %s", seed).isLessThanOrEqualTo(d.requested());
      }
    }
  }
}
