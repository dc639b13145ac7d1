package io.github.jiceng.governance.json;

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
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.OrganizationGrant;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.authority.RoleGrant;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.code.IdentityNumber;
import io.github.jiceng.governance.model.code.MobileNumber;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreComponent;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
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
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Overdue;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.IntegrationDefinition;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarDefinition;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seeded generators of valid values of every type the actor, taxonomy, post, authority, service and
 * matching bindings cover. One instance draws from one {@link Random}; ids are unique within it and
 * refer to the grid hierarchy it was made with. Personal data is synthetic and valid (check
 * characters correct); names are drawn from characters that nothing else in a generated file uses,
 * so a test can look for them in messages.
 */
final class Generators {

  /** Surnames and given-name characters of generated persons; no other generated text uses them. */
  static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙马胡朱郭何罗高林";
  static final String GIVEN = "秀英华明丽强军敏静芳娜伟洋艳勇杰娟涛超霞桂";

  private static final String ID_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_START + "._:-";
  private static final Instant BASE = Instant.parse("2024-01-01T00:00:00Z");
  private static final String[] CATEGORIES = {"elderly-care", "home.visit", "repair:water", "child_care", "meal-1"};
  private static final String[] TEXTS = {"活动室周二周四", "照片 2024-03 \"一\"", "sign-in sheet\n第二页", "minutes/会议纪要",
      "\u00e9t\u00e9 \ud83d\ude00", "a\\b"};

  final Random r;
  final GridHierarchy hierarchy;
  private int next;

  Generators(long seed) {
    this.r = new Random(seed);
    this.hierarchy = SampleFiles.hierarchy(seed);
  }

  // ---------------------------------------------------------------- primitives

  String id(String prefix) {
    StringBuilder sb = new StringBuilder(prefix).append('-').append(next++);
    int extra = r.nextInt(4);
    for (int i = 0; i < extra; i++) {
      sb.append(ID_REST.charAt(r.nextInt(ID_REST.length())));
    }
    return sb.toString();
  }

  <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  <T> T pick(T[] values) {
    return values[r.nextInt(values.length)];
  }

  <T> List<T> some(int max, Supplier<T> one) {
    int n = r.nextInt(max + 1);
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(one.get());
    }
    return out;
  }

  <T> Set<T> subset(List<T> from, int max) {
    Set<T> out = new LinkedHashSet<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n && !from.isEmpty(); i++) {
      out.add(pick(from));
    }
    return out;
  }

  <E extends Enum<E>> Set<E> enumSubset(Class<E> type) {
    EnumSet<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextBoolean()) {
        out.add(e);
      }
    }
    return out;
  }

  String text() {
    return TEXTS[r.nextInt(TEXTS.length)] + (r.nextBoolean() ? "" : " " + r.nextInt(1000));
  }

  Instant instant() {
    return BASE.plusSeconds(r.nextInt(365 * 24 * 3600));
  }

  Interval interval() {
    Instant start = instant();
    return Interval.of(start, start.plusSeconds(1 + r.nextInt(30 * 24 * 3600)));
  }

  Duration duration() {
    return Duration.ofSeconds(r.nextInt(3) == 0 ? 60L * (1 + r.nextInt(10_000)) : 1 + r.nextInt(100_000));
  }

  Money money() {
    int kind = r.nextInt(4);
    return Money.ofFen(kind == 0 ? 0 : kind == 1 ? r.nextInt(100) : kind == 2 ? r.nextInt(10_000_000)
        : Long.MAX_VALUE / (1 + r.nextInt(1000)));
  }

  GridId grid() {
    return pick(hierarchy.nodes()).id();
  }

  <T> Optional<T> maybe(Supplier<T> value) {
    return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }

  String key(String prefix) {
    return prefix + "_" + (char) ('A' + r.nextInt(26)) + r.nextInt(100);
  }

  // ---------------------------------------------------------------- codes

  IdentityNumber identityNumber() {
    String address = pick(new String[] {"150622", "150602", "110101", "440305", "820000"});
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(r.nextInt(80 * 365));
    String body = address + birth.toString().replace("-", "") + String.format("%03d", r.nextInt(1000));
    return IdentityNumber.of(body + IdentityNumber.checkCharacterOf(body));
  }

  MobileNumber mobile() {
    return MobileNumber.of((r.nextInt(3) == 0 ? "+86" : "") + "1" + (3 + r.nextInt(7))
        + String.format("%09d", r.nextInt(1_000_000_000)));
  }

  CreditCode creditCode() {
    String org;
    do {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        sb.append(CreditCode.ALPHABET.charAt(r.nextInt(CreditCode.ALPHABET.length())));
      }
      org = sb + String.valueOf(CreditCode.organizationCheckCharacterOf(sb.toString()));
    } while (CreditCode.ALPHABET.indexOf(org.charAt(8)) < 0);
    String body = pick(new String[] {"9", "5", "N", "1", "Y"}) + pick(new String[] {"1", "2", "3", "A"})
        + pick(new String[] {"150622", "150602", "110101"}) + org;
    return CreditCode.of(body + CreditCode.checkCharacterOf(body));
  }

  PersonName personName() {
    StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
    int given = 1 + r.nextInt(r.nextInt(10) == 0 ? 6 : 2);
    for (int i = 0; i < given; i++) {
      sb.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    if (r.nextInt(15) == 0) {
      sb.append('·').append(GIVEN.charAt(r.nextInt(GIVEN.length()))).append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return PersonName.of(sb.toString());
  }

  // ---------------------------------------------------------------- actors

  ActorId actor(List<PersonId> persons, List<OrganizationId> organizations) {
    return r.nextBoolean() && !persons.isEmpty() ? pick(persons)
        : !organizations.isEmpty() ? pick(organizations) : PersonId.of(id("p"));
  }

  ActorId actor() {
    return r.nextBoolean() ? PersonId.of(id("p")) : OrganizationId.of(id("org"));
  }

  Set<GridId> grids(int min) {
    Set<GridId> out = subset(hierarchy.nodes().stream().map(GridNode::id).toList(), 3);
    while (out.size() < min) {
      out.add(grid());
    }
    return out;
  }

  List<Role> roles(List<OrganizationId> organizations, List<HouseholdId> households) {
    List<Role> roles = new ArrayList<>();
    Supplier<OrganizationId> org = () -> organizations.isEmpty() ? OrganizationId.of(id("org")) : pick(organizations);
    if (r.nextBoolean()) {
      roles.add(new Role.Resident(households.isEmpty() ? HouseholdId.of(id("h")) : pick(households)));
    }
    if (r.nextBoolean()) {
      OrganizationId branch = org.get();
      OrganizationId group = OrganizationId.of(id("group"));
      roles.add(r.nextBoolean() ? Role.PartyMember.of(branch) : Role.PartyMember.of(branch, group));
    }
    if (r.nextInt(3) == 0) {
      roles.add(new Role.Volunteer(OrganizationId.of(id("team")), grids(0)));
    }
    if (r.nextInt(4) == 0) {
      roles.add(new Role.SocialWorker(org.get()));
    }
    if (r.nextInt(4) == 0) {
      roles.add(new Role.PoliceOfficer(grids(1)));
    }
    if (r.nextInt(4) == 0) {
      roles.add(new Role.BuildingHead(grid()));
    }
    if (r.nextInt(4) == 0) {
      roles.add(new Role.SafetyVolunteer(grid()));
    }
    for (DeputyKind k : DeputyKind.values()) {
      if (r.nextInt(6) == 0) {
        roles.add(new Role.Deputy(k, grids(1)));
      }
    }
    java.util.Collections.shuffle(roles, r);
    return roles;
  }

  Role role() {
    List<Role> roles;
    do {
      roles = roles(List.of(), List.of());
    } while (roles.isEmpty());
    return roles.get(0);
  }

  Person person(List<OrganizationId> organizations, List<HouseholdId> households) {
    return Person.builder().id(PersonId.of(id("p"))).name(personName())
        .identityNumber(r.nextInt(3) == 0 ? Optional.empty() : Optional.of(identityNumber()))
        .mobile(r.nextInt(3) == 0 ? Optional.empty() : Optional.of(mobile()))
        .addAllRoles(roles(organizations, households))
        .addAllAffiliations(subset(organizations, 2)).build();
  }

  Person person() {
    return person(List.of(OrganizationId.of(id("org"))), List.of());
  }

  Household household(List<PersonId> persons) {
    return Household.builder().id(HouseholdId.of(id("h"))).grid(grid()).addAllMembers(subset(persons, 4))
        .liaison(persons.isEmpty() ? Optional.empty() : maybe(() -> pick(persons))).build();
  }

  Organization organization(List<OrganizationId> others) {
    OrganizationKind kind = pick(OrganizationKind.values());
    OrganizationId id = OrganizationId.of(id("org"));
    Organization.Builder b = Organization.builder().id(id).kind(kind)
        .name(r.nextBoolean() ? "白云社区党支部" : text())
        .creditCode(kind.requiresCreditCode() || r.nextBoolean() ? Optional.of(creditCode()) : Optional.empty())
        .parent(others.isEmpty() ? Optional.empty() : maybe(() -> pick(others)))
        .partyLevel(kind == OrganizationKind.PARTY_ORGANIZATION
            ? Optional.of(pick(new String[] {"COMMUNITY_PARTY_BRANCH", "COMPOUND_PARTY_GROUP"})) : Optional.empty())
        .addAllGrids(grids(0));
    if (r.nextBoolean()) {
      b.headcount(r.nextInt(5000));
    }
    return b.build();
  }

  GridSquad squad(GridId grid, List<PersonId> persons, List<OrganizationId> organizations) {
    GridSquad.Builder b = GridSquad.builder().grid(grid).addAllPersons(subset(persons, 5))
        .addAllOrganizations(subset(organizations, 2));
    if (r.nextBoolean()) {
      b.pillar(r.nextBoolean() ? Pillar.SAFETY_CO_MANAGEMENT : Pillar.of(key("PILLAR")));
    }
    return b.build();
  }

  // ---------------------------------------------------------------- taxonomy

  OneCoreFiveCo oneCoreFiveCo() {
    if (r.nextInt(4) == 0) {
      return OneCoreFiveCo.ARTICLE;
    }
    OneCoreFiveCo.Builder b = OneCoreFiveCo.builder().version(1 + r.nextInt(9));
    if (r.nextBoolean()) {
      b.coreLevel(key("LEVEL"));
    }
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.addPillar(new PillarDefinition(Pillar.of("P" + i + "_" + r.nextInt(100)), text(), Mechanism.of("M" + i),
          r.nextBoolean() ? "网格小分队" : text()));
    }
    return b.build();
  }

  OneLeadFourIntegrations oneLeadFourIntegrations() {
    if (r.nextInt(4) == 0) {
      return OneLeadFourIntegrations.ARTICLE;
    }
    OneLeadFourIntegrations.Builder b = OneLeadFourIntegrations.builder().version(1 + r.nextInt(9));
    if (r.nextBoolean()) {
      b.leadLevel(key("LEVEL"));
    }
    int n = 1 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.addIntegration(new IntegrationDefinition(Integration.of("I" + i + "_" + r.nextInt(10)), text()));
    }
    int ideas = r.nextInt(4);
    for (int i = 0; i < ideas; i++) {
      b.addServiceIdea("理念" + i);
    }
    return b.build();
  }

  Taxonomies taxonomies() {
    return new Taxonomies(oneCoreFiveCo(), oneLeadFourIntegrations());
  }

  PillarDefinition pillarDefinition() {
    return oneCoreFiveCo().pillars().get(0);
  }

  IntegrationDefinition integrationDefinition() {
    return oneLeadFourIntegrations().integrations().get(0);
  }

  // ---------------------------------------------------------------- posts and authority

  PostKind postKind() {
    return r.nextBoolean() ? pick(new PostKind[] {PostKind.EXECUTIVE_SECRETARY, PostKind.GRID_HEAD,
        PostKind.COMPOUND_LIAISON, PostKind.PARTY_GROUP_LEADER, PostKind.VILLAGER_GROUP_HEAD}) : PostKind.of(key("POST"));
  }

  Post post(List<PersonId> persons, List<OrganizationId> organizations) {
    Optional<PersonId> a = persons.isEmpty() ? Optional.empty() : maybe(() -> pick(persons));
    Optional<PersonId> b = persons.isEmpty() ? Optional.empty() : maybe(() -> pick(persons));
    if (a.isPresent() && a.equals(b)) {
      b = Optional.empty();
    }
    return Post.builder().id(PostId.of(id("post"))).kind(postKind())
        .organization(organizations.isEmpty() ? OrganizationId.of(id("org")) : pick(organizations)).scope(grid())
        .holderA(a).holderB(b).build();
  }

  Post post() {
    return post(List.of(PersonId.of(id("p")), PersonId.of(id("p"))), List.of());
  }

  Absence absence(List<PersonId> persons) {
    return new Absence(persons.isEmpty() ? PersonId.of(id("p")) : pick(persons), interval(), pick(AbsenceKind.values()));
  }

  Handover handover() {
    return new Handover(PostId.of(id("post")), PersonId.of(id("p")), PersonId.of(id("p")), interval());
  }

  Roster roster() {
    List<Organization> organizations = new ArrayList<>();
    int orgs = r.nextInt(5);
    for (int i = 0; i < orgs; i++) {
      organizations.add(organization(organizations.stream().map(Organization::id).toList()));
    }
    List<OrganizationId> orgIds = organizations.stream().map(Organization::id).toList();
    List<HouseholdId> householdIds = new ArrayList<>();
    int hs = r.nextInt(4);
    for (int i = 0; i < hs; i++) {
      householdIds.add(HouseholdId.of(id("h")));
    }
    List<Person> persons = some(6, () -> person(orgIds, householdIds));
    List<PersonId> personIds = persons.stream().map(Person::id).toList();
    List<Household> households = new ArrayList<>();
    for (HouseholdId h : householdIds) {
      households.add(Household.builder().id(h).grid(grid()).addAllMembers(subset(personIds, 3))
          .liaison(personIds.isEmpty() ? Optional.empty() : maybe(() -> pick(personIds))).build());
    }
    List<GridSquad> squads = new ArrayList<>();
    for (GridId g : grids(0)) {
      squads.add(squad(g, personIds, orgIds));
    }
    return Roster.builder().addAllPersons(persons).addAllHouseholds(households).addAllOrganizations(organizations)
        .addAllSquads(squads).addAllPosts(some(4, () -> post(personIds, orgIds)))
        .addAllAbsences(some(3, () -> absence(personIds))).build();
  }

  GridRequirement gridRequirement() {
    return new GridRequirement(r.nextBoolean() ? "GRID" : key("LEVEL"), maybe(() -> key("WITHIN")), r.nextBoolean(),
        enumSubset(RoleKind.class), enumSubset(OrganizationKind.class));
  }

  PartyCoverage partyCoverage() {
    return new PartyCoverage(key("PARTY"), key("TERRITORY"));
  }

  StaffingPolicy staffingPolicy() {
    if (r.nextInt(4) == 0) {
      return StaffingPolicy.ARTICLE;
    }
    StaffingPolicy.Builder b = StaffingPolicy.builder().version(1 + r.nextInt(5))
        .addAllGridRequirements(some(3, this::gridRequirement)).addAllPartyCoverages(some(2, this::partyCoverage));
    if (r.nextBoolean()) {
      b.maxLiaisonLoad(1 + r.nextInt(100));
    }
    if (r.nextBoolean()) {
      b.gridHeadKind(postKind());
    }
    if (r.nextBoolean()) {
      b.addPartyScheme(LevelSchemes.URBAN_PARTY);
    }
    if (r.nextBoolean()) {
      b.addPartyScheme(hierarchy.scheme());
    }
    return b.build();
  }

  AuthorityPolicy authorityPolicy() {
    if (r.nextInt(4) == 0) {
      return AuthorityPolicy.DEFAULT;
    }
    AuthorityPolicy.Builder b = AuthorityPolicy.builder().version(1 + r.nextInt(5));
    Set<PostKind> posts = new LinkedHashSet<>(some(3, this::postKind));
    posts.forEach(k -> b.addPostGrant(new PostGrant(k, enumSubset(Action.class))));
    for (RoleKind k : RoleKind.values()) {
      if (r.nextBoolean()) {
        Set<Action> actions = enumSubset(Action.class);
        if (k == RoleKind.DEPUTY) {
          actions.retainAll(AuthorityPolicy.DEPUTY_ACTIONS);
        }
        b.addRoleGrant(new RoleGrant(k, actions));
      }
    }
    for (OrganizationKind k : OrganizationKind.values()) {
      if (r.nextBoolean()) {
        b.addOrganizationGrant(new OrganizationGrant(k, enumSubset(Action.class)));
      }
    }
    return b.build();
  }

  // ---------------------------------------------------------------- service chain

  Demand demand() {
    Interval window = interval();
    return Demand.builder().id(DemandId.of(id("d"))).source(pick(DemandSource.values())).requester(actor())
        .grid(grid()).category(pick(CATEGORIES)).addAllRequiredCapabilities(subset(List.of(CATEGORIES), 3))
        .urgency(pick(Urgency.values())).beneficiaries(1 + r.nextInt(300)).window(window)
        .pillar(r.nextBoolean() ? pick(Pillar.ARTICLE_FIVE) : Pillar.of(key("PILLAR")))
        .submittedAt(window.start().minusSeconds(r.nextInt(100_000))).build();
  }

  Resource resource(OrganizationId claimant, Channel channel) {
    Set<String> capabilities = subset(List.of(CATEGORIES), 3);
    capabilities.add(pick(CATEGORIES));
    return Resource.builder().id(ResourceId.of(id("r"))).claimant(claimant).channel(channel)
        .addAllCapabilities(capabilities).addAllCoverage(grids(1)).capacityPerPeriod(r.nextInt(50))
        .costPerService(channel == Channel.PURCHASE ? money() : Money.ZERO).available(interval())
        .spaceForService(maybe(this::text)).build();
  }

  Resource resource() {
    return resource(OrganizationId.of(id("org")), pick(Channel.values()));
  }

  Project project(List<DemandId> demands) {
    Set<DemandId> grouped = new LinkedHashSet<>(demands);
    if (grouped.isEmpty()) {
      grouped.add(DemandId.of(id("d")));
    }
    return Project.builder().id(ProjectId.of(id("pj"))).name(r.nextBoolean() ? "雪梅里适老化改造" : text())
        .addAllDemands(grouped).budget(money()).pillar(pick(Pillar.ARTICLE_FIVE)).build();
  }

  ServiceRecord serviceRecord(List<DemandId> demands, Resource resource) {
    Set<DemandId> served = new LinkedHashSet<>(demands);
    if (served.isEmpty()) {
      served.add(DemandId.of(id("d")));
    }
    return ServiceRecord.builder().id(ServiceId.of(id("s"))).addAllDemands(served).resource(resource.id())
        .provider(resource.claimant()).channel(resource.channel()).addAllPerformedBy(some(3, this::actor))
        .time(interval()).effort(duration()).beneficiaries(r.nextInt(100)).cost(money()).build();
  }

  Outcome outcome(ServiceId service) {
    return Outcome.builder().id(OutcomeId.of(id("o"))).service(service).rating(1 + r.nextInt(5))
        .addAllEvidence(some(3, this::text)).beneficiariesReached(r.nextInt(200)).evaluatedAt(instant())
        .evaluator(actor()).build();
  }

  /** Resources for a service chain and the chain over them, linked. */
  FiveLists fiveLists(List<Resource> resources) {
    List<Demand> demands = some(6, this::demand);
    List<DemandId> ids = demands.stream().map(Demand::id).toList();
    List<Project> projects = new ArrayList<>();
    List<DemandId> free = new ArrayList<>(ids);
    java.util.Collections.shuffle(free, r);
    while (free.size() > 1 && r.nextBoolean()) {
      int n = 1 + r.nextInt(free.size() - 1);
      projects.add(project(new ArrayList<>(free.subList(0, n))));
      free.subList(0, n).clear();
    }
    List<ServiceRecord> services = new ArrayList<>();
    if (!ids.isEmpty() && !resources.isEmpty()) {
      services.addAll(some(3, () -> {
        Set<DemandId> served = subset(ids, 2);
        served.add(pick(ids));
        return serviceRecord(new ArrayList<>(served), pick(resources));
      }));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (ServiceRecord s : services) {
      outcomes.addAll(some(2, () -> outcome(s.id())));
    }
    List<Demand> shuffled = new ArrayList<>(demands);
    java.util.Collections.shuffle(shuffled, r);
    return FiveLists.of(shuffled, resources, projects, services, outcomes);
  }

  List<Resource> resources() {
    return some(4, this::resource);
  }

  DemandStatus demandStatus(DemandId demand) {
    return new DemandStatus(demand, pick(DemandState.values()), instant(), maybe(() -> ProjectId.of(id("pj"))),
        maybe(() -> pick(Channel.values())), maybe(() -> OrganizationId.of(id("org"))),
        maybe(() -> ServiceId.of(id("s"))), maybe(() -> OutcomeId.of(id("o"))),
        r.nextBoolean() ? OptionalInt.of(1 + r.nextInt(5)) : OptionalInt.empty(), r.nextInt(3), r.nextInt(40));
  }

  DemandStatus demandStatus() {
    return demandStatus(DemandId.of(id("d")));
  }

  DemandEvent demandEvent() {
    DemandEvent.Builder b = DemandEvent.builder().demand(DemandId.of(id("d"))).transition(pick(Transition.values()))
        .actor(actor()).at(instant()).reason(maybe(this::text)).project(maybe(() -> ProjectId.of(id("pj"))))
        .channel(maybe(() -> pick(Channel.values()))).claimant(maybe(() -> OrganizationId.of(id("org"))))
        .service(maybe(() -> ServiceId.of(id("s")))).outcome(maybe(() -> OutcomeId.of(id("o"))));
    if (r.nextBoolean()) {
      b.rating(1 + r.nextInt(5));
    }
    return b.build();
  }

  DeadlinePolicy deadlinePolicy() {
    if (r.nextInt(4) == 0) {
      return DeadlinePolicy.standard();
    }
    Map<DemandState, Duration> limits = new EnumMap<>(DemandState.class);
    for (DemandState s : DemandState.values()) {
      if (!s.isFinal() && r.nextBoolean()) {
        limits.put(s, duration());
      }
    }
    return new DeadlinePolicy(limits);
  }

  Overdue overdue() {
    Instant since = instant();
    Duration limit = duration();
    return new Overdue(DemandId.of(id("d")), pick(DemandState.values()), since, since.plus(limit), duration());
  }

  // ---------------------------------------------------------------- matching

  ChannelPolicy channelPolicy() {
    if (r.nextInt(4) == 0) {
      return ChannelPolicy.standard();
    }
    List<Channel> order = new ArrayList<>(List.of(Channel.values()));
    java.util.Collections.shuffle(order, r);
    order = order.subList(0, 1 + r.nextInt(order.size()));
    Map<Channel, Integer> shares = new LinkedHashMap<>();
    for (Channel c : order) {
      if (r.nextBoolean()) {
        shares.put(c, r.nextInt(1001));
      }
    }
    return new ChannelPolicy(order, shares);
  }

  ScoreWeights scoreWeights() {
    return r.nextInt(4) == 0 ? ScoreWeights.standard() : new ScoreWeights(r.nextInt(1001), r.nextInt(1001),
        r.nextInt(1001), r.nextInt(1001), r.nextInt(1001));
  }

  RatingHistory ratingHistory() {
    int count = r.nextInt(1000);
    return new RatingHistory(count, count + (count == 0 ? 0 : (long) r.nextInt(4 * count + 1)));
  }

  MatchingProblem matchingProblem() {
    List<Demand> demands = some(6, this::demand);
    List<Resource> resources = some(5, this::resource);
    MatchingProblem.Builder b = MatchingProblem.builder().hierarchy(hierarchy).addAllDemands(demands)
        .addAllResources(resources);
    if (r.nextBoolean()) {
      b.policy(channelPolicy());
    }
    if (r.nextBoolean()) {
      b.weights(scoreWeights());
    }
    if (r.nextBoolean()) {
      b.purchaseBudget(money());
    }
    for (Resource res : resources) {
      if (r.nextBoolean()) {
        b.putPastRating(res.claimant(), ratingHistory());
      }
      if (r.nextBoolean()) {
        b.putCurrentLoad(res.id(), r.nextInt(20));
      }
    }
    return b.build();
  }

  ScoreBreakdown scoreBreakdown(DemandId demand, ResourceId resource) {
    Map<ScoreComponent, Integer> points = new EnumMap<>(ScoreComponent.class);
    for (ScoreComponent c : ScoreComponent.values()) {
      if (r.nextInt(5) != 0) {
        points.put(c, r.nextInt(1001));
      }
    }
    ScoreWeights weights = scoreWeights();
    long total = 1;
    for (ScoreComponent c : ScoreComponent.values()) {
      total += (long) weights.weight(c) * points.getOrDefault(c, 0);
    }
    return new ScoreBreakdown(demand, resource, points, weights, total);
  }

  ScoreBreakdown scoreBreakdown() {
    return scoreBreakdown(DemandId.of(id("d")), ResourceId.of(id("r")));
  }

  Assignment assignment() {
    DemandId d = DemandId.of(id("d"));
    ResourceId res = ResourceId.of(id("r"));
    Channel c = pick(Channel.values());
    return new Assignment(d, res, OrganizationId.of(id("org")), c, c == Channel.PURCHASE ? money() : Money.ZERO,
        scoreBreakdown(d, res));
  }

  Unmatched unmatched() {
    return new Unmatched(DemandId.of(id("d")), pick(UnmatchedReason.values()));
  }

  StageReport stageReport() {
    return new StageReport(pick(Channel.values()), r.nextInt(1000), r.nextInt(1000), r.nextInt(1000),
        (long) r.nextInt(Integer.MAX_VALUE) * r.nextInt(100), money(), pick(Optimality.values()));
  }

  MatchingResult matchingResult() {
    List<Assignment> assignments = some(5, this::assignment);
    long total = assignments.stream().mapToLong(a -> a.score().total()).sum();
    return new MatchingResult(pick(MatchingMode.values()), assignments, some(4, this::unmatched), total, money(),
        some(3, this::stageReport));
  }

  // ---------------------------------------------------------------- scenario

  /** A scenario with the hierarchy and, at random, each of the other sections. */
  Scenario scenario() {
    Scenario.Builder b = Scenario.builder().section(ScenarioSection.HIERARCHY, hierarchy);
    if (r.nextBoolean()) {
      b.section(ScenarioSection.TAXONOMY, taxonomies());
    }
    if (r.nextInt(4) != 0) {
      b.section(ScenarioSection.ROSTER, roster());
    }
    if (r.nextBoolean()) {
      b.section(ScenarioSection.STAFFING_POLICY, staffingPolicy());
    }
    if (r.nextBoolean()) {
      b.section(ScenarioSection.AUTHORITY_POLICY, authorityPolicy());
    }
    List<Resource> resources = resources();
    boolean chain = r.nextBoolean();
    if (!resources.isEmpty() || chain && r.nextBoolean()) {
      b.section(ScenarioSection.RESOURCES, resources);
    }
    if (r.nextBoolean()) {
      b.section(ScenarioSection.CHANNEL_POLICY, channelPolicy());
    }
    if (r.nextBoolean()) {
      b.section(ScenarioSection.SCORE_WEIGHTS, scoreWeights());
    }
    if (r.nextBoolean()) {
      b.section(ScenarioSection.DEADLINE_POLICY, deadlinePolicy());
    }
    if (chain) {
      b.section(ScenarioSection.SERVICE_CHAIN, fiveLists(resources));
    }
    return b.build();
  }

  /** A scenario with every section. */
  Scenario fullScenario() {
    List<Resource> resources = new ArrayList<>(resources());
    resources.add(resource());
    return Scenario.builder().section(ScenarioSection.HIERARCHY, hierarchy)
        .section(ScenarioSection.TAXONOMY, taxonomies()).section(ScenarioSection.ROSTER, roster())
        .section(ScenarioSection.STAFFING_POLICY, staffingPolicy())
        .section(ScenarioSection.AUTHORITY_POLICY, authorityPolicy()).section(ScenarioSection.RESOURCES, resources)
        .section(ScenarioSection.CHANNEL_POLICY, channelPolicy()).section(ScenarioSection.SCORE_WEIGHTS, scoreWeights())
        .section(ScenarioSection.DEADLINE_POLICY, deadlinePolicy())
        .section(ScenarioSection.SERVICE_CHAIN, fiveLists(resources)).build();
  }
}
