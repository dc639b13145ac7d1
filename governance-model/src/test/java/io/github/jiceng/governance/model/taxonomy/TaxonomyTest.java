package io.github.jiceng.governance.model.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

final class TaxonomyTest {

  @Test
  void theArticleHasFivePillarsEachWithItsMechanism() {
    OneCoreFiveCo t = OneCoreFiveCo.ARTICLE;
    assertThat(t.pillarKeys()).containsExactlyElementsOf(Pillar.ARTICLE_FIVE);
    assertThat(t.pillarOf(Mechanism.JOINT_MEETING)).contains(Pillar.PARTY_MASS_CO_BUILDING);
    assertThat(t.pillarOf(Mechanism.DELIBERATION)).contains(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
    assertThat(t.pillarOf(Mechanism.GRID_SQUAD)).contains(Pillar.SAFETY_CO_MANAGEMENT);
    assertThat(t.pillarOf(Mechanism.VOLUNTEER_SERVICE)).contains(Pillar.CIVILITY_CO_CREATION);
    assertThat(t.pillarOf(Mechanism.RED_STAR_FEEDBACK)).contains(Pillar.SERVICE_SHARING);
    assertThat(t.definition(Pillar.SAFETY_CO_MANAGEMENT).orElseThrow().name()).isEqualTo("平安共管");
    assertThat(t.coreLevel()).isEqualTo("COMMUNITY_PARTY_BRANCH");
    assertThat(t.contains(Pillar.of("OTHER"))).isFalse();
    assertThat(t.pillarOf(Mechanism.of("OTHER"))).isEmpty();
  }

  @Test
  void aDistrictDefinesItsOwnButNeverAPillarOrMechanismTwice() {
    OneCoreFiveCo own = OneCoreFiveCo.builder().version(2).coreLevel("VILLAGE_PARTY_BRANCH")
        .addPillar(new PillarDefinition(Pillar.of("GREEN_CO_GOVERNANCE"), "生态共治", Mechanism.of("RIVER_PATROL"), "河湖巡查"))
        .build();
    assertThat(own.pillarOf(Mechanism.of("RIVER_PATROL"))).contains(Pillar.of("GREEN_CO_GOVERNANCE"));
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> OneCoreFiveCo.builder()
        .version(0)
        .addPillar(new PillarDefinition(Pillar.SERVICE_SHARING, "a", Mechanism.GRID_SQUAD, "b"))
        .addPillar(new PillarDefinition(Pillar.SERVICE_SHARING, "c", Mechanism.GRID_SQUAD, "d"))
        .build());
    assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("version-positive", "pillar-unique", "mechanism-unique");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> OneCoreFiveCo.builder().build()))
        .hasMessageContaining("[pillars-present]");
  }

  @Test
  void theFourIntegrationsAndServiceIdeasAreData() {
    OneLeadFourIntegrations t = OneLeadFourIntegrations.ARTICLE;
    assertThat(t.integrationKeys()).containsExactly(Integration.CO_RESIDENCE, Integration.CO_BUILDING,
        Integration.CO_INTEGRATION, Integration.CO_SHARING);
    assertThat(t.integrations()).extracting(IntegrationDefinition::name).containsExactly("共驻", "共建", "共融", "共享");
    assertThat(t.serviceIdeas()).containsExactly("核心引领", "文化凝聚", "共融共享", "亲邻睦里", "智慧e家");
    assertThat(t.leadLevel()).isEqualTo("COMMUNITY_PARTY_BRANCH");
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> OneLeadFourIntegrations.builder()
        .addIntegration(new IntegrationDefinition(Integration.CO_SHARING, "共享"))
        .addIntegration(new IntegrationDefinition(Integration.CO_SHARING, "共享"))
        .addServiceIdeas("亲邻睦里", "亲邻睦里", " ").build());
    assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("integration-unique", "tag-unique", "tag-length");
  }

  @Test
  void keysAndNamesHaveOneForm() {
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Mechanism.of("grid squad")))
        .hasMessageContaining("[key-form]");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Integration.of("")))
        .hasMessageContaining("[key-form]");
    assertThat(catchThrowableOfType(DomainValidationException.class,
        () -> new PillarDefinition(Pillar.SERVICE_SHARING, "", Mechanism.GRID_SQUAD, "x")))
        .hasMessageContaining("[name-length]");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(String.class, "名");
    for (Class<?> c : new Class<?>[] {Mechanism.class, Integration.class, PillarDefinition.class, IntegrationDefinition.class}) {
      t.testAllPublicConstructors(c);
      t.testAllPublicStaticMethods(c);
    }
    t.testAllPublicInstanceMethods(OneCoreFiveCo.ARTICLE);
    t.testAllPublicInstanceMethods(OneLeadFourIntegrations.ARTICLE);
    t.testAllPublicInstanceMethods(OneCoreFiveCo.builder());
    t.testAllPublicInstanceMethods(OneLeadFourIntegrations.builder());
  }
}
