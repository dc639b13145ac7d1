package io.github.jiceng.governance.model.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.PersonName;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PostAndRosterTest {

  private static final PersonId A = PersonId.of("p-a");
  private static final PersonId B = PersonId.of("p-b");
  private static final OrganizationId BRANCH = OrganizationId.of("branch");
  private static final OrganizationId GROUP = OrganizationId.of("group");

  private static Post.Builder post() {
    return Post.builder().id(PostId.of("exec")).kind(PostKind.EXECUTIVE_SECRETARY).organization(BRANCH)
        .scope(GridId.of("baiyun"));
  }

  private static Organization party(OrganizationId id, String level, OrganizationId parent) {
    return Organization.builder().id(id).kind(OrganizationKind.PARTY_ORGANIZATION).name("党组织 " + id)
        .partyLevel(level).parent(Optional.ofNullable(parent)).build();
  }

  @Test
  void aPostKnowsItsHoldersBySlot() {
    Post p = post().holderA(A).holderB(B).build();
    assertThat(p.holders()).containsExactly(A, B);
    assertThat(p.holder(HolderSlot.B)).contains(B);
    assertThat(p.slotOf(A)).contains(HolderSlot.A);
    assertThat(p.slotOf(PersonId.of("other"))).isEmpty();
    assertThat(post().holderB(B).build().holders()).containsExactly(B);
  }

  @Test
  void theTwoHoldersAreTwoPersons() {
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> post().holderA(A).holderB(A).build()))
        .hasMessageContaining("[holders-distinct]");
  }

  @Test
  void aHandoverIsBetweenTwoPersons() {
    Interval i = Interval.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));
    assertThat(new Handover(PostId.of("exec"), B, A, i).acting()).isEqualTo(B);
    assertThat(catchThrowableOfType(DomainValidationException.class, () -> new Handover(PostId.of("exec"), A, A, i)))
        .hasMessageContaining("[acting-for-another]");
  }

  @Test
  void aRosterListsEveryDuplicateId() {
    Person a = Person.builder().id(A).name(PersonName.of("张三")).build();
    Household h = Household.builder().id(HouseholdId.of("h")).grid(GridId.of("b1")).build();
    GridSquad s = GridSquad.builder().grid(GridId.of("g1")).build();
    DomainValidationException e = catchThrowableOfType(DomainValidationException.class, () -> Roster.builder()
        .addPersons(a, a, a).addHouseholds(h, h).addSquads(s, s).addPosts(post().build(), post().build()).build());
    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("persons", "households", "squads", "posts");
    assertThat(e.getMessage()).doesNotContain("张三");
  }

  @Test
  void aMemberOfAGroupBelongsToTheBranchAboveItButNotToASibling() {
    Person member = Person.builder().id(A).name(PersonName.of("张三")).addRole(Role.PartyMember.of(BRANCH, GROUP)).build();
    Person staff = Person.builder().id(B).name(PersonName.of("李四")).addAffiliation(GROUP).build();
    Roster r = Roster.builder().addPersons(member, staff)
        .addOrganizations(party(BRANCH, "COMMUNITY_PARTY_BRANCH", OrganizationId.of("street")),
            party(GROUP, "COMPOUND_PARTY_GROUP", BRANCH),
            party(OrganizationId.of("sibling"), "COMPOUND_PARTY_GROUP", BRANCH))
        .build();
    assertThat(r.belongsTo(A, BRANCH)).isTrue();
    assertThat(r.belongsTo(B, BRANCH)).as("through the group's parent").isTrue();
    assertThat(r.belongsTo(B, OrganizationId.of("street"))).as("street is not listed but named as parent").isTrue();
    assertThat(r.belongsTo(B, OrganizationId.of("sibling"))).isFalse();
    assertThat(r.belongsTo(PersonId.of("nobody"), BRANCH)).isFalse();
  }

  @Test
  void belongingEndsOnAParentCycle() {
    Organization x = party(OrganizationId.of("x"), "L", OrganizationId.of("y"));
    Organization y = party(OrganizationId.of("y"), "L", OrganizationId.of("x"));
    Person p = Person.builder().id(A).name(PersonName.of("张三")).addAffiliation(OrganizationId.of("x")).build();
    Roster r = Roster.builder().addPersons(p).addOrganizations(x, y).build();
    assertThat(r.belongsTo(A, OrganizationId.of("y"))).isTrue();
    assertThat(r.belongsTo(A, OrganizationId.of("z"))).isFalse();
  }

  @Test
  void aRosterLooksUpByIdAndSortsAbsences() {
    Interval late = Interval.of(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"));
    Interval early = Interval.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"));
    Roster r = Roster.builder().addPosts(post().holderA(A).build())
        .addAbsences(new Absence(A, late, AbsenceKind.LEAVE), new Absence(A, early, AbsenceKind.OFFICIAL_DUTY)).build();
    assertThat(r.post(PostId.of("exec"))).isPresent();
    assertThat(r.absencesOf(A)).extracting(Absence::period).containsExactly(early, late);
    assertThat(r.absencesOf(B)).isEmpty();
    assertThat(r).hasToString("Roster[0 persons, 0 households, 0 organizations, 0 squads, 1 posts, 2 absences]");
  }
}
