package io.github.jiceng.governance.model;

import io.github.jiceng.governance.model.actor.DeputyKind;
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
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.OrganizationGrant;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.authority.RoleGrant;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.GridRequirement;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.PartyCoverage;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarDefinition;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One instance of every public type of the actor, code, taxonomy, post and authority packages,
 * built with personal fixtures: the raw values in {@link #RAW_PERSONAL} must never show in a
 * {@code toString} or an exception message.
 */
final class ModelSamples {

  static final String ID_RAW = "150622199001010011";
  static final String ID2_RAW = "11010519491231002X";
  static final String MOBILE_RAW = "13912345678";
  static final String MOBILE2_RAW = "18049531999";
  static final String NAME_RAW = "欧阳娜娜";
  static final String NAME2_RAW = "张三丰";

  /** The raw personal values of the fixtures. */
  static final List<String> RAW_PERSONAL = List.of(ID_RAW, ID2_RAW, MOBILE_RAW, MOBILE2_RAW, NAME_RAW, NAME2_RAW);

  static final GridId GRID = GridId.of("baiyun-g1");
  static final OrganizationId BRANCH = OrganizationId.of("baiyun-branch");
  static final PersonId P1 = PersonId.of("p-1");
  static final PersonId P2 = PersonId.of("p-2");
  static final Interval PERIOD = Interval.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-08T00:00:00Z"));

  private ModelSamples() {}

  static Person person1() {
    return Person.builder().id(P1).name(PersonName.of(NAME_RAW)).identityNumber(IdentityNumber.of(ID_RAW))
        .mobile(MobileNumber.of(MOBILE_RAW))
        .addRole(Role.PartyMember.of(BRANCH, OrganizationId.of("group")))
        .addRole(new Role.Deputy(DeputyKind.CPPCC_MEMBER, Set.of(GRID)))
        .addRole(new Role.Resident(HouseholdId.of("h-1")))
        .addAffiliation(OrganizationId.of("unit"))
        .build();
  }

  static Person person2() {
    return Person.builder().id(P2).name(PersonName.of(NAME2_RAW)).identityNumber(IdentityNumber.of(ID2_RAW))
        .mobile(MobileNumber.of(MOBILE2_RAW)).addRole(new Role.PoliceOfficer(Set.of(GRID))).build();
  }

  static Post post() {
    return Post.builder().id(PostId.of("exec")).kind(PostKind.EXECUTIVE_SECRETARY).organization(BRANCH).scope(GRID)
        .holderA(P1).holderB(P2).build();
  }

  static Organization organization() {
    return Organization.builder().id(BRANCH).kind(OrganizationKind.PARTY_ORGANIZATION).name("白云社区党支部")
        .partyLevel("COMMUNITY_PARTY_BRANCH").addGrid(GRID).build();
  }

  static Household household() {
    return Household.builder().id(HouseholdId.of("h-1")).grid(GRID).addMembers(P1, P2).liaison(P1).build();
  }

  static Roster roster() {
    return Roster.builder().addPersons(person1(), person2()).addHouseholds(household()).addOrganizations(organization())
        .addSquads(GridSquad.builder().grid(GRID).addPersons(P1, P2).build()).addPosts(post())
        .addAbsences(new Absence(P1, PERIOD, AbsenceKind.LEAVE)).build();
  }

  /** Every sample, keyed by its public type (nested types included). */
  static Map<Class<?>, Object> all() {
    Map<Class<?>, Object> m = new LinkedHashMap<>();
    m.put(IdentityNumber.class, IdentityNumber.of(ID_RAW));
    m.put(MobileNumber.class, MobileNumber.of(MOBILE_RAW));
    m.put(CreditCode.class, CreditCode.of("91152201078371135X"));
    m.put(PersonName.class, PersonName.of(NAME_RAW));
    m.put(PersonId.class, P1);
    m.put(OrganizationId.class, BRANCH);
    m.put(HouseholdId.class, HouseholdId.of("h-1"));
    m.put(GridId.class, GRID);
    m.put(Person.class, person1());
    m.put(Person.Builder.class, Person.builder());
    m.put(Role.Resident.class, new Role.Resident(HouseholdId.of("h-1")));
    m.put(Role.PartyMember.class, Role.PartyMember.of(BRANCH));
    m.put(Role.Volunteer.class, new Role.Volunteer(OrganizationId.of("team"), Set.of(GRID)));
    m.put(Role.SocialWorker.class, new Role.SocialWorker(OrganizationId.of("station")));
    m.put(Role.PoliceOfficer.class, new Role.PoliceOfficer(Set.of(GRID)));
    m.put(Role.BuildingHead.class, new Role.BuildingHead(GRID));
    m.put(Role.SafetyVolunteer.class, new Role.SafetyVolunteer(GRID));
    m.put(Role.Deputy.class, new Role.Deputy(DeputyKind.PARTY_CONGRESS_DELEGATE, Set.of(GRID)));
    m.put(Role.class, new Role.SafetyVolunteer(GRID));
    m.put(Household.class, household());
    m.put(Household.Builder.class, Household.builder());
    m.put(Organization.class, organization());
    m.put(Organization.Builder.class, Organization.builder());
    m.put(GridSquad.class, GridSquad.builder().grid(GRID).addPersons(P1, P2).build());
    m.put(GridSquad.Builder.class, GridSquad.builder());
    m.put(Mechanism.class, Mechanism.GRID_SQUAD);
    m.put(Integration.class, Integration.CO_BUILDING);
    m.put(Pillar.class, Pillar.SAFETY_CO_MANAGEMENT);
    m.put(PillarDefinition.class, OneCoreFiveCo.ARTICLE.pillars().get(0));
    m.put(IntegrationDefinition.class, new IntegrationDefinition(Integration.CO_SHARING, "共享"));
    m.put(OneCoreFiveCo.class, OneCoreFiveCo.ARTICLE);
    m.put(OneCoreFiveCo.Builder.class, OneCoreFiveCo.builder());
    m.put(OneLeadFourIntegrations.class, OneLeadFourIntegrations.ARTICLE);
    m.put(OneLeadFourIntegrations.Builder.class, OneLeadFourIntegrations.builder());
    m.put(PostId.class, PostId.of("exec"));
    m.put(PostKind.class, PostKind.GRID_HEAD);
    m.put(Post.class, post());
    m.put(Post.Builder.class, Post.builder());
    m.put(Absence.class, new Absence(P1, PERIOD, AbsenceKind.LEAVE));
    m.put(Handover.class, new Handover(PostId.of("exec"), P2, P1, PERIOD));
    m.put(Roster.class, roster());
    m.put(Roster.Builder.class, Roster.builder());
    m.put(GridRequirement.class, StaffingPolicy.URBAN_GRID);
    m.put(PartyCoverage.class, new PartyCoverage("COMPOUND_PARTY_GROUP", "COMPOUND"));
    m.put(StaffingPolicy.class, StaffingPolicy.ARTICLE);
    m.put(StaffingPolicy.Builder.class, StaffingPolicy.builder());
    m.put(PostGrant.class, new PostGrant(PostKind.GRID_HEAD, Set.of(Action.RAISE)));
    m.put(RoleGrant.class, new RoleGrant(RoleKind.DEPUTY, Set.of(Action.RAISE)));
    m.put(OrganizationGrant.class, new OrganizationGrant(OrganizationKind.PAIRED_UNIT, Set.of(Action.RAISE)));
    m.put(AuthorityPolicy.class, AuthorityPolicy.DEFAULT);
    m.put(AuthorityPolicy.Builder.class, AuthorityPolicy.builder());
    m.put(Interval.class, PERIOD);
    m.put(LevelScheme.class, LevelSchemes.URBAN_PARTY);
    m.put(Optional.class, Optional.empty());
    m.put(String.class, "COMMUNITY");
    return m;
  }
}
