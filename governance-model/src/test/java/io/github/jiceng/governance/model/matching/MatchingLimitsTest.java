package io.github.jiceng.governance.model.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The declared limits of matching's data, each at the limit and one past it. */
final class MatchingLimitsTest {

  private static final GridId GRID = GridId.of("g");
  private static final GridHierarchy HIERARCHY = GridHierarchy.of(
      LevelScheme.builder("test").level("GRID", "网格", LevelCoding.none()).root("GRID").build(),
      List.of(GridNode.builder().id(GRID).level("GRID").parent(Optional.empty()).name("g").build()));
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Interval WEEK = Interval.starting(T0, Duration.ofDays(7));
  private static final PersonId REQUESTER = PersonId.of("p-1");

  private static Demand demand(int i) {
    return Demand.builder().id(DemandId.of("d" + i)).source(DemandSource.RESIDENT).requester(REQUESTER).grid(GRID)
        .category("help").urgency(Urgency.NORMAL).beneficiaries(1).window(WEEK).pillar(Pillar.SERVICE_SHARING)
        .submittedAt(T0).build();
  }

  private static Resource resource(int j, long costFen) {
    return Resource.builder().id(ResourceId.of("r" + j)).claimant(OrganizationId.of("org")).channel(Channel.PURCHASE)
        .addCapabilities("care").capacityPerPeriod(Integer.MAX_VALUE).costPerService(Money.ofFen(costFen))
        .available(WEEK).addCoverage(GRID).build();
  }

  private static Violation onlyViolation(Throwable t) {
    assertThat(t).isInstanceOf(DomainValidationException.class);
    List<Violation> v = ((DomainValidationException) t).violations();
    assertThat(v).hasSize(1);
    return v.get(0);
  }

  @Test
  void aProblemHoldsUpToTheMostDemandsAndNotOneMore() {
    List<Demand> demands = new ArrayList<>(MatchingProblem.MAX_DEMANDS + 1);
    for (int i = 0; i <= MatchingProblem.MAX_DEMANDS; i++) {
      demands.add(demand(i));
    }
    MatchingProblem atLimit = MatchingProblem.builder().hierarchy(HIERARCHY)
        .addAllDemands(demands.subList(0, MatchingProblem.MAX_DEMANDS)).build();
    assertThat(atLimit.demands()).hasSize(1 << 20);

    Throwable past = org.assertj.core.api.Assertions.catchThrowable(
        () -> MatchingProblem.builder().hierarchy(HIERARCHY).addAllDemands(demands).build());
    Violation v = onlyViolation(past);
    assertThat(v.field()).isEqualTo("demands");
    assertThat(v.rule()).isEqualTo("count-limit");
    assertThat(v.detail()).contains("1048576").contains("1048577");
  }

  @Test
  void aProblemHoldsUpToTheMostResourcesAndNotOneMore() {
    List<Resource> resources = new ArrayList<>(MatchingProblem.MAX_RESOURCES + 1);
    for (int j = 0; j <= MatchingProblem.MAX_RESOURCES; j++) {
      resources.add(resource(j, 0));
    }
    MatchingProblem atLimit = MatchingProblem.builder().hierarchy(HIERARCHY)
        .addAllResources(resources.subList(0, MatchingProblem.MAX_RESOURCES)).build();
    assertThat(atLimit.resources()).hasSize(1 << 20);

    Throwable past = org.assertj.core.api.Assertions.catchThrowable(
        () -> MatchingProblem.builder().hierarchy(HIERARCHY).addAllResources(resources).build());
    Violation v = onlyViolation(past);
    assertThat(v.field()).isEqualTo("resources");
    assertThat(v.rule()).isEqualTo("count-limit");
  }

  @Test
  void aBudgetIsAnyAmountFromZeroAndAPriceAnyAmountFromZero() {
    MatchingProblem largest = MatchingProblem.builder().hierarchy(HIERARCHY).addDemands(demand(0))
        .addResources(resource(0, Long.MAX_VALUE)).purchaseBudget(Money.ofFen(Long.MAX_VALUE)).build();
    assertThat(largest.purchaseBudget().fen()).isEqualTo(Long.MAX_VALUE);
    MatchingProblem zero = MatchingProblem.builder().hierarchy(HIERARCHY).purchaseBudget(Money.ZERO).build();
    assertThat(zero.purchaseBudget()).isEqualTo(Money.ZERO);

    Throwable past = org.assertj.core.api.Assertions.catchThrowable(
        () -> MatchingProblem.builder().hierarchy(HIERARCHY).purchaseBudget(Money.ofFen(-1)).build());
    Violation v = onlyViolation(past);
    assertThat(v.field()).isEqualTo("purchaseBudget");
    assertThat(v.rule()).isEqualTo("not-negative");
  }

  @Test
  void aLoadIsAnyIntFromZero() {
    MatchingProblem full = MatchingProblem.builder().hierarchy(HIERARCHY)
        .putCurrentLoad(ResourceId.of("r0"), Integer.MAX_VALUE).build();
    assertThat(full.currentLoad()).containsValue(Integer.MAX_VALUE);
    Throwable past = org.assertj.core.api.Assertions.catchThrowable(
        () -> MatchingProblem.builder().hierarchy(HIERARCHY).putCurrentLoad(ResourceId.of("r0"), -1).build());
    Violation v = onlyViolation(past);
    assertThat(v.field()).isEqualTo("currentLoad");
    assertThat(v.rule()).isEqualTo("not-negative");
  }

  @Test
  void weightsRunFromZeroToTheLargestAndEachOutsideIsNamed() {
    ScoreWeights heaviest = new ScoreWeights(1000, 1000, 1000, 1000, 1000);
    assertThat(heaviest.urgency()).isEqualTo(ScoreWeights.MAX_WEIGHT);
    assertThat(new ScoreWeights(0, 0, 0, 0, 0).capabilityFit()).isZero();
    assertThat(ScoreWeights.MAX_SCORE).isEqualTo(5_000_001L);

    Throwable past = org.assertj.core.api.Assertions.catchThrowable(() -> new ScoreWeights(1000, 1000, 1000, 1000, 1001));
    Violation v = onlyViolation(past);
    assertThat(v.subject()).isEqualTo("ScoreWeights");
    assertThat(v.field()).isEqualTo("urgency");
    assertThat(v.rule()).isEqualTo("weight-range");
    assertThat(v.detail()).contains("1001");

    assertThatThrownBy(() -> new ScoreWeights(-1, 0, 1001, 0, 0))
        .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::field).containsExactly("capabilityFit", "pastRating"));
  }
}
