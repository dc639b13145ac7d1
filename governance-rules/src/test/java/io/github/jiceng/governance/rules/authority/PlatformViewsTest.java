package io.github.jiceng.governance.rules.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.fixtures.Baiyun;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The six sections of a town's platform: who sees which records, and how much personal data. */
final class PlatformViewsTest {

  private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");
  private static final GridId TOWN = GridId.of("xuejiawan");
  private static final GridId VILLAGE = GridId.of("heidaigou");
  private static final GridId OTHER_VILLAGE = GridId.of("nianpanliang");
  private static final GridId GROUP3 = GridId.of("heidaigou-3");
  private static final GridId GROUP4 = GridId.of("heidaigou-4");
  private static final OrganizationId TOWN_COMMITTEE = OrganizationId.of("xuejiawan-committee");
  private static final OrganizationId BRANCH = OrganizationId.of("heidaigou-branch");
  private static final PersonId TOWN_SECRETARY = PersonId.of("p-town");
  private static final PersonId VILLAGE_SECRETARY = PersonId.of("p-village");
  private static final PersonId GROUP_LEADER = PersonId.of("p-group");
  private static final PersonId GROUP_HEAD = PersonId.of("p-head");
  private static final PersonId MEMBER = PersonId.of("p-member");
  private static final PersonId RESIDENT3 = PersonId.of("p-res3");
  private static final PersonId RESIDENT4 = PersonId.of("p-res4");
  private static final HouseholdId H3 = HouseholdId.of("h-3");
  private static final HouseholdId H4 = HouseholdId.of("h-4");

  private static final GridHierarchy GRIDS = GridHierarchy.of(LevelSchemes.RURAL, List.of(
      node(TOWN, "TOWN", null), node(VILLAGE, "VILLAGE", TOWN), node(OTHER_VILLAGE, "VILLAGE", TOWN),
      node(GROUP3, "VILLAGER_GROUP", VILLAGE), node(GROUP4, "VILLAGER_GROUP", VILLAGE)));

  private static final Roster ROSTER = Roster.builder()
      .addPersons(person(TOWN_SECRETARY, "杨军"), person(VILLAGE_SECRETARY, "任丽华", new Role.PartyMember(BRANCH,
          Optional.empty())), person(GROUP_LEADER, "王强"), person(GROUP_HEAD, "刘社长"),
          person(MEMBER, "张党员", new Role.PartyMember(BRANCH, Optional.empty())),
          person(RESIDENT3, "李大爷", new Role.Resident(H3)), person(RESIDENT4, "赵大妈", new Role.Resident(H4)))
      .addOrganizations(Organization.builder().id(TOWN_COMMITTEE).kind(OrganizationKind.PARTY_ORGANIZATION)
          .name("薛家湾镇党委").partyLevel("TOWN_PARTY_COMMITTEE").addGrid(TOWN).build(), Organization.builder().id(BRANCH)
          .kind(OrganizationKind.PARTY_ORGANIZATION).name("黑岱沟村党支部").partyLevel("VILLAGE_PARTY_BRANCH")
          .parent(TOWN_COMMITTEE).addGrid(VILLAGE).build())
      .addHouseholds(Household.builder().id(H3).grid(GROUP3).addMember(RESIDENT3).liaison(MEMBER).build(),
          Household.builder().id(H4).grid(GROUP4).addMember(RESIDENT4).build())
      .addPosts(post("town-secretary", PostKind.PARTY_SECRETARY, TOWN_COMMITTEE, TOWN, TOWN_SECRETARY),
          post("village-secretary", PostKind.PARTY_SECRETARY, BRANCH, VILLAGE, VILLAGE_SECRETARY),
          post("group-leader-3", PostKind.PARTY_GROUP_LEADER, BRANCH, GROUP3, GROUP_LEADER),
          post("group-head-3", PostKind.VILLAGER_GROUP_HEAD, BRANCH, GROUP3, GROUP_HEAD))
      .build();

  private static final PlatformViews VIEWS = PlatformViews.of(ScopedAuthority.of(GRIDS, ROSTER,
      AuthorityPolicy.DEFAULT), GRIDS, ROSTER);

  private static GridNode node(GridId id, String level, GridId parent) {
    return GridNode.builder().id(id).level(level).parent(Optional.ofNullable(parent)).name(id.value()).build();
  }

  private static Person person(PersonId id, String name, Role... roles) {
    int n = Math.floorMod(id.value().hashCode(), 900) + 10;
    return Person.builder().id(id).name(PersonName.of(name)).identityNumber(Baiyun.identity(n))
        .mobile(MobileNumber.of(String.format("139%08d", n))).addRoles(roles).build();
  }

  private static Post post(String id, PostKind kind, OrganizationId org, GridId scope, PersonId holder) {
    return Post.builder().id(PostId.of(id)).kind(kind).organization(org).scope(scope).holderA(holder).build();
  }

  private static PlatformRecord proposalOf(PersonId resident, GridId grid) {
    return new PlatformRecord(PlatformRecord.Kind.PROPOSAL, grid, Optional.of(resident));
  }

  private static PlatformViews.View view(PersonId reader, PlatformSection section, PlatformRecord record) {
    return VIEWS.view(reader, section, record, NOW);
  }

  private static Optional<PlatformSection.Disclosure> disclosure(PersonId reader, PlatformSection section,
      PlatformRecord record) {
    return view(reader, section, record) instanceof PlatformViews.View.Visible v ? Optional.of(v.disclosure())
        : Optional.empty();
  }

  @Test
  void eachSectionReadsItsOwnSubtreeThroughItsOwnPostOrRole() {
    PlatformRecord atGroup3 = proposalOf(RESIDENT3, GROUP3);
    PlatformRecord atGroup4 = proposalOf(RESIDENT4, GROUP4);
    PlatformRecord inOtherVillage = proposalOf(RESIDENT4, OTHER_VILLAGE);
    assertThat(disclosure(TOWN_SECRETARY, PlatformSection.TOWN_PARTY_COMMITTEE, inOtherVillage))
        .contains(PlatformSection.Disclosure.MASKED);
    assertThat(disclosure(VILLAGE_SECRETARY, PlatformSection.VILLAGE_PARTY_BRANCH, atGroup4))
        .contains(PlatformSection.Disclosure.MASKED);
    assertThat(disclosure(VILLAGE_SECRETARY, PlatformSection.VILLAGE_PARTY_BRANCH, inOtherVillage)).isEmpty();
    assertThat(disclosure(GROUP_LEADER, PlatformSection.PARTY_GROUP, atGroup3)).contains(PlatformSection.Disclosure.NAME);
    assertThat(disclosure(GROUP_LEADER, PlatformSection.PARTY_GROUP, atGroup4)).isEmpty();
    assertThat(disclosure(GROUP_HEAD, PlatformSection.GROUP_HEAD, atGroup3)).contains(PlatformSection.Disclosure.NAME);
    assertThat(disclosure(MEMBER, PlatformSection.PARTY_MEMBER, atGroup3)).as("the household they liaise with")
        .contains(PlatformSection.Disclosure.NAME);
    assertThat(disclosure(MEMBER, PlatformSection.PARTY_MEMBER, atGroup4)).isEmpty();
    assertThat(view(VILLAGE_SECRETARY, PlatformSection.VILLAGE_PARTY_BRANCH, atGroup4))
        .isEqualTo(new PlatformViews.View.Visible(PlatformSection.Disclosure.MASKED, Optional.of(new Basis.ViaPost(
            PostId.of("village-secretary"), io.github.jiceng.governance.model.post.HolderSlot.A, VILLAGE))));
  }

  @Test
  void aReaderSeesOnlyWhatTheSectionTheyReadInLetsThemSee() {
    PlatformRecord atGroup4 = proposalOf(RESIDENT4, GROUP4);
    // the village secretary is a party member too, but liaises with no household: nothing as a member
    PlatformViews.View asMember = view(VILLAGE_SECRETARY, PlatformSection.PARTY_MEMBER, atGroup4);
    assertThat(asMember.isVisible()).isFalse();
    assertThat(((PlatformViews.View.Hidden) asMember).refusal().code()).isEqualTo(DenialReason.NO_GRANT);
    // the member who liaises with group 3 reads there, and outside it is told the scope it has
    PlatformViews.View outside = view(MEMBER, PlatformSection.PARTY_MEMBER, atGroup4);
    assertThat(((PlatformViews.View.Hidden) outside).refusal().code()).isEqualTo(DenialReason.OUTSIDE_SCOPE);
    assertThat(((PlatformViews.View.Hidden) outside).refusal().arguments()).containsEntry("scope", "heidaigou-3");
    // nor in the town's section: the village post's scope is not a town
    PlatformViews.View asTown = view(VILLAGE_SECRETARY, PlatformSection.TOWN_PARTY_COMMITTEE, atGroup4);
    assertThat(((PlatformViews.View.Hidden) asTown).refusal().code()).isEqualTo(DenialReason.NO_GRANT);
    // a resident reads no one else's proposal, even in their own grid, but reads its public notices
    assertThat(disclosure(RESIDENT3, PlatformSection.VILLAGER, proposalOf(MEMBER, GROUP3))).isEmpty();
    PlatformViews.View hidden = view(RESIDENT3, PlatformSection.VILLAGER, proposalOf(MEMBER, GROUP3));
    assertThat(((PlatformViews.View.Hidden) hidden).refusal().code()).isEqualTo(DenialReason.NOT_SHOWN_IN_SECTION);
    assertThat(((PlatformViews.View.Hidden) hidden).refusal().arguments()).containsEntry("section", "VILLAGER")
        .containsEntry("kind", "PROPOSAL").containsEntry("actor", "p-res3").containsEntry("action", "READ");
    PlatformRecord notice = new PlatformRecord(PlatformRecord.Kind.PUBLIC_NOTICE, GROUP3, Optional.empty());
    assertThat(disclosure(RESIDENT3, PlatformSection.VILLAGER, notice)).contains(PlatformSection.Disclosure.MASKED);
    assertThat(disclosure(RESIDENT4, PlatformSection.VILLAGER, notice)).as("another group's notice").isEmpty();
  }

  @Test
  void everyoneReadsTheirOwnRecordsInFullInAnySection() {
    for (PlatformSection s : PlatformSection.values()) {
      assertThat(view(RESIDENT3, s, proposalOf(RESIDENT3, GROUP3))).as("%s", s)
          .isEqualTo(new PlatformViews.View.Visible(PlatformSection.Disclosure.FULL, Optional.empty()));
    }
  }

  @Test
  void theCardDisclosesWhatTheViewAllowsAndItsTextNeverMore() {
    Person resident = ROSTER.person(RESIDENT3).orElseThrow();
    String mobile = resident.mobile().orElseThrow().rawValue();
    String id = resident.identityNumber().orElseThrow().rawValue();
    PlatformViews.PersonCard full = VIEWS.card(resident, view(RESIDENT3, PlatformSection.VILLAGER,
        proposalOf(RESIDENT3, GROUP3))).orElseThrow();
    assertThat(full).isEqualTo(new PlatformViews.PersonCard(RESIDENT3, "李大爷", Optional.of(mobile), Optional.of(id)));
    PlatformViews.PersonCard named = VIEWS.card(resident, view(GROUP_HEAD, PlatformSection.GROUP_HEAD,
        proposalOf(RESIDENT3, GROUP3))).orElseThrow();
    assertThat(named.name()).isEqualTo("李大爷");
    assertThat(named.mobile()).contains(resident.mobile().orElseThrow().masked());
    assertThat(named.identityNumber()).contains(resident.identityNumber().orElseThrow().masked());
    PlatformViews.PersonCard masked = VIEWS.card(resident, view(TOWN_SECRETARY, PlatformSection.TOWN_PARTY_COMMITTEE,
        proposalOf(RESIDENT3, GROUP3))).orElseThrow();
    assertThat(masked.name()).isEqualTo("李**");
    assertThat(VIEWS.card(resident, view(RESIDENT4, PlatformSection.VILLAGER, proposalOf(RESIDENT3, GROUP3)))).isEmpty();
    for (PlatformViews.PersonCard card : List.of(full, named, masked)) {
      assertThat(card.toString()).doesNotContain(mobile).doesNotContain(id).doesNotContain("李大爷");
    }
  }

  @Test
  void aCitysPartySectionsReadAtTheLevelsTheHostNames() {
    assertThat(VIEWS.withLevel(PlatformSection.TOWN_PARTY_COMMITTEE, "VILLAGE").view(VILLAGE_SECRETARY,
        PlatformSection.TOWN_PARTY_COMMITTEE, proposalOf(RESIDENT4, GROUP4), NOW).isVisible()).isTrue();
    assertThatThrownBy(() -> VIEWS.withLevel(PlatformSection.GROUP_HEAD, "VILLAGE"))
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("party-section"));
    assertThatThrownBy(() -> VIEWS.withLevel(PlatformSection.TOWN_PARTY_COMMITTEE, "COMMUNITY"))
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("level-in-scheme"));
  }

  @Test
  void aFilteredDecisionTriesOnlyTheGrantsTheFilterAccepts() {
    ScopedAuthority authority = ScopedAuthority.of(GRIDS, ROSTER, AuthorityPolicy.DEFAULT);
    Target read = Target.of(GROUP4, io.github.jiceng.governance.model.authority.Action.READ);
    assertThat(authority.decide(VILLAGE_SECRETARY, read, NOW).isAllowed()).isTrue();
    assertThat(authority.decide(VILLAGE_SECRETARY, read, NOW, b -> b instanceof Basis.ViaRole).isAllowed()).isFalse();
    assertThat(authority.decide(VILLAGE_SECRETARY, read, NOW, b -> true))
        .isEqualTo(authority.decide(VILLAGE_SECRETARY, read, NOW));
  }
}
