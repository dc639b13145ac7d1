package io.github.jiceng.governance.model.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import org.junit.jupiter.api.Test;

class PillarTest {

  @Test
  void theArticleHasFivePillarsInItsOrder() {
    assertThat(Pillar.ARTICLE_FIVE).extracting(Pillar::key).containsExactly("PARTY_MASS_CO_BUILDING",
        "MAJOR_AFFAIRS_CO_DELIBERATION", "SAFETY_CO_MANAGEMENT", "CIVILITY_CO_CREATION", "SERVICE_SHARING");
  }

  @Test
  void aDistrictMayNameItsOwn() {
    assertThat(Pillar.of("ELDER_CARE_2")).isEqualTo(new Pillar("ELDER_CARE_2"));
  }

  @Test
  void rejectsKeysOutsideTheForm() {
    assertThatThrownBy(() -> Pillar.of("service_sharing"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("[key-form]");
    assertThatThrownBy(() -> Pillar.of("1ABC")).isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> Pillar.of("")).isInstanceOf(DomainValidationException.class);
  }
}
