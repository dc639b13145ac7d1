package io.github.jiceng.governance.model.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

final class OrganizationTest {

  private static Organization.Builder org(OrganizationKind kind) {
    return Organization.builder().id(OrganizationId.of("o-" + kind.name().toLowerCase(java.util.Locale.ROOT)))
        .kind(kind).name("某组织");
  }

  @ParameterizedTest
  @EnumSource(value = OrganizationKind.class, names = {"RESIDENT_UNIT", "PAIRED_UNIT", "SOCIAL_ORGANIZATION", "RESIDENT_MERCHANT"})
  void unitsCarryACreditCode(OrganizationKind kind) {
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> org(kind).build()))
        .hasMessageContaining("[credit-code-required]");
    assertThat(org(kind).creditCode(CreditCode.of("92150622MA0ABCDE6A")).build().creditCode()).isPresent();
  }

  @ParameterizedTest
  @EnumSource(value = OrganizationKind.class, names = {"SOCIAL_WORK_STATION", "VOLUNTEER_TEAM"})
  void stationsAndTeamsMayGoWithoutACreditCode(OrganizationKind kind) {
    assertThat(org(kind).build().creditCode()).isEmpty();
  }

  @Test
  void aPartyOrganizationNamesItsLevelAndNoOtherKindDoes() {
    Organization group = org(OrganizationKind.PARTY_ORGANIZATION).partyLevel("COMPOUND_PARTY_GROUP")
        .parent(OrganizationId.of("baiyun-branch")).addGrid(GridId.of("xuemeili")).build();
    assertThat(group.partyLevel()).contains("COMPOUND_PARTY_GROUP");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> org(OrganizationKind.PARTY_ORGANIZATION).build()))
        .hasMessageContaining("[party-level-required]");
    assertThat(catchThrowableOfType(DomainValidationException.class,
        () -> org(OrganizationKind.VOLUNTEER_TEAM).partyLevel("PARTY_GROUP").build()))
        .hasMessageContaining("[party-level-only-for-party]");
  }

  @Test
  void listsEveryViolationAtOnce() {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Organization.builder()
        .id(OrganizationId.of("x")).kind(OrganizationKind.PAIRED_UNIT).name(" ").parent(OrganizationId.of("x"))
        .partyLevel("P").headcount(-1).build());
    assertThat(e.violations()).extracting(v -> v.rule()).containsExactly("name-length", "credit-code-required",
        "party-level-only-for-party", "parent-not-self", "headcount-not-negative");
  }

  @Test
  void saysWhichPillarItsKindTakesPartIn() {
    assertThat(org(OrganizationKind.VOLUNTEER_TEAM).headcount(1212).build().pillar()).contains(Pillar.CIVILITY_CO_CREATION);
    assertThat(org(OrganizationKind.RESIDENT_UNIT).creditCode(CreditCode.of("91152201078371135X")).build().pillar())
        .contains(Pillar.PARTY_MASS_CO_BUILDING);
    assertThat(org(OrganizationKind.PARTY_ORGANIZATION).partyLevel("X").build().pillar()).isEmpty();
    OneCoreFiveCo own = OneCoreFiveCo.builder()
        .addPillar(new PillarDefinition(Pillar.of("SERVICE"), "服务", Mechanism.VOLUNTEER_SERVICE, "志愿服务")).build();
    assertThat(org(OrganizationKind.VOLUNTEER_TEAM).build().pillarIn(own)).contains(Pillar.of("SERVICE"));
    assertThat(org(OrganizationKind.PAIRED_UNIT).creditCode(CreditCode.of("91152201078371135X")).build().pillarIn(own)).isEmpty();
    assertThat(OrganizationKind.PAIRED_UNIT.isCoBuildingUnit()).isTrue();
    assertThat(OrganizationKind.SOCIAL_ORGANIZATION.isCoBuildingUnit()).isFalse();
  }

  @Test
  void householdsAndSquadsKeepIdsSorted() {
    Household h = Household.builder().id(HouseholdId.of("h-1")).grid(GridId.of("xuemeili-b1"))
        .addMembers(PersonId.of("p-2"), PersonId.of("p-1")).liaison(PersonId.of("p-9")).build();
    assertThat(h.members()).containsExactly(PersonId.of("p-1"), PersonId.of("p-2"));
    GridSquad s = GridSquad.builder().grid(GridId.of("baiyun-g1")).addPersons(PersonId.of("p-3"), PersonId.of("p-1"))
        .addOrganization(OrganizationId.of("ngo")).build();
    assertThat(s.persons()).containsExactly(PersonId.of("p-1"), PersonId.of("p-3"));
    assertThat(s.pillar()).isEqualTo(Pillar.SAFETY_CO_MANAGEMENT);
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicInstanceMethods(org(OrganizationKind.VOLUNTEER_TEAM).build());
    t.testAllPublicInstanceMethods(Organization.builder());
    t.testAllPublicInstanceMethods(Household.builder());
    t.testAllPublicInstanceMethods(GridSquad.builder());
    t.testAllPublicInstanceMethods(GridSquad.builder().grid(GridId.of("g")).build());
  }
}
