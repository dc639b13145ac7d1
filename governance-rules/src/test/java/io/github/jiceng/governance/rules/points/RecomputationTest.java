package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
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
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A new policy version is applied by recomputation, which reports every change per member. */
final class RecomputationTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");
  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("s")).name("服务").price(Points.of(8)).build());

  private static PointsPolicy policy(int version, long base, ExpiryPolicy expiry) {
    return PointsPolicy.builder().name("district").version(version).zone(ZONE).expiry(expiry)
        .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
            .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(base).build())
        .build();
  }

  private static Contribution attended(String id, PersonId who, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(who).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(at).build();
  }

  @Test
  void reportsEachMembersChangeAndTheRedemptionsTheNewPolicyRefuses() {
    PointsLedger ledger = PointsLedger.open(policy(1, 5, ExpiryPolicy.never()), CATALOGUE);
    Instant t = Instant.parse("2024-03-01T02:00:00Z");
    ledger.award(attended("a1", A, t), t);
    ledger.award(attended("a2", A, t.plusSeconds(60)), t.plusSeconds(60));
    ledger.award(attended("b1", B, t), t.plusSeconds(60));
    ledger.redeem(EntryId.of("r-a"), A, OfferId.of("s"), 1, t.plusSeconds(120));
    List<io.github.jiceng.governance.model.points.LedgerEntry> before = ledger.entries();

    Recomputation r = Recomputation.of(ledger, policy(2, 3, ExpiryPolicy.never()), t.plusSeconds(180));

    assertThat(r.from()).isEqualTo("district@1");
    assertThat(r.to()).isEqualTo("district@2");
    assertThat(r.diffs()).extracting(MemberDiff::actor).containsExactly(A, B);
    MemberDiff a = r.diffs().get(0);
    // before: 10 earned, 8 redeemed, 2 left; after: 6 earned, the redemption of 8 refused, 6 left
    assertThat(a.before().balance().value()).isEqualTo(2);
    assertThat(a.after().balance().value()).isEqualTo(6);
    assertThat(a.balanceChange().value()).isEqualTo(4);
    assertThat(a.earnedChange().value()).isEqualTo(-4);
    assertThat(r.refused()).singleElement().satisfies(f -> {
      assertThat(f.id()).isEqualTo(EntryId.of("r-a"));
      assertThat(f.refusal().code()).isEqualTo(PointsRefusal.INSUFFICIENT_BALANCE);
      assertThat(f.refusal().arguments()).containsEntry("balance", "6").containsEntry("needed", "8");
    });
    assertThat(r.diffs().get(1).balanceChange().value()).isEqualTo(-2);
    assertThat(ledger.entries()).as("the original ledger is unchanged").isEqualTo(before);
  }

  @Test
  void refusesToCompareBeforeTheLedgersClockWhichARefusedStepDoesNotMove() {
    PointsLedger ledger = PointsLedger.open(policy(1, 5, ExpiryPolicy.never()), CATALOGUE);
    Instant t = Instant.parse("2024-03-01T02:00:00Z");
    ledger.award(attended("a1", A, t), t);
    // refused for the balance: the ledger stays exactly as it was, clock included
    assertThat(ledger.redeem(EntryId.of("r-a"), A, OfferId.of("s"), 1, t.plusSeconds(600)))
        .isInstanceOf(Decision.Refused.class);
    assertThat(ledger.clock()).contains(t);
    assertThat(Recomputation.of(ledger, policy(2, 3, ExpiryPolicy.never()), t.plusSeconds(300)).diffs()).hasSize(1);
    ledger.award(attended("a2", A, t.plusSeconds(600)), t.plusSeconds(600));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Recomputation.of(ledger, policy(2, 3, ExpiryPolicy.never()), t.plusSeconds(300)))
        .withMessageContaining("cannot compare as of");
  }

  static LongStream seeds() {
    return SeedCount.longs(60);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void recomputingUnderTheSamePolicyChangesNobody(long seed) {
    PointsLedger ledger = PointsLedger.open(io.github.jiceng.governance.model.points.RedStarPolicies.article(),
        RandomLedgerOps.CATALOGUE);
    for (Function<PointsLedger, Decision<LedgerEntry>> op : RandomLedgerOps.generate(new SplittableRandom(seed), 200)) {
      op.apply(ledger);
    }
    Instant asOf = ledger.clock().orElseThrow().plusSeconds(86_400);
    Recomputation r = Recomputation.of(ledger, ledger.policy(), asOf);
    assertThat(r.changes()).as("seed %s", seed).isEmpty();
    assertThat(r.refused()).as("seed %s", seed).isEmpty();
    assertThat(r.diffs()).as("seed %s", seed).allSatisfy(d -> assertThat(d.before().conserves()).isTrue());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anAnnualResetNeverLeavesMorePointsThanExpiryAtTheEndOfTheFollowingYear(long seed) {
    PointsLedger ledger = PointsLedger.open(policy(1, 4, ExpiryPolicy.endOfFollowingYear()), CATALOGUE);
    SplittableRandom random = new SplittableRandom(seed);
    Instant t = Instant.parse("2023-01-01T00:00:00Z");
    for (int i = 0; i < 100; i++) {
      t = t.plusSeconds(random.nextInt(20 * 86_400));
      ledger.award(attended("a" + i, random.nextBoolean() ? A : B, t), t);
    }
    Recomputation r = Recomputation.of(ledger, policy(2, 4, ExpiryPolicy.annualReset()), t);
    assertThat(r.diffs()).as("seed %s", seed).allSatisfy(d -> {
      assertThat(d.after().balance()).isLessThanOrEqualTo(d.before().balance());
      assertThat(d.after().earned()).isEqualTo(d.before().earned());
      assertThat(d.after().conserves()).isTrue();
    });
  }
}
