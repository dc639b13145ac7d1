package io.github.jiceng.governance.rules.service;

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
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FiveListsReportTest {

  private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
  private static final Interval PERIOD = Interval.starting(MARCH, Duration.ofDays(31));

  private static final LevelScheme SCHEME = LevelScheme.builder("test")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET").allow("STREET", "COMMUNITY").allow("COMMUNITY", "GRID").build();

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  private static final GridHierarchy H = GridHierarchy.of(SCHEME, List.of(node("lantian", "STREET", null),
      node("baiyun", "COMMUNITY", "lantian"), node("xuemeili", "GRID", "baiyun"), node("g2", "GRID", "baiyun"),
      node("tiebei", "COMMUNITY", "lantian"), node("t1", "GRID", "tiebei")));

  private static Demand demand(String id, String grid, Pillar pillar, int people, Instant at) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(GridId.of(grid)).category("care").urgency(Urgency.NORMAL).beneficiaries(people)
        .window(Interval.starting(at, Duration.ofDays(10))).pillar(pillar).submittedAt(at).build();
  }

  private static Resource resource(String id, String claimant, Channel channel, String grid) {
    return Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(claimant)).channel(channel)
        .addCapabilities("care").addCoverage(GridId.of(grid)).capacityPerPeriod(5).costPerService(Money.ZERO)
        .available(PERIOD).build();
  }

  private static ServiceRecord service(String id, String resource, String claimant, Channel channel, Instant at,
      int hours, int people, long costFen, String... demands) {
    ServiceRecord.Builder b = ServiceRecord.builder().id(ServiceId.of(id)).resource(ResourceId.of(resource))
        .provider(OrganizationId.of(claimant)).channel(channel).time(Interval.starting(at, Duration.ofHours(hours)))
        .effort(Duration.ofHours(hours)).beneficiaries(people).cost(Money.ofFen(costFen));
    for (String d : demands) {
      b.addDemands(DemandId.of(d));
    }
    return b.build();
  }

  private static Outcome outcome(String id, String service, int rating, int reached, Instant at) {
    return Outcome.builder().id(OutcomeId.of(id)).service(ServiceId.of(service)).rating(rating)
        .addEvidence("photo-" + id).beneficiariesReached(reached).evaluatedAt(at).evaluator(PersonId.of("p-eval"))
        .build();
  }

  private final Instant day5 = MARCH.plus(Duration.ofDays(5));
  private final Instant day9 = MARCH.plus(Duration.ofDays(9));
  private final FiveLists lists = FiveLists.of(
      List.of(demand("d1", "xuemeili", Pillar.CIVILITY_CO_CREATION, 2, day5),
          demand("d2", "g2", Pillar.SERVICE_SHARING, 3, day5),
          demand("d3", "t1", Pillar.SERVICE_SHARING, 7, day5),
          demand("d4", "xuemeili", Pillar.SERVICE_SHARING, 1, MARCH.minus(Duration.ofDays(2)))),
      List.of(resource("r-bank", "org-bank", Channel.CLAIM, "baiyun"),
          resource("r-sw", "org-sw", Channel.PURCHASE, "lantian"),
          resource("r-t", "org-t", Channel.UNDERTAKE, "t1")),
      List.of(Project.builder().id(ProjectId.of("pj1")).name("适老化").addDemands(DemandId.of("d1"), DemandId.of("d2"))
          .budget(Money.ofYuan("500")).pillar(Pillar.SERVICE_SHARING).build()),
      List.of(service("s1", "r-bank", "org-bank", Channel.CLAIM, day9, 3, 2, 0, "d1"),
          service("s2", "r-sw", "org-sw", Channel.PURCHASE, day9, 2, 4, 12_000, "d2", "d4"),
          service("s3", "r-t", "org-t", Channel.UNDERTAKE, day9, 5, 7, 0, "d3")),
      List.of(outcome("o1", "s1", 5, 2, day9), outcome("o2", "s2", 2, 3, day9), outcome("o3", "s3", 4, 7, day9)));

  @Test
  void countsTheSubtreeAndPeriodInTotalPerChannelAndPerPillar() {
    FiveListsReport r = FiveListsReport.of(lists, H, GridId.of("baiyun"), PERIOD);
    assertThat(r.resources()).as("bank covers baiyun, the social organization the whole street").isEqualTo(2);
    assertThat(r.projects()).isEqualTo(1);
    assertThat(r.projectBudget()).isEqualTo(Money.ofYuan("500"));
    Tally t = r.total();
    assertThat(t.demands()).as("d4 was submitted before the period, d3 is in tiebei").isEqualTo(2);
    assertThat(t.demandBeneficiaries()).isEqualTo(5);
    assertThat(t.services()).isEqualTo(2);
    assertThat(t.serviceBeneficiaries()).isEqualTo(6);
    assertThat(t.effort()).isEqualTo(Duration.ofHours(5));
    assertThat(t.cost()).isEqualTo(Money.ofFen(12_000));
    assertThat(t.outcomes()).isEqualTo(2);
    assertThat(t.averageRatingHundredths()).isEqualTo(350);
    assertThat(t.beneficiariesReached()).isEqualTo(5);

    assertThat(r.byChannel().get(Channel.CLAIM).services()).isEqualTo(1);
    assertThat(r.byChannel().get(Channel.CLAIM).demands()).isEqualTo(1);
    assertThat(r.byChannel().get(Channel.PURCHASE).cost()).isEqualTo(Money.ofFen(12_000));
    assertThat(r.byChannel().get(Channel.PURCHASE).demands()).as("d4 is outside the period").isEqualTo(1);
    assertThat(r.byChannel().get(Channel.UNDERTAKE)).isEqualTo(Tally.EMPTY);

    assertThat(r.byPillar().keySet()).containsExactly(Pillar.CIVILITY_CO_CREATION, Pillar.SERVICE_SHARING);
    assertThat(r.byPillar().get(Pillar.SERVICE_SHARING).demands()).isEqualTo(1);
    assertThat(r.byPillar().get(Pillar.SERVICE_SHARING).services()).isEqualTo(1);
    assertThat(r.byPillar().get(Pillar.SERVICE_SHARING).averageRatingHundredths()).isEqualTo(200);
    assertThat(r.byPillar().get(Pillar.CIVILITY_CO_CREATION).ratingSum()).isEqualTo(5);
  }

  @Test
  void theWholeStreetCountsEverythingInThePeriod() {
    FiveListsReport r = FiveListsReport.of(lists, H, GridId.of("lantian"), PERIOD);
    assertThat(r.total().demands()).isEqualTo(3);
    assertThat(r.total().services()).isEqualTo(3);
    assertThat(r.resources()).isEqualTo(3);
    assertThat(r.byChannel().get(Channel.UNDERTAKE).serviceBeneficiaries()).isEqualTo(7);
  }

  @Test
  void anotherPeriodCountsNothing() {
    FiveListsReport r = FiveListsReport.of(lists, H, GridId.of("lantian"),
        Interval.starting(MARCH.plus(Duration.ofDays(100)), Duration.ofDays(1)));
    assertThat(r.total()).isEqualTo(Tally.EMPTY);
    assertThat(r.projects()).isZero();
    assertThatThrownBy(() -> FiveListsReport.of(lists, H, GridId.of("nowhere"), PERIOD))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
