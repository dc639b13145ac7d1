package io.github.jiceng.governance.rules.cobuilding;

import static io.github.jiceng.governance.rules.cobuilding.Agreements.END;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.MEMBER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.POWER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.T0;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.ZHANBEI;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.member;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.service;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 一统领四融合 computed per community and period from the agreements and their services. */
final class IntegrationCoverageTest {

  private static final Interval YEAR = Interval.of(T0, END);

  @Test
  void eachConfiguredIntegrationShowsItsAgreementsReportersServicesAndPeopleAndTheOneWithNoneIsFlagged() {
    CoBuildingAgreement secondUnit = like(unit(), "a-water", ZHANBEI, OrganizationId.of("water-party-branch"), YEAR,
        List.of(Integration.CO_BUILDING));
    List<ServiceRecord> services = List.of(
        service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(5)), Duration.ofHours(3), 10),
        service("s2", "r-x", OrganizationId.of("water-party-branch"), List.of(), T0.plus(Duration.ofDays(6)),
            Duration.ofHours(2), 7),
        service("s3", "r-x", OrganizationId.of("ngo"), List.of(MEMBER), T0.plus(Duration.ofDays(7)), Duration.ofHours(1),
            4),
        // outside the report's period: counts for no integration
        service("s4", "r-repair", POWER, List.of(), END.plus(Duration.ofDays(1)), Duration.ofHours(3), 50));
    IntegrationCoverage c = IntegrationCoverage.of(OneLeadFourIntegrations.ARTICLE, ZHANBEI, YEAR,
        List.of(unit(), member(), secondUnit), services);
    assertThat(c.rows()).extracting(r -> r.integration().integration()).containsExactly(Integration.CO_RESIDENCE,
        Integration.CO_BUILDING, Integration.CO_INTEGRATION, Integration.CO_SHARING);
    assertThat(c.rows().get(0)).isEqualTo(new IntegrationCoverage.Row(OneLeadFourIntegrations.ARTICLE.integrations()
        .get(0), 0, 0, 0, 0, 0));
    assertThat(c.rows().get(0).uncovered()).isTrue();
    assertThat(c.rows().get(1)).isEqualTo(new IntegrationCoverage.Row(OneLeadFourIntegrations.ARTICLE.integrations()
        .get(1), 2, 2, 0, 2, 17));
    assertThat(c.rows().get(2)).isEqualTo(new IntegrationCoverage.Row(OneLeadFourIntegrations.ARTICLE.integrations()
        .get(2), 1, 0, 1, 1, 4));
    assertThat(c.rows().get(3)).isEqualTo(new IntegrationCoverage.Row(OneLeadFourIntegrations.ARTICLE.integrations()
        .get(3), 1, 1, 0, 1, 10));
    assertThat(c.uncovered()).containsExactly(Integration.CO_RESIDENCE);
  }

  @Test
  void agreementsOfOtherCommunitiesOrPeriodsAndServicesOutsideBothPeriodsDoNotCount() {
    CoBuildingAgreement elsewhere = like(unit(), "a-power", GridId.of("nanyuan"), POWER, YEAR,
        List.copyOf(unit().integrations()));
    Instant nextYear = END.plus(Duration.ofDays(400));
    CoBuildingAgreement later = like(unit(), "a-later", ZHANBEI, POWER, Interval.of(END, nextYear),
        List.copyOf(unit().integrations()));
    IntegrationCoverage c = IntegrationCoverage.of(OneLeadFourIntegrations.ARTICLE, ZHANBEI, YEAR,
        List.of(elsewhere, later), List.of(service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(5)),
            Duration.ofHours(3), 10)));
    assertThat(c.uncovered()).hasSize(4);
    // the same service claimed by two agreements of one integration counts once
    CoBuildingAgreement twin = like(unit(), "a-twin", ZHANBEI, POWER, YEAR, List.copyOf(unit().integrations()));
    IntegrationCoverage twice = IntegrationCoverage.of(OneLeadFourIntegrations.ARTICLE, ZHANBEI, YEAR,
        List.of(unit(), twin), List.of(service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(5)),
            Duration.ofHours(3), 10)));
    assertThat(twice.rows().get(1).agreements()).isEqualTo(2);
    assertThat(twice.rows().get(1).units()).isEqualTo(1);
    assertThat(twice.rows().get(1).services()).isEqualTo(1);
    assertThat(twice.rows().get(1).peopleReached()).isEqualTo(10);
  }

  private static CoBuildingAgreement like(CoBuildingAgreement a, String id, GridId community,
      io.github.jiceng.governance.model.actor.ActorId reporter, Interval period, List<Integration> integrations) {
    return Agreements.agreement(id, community, reporter, period, a.resources(), a.serviceHours(), a.posts(),
        integrations);
  }
}
