package io.github.jiceng.governance.sim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The simulation's values refuse what they say they refuse, copy what they hold, and take no
 * undeclared null.
 */
final class SimulationValuesTest {

  private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
  private static final GridHierarchy H = GridHierarchy.of(LevelSchemes.URBAN,
      List.of(GridNode.builder().id(GridId.of("st")).level("STREET").name("街道").build()));

  static DemandStream demand() {
    return new DemandStream("elderly-care", "GRID", 300, Set.of("care"), Pillar.SERVICE_SHARING, DemandSource.RESIDENT,
        Map.of(Urgency.NORMAL, 1), IntRange.of(1, 3), 14);
  }

  static SimulationEvent event() {
    return new SimulationEvent(1, 0, T, EventKind.DEMAND_SUBMITTED, Optional.of(PersonId.of("p-1")),
        Optional.of(GridId.of("st")), Optional.of(Action.RAISE), new TreeMap<>(Map.of(SimulationEvent.DEMAND, "d-1")),
        "raised", Optional.empty());
  }

  @Test
  void noPublicConstructorOrMethodTakesAnUndeclaredNull() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(IntRange.class, IntRange.of(1, 2))
        .setDefault(MoneyRange.class, MoneyRange.ofYuan(1, 2))
        .setDefault(Pillar.class, Pillar.SERVICE_SHARING)
        .setDefault(GridHierarchy.class, H)
        .setDefault(GridId.class, GridId.of("st"))
        .setDefault(LocalDate.class, LocalDate.of(2024, 1, 1))
        .setDefault(ZoneId.class, ZoneId.of("UTC"))
        .setDefault(Money.class, Money.ofFen(100))
        .setDefault(String.class, "GRID")
        .setDefault(io.github.jiceng.governance.model.fund.Fund.class, io.github.jiceng.governance.model.fund.Fund
            .builder().id(io.github.jiceng.governance.model.fund.FundId.of("f")).name("基金").grid(GridId.of("st"))
            .launchedOn(LocalDate.of(2024, 1, 1)).build())
        .setDefault(io.github.jiceng.governance.model.fund.DisbursementPolicy.class,
            io.github.jiceng.governance.model.fund.FundPolicies.streetDefault("p",
                List.of(PersonId.of("a"), PersonId.of("b"), PersonId.of("c"))))
        .setDefault(io.github.jiceng.governance.model.service.Demand.class,
            io.github.jiceng.governance.model.service.Demand.builder()
                .id(io.github.jiceng.governance.model.service.DemandId.of("d-1")).source(DemandSource.RESIDENT)
                .requester(PersonId.of("p-1")).grid(GridId.of("st")).category("care").urgency(Urgency.LOW)
                .beneficiaries(1).window(io.github.jiceng.governance.model.time.Interval.of(T, T.plusSeconds(60)))
                .pillar(Pillar.SERVICE_SHARING).submittedAt(T).build());
    for (Class<?> c : List.of(IntRange.class, MoneyRange.class, RatingWeights.class, DemandStream.class,
        DonationStream.class, DisbursementStream.class, ClueStream.class, ProposalStream.class, AbsenceStream.class,
        VolunteerStream.class, CheckInStream.class, SimulationEvent.class, SimulationRun.class,
        EventPayload.OfDemand.class, EventPayload.OfFund.class, SimulationParameters.class)) {
      t.testAllPublicConstructors(c);
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicInstanceMethods(event());
    t.testAllPublicInstanceMethods(demand());
    t.testAllPublicInstanceMethods(RatingWeights.of(1, 2, 3, 4, 5));
  }

  @Test
  void streamsRefuseRatesChancesAndRangesOutOfForm() {
    assertThatThrownBy(() -> IntRange.of(3, 2)).isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> new DemandStream("elderly-care", "GRID", -1, Set.of(), Pillar.SERVICE_SHARING,
        DemandSource.RESIDENT, Map.of(Urgency.NORMAL, 1), IntRange.of(1, 3), 14))
        .hasMessageContaining("rate-range");
    assertThatThrownBy(() -> new DemandStream("elderly-care", "grid", 1, Set.of(), Pillar.SERVICE_SHARING,
        DemandSource.RESIDENT, Map.of(Urgency.NORMAL, 1), IntRange.of(1, 3), 14))
        .hasMessageContaining("level-form");
    assertThatThrownBy(() -> new DemandStream("elderly-care", "GRID", 1, Set.of(), Pillar.SERVICE_SHARING,
        DemandSource.RESIDENT, Map.of(Urgency.NORMAL, 0), IntRange.of(1, 3), 14))
        .hasMessageContaining("weights-positive");
    assertThatThrownBy(() -> new ProposalStream("GRID", 1, 1001, 1, 1, 1, 1)).hasMessageContaining("per-mille-range");
    assertThatThrownBy(() -> new DisbursementStream(OutflowCategory.DIRECTED_PROJECT, 1, MoneyRange.ofYuan(1, 2)))
        .hasMessageContaining("no-directed-project");
    assertThatThrownBy(() -> new ClueStream("GRID", 1, List.of(), 1, 0, Map.of(ImplementationMode.SERVICE_CHAIN, 1),
        MoneyRange.ofYuan(1, 2), IntRange.of(1, 2), IntRange.of(1, 2))).hasMessageContaining("not-empty");
    assertThatThrownBy(() -> RatingWeights.of(0, 0, 0, 0, 0)).hasMessageContaining("weights-positive");
    assertThatThrownBy(() -> new RatingWeights(List.of(1, 2))).hasMessageContaining("five-weights");
    assertThatThrownBy(() -> new MoneyRange(Money.ZERO, Money.ofFen(1))).hasMessageContaining("range-ordered");
    assertThatThrownBy(() -> new AbsenceStream(5, IntRange.of(0, 2))).hasMessageContaining("days-range");
    assertThatThrownBy(() -> SimulationParameters.builder().start(LocalDate.of(2024, 1, 1)).withdrawPerMille(1200)
        .build()).hasMessageContaining("per-mille-range");
    assertThat(new DonationStream(DonationChannel.LEAD, 5, MoneyRange.ofYuan(1, 9), Optional.empty()).channel())
        .isEqualTo(DonationChannel.LEAD);
    assertThat(new ClueStream("GRID", 1, List.of(ClueCategory.TRAVEL), 1, 0, Map.of(ImplementationMode.SERVICE_CHAIN, 1),
        MoneyRange.ofYuan(1, 2), IntRange.of(1, 2), IntRange.of(1, 2)).categories()).containsExactly(ClueCategory.TRAVEL);
  }

  @Test
  void anEventUnderAnActionNamesItsActorAndGridAndItsIdsAreOfForm() {
    assertThatThrownBy(() -> new SimulationEvent(1, 0, T, EventKind.DEMAND_CLOSED, Optional.empty(),
        Optional.of(GridId.of("st")), Optional.of(Action.ADVISE), new TreeMap<>(), "", Optional.empty()))
        .hasMessageContaining("action-has-actor-and-grid");
    assertThatThrownBy(() -> new SimulationEvent(1, 0, T, EventKind.REFUSED, Optional.empty(), Optional.empty(),
        Optional.empty(), new TreeMap<>(Map.of("Demand", "d-1")), "", Optional.empty())).hasMessageContaining("id-form");
    assertThatThrownBy(() -> new SimulationEvent(1, 0, T, EventKind.REFUSED, Optional.empty(), Optional.empty(),
        Optional.empty(), new TreeMap<>(Map.of("demand", "d 1")), "", Optional.empty())).hasMessageContaining("id-form");
    assertThatThrownBy(() -> new SimulationEvent(0, 0, T, EventKind.REFUSED, Optional.empty(), Optional.empty(),
        Optional.empty(), new TreeMap<>(), "", Optional.empty())).hasMessageContaining("counts-from-start");
    assertThat(event().id(SimulationEvent.DEMAND)).hasValue("d-1");
    assertThat(event().id(SimulationEvent.POST)).isEmpty();
  }

  @Test
  void aRunReportsOnASubtreeOfItsHierarchy() {
    assertThatThrownBy(() -> new SimulationRun("x", 1, 30, LocalDate.of(2024, 1, 1), ZoneId.of("UTC"),
        MatchingMode.OPTIMAL, GridId.of("elsewhere"), H)).hasMessageContaining("grid-exists");
    assertThat(new SimulationRun("x", 1, 30, LocalDate.of(2024, 1, 1), ZoneId.of("UTC"), MatchingMode.OPTIMAL,
        GridId.of("st"), H).toString()).contains("root st of 1 grids");
  }

  @Test
  void parametersNamingAPayerDifferFromTheOriginalInThePayerOnly() {
    SimulationParameters p = parameters().build();
    SimulationParameters paid = p.withFundPayer(PersonId.of("p-treasurer"));

    assertThat(paid.fundPayer()).contains(PersonId.of("p-treasurer"));
    assertThat(p.fundPayer()).isEmpty();
    assertThat(paid).isEqualTo(parameters().fundPayer(PersonId.of("p-treasurer")).build());
  }

  private static SimulationParameters.Builder parameters() {
    return SimulationParameters.builder().start(LocalDate.of(2024, 1, 1)).zone(ZoneId.of("UTC"))
        .addHandlingPostKinds(io.github.jiceng.governance.model.post.PostKind.GRID_HEAD).redemptionPerMille(35)
        .purchaseBudgetPerMonth(Money.ofYuan("800")).disbursementPatienceDays(9).reviewAcceptPerMille(700)
        .partitionLevel("GRID").claimantAvailabilityPerMille(800).withdrawPerMille(3).releasePerMille(4)
        .serviceDays(IntRange.of(2, 4)).effortMinutes(IntRange.of(30, 90))
        .proposals(new ProposalStream("GRID", 30, 200, 600, 50, 700, 150));
  }
}
