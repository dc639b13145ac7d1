package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The points ledger's declared limits: each accepted at the limit and refused one past it. */
final class PointsLedgerLimitsTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final PersonId A = PersonId.of("p-a");
  private static final Instant T = Instant.parse("2024-03-01T02:00:00Z");
  private static final long HALF = Points.MAX_ENTRY / 2;

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("half")).name("半价").price(Points.of(HALF)).build(),
      ServiceOffer.builder().id(OfferId.of("max")).name("最贵").price(Points.of(Points.MAX_ENTRY)).build());

  private static PointsPolicy policy(long perOccurrence, ExpiryPolicy expiry) {
    return PointsPolicy.builder().name("limits").version(1).zone(ZONE).expiry(expiry)
        .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
            .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(perOccurrence).build())
        .addEarningRule(EarningRule.builder().id(RuleId.of("donate")).name("捐赠").kind(ContributionKind.DONATION)
            .basePoints(1).amountUnit(Money.ofFen(1)).build())
        .addDeductionRule(DeductionRule.forfeitAll("all", "清零"))
        .build();
  }

  private static Contribution attended(String id, int count, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(A).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(at).count(count).build();
  }

  private static Contribution donated(String id, long fen) {
    return Contribution.builder().id(EntryId.of(id)).actor(A).kind(ContributionKind.DONATION).occurredAt(T)
        .amount(Money.ofFen(fen)).build();
  }

  @Test
  void anAwardOfExactlyTheEntryLimitIsBookedAndOnePointMoreIsRefused() {
    PointsLedger ledger = PointsLedger.open(policy(1, ExpiryPolicy.never()), CATALOGUE);
    assertThat(ledger.award(donated("d-1", Points.MAX_ENTRY), T)).isInstanceOf(Decision.Applied.class);
    Decision<LedgerEntry> past = ledger.award(donated("d-2", Points.MAX_ENTRY + 1), T);
    assertThat(past).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.totals(A).earned().value()).isEqualTo(Points.MAX_ENTRY);
    assertThat(ledger.entries()).hasSize(1);
  }

  @Test
  void theLargestDonationsGiveARefusalNotANegativeBalance() {
    PointsLedger ledger = PointsLedger.open(policy(1, ExpiryPolicy.never()), CATALOGUE);
    for (String id : List.of("d-1", "d-2")) {
      assertThat(ledger.award(donated(id, Money.MAX_ENTRY.fen()), T)).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    }
    assertThat(ledger.balance(A)).isEqualTo(Points.ZERO);
    assertThat(ledger.clock()).isEmpty();
  }

  @Test
  void aContributionCannotCarryMoreMoneyThanOneEntryMoves() {
    assertThat(donated("d-1", Money.MAX_ENTRY.fen()).amount()).contains(Money.MAX_ENTRY);
    assertThatThrownBy(() -> donated("d-2", Money.MAX_ENTRY.fen() + 1)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("amount").hasMessageContaining("amount-range");
    assertThatThrownBy(() -> donated("d-3", Long.MAX_VALUE)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("amount-range");
  }

  @Test
  void aCalculationPastTheEntryLimitIsRefusedWithItsArithmetic() {
    PointsLedger atLimit = PointsLedger.open(policy(1000, ExpiryPolicy.never()), CATALOGUE);
    assertThat(atLimit.award(attended("a-1", 1_000_000, T), T)).satisfies(d -> assertThat(Decided.entry(d).points().value()).isEqualTo(Points.MAX_ENTRY));
    PointsLedger past = PointsLedger.open(policy(1001, ExpiryPolicy.never()), CATALOGUE);
    assertThat(past.award(attended("a-1", 1_000_000, T), T)).satisfies(d -> {
      assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE);
      assertThat(Decided.refusal(d).detail()).contains("1001 pt × 1000000");
      assertThat(Decided.refusal(d).arguments()).containsEntry("value", "1001000000")
          .containsEntry("range", "[0, " + Points.MAX_ENTRY + "]");
    });
  }

  @Test
  void aMemberEarnsUpToTheBalanceLimitAndNotOnePointMore() {
    PointsLedger ledger = PointsLedger.open(policy(1000, ExpiryPolicy.never()), CATALOGUE);
    long awards = Points.MAX_BALANCE / Points.MAX_ENTRY;
    for (long i = 0; i < awards; i++) {
      assertThat(ledger.award(attended("a-" + i, 1_000_000, T), T)).isInstanceOf(Decision.Applied.class);
    }
    assertThat(ledger.totals(A).earned().value()).isEqualTo(Points.MAX_BALANCE);
    assertThat(ledger.balance(A).value()).isEqualTo(Points.MAX_BALANCE);
    Decision<LedgerEntry> past = ledger.award(attended("a-past", 1, T.plusSeconds(1)), T.plusSeconds(1));
    assertThat(past).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.clock()).contains(T);
    assertThat(ledger.totals(A).earned().value()).isEqualTo(Points.MAX_BALANCE);
    // what is spent is not earned again: the limit is on the earned total
    assertThat(ledger.redeem(EntryId.of("r-1"), A, OfferId.of("max"), 1, T.plusSeconds(2)))
        .isInstanceOf(Decision.Applied.class);
    assertThat(ledger.award(attended("a-after", 1, T.plusSeconds(3)), T.plusSeconds(3)))
        .isInstanceOf(Decision.Refused.class);
    // forfeiting the whole balance is one entry of up to the balance limit
    assertThat(ledger.deduct(EntryId.of("x-1"), A, RuleId.of("all"), T.plusSeconds(4), "清零"))
        .satisfies(d -> assertThat(Decided.entry(d).points().value())
            .isEqualTo(Points.MAX_BALANCE - Points.MAX_ENTRY));
  }

  @Test
  void aRecordedAwardPastTheBalanceLimitIsRefusedOnRestore() {
    PointsLedger ledger = PointsLedger.open(policy(1000, ExpiryPolicy.never()), CATALOGUE);
    for (long i = 0; i < Points.MAX_BALANCE / Points.MAX_ENTRY; i++) {
      ledger.award(attended("a-" + i, 1_000_000, T), T);
    }
    Award extra = new Award(attended("a-extra", 1, T), T, Points.of(1), Points.of(1), RuleId.of("attend"),
        "limits@1", "1 pt × 1 = 1");
    assertThat(ledger.append(extra)).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
  }

  @Test
  void aPriceTimesQuantityPastTheEntryLimitIsRefusedNotThrown() {
    PointsLedger ledger = PointsLedger.open(policy(1000, ExpiryPolicy.never()), CATALOGUE);
    ledger.award(attended("a-1", 1_000_000, T), T);
    ledger.award(attended("a-2", 1_000_000, T), T);
    assertThat(ledger.redeem(EntryId.of("r-2"), A, OfferId.of("half"), 2, T)).satisfies(d -> assertThat(Decided.entry(d).points().value()).isEqualTo(2 * HALF));
    assertThat(ledger.redeem(EntryId.of("r-3"), A, OfferId.of("half"), 3, T)).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.redeem(EntryId.of("r-big"), A, OfferId.of("max"), Integer.MAX_VALUE, T))
        .satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.entries()).hasSize(3);
  }

  @Test
  void pricesDeductionsAndCapsAreDeclaredWithinTheLimits() {
    assertThat(ServiceOffer.builder().id(OfferId.of("s")).name("s").price(Points.of(Points.MAX_ENTRY)).build().price()
        .value()).isEqualTo(Points.MAX_ENTRY);
    assertThatThrownBy(() -> ServiceOffer.builder().id(OfferId.of("s")).name("s")
        .price(Points.of(Points.MAX_ENTRY + 1)).build()).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("points-range");
    assertThat(DeductionRule.of("d", "扣", Points.MAX_ENTRY).points().value()).isEqualTo(Points.MAX_ENTRY);
    assertThatThrownBy(() -> DeductionRule.of("d", "扣", Points.MAX_ENTRY + 1))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("points-range");
    assertThat(io.github.jiceng.governance.model.points.Cap.of(io.github.jiceng.governance.model.points.CapPeriod.DAY,
        Points.MAX_BALANCE).limit().value()).isEqualTo(Points.MAX_BALANCE);
    assertThatThrownBy(() -> io.github.jiceng.governance.model.points.Cap.of(
        io.github.jiceng.governance.model.points.CapPeriod.DAY, Points.MAX_BALANCE + 1))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("points-range");
  }

  @Test
  void theLatestInstantIsBookedWithItsExpiryAndOneNanosecondLaterIsRefused() {
    PointsLedger ledger = PointsLedger.open(policy(5, ExpiryPolicy.afterMonths(1200)), CATALOGUE);
    Instant latest = TimeLimits.LATEST;
    assertThat(ledger.award(attended("a-1", 1, latest), latest)).isInstanceOf(Decision.Applied.class);
    assertThat(ledger.balanceAt(A, latest)).isEqualTo(Points.of(5));
    Instant past = latest.plusNanos(1);
    assertThat(ledger.redeem(EntryId.of("r-1"), A, OfferId.of("half"), 1, past)).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.clock()).contains(latest);
    assertThatThrownBy(() -> attended("a-2", 1, past)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("occurredAt").hasMessageContaining("instant-range");
  }

  @Test
  void theEarliestInstantIsBookedAndOneNanosecondEarlierIsRefused() {
    PointsLedger ledger = PointsLedger.open(policy(5, ExpiryPolicy.annualReset()), CATALOGUE);
    Instant earliest = TimeLimits.EARLIEST;
    assertThat(ledger.award(attended("a-1", 1, earliest), earliest)).isInstanceOf(Decision.Applied.class);
    PointsLedger other = PointsLedger.open(policy(5, ExpiryPolicy.annualReset()), CATALOGUE);
    assertThat(other.award(attended("a-1", 1, earliest), earliest.minusNanos(1))).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(other.clock()).isEmpty();
  }

  @Test
  void anAwardAtInstantMaxIsRefusedAndTheLedgerGoesOnAsBefore() {
    PointsLedger ledger = PointsLedger.open(policy(5, ExpiryPolicy.annualReset()), CATALOGUE);
    assertThat(ledger.award(attended("a-1", 1, T), T)).isInstanceOf(Decision.Applied.class);
    assertThat(ledger.award(attended("a-2", 1, T), Instant.MAX)).satisfies(d -> assertThat(Decided.code(d)).isEqualTo(PointsRefusal.OUT_OF_RANGE));
    assertThat(ledger.clock()).contains(T);
    assertThat(ledger.award(attended("a-2", 1, T), T.plusSeconds(60))).isInstanceOf(Decision.Applied.class);
    assertThatThrownBy(() -> ledger.advanceTo(Instant.MAX)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("instant-range");
    assertThat(ledger.clock()).contains(T.plusSeconds(60));
  }

  @Test
  void aContributionLastsAtMostTheLongestDuration() {
    Contribution.Builder b = Contribution.builder().id(EntryId.of("v-1")).actor(A)
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(T);
    assertThat(b.duration(TimeLimits.MAX_DURATION).build().duration()).contains(TimeLimits.MAX_DURATION);
    assertThatThrownBy(() -> Contribution.builder().id(EntryId.of("v-2")).actor(A)
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(T).duration(TimeLimits.MAX_DURATION.plus(
            Duration.ofNanos(1))).build()).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("duration-range");
  }
}
