package io.github.jiceng.governance.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FiveListsTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Interval WEEK = Interval.starting(T0, Duration.ofDays(7));

  static Demand demand(String id) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT_UNIT).requester(PersonId.of("p-" + id))
        .grid(GridId.of("g1")).category("repair").addRequiredCapabilities("plumbing").urgency(Urgency.HIGH)
        .beneficiaries(3).window(WEEK).pillar(Pillar.SERVICE_SHARING).submittedAt(T0).build();
  }

  static Resource resource(String id, String org, Channel channel) {
    return Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(org)).channel(channel)
        .addCapabilities("plumbing").addCoverage(GridId.of("c1")).capacityPerPeriod(4)
        .costPerService(Money.ofYuan("80")).available(WEEK).spaceForService("room 2, Tuesdays").build();
  }

  static ServiceRecord service(String id, String resource, String org, Channel channel, String... demands) {
    ServiceRecord.Builder b = ServiceRecord.builder().id(ServiceId.of(id)).resource(ResourceId.of(resource))
        .provider(OrganizationId.of(org)).channel(channel).time(Interval.starting(T0, Duration.ofHours(2)))
        .effort(Duration.ofHours(2)).beneficiaries(3).cost(Money.ZERO);
    for (String d : demands) {
      b.addDemands(DemandId.of(d));
    }
    return b.build();
  }

  static Outcome outcome(String id, String service) {
    return Outcome.builder().id(OutcomeId.of(id)).service(ServiceId.of(service)).rating(4).beneficiariesReached(3)
        .evaluatedAt(T0.plus(Duration.ofDays(1))).evaluator(PersonId.of("p-x")).build();
  }

  private final FiveLists lists = FiveLists.of(
      List.of(demand("d2"), demand("d1"), demand("d3")),
      List.of(resource("r1", "org-a", Channel.CLAIM)),
      List.of(Project.builder().id(ProjectId.of("pj")).name("水管").addDemands(DemandId.of("d1"), DemandId.of("d2"))
          .budget(Money.ZERO).pillar(Pillar.SERVICE_SHARING).build()),
      List.of(service("s1", "r1", "org-a", Channel.CLAIM, "d2", "d1"), service("s2", "r1", "org-a", Channel.CLAIM, "d1")),
      List.of(outcome("o1", "s1"), outcome("o2", "s2")));

  @Test
  void walksBackFromAnOutcomeToItsDemands() {
    assertThat(lists.demandsOf(OutcomeId.of("o1"))).extracting(Demand::id)
        .containsExactly(DemandId.of("d1"), DemandId.of("d2"));
    assertThat(lists.demandsOf(OutcomeId.of("o2"))).extracting(Demand::id).containsExactly(DemandId.of("d1"));
    assertThatThrownBy(() -> lists.demandsOf(OutcomeId.of("o9"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void walksForwardFromADemandToItsOutcomes() {
    assertThat(lists.outcomesOf(DemandId.of("d1"))).extracting(Outcome::id)
        .containsExactly(OutcomeId.of("o1"), OutcomeId.of("o2"));
    assertThat(lists.servicesOf(DemandId.of("d2"))).extracting(ServiceRecord::id).containsExactly(ServiceId.of("s1"));
    assertThat(lists.outcomesOf(DemandId.of("d3"))).isEmpty();
    assertThat(lists.projectOf(DemandId.of("d1"))).map(Project::id).contains(ProjectId.of("pj"));
    assertThat(lists.projectOf(DemandId.of("d3"))).isEmpty();
  }

  @Test
  void keepsEveryListInIdOrder() {
    assertThat(lists.demands()).extracting(Demand::id)
        .containsExactly(DemandId.of("d1"), DemandId.of("d2"), DemandId.of("d3"));
    assertThat(lists).hasToString("FiveLists[3 demands, 1 resources, 1 projects, 2 services, 2 outcomes]");
    assertThat(FiveLists.empty().demands()).isEmpty();
  }

  @Test
  void reportsEveryBrokenLinkAtOnce() {
    assertThatThrownBy(() -> FiveLists.of(
        List.of(demand("d1"), demand("d1")),
        List.of(resource("r1", "org-a", Channel.PURCHASE)),
        List.of(Project.builder().id(ProjectId.of("p1")).name("a").addDemands(DemandId.of("d9")).budget(Money.ZERO)
            .pillar(Pillar.SERVICE_SHARING).build(),
            Project.builder().id(ProjectId.of("p2")).name("b").addDemands(DemandId.of("d9")).budget(Money.ZERO)
            .pillar(Pillar.SERVICE_SHARING).build()),
        List.of(service("s1", "r1", "org-b", Channel.CLAIM, "d1"), service("s2", "r9", "org-a", Channel.CLAIM, "d1")),
        List.of(outcome("o1", "s9"))))
        .isInstanceOf(DomainValidationException.class)
        .satisfies(e -> assertThat(((DomainValidationException) e).violations())
            .extracting(v -> v.rule())
            .containsExactlyInAnyOrder("unique-id", "demand-exists", "demand-exists", "one-project-per-demand",
                "provider-offers-resource", "channel-of-resource", "resource-exists", "service-exists"));
  }

  @Test
  void validatesEachRecord() {
    assertThatThrownBy(() -> Outcome.builder().id(OutcomeId.of("o")).service(ServiceId.of("s")).rating(6)
        .beneficiariesReached(1).evaluatedAt(T0).evaluator(PersonId.of("p")).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("rating-range");
    assertThatThrownBy(() -> Demand.builder().id(DemandId.of("d")).source(DemandSource.RESIDENT)
        .requester(PersonId.of("p")).grid(GridId.of("g")).category("bad key").urgency(Urgency.LOW).beneficiaries(1)
        .window(WEEK).pillar(Pillar.SERVICE_SHARING).submittedAt(T0).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("key-form");
    assertThatThrownBy(() -> Resource.builder().id(ResourceId.of("r")).claimant(OrganizationId.of("o"))
        .channel(Channel.CLAIM).addCapabilities("x").addCoverage(GridId.of("g")).capacityPerPeriod(-1)
        .costPerService(Money.ZERO).available(WEEK).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("capacityPerPeriod");
    assertThatThrownBy(() -> Project.builder().id(ProjectId.of("p")).name("x").budget(Money.ZERO)
        .pillar(Pillar.SERVICE_SHARING).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("not-empty");
    assertThatThrownBy(() -> service("s", "r", "o", Channel.CLAIM, "d1", "d1"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("no-repeats");
    assertThat(DemandId.of("d-1")).hasToString("d-1");
    assertThat(ResourceId.of("a").compareTo(ResourceId.of("b"))).isNegative();
    assertThat(Transition.SUBMIT.from()).isEmpty();
    assertThat(Transition.REOPEN.to()).isEqualTo(DemandState.GROUPED);
    assertThat(Transition.RELEASE.to()).isEqualTo(DemandState.GROUPED);
  }
}
