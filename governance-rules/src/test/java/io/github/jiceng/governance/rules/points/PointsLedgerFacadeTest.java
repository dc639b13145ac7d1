package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Award;
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
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PointsLedger} is {@link PointsRules} over one stream: its answers are the rules'
 * decisions, its state their fold, and only its clock knows where it was advanced to.
 */
final class PointsLedgerFacadeTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");
  private static final PointsPolicy POLICY = PointsPolicy.builder().name("facade").version(1).zone(ZONE)
      .expiry(ExpiryPolicy.annualReset())
      .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
          .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(5).build())
      .build();

  private static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
  }

  private static Contribution attended(String id, PersonId who, Instant at) {
    return Contribution.builder().id(EntryId.of(id)).actor(who).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(at).build();
  }

  @Test
  void anAwardAfterTheNewYearBooksTheExpiriesFirstAndEndsWithTheAward() {
    PointsLedger ledger = PointsLedger.open(POLICY, ServiceCatalogue.of());
    ledger.award(attended("a-1", A, local("2024-06-01T10:00:00")), local("2024-06-01T10:00:00"));
    ledger.award(attended("b-1", B, local("2024-07-01T10:00:00")), local("2024-07-01T10:00:00"));

    Decision<LedgerEntry> d = ledger.award(attended("a-2", A, local("2025-01-02T10:00:00")),
        local("2025-01-02T10:00:00"));

    assertThat(Decided.entry(d)).isInstanceOf(Award.class);
    assertThat(d.events()).extracting(e -> e.id().value()).containsExactly(
        "expiry:p:p-a:2025-01-01", "expiry:p:p-b:2025-01-01", "a-2");
    assertThat(((Expiry) d.events().get(0)).at()).isEqualTo(local("2025-01-01T00:00:00"));
    assertThat(ledger.balance(A).value()).isEqualTo(5);
    assertThat(ledger.balance(B).value()).isZero();
    PointsRules rules = ledger.rules();
    assertThat(ledger.state()).isEqualTo(rules.fold(rules.initialState(), ledger.entries()));
  }

  @Test
  void advancingWithNothingDueMovesTheLedgersClockButLeavesNoEntry() {
    PointsLedger ledger = PointsLedger.open(POLICY, ServiceCatalogue.of());
    Instant t = local("2024-06-01T10:00:00");
    ledger.award(attended("a-1", A, t), t);

    assertThat(ledger.advanceTo(t.plusSeconds(3600))).isEmpty();

    assertThat(ledger.clock()).contains(t.plusSeconds(3600));
    assertThat(ledger.state().clock()).as("the state knows only its entries").contains(t);
    Contribution earlier = attended("a-2", A, t.plusSeconds(60));
    assertThat(Decided.code(ledger.award(earlier, t.plusSeconds(60)))).isEqualTo(PointsRefusal.OUT_OF_ORDER);
    assertThat(ledger.rules().decide(new PointsCommand.Award(earlier, t.plusSeconds(60)), ledger.state()))
        .as("the rules alone, which never saw the advance").isInstanceOf(Decision.Applied.class);
    assertThat(ledger.handle(new PointsCommand.AdvanceTo(t.plusSeconds(7200)))).isEqualTo(Decision.unchanged(List.of()));
    assertThat(ledger.clock()).contains(t.plusSeconds(7200));
    assertThatThrownBy(() -> ledger.advanceTo(t.plusSeconds(3600))).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("not-before-clock");
    assertThat(ledger.entries()).hasSize(1);
  }

  @Test
  void restoringTheEntriesGivesAnEqualStateAndAPlainClock() {
    PointsLedger ledger = PointsLedger.open(POLICY, ServiceCatalogue.of());
    ledger.award(attended("a-1", A, local("2024-06-01T10:00:00")), local("2024-06-01T10:00:00"));
    ledger.advanceTo(local("2025-03-01T00:00:00"));

    PointsLedger restored = PointsLedger.restore(POLICY, ServiceCatalogue.of(), ledger.entries());

    assertThat(restored.state()).isEqualTo(ledger.state()).hasSameHashCodeAs(ledger.state());
    assertThat(restored.clock()).contains(local("2025-01-01T00:00:00"));
    assertThat(restored.state().toString()).contains("2 entries").contains("1 members").doesNotContain("a-1");
  }
}
