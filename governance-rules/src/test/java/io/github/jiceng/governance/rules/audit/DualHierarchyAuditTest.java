package io.github.jiceng.governance.rules.audit;

import static io.github.jiceng.governance.rules.fixtures.Baiyun.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.GridRequirement;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

final class DualHierarchyAuditTest {

  private static final GridHierarchy TERRITORY = territory();

  static AuditReport audit(Roster roster) {
    return DualHierarchyAudit.audit(TERRITORY, roster, StaffingPolicy.ARTICLE);
  }

  static <T> List<T> replace(List<T> values, java.util.function.Predicate<T> which, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>();
    for (T v : values) {
      if (which.test(v)) {
        T changed = change.apply(v);
        if (changed != null) {
          out.add(changed);
        }
      } else {
        out.add(v);
      }
    }
    return out;
  }

  static Roster rosterOf(List<Person> persons, List<Organization> orgs, List<Household> households, List<GridSquad> squads,
      List<Post> posts) {
    return Roster.builder().addAllPersons(persons).addAllOrganizations(orgs).addAllHouseholds(households)
        .addAllSquads(squads).addAllPosts(posts).build();
  }

  static Roster withHouseholds(List<Household> households) {
    return rosterOf(persons(), organizations(), households, squads(), posts());
  }

  static Roster withPosts(List<Post> posts) {
    return rosterOf(persons(), organizations(), households(), squads(), posts);
  }

  static StaffingPolicy withLoad(int max) {
    StaffingPolicy a = StaffingPolicy.ARTICLE;
    return StaffingPolicy.builder().maxLiaisonLoad(max).addAllGridRequirements(a.gridRequirements())
        .addAllPartyCoverages(a.partyCoverages()).addAllPartySchemes(a.partySchemes()).build();
  }

  static List<String> rules(AuditReport r) {
    return r.violations().stream().map(Violation::rule).toList();
  }

  @Test
  void aCompletelyStaffedCommunityIsClean() {
    AuditReport report = audit(roster());
    assertThat(report.violations()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report).hasToString("AuditReport[clean]");
  }

  @Test
  void everyHouseholdHasALiaison() {
    AuditReport r = audit(withHouseholds(replace(households(), h -> h.id().equals(H2),
        h -> Household.builder().id(h.id()).grid(h.grid()).build())));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule()).containsExactly(
        "Household[h2] household-has-liaison", "GridNode[xuemeili-b2] household-field-liaison");
  }

  @Test
  void aHouseholdFieldWithALiaisonForOneHouseholdIsServed() {
    List<Household> households = new ArrayList<>(households());
    households.add(Household.builder().id(io.github.jiceng.governance.model.actor.HouseholdId.of("h4")).grid(B1).build());
    AuditReport r = audit(withHouseholds(households));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule())
        .containsExactly("Household[h4] household-has-liaison");
  }

  @Test
  void aCommunityWithoutAPartyBranchIsAViolationOfItsOwn() {
    AuditReport r = audit(rosterOf(persons(), replace(organizations(), o -> o.id().equals(TIEBEI_BRANCH), o -> null),
        households(), squads(), posts()));
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("party-branch-present");
      assertThat(v.subject()).isEqualTo("GridNode[tiebei]");
      assertThat(v.detail()).contains("COMMUNITY_PARTY_BRANCH", "COMMUNITY");
    });
  }

  @Test
  void aCompoundWithoutAPartyGroupIsAViolationOfItsOwn() {
    AuditReport r = audit(rosterOf(persons(), replace(organizations(), o -> o.id().equals(GROUP), o -> null),
        households(), squads(), posts()));
    assertThat(r.violations()).filteredOn(v -> v.subject().startsWith("GridNode")).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("party-group-present");
      assertThat(v.subject()).isEqualTo("GridNode[xuemeili]");
      assertThat(v.detail()).contains("COMPOUND_PARTY_GROUP", "COMPOUND");
    });
  }

  @Test
  void aCoverageOutsideTheCoreGridKeepsTheGenericCode() {
    StaffingPolicy a = StaffingPolicy.ARTICLE;
    StaffingPolicy onlyGroups = StaffingPolicy.builder().addAllGridRequirements(a.gridRequirements())
        .addPartyCoverage(new io.github.jiceng.governance.model.post.PartyCoverage("COMPOUND_PARTY_GROUP", "COMPOUND"))
        .addAllPartySchemes(a.partySchemes()).build();
    AuditReport r = DualHierarchyAudit.audit(territory(),
        rosterOf(persons(), replace(organizations(), o -> o.id().equals(GROUP), o -> null), households(), squads(),
            posts()), onlyGroups);
    assertThat(r.violations()).filteredOn(v -> v.subject().startsWith("GridNode")).extracting(Violation::rule)
        .containsExactly("party-presence");
  }

  @Test
  void theLiaisonIsAListedPartyMember() {
    AuditReport r = audit(withHouseholds(replace(households(), h -> !h.id().equals(H1),
        h -> Household.builder().id(h.id()).grid(h.grid()).liaison(h.id().equals(H2) ? SOCIAL : PersonId.of("ghost")).build())));
    assertThat(r.violationsOf("liaison-is-party-member")).extracting(Violation::subject)
        .containsExactly("Household[h2]", "Household[h3]");
    assertThat(r.violationsOf("liaison-is-party-member").get(1).detail()).contains("ghost is not in the roster");
  }

  @Test
  void aLiaisonServesNoMoreThanTheConfiguredMaximum() {
    StaffingPolicy two = withLoad(2);
    AuditReport r = DualHierarchyAudit.audit(TERRITORY, roster(), two);
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("liaison-load");
      assertThat(v.subject()).isEqualTo("Person[p-liaison]");
      assertThat(v.detail()).contains("3 households", "maximum of 2");
    });
    assertThat(DualHierarchyAudit.audit(TERRITORY, roster(),
        withLoad(3)).isClean()).isTrue();
  }

  @Test
  void everyCompoundPartyGroupCoversACompound() {
    Roster r = rosterOf(persons(), replace(organizations(), o -> o.id().equals(GROUP),
        o -> Organization.builder().id(GROUP).kind(OrganizationKind.PARTY_ORGANIZATION).name("雪梅里党小组")
            .partyLevel("COMPOUND_PARTY_GROUP").parent(BRANCH).addGrid(B1).build()), households(), squads(), posts());
    assertThat(rules(audit(r))).containsExactly("party-coverage");
  }

  @Test
  void theChainFitsThePartyScheme() {
    List<Organization> orgs = new ArrayList<>(organizations());
    orgs.add(Organization.builder().id(OrganizationId.of("g-under-team")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("x").partyLevel("COMPOUND_PARTY_GROUP").parent(TEAM).addGrid(XUEMEILI).build());
    orgs.add(Organization.builder().id(OrganizationId.of("g-orphan")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("y").partyLevel("COMPOUND_PARTY_GROUP").addGrid(XUEMEILI).build());
    orgs.add(Organization.builder().id(OrganizationId.of("g-under-group")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("z").partyLevel("COMPOUND_PARTY_GROUP").parent(GROUP).addGrid(XUEMEILI).build());
    orgs.add(Organization.builder().id(OrganizationId.of("g-unknown")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("w").partyLevel("CELL").parent(BRANCH).build());
    AuditReport r = audit(rosterOf(persons(), orgs, households(), squads(), posts()));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule()).containsExactly(
        "Organization[g-orphan] party-chain-fits", "Organization[g-under-group] party-chain-fits",
        "Organization[g-under-team] party-chain-fits", "Organization[g-unknown] party-level-known");
  }

  @Test
  void aBranchMaySitBelowTheCountyChainButTheCountyChainKeepsItsOrder() {
    List<Organization> orgs = new ArrayList<>(organizations());
    OrganizationId county = OrganizationId.of("county");
    OrganizationId street = OrganizationId.of("street");
    orgs.add(Organization.builder().id(county).kind(OrganizationKind.PARTY_ORGANIZATION).name("旗委")
        .partyLevel("COUNTY_PARTY_COMMITTEE").build());
    orgs.add(Organization.builder().id(street).kind(OrganizationKind.PARTY_ORGANIZATION).name("街道党工委")
        .partyLevel("STREET_PARTY_WORKING_COMMITTEE").parent(county).build());
    orgs.add(Organization.builder().id(OrganizationId.of("street-orphan")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("x").partyLevel("STREET_PARTY_WORKING_COMMITTEE").build());
    orgs.add(Organization.builder().id(OrganizationId.of("county-under-street"))
        .kind(OrganizationKind.PARTY_ORGANIZATION).name("y").partyLevel("COUNTY_PARTY_COMMITTEE").parent(street).build());
    orgs.add(Organization.builder().id(OrganizationId.of("branch-under-street")).kind(OrganizationKind.PARTY_ORGANIZATION)
        .name("z").partyLevel("COMMUNITY_PARTY_BRANCH").parent(street).addGrid(BAIYUN).build());
    AuditReport r = audit(rosterOf(persons(), orgs, households(), squads(), posts()));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule()).containsExactly(
        "Organization[county-under-street] party-chain-fits", "Organization[street-orphan] party-chain-fits");
  }

  @Test
  void everyGridHasAGridHeadWithAHolder() {
    AuditReport r = audit(withPosts(replace(posts(), p -> p.id().equals(HEAD_G2),
        p -> Post.builder().id(p.id()).kind(p.kind()).organization(p.organization()).scope(p.scope()).build())));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule())
        .containsExactly("Grid[baiyun-g2] grid-head-present", "Post[head-g2] post-holders-present");
  }

  @Test
  void everyGridHasASquadWithTheRolesItsSchemeRequires() {
    List<GridSquad> squads = replace(squads(), s -> true, s -> s.grid().equals(G1)
        ? GridSquad.builder().grid(G1).addPersons(LIAISON, SOCIAL, BH1).build()
        : null);
    AuditReport r = audit(rosterOf(persons(), organizations(), households(), squads, posts()));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule())
        .containsExactly("Grid[baiyun-g1] grid-squad-roles", "Grid[baiyun-g2] grid-squad-present");
    assertThat(r.violationsOf("grid-squad-roles").get(0).detail()).contains("[POLICE_OFFICER, SAFETY_VOLUNTEER]");
  }

  @Test
  void roleRequirementsAreData() {
    GridRequirement withNgo = new GridRequirement("GRID", Optional.of("COMMUNITY"), false, Set.of(RoleKind.DEPUTY),
        Set.of(OrganizationKind.SOCIAL_ORGANIZATION));
    StaffingPolicy policy = StaffingPolicy.builder().addGridRequirement(withNgo).build();
    AuditReport r = DualHierarchyAudit.audit(TERRITORY, roster(), policy);
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule()).containsExactly(
        "Grid[baiyun-g1] grid-squad-roles", "Grid[baiyun-g2] grid-squad-roles", "Grid[baiyun-g2] grid-squad-organizations");
    StaffingPolicy rural = StaffingPolicy.builder().addGridRequirement(StaffingPolicy.RURAL_GRID).build();
    assertThat(DualHierarchyAudit.audit(TERRITORY, roster(), rural).isClean()).as("no grid of this territory is in a village").isTrue();
  }

  @Test
  void aPostsHoldersBelongToItsOrganization() {
    AuditReport r = audit(withPosts(replace(posts(), p -> p.id().equals(LIAISON_XUEMEILI),
        p -> post(p.id(), p.kind(), GROUP, XUEMEILI, LIAISON, SEC_B))));
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("post-holder-in-organization");
      assertThat(v.detail()).contains("p-sec-b", "xuemeili-group");
    });
    // a member of the group belongs to the branch above it: HEAD1_A is in GROUP, the post is of BRANCH
    assertThat(audit(withPosts(replace(posts(), p -> p.id().equals(EXEC),
        p -> post(EXEC, PostKind.EXECUTIVE_SECRETARY, BRANCH, BAIYUN, HEAD1_A, SEC_B)))).isClean()).isTrue();
  }

  @Test
  void everyReferenceResolves() {
    List<Person> persons = new ArrayList<>(persons());
    persons.add(person(PersonId.of("p-dangling"), "某某").addRole(new Role.Resident(io.github.jiceng.governance.model.actor.HouseholdId.of("h-none")))
        .addRole(Role.PartyMember.of(TEAM)).addRole(new Role.SocialWorker(OrganizationId.of("no-station")))
        .addRole(new Role.SafetyVolunteer(GridId.of("nowhere"))).build());
    List<Post> posts = new ArrayList<>(posts());
    posts.add(post(PostId.of("z-post"), PostKind.GRID_HEAD, OrganizationId.of("no-org"), GridId.of("nowhere"),
        PersonId.of("p-ghost"), SEC_A));
    AuditReport r = audit(rosterOf(persons, organizations(), households(), squads(), posts));
    assertThat(r.violations()).extracting(v -> v.subject() + " " + v.rule()).containsExactly(
        "Person[p-dangling] household-exists", "Person[p-dangling] organization-kind",
        "Person[p-dangling] organization-exists", "Person[p-dangling] grid-exists", "Post[z-post] organization-exists", "Post[z-post] grid-exists",
        "Post[z-post] person-exists");
    // the references alone are the same report: what a simulator refuses a roster for
    var roster = rosterOf(persons, organizations(), households(), squads(), posts);
    assertThat(DualHierarchyAudit.references(TERRITORY, roster)).isEqualTo(r);
    assertThat(DualHierarchyAudit.references(TERRITORY, rosterOf(persons(), organizations(), households(), squads(),
        posts())).isClean()).isTrue();
  }

  @Test
  void listsEveryViolationAtOnceWithoutPersonalData() {
    Roster broken = rosterOf(persons(), organizations(),
        replace(households(), h -> true, h -> Household.builder().id(h.id()).grid(h.grid()).build()),
        List.of(), replace(posts(), p -> true, p -> Post.builder().id(p.id()).kind(p.kind())
            .organization(p.organization()).scope(p.scope()).holderA(p.holderA().orElseThrow()).build()));
    AuditReport r = audit(broken);
    assertThat(r.countsByRule()).containsEntry("household-has-liaison", 3).containsEntry("household-field-liaison", 3)
        .containsEntry("grid-squad-present", 2).containsEntry("post-holders-present", 4);
    assertThat(r.violations()).hasSize(12);
    for (Person p : persons()) {
      assertThat(r.toString() + r.violations()).doesNotContain(p.name().rawValue());
    }
  }

  @Test
  void worksOnAnyScheme() {
    assertThat(DualHierarchyAudit.audit(GridHierarchy.of(LevelSchemes.URBAN_PARTY, List.of(
        io.github.jiceng.governance.model.grid.GridNode.builder().id(GridId.of("branch")).level("COMMUNITY_PARTY_BRANCH")
            .name("支部").build())), Roster.builder().build(), StaffingPolicy.ARTICLE).isClean()).isTrue();
  }

  @Test
  void rejectsNulls() {
    new NullPointerTester().setDefault(GridHierarchy.class, TERRITORY).setDefault(Roster.class, roster())
        .setDefault(StaffingPolicy.class, StaffingPolicy.ARTICLE).testAllPublicStaticMethods(DualHierarchyAudit.class);
    new NullPointerTester().testAllPublicInstanceMethods(audit(roster()));
    new NullPointerTester().testAllPublicConstructors(AuditReport.class);
  }
}
