package io.github.jiceng.governance.json.internal;

import static io.github.jiceng.governance.json.internal.GridCodecs.GRID_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.HOUSEHOLD_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.ORGANIZATION_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.PERSON_ID;

import io.github.jiceng.governance.model.actor.ActorId;
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
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import io.github.jiceng.governance.model.shared.Masking;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The bindings of the personal and organization codes and of the actor feature: names, persons
 * with their roles, households, organizations, grid squads, and actor ids.
 *
 * <p>Identity numbers, mobiles and names are personal data: files hold them raw (a roster is a
 * register), but every error message shows them only masked, as the model's own types do.
 */
public final class ActorCodecs {

  private ActorCodecs() {}

  /** The prefix of a person in an {@link ActorId}'s text. */
  static final String PERSON_PREFIX = "person:";

  /** The prefix of an organization in an {@link ActorId}'s text. */
  static final String ORGANIZATION_PREFIX = "organization:";

  /**
   * {@link IdentityNumber} as its 18 characters, raw; masked ({@code 1***************11}) in
   * every message.
   */
  public static final TextCodec<IdentityNumber> IDENTITY_NUMBER = Codecs.text(IdentityNumber.class,
      "A citizen identity number (公民身份号码, GB 11643): 17 digits and a check character. Personal data.",
      IdentityNumber::of, IdentityNumber::rawValue)
      .pattern("[1-9][0-9]{16}[0-9Xx]")
      .personal(Masking::idNumber);

  /** {@link MobileNumber} as its 11 digits, raw; masked ({@code 139****5678}) in every message. */
  public static final TextCodec<MobileNumber> MOBILE_NUMBER = Codecs.text(MobileNumber.class,
      "A mainland mobile number (手机号码): 11 digits, optionally after +86 or 86. Personal data.",
      MobileNumber::of, MobileNumber::rawValue)
      .pattern("(\\+86|86)?1[3-9][0-9]{9}")
      .personal(Masking::mobile);

  /** {@link CreditCode} as its 18 characters. */
  public static final TextCodec<CreditCode> CREDIT_CODE = Codecs.text(CreditCode.class,
      "A unified social credit code (统一社会信用代码, GB 32100) of 18 characters.", CreditCode::of, CreditCode::value)
      .pattern("[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{2}[0-9]{6}[0-9A-HJ-NP-RTUW-Ya-hj-np-rtuw-y]{10}");

  /** {@link PersonName} as the name itself, raw; only its first character shows in messages. */
  public static final TextCodec<PersonName> PERSON_NAME = Codecs.text(PersonName.class,
      "A person's name (姓名): 1-" + PersonName.MAX_LENGTH + " characters, not blank, no control characters. "
          + "Personal data.", PersonName::of, PersonName::rawValue)
      .pattern("[^\\x00-\\x1F\\x7F-\\x9F]+")
      .schemaLength(1, PersonName.MAX_LENGTH)
      .personal(Masking::name);

  /**
   * {@link ActorId} as {@code "person:<id>"} or {@code "organization:<id>"}: one string, so that an
   * actor can be a map key and sorts as the model sorts actors (persons first).
   */
  public static final TextCodec<ActorId> ACTOR_ID = Codecs.text(ActorId.class,
      "A person or an organization that acts (行为主体): person:<person id> or organization:<organization id>.",
      ActorCodecs::parseActor, ActorCodecs::formatActor)
      .pattern("(person|organization):" + ValueCodecs.ID_FORM);

  /** {@link RoleKind} by name. */
  public static final EnumCodec<RoleKind> ROLE_KIND = Codecs.enumeration(RoleKind.class,
      "The kind of a role a person has (角色类别).");

  /** {@link DeputyKind} by name. */
  public static final EnumCodec<DeputyKind> DEPUTY_KIND = Codecs.enumeration(DeputyKind.class,
      "Which of 两代表一委员 a deputy is.");

  /** {@link OrganizationKind} by name. */
  public static final EnumCodec<OrganizationKind> ORGANIZATION_KIND = Codecs.enumeration(OrganizationKind.class,
      "The kind of an organization (组织类别).");

  /** {@link Role.Resident} as {@code {"household"}}. */
  public static final ObjectCodec<Role.Resident> RESIDENT = resident();

  /** {@link Role.PartyMember} as {@code {"branch", "group"?}}. */
  public static final ObjectCodec<Role.PartyMember> PARTY_MEMBER = partyMember();

  /** {@link Role.Volunteer} as {@code {"team", "grids": [...]}}. */
  public static final ObjectCodec<Role.Volunteer> VOLUNTEER = volunteer();

  /** {@link Role.SocialWorker} as {@code {"station"}}. */
  public static final ObjectCodec<Role.SocialWorker> SOCIAL_WORKER = socialWorker();

  /** {@link Role.PoliceOfficer} as {@code {"grids": [...]}}. */
  public static final ObjectCodec<Role.PoliceOfficer> POLICE_OFFICER = policeOfficer();

  /** {@link Role.BuildingHead} as {@code {"building"}}. */
  public static final ObjectCodec<Role.BuildingHead> BUILDING_HEAD = buildingHead();

  /** {@link Role.SafetyVolunteer} as {@code {"grid"}}. */
  public static final ObjectCodec<Role.SafetyVolunteer> SAFETY_VOLUNTEER = safetyVolunteer();

  /** {@link Role.Deputy} as {@code {"deputyKind", "grids": [...]}}. */
  public static final ObjectCodec<Role.Deputy> DEPUTY = deputy();

  /** {@link Role} as one object whose {@code "type"} names the variant: {@code {"type": "resident", ...}}. */
  public static final UnionCodec<Role> ROLE = UnionCodec.builder(Role.class, "type")
      .describe("A role a person has (角色), with what binds it.")
      .variant("resident", Role.Resident.class, RESIDENT)
      .variant("partyMember", Role.PartyMember.class, PARTY_MEMBER)
      .variant("volunteer", Role.Volunteer.class, VOLUNTEER)
      .variant("socialWorker", Role.SocialWorker.class, SOCIAL_WORKER)
      .variant("policeOfficer", Role.PoliceOfficer.class, POLICE_OFFICER)
      .variant("buildingHead", Role.BuildingHead.class, BUILDING_HEAD)
      .variant("safetyVolunteer", Role.SafetyVolunteer.class, SAFETY_VOLUNTEER)
      .variant("deputy", Role.Deputy.class, DEPUTY)
      .build();

  /** {@link Person}: id, name, identity number and mobile if recorded, roles, affiliations. */
  public static final ObjectCodec<Person> PERSON = person();

  /** {@link Household}: id, grid, members, liaison. */
  public static final ObjectCodec<Household> HOUSEHOLD = household();

  /** {@link Organization}: id, kind, name, credit code, parent, party level, grids, headcount. */
  public static final ObjectCodec<Organization> ORGANIZATION = organization();

  /** {@link GridSquad}: grid, persons, organizations, pillar. */
  public static final ObjectCodec<GridSquad> GRID_SQUAD = gridSquad();

  static ActorId parseActor(String text) {
    if (text.startsWith(PERSON_PREFIX)) {
      return PersonId.of(text.substring(PERSON_PREFIX.length()));
    }
    if (text.startsWith(ORGANIZATION_PREFIX)) {
      return OrganizationId.of(text.substring(ORGANIZATION_PREFIX.length()));
    }
    String shown = Excerpts.of(text);
    throw new DomainValidationException("ActorId[" + shown + "]", "value", "actor-form",
        "an actor is person:<id> or organization:<id>, was '" + shown + "'");
  }

  static String formatActor(ActorId actor) {
    return (actor.isOrganization() ? ORGANIZATION_PREFIX : PERSON_PREFIX) + actor.value();
  }

  private static ObjectCodec<Role.Resident> resident() {
    ObjectCodec.Builder<Role.Resident> b = ObjectCodec.builder(Role.Resident.class).named("ResidentRole")
        .describe("居民: lives in a household.");
    Slot<HouseholdId> household = b.required("household", Role.Resident::household, HOUSEHOLD_ID);
    return b.build(v -> new Role.Resident(v.get(household)));
  }

  private static ObjectCodec<Role.PartyMember> partyMember() {
    ObjectCodec.Builder<Role.PartyMember> b = ObjectCodec.builder(Role.PartyMember.class).named("PartyMemberRole")
        .describe("党员: a member of a party branch (党支部), and perhaps of a party group (党小组) in it.");
    Slot<OrganizationId> branch = b.required("branch", Role.PartyMember::branch, ORGANIZATION_ID);
    Slot<Optional<OrganizationId>> group = b.optional("group", Role.PartyMember::group, ORGANIZATION_ID);
    return b.build(v -> new Role.PartyMember(v.get(branch), v.get(group)));
  }

  private static ObjectCodec<Role.Volunteer> volunteer() {
    ObjectCodec.Builder<Role.Volunteer> b = ObjectCodec.builder(Role.Volunteer.class).named("VolunteerRole")
        .describe("志愿者: a member of a volunteer team, assigned to grids (下沉到网格); grids sorted by id.");
    Slot<OrganizationId> team = b.required("team", Role.Volunteer::team, ORGANIZATION_ID);
    Slot<Set<GridId>> grids = b.defaulted("grids", Role.Volunteer::grids, Codecs.set(GRID_ID), Set.of());
    return b.build(v -> new Role.Volunteer(v.get(team), v.get(grids)));
  }

  private static ObjectCodec<Role.SocialWorker> socialWorker() {
    ObjectCodec.Builder<Role.SocialWorker> b = ObjectCodec.builder(Role.SocialWorker.class).named("SocialWorkerRole")
        .describe("社工: a social worker of a social work station (社会工作服务站).");
    Slot<OrganizationId> station = b.required("station", Role.SocialWorker::station, ORGANIZATION_ID);
    return b.build(v -> new Role.SocialWorker(v.get(station)));
  }

  private static ObjectCodec<Role.PoliceOfficer> policeOfficer() {
    ObjectCodec.Builder<Role.PoliceOfficer> b = ObjectCodec.builder(Role.PoliceOfficer.class)
        .named("PoliceOfficerRole").describe("社区民警: a community police officer serving one or more grids.");
    Slot<Set<GridId>> grids = b.required("grids", Role.PoliceOfficer::grids, Codecs.set(GRID_ID));
    return b.build(v -> new Role.PoliceOfficer(v.get(grids)));
  }

  private static ObjectCodec<Role.BuildingHead> buildingHead() {
    ObjectCodec.Builder<Role.BuildingHead> b = ObjectCodec.builder(Role.BuildingHead.class).named("BuildingHeadRole")
        .describe("楼栋长: the head of one building.");
    Slot<GridId> building = b.required("building", Role.BuildingHead::building, GRID_ID);
    return b.build(v -> new Role.BuildingHead(v.get(building)));
  }

  private static ObjectCodec<Role.SafetyVolunteer> safetyVolunteer() {
    ObjectCodec.Builder<Role.SafetyVolunteer> b = ObjectCodec.builder(Role.SafetyVolunteer.class)
        .named("SafetyVolunteerRole").describe("平安志愿者: a safety volunteer of one grid.");
    Slot<GridId> grid = b.required("grid", Role.SafetyVolunteer::grid, GRID_ID);
    return b.build(v -> new Role.SafetyVolunteer(v.get(grid)));
  }

  private static ObjectCodec<Role.Deputy> deputy() {
    ObjectCodec.Builder<Role.Deputy> b = ObjectCodec.builder(Role.Deputy.class).named("DeputyRole")
        .describe("两代表一委员: a deputy linked to the grids they serve.");
    Slot<DeputyKind> kind = b.required("deputyKind", Role.Deputy::deputyKind, DEPUTY_KIND);
    Slot<Set<GridId>> grids = b.required("grids", Role.Deputy::grids, Codecs.set(GRID_ID));
    return b.build(v -> new Role.Deputy(v.get(kind), v.get(grids)));
  }

  private static ObjectCodec<Person> person() {
    ObjectCodec.Builder<Person> b = ObjectCodec.builder(Person.class)
        .describe("A person (人员) and their roles. The name, identity number and mobile are personal data.");
    Slot<PersonId> id = b.required("id", Person::id, PERSON_ID);
    Slot<PersonName> name = b.required("name", Person::name, PERSON_NAME);
    Slot<Optional<IdentityNumber>> identityNumber = b.optional("identityNumber", Person::identityNumber,
        IDENTITY_NUMBER);
    Slot<Optional<MobileNumber>> mobile = b.optional("mobile", Person::mobile, MOBILE_NUMBER);
    Slot<List<Role>> roles = b.defaulted("roles", Person::roles, Codecs.list(ROLE), List.of());
    Slot<Set<OrganizationId>> affiliations = b.defaulted("affiliations", Person::affiliations,
        Codecs.set(ORGANIZATION_ID), Set.of());
    return b.build(v -> Person.builder().id(v.get(id)).name(v.get(name)).identityNumber(v.get(identityNumber))
        .mobile(v.get(mobile)).addAllRoles(v.get(roles)).addAllAffiliations(v.get(affiliations)).build());
  }

  private static ObjectCodec<Household> household() {
    ObjectCodec.Builder<Household> b = ObjectCodec.builder(Household.class)
        .describe("A household (户): its grid node, members (by id) and party-member liaison (党员联络员).");
    Slot<HouseholdId> id = b.required("id", Household::id, HOUSEHOLD_ID);
    Slot<GridId> grid = b.required("grid", Household::grid, GRID_ID);
    Slot<Set<PersonId>> members = b.defaulted("members", Household::members, Codecs.set(PERSON_ID), Set.of());
    Slot<Optional<PersonId>> liaison = b.optional("liaison", Household::liaison, PERSON_ID);
    return b.build(v -> Household.builder().id(v.get(id)).grid(v.get(grid)).addAllMembers(v.get(members))
        .liaison(v.get(liaison)).build());
  }

  private static ObjectCodec<Organization> organization() {
    ObjectCodec.Builder<Organization> b = ObjectCodec.builder(Organization.class)
        .describe("An organization (组织): a party organization, co-building unit, social organization, social "
            + "work station, volunteer team or resident merchant, bound to grid nodes.");
    Slot<OrganizationId> id = b.required("id", Organization::id, ORGANIZATION_ID);
    Slot<OrganizationKind> kind = b.required("kind", Organization::kind, ORGANIZATION_KIND);
    Slot<String> name = b.required("name", Organization::name,
        Codecs.string().length(1, Organization.MAX_NAME_LENGTH));
    Slot<Optional<CreditCode>> creditCode = b.optional("creditCode", Organization::creditCode, CREDIT_CODE);
    Slot<Optional<OrganizationId>> parent = b.optional("parent", Organization::parent, ORGANIZATION_ID);
    Slot<Optional<String>> partyLevel = b.optional("partyLevel", Organization::partyLevel,
        Codecs.string().length(1, Integer.MAX_VALUE));
    Slot<Set<GridId>> grids = b.defaulted("grids", Organization::grids, Codecs.set(GRID_ID), Set.of());
    Slot<Optional<Integer>> headcount = b.optional("headcount", o -> boxed(o.headcount()),
        Codecs.integer(0, Integer.MAX_VALUE));
    return b.build(v -> Organization.builder().id(v.get(id)).kind(v.get(kind)).name(v.get(name))
        .creditCode(v.get(creditCode)).parent(v.get(parent)).partyLevel(v.get(partyLevel))
        .addAllGrids(v.get(grids)).headcount(unboxed(v.get(headcount))).build());
  }

  private static ObjectCodec<GridSquad> gridSquad() {
    ObjectCodec.Builder<GridSquad> b = ObjectCodec.builder(GridSquad.class)
        .describe("The grid squad (网格小分队) of one grid, the mechanism of 平安共管.");
    Slot<GridId> grid = b.required("grid", GridSquad::grid, GRID_ID);
    Slot<Set<PersonId>> persons = b.defaulted("persons", GridSquad::persons, Codecs.set(PERSON_ID), Set.of());
    Slot<Set<OrganizationId>> organizations = b.defaulted("organizations", GridSquad::organizations,
        Codecs.set(ORGANIZATION_ID), Set.of());
    Slot<Pillar> pillar = b.defaulted("pillar", GridSquad::pillar, ValueCodecs.PILLAR, Pillar.SAFETY_CO_MANAGEMENT);
    return b.build(v -> GridSquad.builder().grid(v.get(grid)).addAllPersons(v.get(persons))
        .addAllOrganizations(v.get(organizations)).pillar(v.get(pillar)).build());
  }

  /** Returns an {@code OptionalInt} as an {@code Optional}, for an optional integer field. */
  static Optional<Integer> boxed(OptionalInt value) {
    return value.isPresent() ? Optional.of(value.getAsInt()) : Optional.empty();
  }

  /** Returns an optional integer field's value as an {@code OptionalInt}. */
  static OptionalInt unboxed(Optional<Integer> value) {
    return value.isPresent() ? OptionalInt.of(value.get()) : OptionalInt.empty();
  }

  /**
   * Every codec of this class bound to a type, for the Jackson module. The variants of {@link Role}
   * are bound in the union's form, with their {@code "type"}.
   */
  static List<Codec<?>> all() {
    return List.of(IDENTITY_NUMBER, MOBILE_NUMBER, CREDIT_CODE, PERSON_NAME, ACTOR_ID, ROLE_KIND, DEPUTY_KIND,
        ORGANIZATION_KIND, ROLE, SubtypeCodec.of(ROLE, Role.Resident.class),
        SubtypeCodec.of(ROLE, Role.PartyMember.class), SubtypeCodec.of(ROLE, Role.Volunteer.class),
        SubtypeCodec.of(ROLE, Role.SocialWorker.class), SubtypeCodec.of(ROLE, Role.PoliceOfficer.class),
        SubtypeCodec.of(ROLE, Role.BuildingHead.class), SubtypeCodec.of(ROLE, Role.SafetyVolunteer.class),
        SubtypeCodec.of(ROLE, Role.Deputy.class), PERSON, HOUSEHOLD, ORGANIZATION, GRID_SQUAD);
  }
}
