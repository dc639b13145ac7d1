package io.github.jiceng.governance.model.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class PersonTest {

  private static final OrganizationId BRANCH = OrganizationId.of("baiyun-branch");
  private static final OrganizationId GROUP = OrganizationId.of("xuemeili-group");
  private static final GridId G1 = GridId.of("baiyun-g1");

  private static Person.Builder zhang() {
    return Person.builder().id(PersonId.of("p-1")).name(PersonName.of("张三"));
  }

  @Test
  void holdsEveryKindOfRole() {
    Person p = zhang()
        .addRole(new Role.Resident(HouseholdId.of("h-1")))
        .addRole(Role.PartyMember.of(BRANCH, GROUP))
        .addRole(new Role.Volunteer(OrganizationId.of("team-1"), Set.of(G1)))
        .addRole(new Role.SocialWorker(OrganizationId.of("station-1")))
        .addRole(new Role.PoliceOfficer(Set.of(G1)))
        .addRole(new Role.BuildingHead(GridId.of("xuemeili-b1")))
        .addRole(new Role.SafetyVolunteer(G1))
        .addRole(new Role.Deputy(DeputyKind.PEOPLES_CONGRESS_DEPUTY, Set.of(G1)))
        .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(G1)))
        .addAffiliation(OrganizationId.of("unit-power"))
        .build();
    assertThat(p.roles()).extracting(Role::kind).containsExactly(RoleKind.RESIDENT, RoleKind.PARTY_MEMBER,
        RoleKind.VOLUNTEER, RoleKind.SOCIAL_WORKER, RoleKind.POLICE_OFFICER, RoleKind.BUILDING_HEAD,
        RoleKind.SAFETY_VOLUNTEER, RoleKind.DEPUTY, RoleKind.DEPUTY);
    assertThat(p.hasRole(RoleKind.DEPUTY)).isTrue();
    assertThat(p.roles(RoleKind.DEPUTY)).hasSize(2);
    assertThat(p.partyMembership()).contains(Role.PartyMember.of(BRANCH, GROUP));
    assertThat(p.organizations()).containsExactly(BRANCH, OrganizationId.of("station-1"), OrganizationId.of("team-1"),
        OrganizationId.of("unit-power"), GROUP);
  }

  @Test
  void rejectsARoleTwiceAndASecondResidenceOrMembershipListingEvery() {
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> zhang()
        .addRole(new Role.SafetyVolunteer(G1)).addRole(new Role.SafetyVolunteer(G1))
        .addRole(new Role.Resident(HouseholdId.of("h-1"))).addRole(new Role.Resident(HouseholdId.of("h-2")))
        .addRole(Role.PartyMember.of(BRANCH)).addRole(Role.PartyMember.of(GROUP))
        .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(G1)))
        .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(GridId.of("other"))))
        .build());
    assertThat(e.violations()).extracting(v -> v.rule())
        .containsExactly("role-unique", "role-single", "role-single", "deputy-kind-single");
    assertThat(e.getMessage()).contains("Person[p-1]").doesNotContain("张三");
  }

  @Test
  void masksNameIdentityAndMobileInToString() {
    Person p = zhang().identityNumber(IdentityNumber.of("150622199001010011"))
        .mobile(MobileNumber.of("13912345678")).build();
    assertThat(p.toString()).contains("张*", "1***************11", "139****5678")
        .doesNotContain("张三", "150622199001010011", "13912345678");
  }

  @Test
  void rolesValidateWhatBindsThem() {
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> new Role.PoliceOfficer(Set.of())))
        .hasMessageContaining("[grids-present]");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of())))
        .hasMessageContaining("[grids-present]");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> Role.PartyMember.of(BRANCH, BRANCH)))
        .hasMessageContaining("[group-not-branch]");
    assertThat(new Role.Deputy(DeputyKind.PARTY_CONGRESS_DELEGATE, Set.of(G1)).pillar())
        .isEqualTo(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
  }

  @Test
  void keepsRoleGridsSortedSoEqualRolesPrintAlike() {
    Role a = new Role.PoliceOfficer(Set.of(GridId.of("b"), GridId.of("a"), GridId.of("c")));
    Role b = new Role.PoliceOfficer(Set.of(GridId.of("c"), GridId.of("b"), GridId.of("a")));
    assertThat(a).isEqualTo(b).hasToString(b.toString());
    assertThat(a.grids()).containsExactly(GridId.of("a"), GridId.of("b"), GridId.of("c"));
  }

  @Test
  void aNameMasksToItsSurnameAndRejectsBlankOrLong() {
    assertThat(PersonName.of("欧阳娜娜")).hasToString("欧***");
    assertThat(PersonName.of("欧阳娜娜").rawValue()).isEqualTo("欧阳娜娜");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> PersonName.of(" ")))
        .hasMessageContaining("[name-form]");
    String tooLong = "张" + "三".repeat(PersonName.MAX_LENGTH);
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> PersonName.of(tooLong)))
        .hasMessageNotContaining(tooLong).hasMessageNotContaining("三三");
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> PersonName.of("张\n三")))
        .hasMessageContaining("[name-form]");
  }

  @Test
  void rejectsNulls() {
    NullPointerTester t = new NullPointerTester()
        .setDefault(PersonName.class, PersonName.of("李四"))
        .setDefault(Optional.class, Optional.empty())
        .setDefault(OrganizationId.class, BRANCH)
        .setDefault(HouseholdId.class, HouseholdId.of("h-1"))
        .setDefault(GridId.class, G1);
    t.testAllPublicStaticMethods(PersonName.class);
    t.testAllPublicInstanceMethods(PersonName.of("李四"));
    t.testAllPublicInstanceMethods(zhang().build());
    t.testAllPublicInstanceMethods(Person.builder());
    for (Class<?> c : Role.class.getPermittedSubclasses()) {
      t.testAllPublicConstructors(c);
      t.testAllPublicStaticMethods(c);
    }
  }
}
