package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A points ledger is single-writer: calls that overlap from several threads fail fast, and every
 * call that was answered is exactly what the journal holds.
 */
final class PointsLedgerSingleWriterTest {

  private static final int THREADS = 8;
  private static final int CALLS = 5_000;
  private static final int MAX_ROUNDS = 20;
  private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("s")).name("理疗").price(Points.of(3)).build());
  private static final PointsPolicy POLICY = PointsPolicy.builder().name("threads").version(1)
      .zone(ZoneId.of("Asia/Shanghai")).expiry(ExpiryPolicy.annualReset())
      .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
          .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(5).build())
      .build();

  /** What one thread saw: the entries it was told were appended, and the calls refused as overlapping. */
  private record Seen(List<LedgerEntry> appended, int overlapping, int rejected) {}

  @Test
  void overlappingCallsFromManyThreadsFailFastAndTheJournalHoldsExactlyWhatWasAnswered() throws Exception {
    int overlapping = 0;
    for (int round = 0; round < MAX_ROUNDS && overlapping == 0; round++) {
      overlapping = oneRound(round);
    }
    assertThat(overlapping).as("some calls overlapped in %s rounds of %s threads", MAX_ROUNDS, THREADS)
        .isPositive();
  }

  /** Runs one round of concurrent misuse, checks the ledger is whole, and returns how many calls overlapped. */
  private static int oneRound(int round) throws Exception {
    PointsLedger ledger = PointsLedger.open(POLICY, CATALOGUE);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Seen>> futures = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Seen> work = () -> {
          start.await();
          List<LedgerEntry> appended = new ArrayList<>();
          int overlaps = 0;
          int rejected = 0;
          PersonId member = PersonId.of("p-" + thread);
          for (int i = 0; i < CALLS; i++) {
            try {
              Decision<LedgerEntry> o = i % 10 == 9
                  ? ledger.redeem(EntryId.of("r-" + round + "-" + thread + "-" + i), member, OfferId.of("s"), 1, T)
                  : ledger.award(Contribution.builder().id(EntryId.of("a-" + round + "-" + thread + "-" + i))
                      .actor(member).kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(T).build(), T);
              if (o instanceof Decision.Applied<LedgerEntry> a) {
                appended.addAll(a.events());
              } else {
                rejected++;
              }
            } catch (ConcurrentModificationException e) {
              assertThat(e).hasMessageContaining("single-writer");
              overlaps++;
            }
          }
          return new Seen(appended, overlaps, rejected);
        };
        futures.add(pool.submit(work));
      }
      start.countDown();
      List<LedgerEntry> appended = new ArrayList<>();
      int overlaps = 0;
      long earned = 0;
      long redeemed = 0;
      for (Future<Seen> f : futures) {
        Seen seen = f.get(60, TimeUnit.SECONDS);
        appended.addAll(seen.appended());
        overlaps += seen.overlapping();
        assertThat(seen.appended().size() + seen.overlapping() + seen.rejected()).isEqualTo(CALLS);
        for (LedgerEntry e : seen.appended()) {
          earned += e.signedPoints() > 0 ? e.points().value() : 0;
          redeemed += e.signedPoints() < 0 ? e.points().value() : 0;
        }
      }
      List<LedgerEntry> journal = ledger.entries();
      assertThat(journal).as("round %s: the journal holds every appended entry and nothing else", round)
          .hasSameSizeAs(appended).containsExactlyInAnyOrderElementsOf(appended);
      long journalEarned = 0;
      long journalRedeemed = 0;
      for (AccountTotals totals : ledger.allTotals()) {
        journalEarned += totals.earned().value();
        journalRedeemed += totals.redeemed().value();
        assertThat(totals.balance().value()).isEqualTo(totals.earned().value() - totals.redeemed().value());
      }
      assertThat(journalEarned).isEqualTo(earned);
      assertThat(journalRedeemed).isEqualTo(redeemed);
      assertThat(PointsLedger.restore(POLICY, CATALOGUE, journal).allTotals()).isEqualTo(ledger.allTotals());
      return overlaps;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLedgerHandedFromOneThreadToAnotherIsUsedNormally() throws Exception {
    PointsLedger ledger = PointsLedger.open(POLICY, CATALOGUE);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < 100; i++) {
        int n = i;
        pool.submit(() -> ledger.award(Contribution.builder().id(EntryId.of("a-" + n)).actor(PersonId.of("p-1"))
            .kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(T).build(), T)).get();
        assertThat(ledger.award(Contribution.builder().id(EntryId.of("b-" + n)).actor(PersonId.of("p-1"))
            .kind(ContributionKind.ACTIVITY_ATTENDED).occurredAt(T).build(), T))
            .isInstanceOf(Decision.Applied.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.entries()).hasSize(200);
    assertThat(ledger.balance(PersonId.of("p-1"))).isEqualTo(Points.of(1000));
  }
}
