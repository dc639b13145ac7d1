package io.github.jiceng.governance.json.internal;

import static io.github.jiceng.governance.json.internal.GridCodecs.GRID_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.ORGANIZATION_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.PERSON_ID;

import io.github.jiceng.governance.model.actor.GridSquad;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.GridRequirement;
import io.github.jiceng.governance.model.post.Handover;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.PartyCoverage;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bindings of the post feature: A/B posts, absences, handovers, the roster of an area, and the
 * staffing policy its dual hierarchy is audited against.
 */
public final class PostCodecs {

  private PostCodecs() {}

  /** {@link PostId} as its text, such as {@code "baiyun-exec"}. */
  public static final TextCodec<PostId> POST_ID = Codecs.text(PostId.class, "The id of a post (岗位标识).",
      PostId::of, PostId::value).pattern(ValueCodecs.ID_FORM);

  /** {@link PostKind} as its key, such as {@code "GRID_HEAD"}. */
  public static final TextCodec<PostKind> POST_KIND = Codecs.text(PostKind.class,
      "The kind of a post (岗位类别), such as GRID_HEAD or EXECUTIVE_SECRETARY.", PostKind::of, PostKind::key)
      .pattern("[A-Z][A-Z0-9_]{0,63}");

  /** {@link AbsenceKind} by name. */
  public static final EnumCodec<AbsenceKind> ABSENCE_KIND = Codecs.enumeration(AbsenceKind.class,
      "Why a holder is away, coarsely (the reason of a leave is not recorded).");

  /** {@link HolderSlot} by name. */
  public static final EnumCodec<HolderSlot> HOLDER_SLOT = Codecs.enumeration(HolderSlot.class,
      "The A (primary) or B (backup) holder of a post (AB岗).");

  /** A level key a policy refers to: any non-empty text, as the model accepts it. */
  private static final StringCodec LEVEL_REFERENCE = Codecs.string().length(1, Integer.MAX_VALUE);

  /** {@link Post}: id, kind, organization, scope, A and B holders. */
  public static final ObjectCodec<Post> POST = post();

  /** {@link Absence}: person, period, kind. */
  public static final ObjectCodec<Absence> ABSENCE = absence();

  /** {@link Handover}: post, acting, absent, period. */
  public static final ObjectCodec<Handover> HANDOVER = handover();

  /** {@link GridRequirement}: level, within, grid head, squad roles and organizations. */
  public static final ObjectCodec<GridRequirement> GRID_REQUIREMENT = gridRequirement();

  /** {@link PartyCoverage}: party level, territorial level. */
  public static final ObjectCodec<PartyCoverage> PARTY_COVERAGE = partyCoverage();

  /** {@link Roster}: persons, households, organizations, squads, posts, absences. */
  public static final ObjectCodec<Roster> ROSTER = roster();

  /** {@link StaffingPolicy}: version, liaison load, grid-head kind, requirements, coverages, party schemes. */
  public static final ObjectCodec<StaffingPolicy> STAFFING_POLICY = staffingPolicy();

  private static ObjectCodec<Post> post() {
    ObjectCodec.Builder<Post> b = ObjectCodec.builder(Post.class)
        .describe("A post (岗位) of one organization over one grid subtree, with an A and a B holder (AB岗).");
    Slot<PostId> id = b.required("id", Post::id, POST_ID);
    Slot<PostKind> kind = b.required("kind", Post::kind, POST_KIND);
    Slot<OrganizationId> organization = b.required("organization", Post::organization, ORGANIZATION_ID);
    Slot<GridId> scope = b.required("scope", Post::scope, GRID_ID);
    Slot<Optional<PersonId>> holderA = b.optional("holderA", Post::holderA, PERSON_ID);
    Slot<Optional<PersonId>> holderB = b.optional("holderB", Post::holderB, PERSON_ID);
    return b.build(v -> Post.builder().id(v.get(id)).kind(v.get(kind)).organization(v.get(organization))
        .scope(v.get(scope)).holderA(v.get(holderA)).holderB(v.get(holderB)).build());
  }

  private static ObjectCodec<Absence> absence() {
    ObjectCodec.Builder<Absence> b = ObjectCodec.builder(Absence.class)
        .describe("A period in which a person is away (缺岗时段) and acts on none of their posts.");
    Slot<PersonId> person = b.required("person", Absence::person, PERSON_ID);
    Slot<Interval> period = b.required("period", Absence::period, ValueCodecs.INTERVAL);
    Slot<AbsenceKind> kind = b.required("kind", Absence::kind, ABSENCE_KIND);
    return b.build(v -> new Absence(v.get(person), v.get(period), v.get(kind)));
  }

  private static ObjectCodec<Handover> handover() {
    ObjectCodec.Builder<Handover> b = ObjectCodec.builder(Handover.class)
        .describe("A handover record (交接记录): on one post, who acted for whom, when.");
    Slot<PostId> post = b.required("post", Handover::post, POST_ID);
    Slot<PersonId> acting = b.required("acting", Handover::acting, PERSON_ID);
    Slot<PersonId> absent = b.required("absent", Handover::absent, PERSON_ID);
    Slot<Interval> period = b.required("period", Handover::period, ValueCodecs.INTERVAL);
    return b.build(v -> new Handover(v.get(post), v.get(acting), v.get(absent), v.get(period)));
  }

  private static ObjectCodec<GridRequirement> gridRequirement() {
    ObjectCodec.Builder<GridRequirement> b = ObjectCodec.builder(GridRequirement.class)
        .describe("What every grid node of one level (within an ancestor level, if given) must have: a grid "
            + "head, and a squad whose persons have the roles and which includes the organization kinds.");
    Slot<String> level = b.required("level", GridRequirement::level, LEVEL_REFERENCE);
    Slot<Optional<String>> within = b.optional("within", GridRequirement::within, LEVEL_REFERENCE);
    Slot<Boolean> gridHead = b.defaulted("gridHead", GridRequirement::gridHead, Codecs.bool(), false);
    Slot<Set<RoleKind>> squadRoles = b.defaulted("squadRoles", GridRequirement::squadRoles,
        Codecs.set(ActorCodecs.ROLE_KIND), Set.of());
    Slot<Set<OrganizationKind>> squadOrganizations = b.defaulted("squadOrganizations",
        GridRequirement::squadOrganizations, Codecs.set(ActorCodecs.ORGANIZATION_KIND), Set.of());
    return b.build(v -> new GridRequirement(v.get(level), v.get(within), v.get(gridHead), v.get(squadRoles),
        v.get(squadOrganizations)));
  }

  private static ObjectCodec<PartyCoverage> partyCoverage() {
    ObjectCodec.Builder<PartyCoverage> b = ObjectCodec.builder(PartyCoverage.class)
        .describe("Every party organization of partyLevel covers at least one grid node of territorialLevel.");
    Slot<String> partyLevel = b.required("partyLevel", PartyCoverage::partyLevel, LEVEL_REFERENCE);
    Slot<String> territorialLevel = b.required("territorialLevel", PartyCoverage::territorialLevel, LEVEL_REFERENCE);
    return b.build(v -> new PartyCoverage(v.get(partyLevel), v.get(territorialLevel)));
  }

  private static ObjectCodec<Roster> roster() {
    ObjectCodec.Builder<Roster> b = ObjectCodec.builder(Roster.class)
        .describe("A snapshot of who is where (名册); ids are unique within each list, a grid has at most one "
            + "squad. Whether references resolve is the audit's question, not the file's.");
    Slot<List<Person>> persons = b.defaulted("persons", Roster::persons, Codecs.list(ActorCodecs.PERSON), List.of());
    Slot<List<Household>> households = b.defaulted("households", Roster::households,
        Codecs.list(ActorCodecs.HOUSEHOLD), List.of());
    Slot<List<Organization>> organizations = b.defaulted("organizations", Roster::organizations,
        Codecs.list(ActorCodecs.ORGANIZATION), List.of());
    Slot<List<GridSquad>> squads = b.defaulted("squads", Roster::squads, Codecs.list(ActorCodecs.GRID_SQUAD),
        List.of());
    Slot<List<Post>> posts = b.defaulted("posts", Roster::posts, Codecs.list(POST), List.of());
    Slot<List<Absence>> absences = b.defaulted("absences", Roster::absences, Codecs.list(ABSENCE), List.of());
    b.locate((violation, values) -> {
      String key = Locators.between(violation.detail(), " lists ", " more than once");
      if (key == null) {
        return null;
      }
      switch (violation.field()) {
        case "persons":
          return Locators.repeat("persons", values.peek(persons), Person::id, key, "id");
        case "households":
          return Locators.repeat("households", values.peek(households), Household::id, key, "id");
        case "organizations":
          return Locators.repeat("organizations", values.peek(organizations), Organization::id, key, "id");
        case "squads":
          return Locators.repeat("squads", values.peek(squads), GridSquad::grid, key, "grid");
        case "posts":
          return Locators.repeat("posts", values.peek(posts), Post::id, key, "id");
        default:
          return null;
      }
    });
    return b.build(v -> Roster.builder().addAllPersons(v.get(persons)).addAllHouseholds(v.get(households))
        .addAllOrganizations(v.get(organizations)).addAllSquads(v.get(squads)).addAllPosts(v.get(posts))
        .addAllAbsences(v.get(absences)).build());
  }

  private static ObjectCodec<StaffingPolicy> staffingPolicy() {
    ObjectCodec.Builder<StaffingPolicy> b = ObjectCodec.builder(StaffingPolicy.class)
        .describe("What a complete dual hierarchy (territory and party chain) must have (配置): liaison load, "
            + "grid requirements, party coverages, party level schemes.");
    Slot<Integer> version = b.required("version", StaffingPolicy::version, Codecs.integer(1, Integer.MAX_VALUE));
    Slot<Integer> maxLiaisonLoad = b.defaulted("maxLiaisonLoad", StaffingPolicy::maxLiaisonLoad,
        Codecs.integer(1, Integer.MAX_VALUE), StaffingPolicy.DEFAULT_MAX_LIAISON_LOAD);
    Slot<PostKind> gridHeadKind = b.defaulted("gridHeadKind", StaffingPolicy::gridHeadKind, POST_KIND,
        PostKind.GRID_HEAD);
    Slot<List<GridRequirement>> requirements = b.defaulted("gridRequirements", StaffingPolicy::gridRequirements,
        Codecs.list(GRID_REQUIREMENT), List.of());
    Slot<List<PartyCoverage>> coverages = b.defaulted("partyCoverages", StaffingPolicy::partyCoverages,
        Codecs.list(PARTY_COVERAGE), List.of());
    Slot<List<LevelScheme>> schemes = b.defaulted("partySchemes", StaffingPolicy::partySchemes,
        Codecs.list(GridCodecs.LEVEL_SCHEME), List.of());
    return b.build(v -> StaffingPolicy.builder().version(v.get(version)).maxLiaisonLoad(v.get(maxLiaisonLoad))
        .gridHeadKind(v.get(gridHeadKind)).addAllGridRequirements(v.get(requirements))
        .addAllPartyCoverages(v.get(coverages)).addAllPartySchemes(v.get(schemes)).build());
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(POST_ID, POST_KIND, ABSENCE_KIND, HOLDER_SLOT, POST, ABSENCE, HANDOVER, GRID_REQUIREMENT,
        PARTY_COVERAGE, ROSTER, STAFFING_POLICY);
  }
}
