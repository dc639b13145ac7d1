package io.github.jiceng.governance.model.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorIdTest {

  @Test
  void acceptsTheDocumentedForm() {
    assertThat(PersonId.of("p-0001").value()).isEqualTo("p-0001");
    assertThat(OrganizationId.of("org:zhanbei.branch_1").toString()).isEqualTo("org:zhanbei.branch_1");
    assertThat(HouseholdId.of("H1").value()).isEqualTo("H1");
  }

  @Test
  void rejectsBadFormsNamingTheTypeAndTheRule() {
    assertThatThrownBy(() -> PersonId.of(""))
        .isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("PersonId[]").hasMessageContaining("[id-form]");
    assertThatThrownBy(() -> OrganizationId.of("-leading-dash"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("OrganizationId");
    assertThatThrownBy(() -> HouseholdId.of("has space")).isInstanceOf(DomainValidationException.class);
    assertThatThrownBy(() -> PersonId.of("x".repeat(65))).isInstanceOf(DomainValidationException.class);
  }

  @Test
  void ordersPersonsBeforeOrganizationsThenByText() {
    List<ActorId> ids = new ArrayList<>(List.of(OrganizationId.of("a"), PersonId.of("b"),
        PersonId.of("a"), OrganizationId.of("0")));
    Collections.sort(ids);
    assertThat(ids).containsExactly(PersonId.of("a"), PersonId.of("b"), OrganizationId.of("0"),
        OrganizationId.of("a"));
  }

  @Test
  void aPersonAndAnOrganizationWithTheSameTextDiffer() {
    assertThat((Object) PersonId.of("x")).isNotEqualTo(OrganizationId.of("x"));
    assertThat(OrganizationId.of("x").isOrganization()).isTrue();
    assertThat(PersonId.of("x").isOrganization()).isFalse();
  }
}
