package io.github.jiceng.governance.seeds;

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
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.assessment.AssessmentSchemes;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.authority.AuthorityPolicy;
import io.github.jiceng.governance.model.authority.PostGrant;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInId;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.checkin.ContactKind;
import io.github.jiceng.governance.model.checkin.GeoPoint;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.JointMeeting;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.Resolution;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.OneCoreFiveCo;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import io.github.jiceng.governance.testkit.ArticleFixtures;
import io.github.jiceng.governance.testkit.LantianFund;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds the seed scenario of the source article (准格尔旗) through the public model API, the same
 * every time: the places, the people (as roles, with synthetic personal data), the organizations,
 * posts and squads, 站北社区's five lists, 蓝天街道's fund and clues, 薛家湾镇's proposals and
 * check-ins, and the policies of the article's practice.
 *
 * <p>What the article reports is built in as reported (12 teams; 3,080 volunteers in the grids,
 * for "3千多名"; 1,212 volunteers; 3 stations; the fund's totals; 66 clues; 12 projects completed);
 * everything the article does not say (names, ids, dates, amounts below the totals, the number of
 * grids and households) is invented here, deterministically, and listed in {@code seeds/README.md}.
 */
final class ArticleScenario {

  /** The year of the code table the division codes come from. */
  static final int TABLE_YEAR = 2016;

  /** Where the story stands: the first instant of 2024 in China. */
  static final Instant AS_OF = local("2024-01-01T00:00");

  /** The year of 站北社区's activities. */
  static final int ACTIVITY_YEAR = 2023;

  /** The year the simulation plays, after the records. */
  static final int RUN_YEAR = ACTIVITY_YEAR + 1;

  static final GridId ZHUNGEER = GridId.of("zhungeer");
  static final GridId XINGLONG = GridId.of("xinglong");
  static final GridId ZHANBEI = GridId.of("zhanbei");
  static final GridId YINGZE = GridId.of("yingze");
  static final GridId NANYUAN = GridId.of("nanyuan");
  static final GridId LANTIAN = GridId.of("lantian");
  static final GridId BAIYUN = GridId.of("baiyun");
  static final GridId XUEMEILI = GridId.of("xuemeili");
  static final GridId XUEJIAWAN = GridId.of("xuejiawan");
  static final GridId YANGSHIGEJU = GridId.of("yangshigeju");
  static final GridId HEIDAIGOU = GridId.of("heidaigou");

  static final OrganizationId ZHANBEI_BRANCH = OrganizationId.of("zhanbei-branch");
  static final OrganizationId NANYUAN_BRANCH = OrganizationId.of("nanyuan-branch");
  static final OrganizationId BAIYUN_BRANCH = OrganizationId.of("baiyun-branch");
  static final OrganizationId XUEMEILI_GROUP = OrganizationId.of("xuemeili-group");
  static final OrganizationId BAIYUN_TEAM = OrganizationId.of("baiyun-team");
  static final OrganizationId XUEJIAWAN_COMMITTEE = OrganizationId.of("xuejiawan-committee");
  static final OrganizationId HEIDAIGOU_BRANCH = OrganizationId.of("heidaigou-branch");
  static final OrganizationId NANYUAN_TEAM = OrganizationId.of("nanyuan-team");
  static final OrganizationId ZHANBEI_STATION = OrganizationId.of("zhanbei-station");
  static final OrganizationId KANGYANG = OrganizationId.of("zb-ngo-kangyang");
  static final OrganizationId SOCIAL_WORK_CENTRE = OrganizationId.of("zb-ngo-social");

  /** 党组织书记: the secretary of a party organization (a community branch, a town committee, a village branch). */
  static final PostKind PARTY_SECRETARY = PostKind.PARTY_SECRETARY;

  /** 党委副书记: a deputy secretary of a town party committee. */
  static final PostKind DEPUTY_SECRETARY = PostKind.DEPUTY_SECRETARY;

  /**
   * The seed's authority policy: the SDK's reading of the article ({@link AuthorityPolicy#DEFAULT}),
   * in which the secretary and the deputy secretary of every party organization on a post may take
   * every action in their scope, as the executive secretary may.
   */
  static final AuthorityPolicy AUTHORITY = AuthorityPolicy.DEFAULT;

  /** 中共准格尔旗委员会: the banner's party committee, where proposals end when escalated to the top. */
  static final OrganizationId BANNER_COMMITTEE = OrganizationId.of("zhungeer-committee");

  /** 站北社区's twelve volunteer teams: display name, capability key, volunteers. */
  static final List<Team> ZHANBEI_TEAMS = List.of(
      new Team("政策宣传", "policy-publicity", 320),
      new Team("帮扶济困", "assistance", 290),
      new Team("医疗卫生", "health-care", 260),
      new Team("文化体育", "culture-sports", 280),
      new Team("环境卫生", "environment", 250),
      new Team("平安巡逻", "safety-patrol", 240),
      new Team("为老服务", "elderly-care", 270),
      new Team("青少年关爱", "youth-care", 230),
      new Team("新时代文明实践", "civility-practice", 300),
      new Team("法律援助", "legal-aid", 180),
      new Team("红色管家", "red-steward", 220),
      new Team("红色物业", "red-property", 240));

  /** 南苑社区's volunteer team, as the article reports it. */
  static final int NANYUAN_VOLUNTEERS = 1212;

  /** 南苑社区's self-fostered social work stations, as the article reports them. */
  static final int NANYUAN_STATIONS = 3;

  /** The function rooms of 站北社区's service centre the article names, with their capability keys. */
  static final Map<String, String> CENTRE_ROOMS = orderedMap(
      "community-cinema", "社区电影院",
      "physiotherapy-room", "理疗室",
      "elderly-service-station", "为老服务站");

  /** 站北社区's party-masses service centre and its floor area, as the article reports them. */
  static final String CENTRE = "站北社区党群服务中心（3900平方米）";

  /** The space-for-service treatments the article names (以空间换服务). */
  static final Map<String, String> SPACE_FOR_SERVICE = orderedMap(
      "essential-oil-massage", "精油按摩",
      "head-therapy", "头疗",
      "moxibustion", "艾灸");

  private static final String NUMERALS = "一二三四五六七八九十";

  /** A volunteer team of 站北社区. */
  record Team(String theme, String capability, int volunteers) {

    String name() {
      return "站北社区" + theme + "志愿服务队";
    }
  }

  /** A community with grids, as built: what the later steps need. */
  private record Urban(GridId id, OrganizationId branch, List<GridId> grids, List<PersonId> residents,
      PersonId secretary) {}

  private final List<GridNode> nodes = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<Household> households = new ArrayList<>();
  private final List<Organization> organizations = new ArrayList<>();
  private final List<GridSquad> squads = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();
  private final List<Absence> absences = new ArrayList<>();
  private final List<Resource> resources = new ArrayList<>();
  private final List<Demand> demands = new ArrayList<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<ServiceRecord> services = new ArrayList<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final List<JointMeeting> meetings = new ArrayList<>();
  private final List<CoBuildingAgreement> agreements = new ArrayList<>();
  private final List<MajorAffair> affairs = new ArrayList<>();
  private final List<ProposalRecord> proposals = new ArrayList<>();
  private final List<CheckIn> checkIns = new ArrayList<>();
  private int personSeq;
  private int unitSeq;

  private ArticleScenario() {}

  /** Builds the scenario. */
  static ArticleData build() {
    return ArticlePillars.addTo(new ArticleScenario().assemble());
  }

  private ArticleData assemble() {
    places();
    Urban zhanbei = zhanbei();
    Urban nanyuan = nanyuan();
    LantianFund.Cast lantian = lantian();
    xuejiawan();
    leaders();
    zhanbeiActivities(zhanbei);
    nanyuanActivities(nanyuan);
    LantianFund fund = ArticleFixtures.lantianFund(lantian);
    Roster roster = Roster.builder().addAllPersons(persons).addAllHouseholds(households)
        .addAllOrganizations(organizations).addAllSquads(squads).addAllPosts(posts).addAllAbsences(absences)
        .build();
    return new ArticleData(
        GridHierarchy.of(LevelSchemes.COUNTY, nodes),
        roster,
        StaffingPolicy.ARTICLE,
        AUTHORITY,
        OneCoreFiveCo.ARTICLE,
        OneLeadFourIntegrations.ARTICLE,
        FiveLists.of(demands, resources, projects, services, outcomes),
        ChannelPolicy.standard(),
        ScoreWeights.standard(),
        DeadlinePolicy.standard(),
        RedStarPolicies.article(),
        RedStarPolicies.articleServices(KANGYANG),
        CheckInPolicy.defaults(),
        checkIns,
        List.of(AssessmentSchemes.partyMembers(), AssessmentSchemes.units()),
        meetings,
        affairs,
        LantianFund.FUND,
        LantianFund.POLICY,
        fund.book().ledger().entries(),
        fund.clues().cases(),
        HandlingPolicy.streetDefault(),
        proposals,
        List.of(ArticleVenues.zhanbeiCentre()),
        spaceGrants(),
        fund.pledges().stream().map(PledgeStanding::pledge)
            .sorted(Comparator.comparing(Pledge::at).thenComparing(Pledge::id)).toList(),
        agreements);
  }

  /**
   * The physiotherapy room traded for service (以空间换服务): {@link ArticleVenues#therapyRoomGrant()}
   * for 2023, and the same terms again for {@link #RUN_YEAR} (an assumption: the article says the
   * arrangement goes on, not for how long), so that the simulated year has service owed.
   */
  private static List<SpaceGrant> spaceGrants() {
    SpaceGrant y2023 = ArticleVenues.therapyRoomGrant();
    SpaceGrant next = SpaceGrant.builder().id(GrantId.of("zhanbei-kangyang-" + RUN_YEAR)).venue(y2023.venue())
        .room(y2023.room()).organization(y2023.organization()).spaceHoursPerWeek(y2023.spaceHoursPerWeek())
        .servicePerWeek(y2023.servicePerWeek()).graceWeeks(y2023.graceWeeks())
        .period(Interval.of(local(RUN_YEAR + "-01-01T00:00"), local((RUN_YEAR + 1) + "-01-01T00:00"))).build();
    return List.of(y2023, next);
  }

  /**
   * A co-building unit reports to its community (单位报到) at the community's first joint meeting of
   * {@link #ACTIVITY_YEAR} with the resource it claims, serving 共驻 and 共建 when it is a resident
   * unit and 共建 and 共享 when it is a paired one. Assumptions (the article names no terms): the
   * agreement runs two years from the start of {@link #ACTIVITY_YEAR}, and the unit commits the
   * hours of its year's claimed activities for each year.
   */
  private void report(GridId community, OrganizationId unit, ResourceId resource, Instant at, int activitiesAYear) {
    Organization o = organizations.stream().filter(x -> x.id().equals(unit)).findFirst().orElseThrow();
    List<Integration> serves = o.kind() == OrganizationKind.RESIDENT_UNIT
        ? List.of(Integration.CO_RESIDENCE, Integration.CO_BUILDING)
        : List.of(Integration.CO_BUILDING, Integration.CO_SHARING);
    agreements.add(CoBuildingAgreement.builder().id(AgreementId.of(unit.value() + "-" + ACTIVITY_YEAR))
        .community(community).reporter(unit).reportedAt(at).period(agreementPeriod()).addResources(resource)
        .serviceHours(Duration.ofHours(2L * 3 * activitiesAYear)).addAllIntegrations(serves).build());
  }

  private static Interval agreementPeriod() {
    return Interval.of(local(ACTIVITY_YEAR + "-01-01T00:00"), local((ACTIVITY_YEAR + 2) + "-01-01T00:00"));
  }

  // ------------------------------------------------------------------ places

  private static GridCode division(String digits) {
    return GridCode.of(DivisionCode.of(digits, TABLE_YEAR));
  }

  private GridCode node(GridId id, String level, Optional<GridId> parent, String name, GridCode code) {
    nodes.add(GridNode.builder().id(id).level(level).parent(parent).name(name).code(code).build());
    return code;
  }

  private GridCode node(GridId id, String level, GridId parent, String name, GridCode code) {
    return node(id, level, Optional.of(parent), name, code);
  }

  /** The places of {@code grid-hierarchy.json}, in its order, then 迎泽街道 and 南苑社区. */
  private void places() {
    node(ZHUNGEER, "COUNTY", Optional.empty(), "准格尔旗", division("150622000000"));
    node(XINGLONG, "STREET", ZHUNGEER, "兴隆街道", division("150622001000"));
    node(ZHANBEI, "COMMUNITY", XINGLONG, "站北社区", division("150622001003"));
    node(LANTIAN, "STREET", ZHUNGEER, "蓝天街道", division("150622003000"));
    GridCode baiyun = node(BAIYUN, "COMMUNITY", LANTIAN, "白云社区", division("150622003003"));
    node(XUEMEILI, "COMPOUND", BAIYUN, "雪梅里", baiyun.child(1, 3));
    node(XUEJIAWAN, "TOWN", ZHUNGEER, "薛家湾镇", division("150622100000"));
    node(YANGSHIGEJU, "VILLAGE", XUEJIAWAN, "羊市圪咀社区", division("150622100013"));
    node(HEIDAIGOU, "VILLAGE", XUEJIAWAN, "黑岱沟村", division("150622100204"));
    node(YINGZE, "STREET", ZHUNGEER, "迎泽街道", division("150622002000"));
    node(NANYUAN, "COMMUNITY", YINGZE, "南苑社区", division("150622002005"));
  }

  // ------------------------------------------------------------------ people and units

  /**
   * The party organizations above the communities: the banner's committee with the deputy
   * secretary who handles what is escalated to the banner, and the working committee of each
   * street with its secretary's A/B post (蓝天街道's are the fund's approvers: its secretary, and
   * its director as deputy secretary). Their names are public; their people are synthetic.
   */
  private void leaders() {
    party(BANNER_COMMITTEE.value(), "中共准格尔旗委员会", "COUNTY_PARTY_COMMITTEE", Optional.empty(), ZHUNGEER);
    PersonId a = partyMember("zhungeer-deputy-secretary", BANNER_COMMITTEE, Optional.empty());
    PersonId b = partyMember("zhungeer-committee-member", BANNER_COMMITTEE, Optional.empty());
    post("zhungeer-deputy-secretary", DEPUTY_SECRETARY, BANNER_COMMITTEE, ZHUNGEER, a, b);
    for (GridId street : List.of(XINGLONG, YINGZE, LANTIAN)) {
      String name = nodes.stream().filter(n -> n.id().equals(street)).findFirst().orElseThrow().name();
      OrganizationId committee = party(streetCommittee(street).value(), name + "党工委", "STREET_PARTY_WORKING_COMMITTEE",
          Optional.of(BANNER_COMMITTEE), street);
      if (street.equals(LANTIAN)) {
        PersonId secretary = LantianFund.APPROVERS.get(0);
        PersonId director = LantianFund.APPROVERS.get(1);
        post("lantian-party-secretary", PARTY_SECRETARY, committee, street, secretary, director);
        post("lantian-deputy-secretary", DEPUTY_SECRETARY, committee, street, director, secretary);
      } else {
        PersonId secretary = partyMember(street.value() + "-secretary", committee, Optional.empty());
        PersonId deputy = partyMember(street.value() + "-deputy-secretary", committee, Optional.empty());
        post(street.value() + "-party-secretary", PARTY_SECRETARY, committee, street, secretary, deputy);
      }
    }
  }

  /** The working committee of a street. */
  private static OrganizationId streetCommittee(GridId street) {
    return OrganizationId.of(street.value() + "-committee");
  }

  /** Starts a person with the next synthetic name, identity number and mobile. */
  private Person.Builder person(PersonId id) {
    int n = personSeq++;
    return Person.builder().id(id).name(Synthetic.name(n)).identityNumber(Synthetic.identityNumber(n))
        .mobile(Synthetic.mobile(n));
  }

  /**
   * Starts a person born on the given day, with the next synthetic name and identity number; a
   * mobile only for an adult (as of {@link #AS_OF}).
   */
  private Person.Builder person(PersonId id, LocalDate born) {
    int n = personSeq++;
    Person.Builder p = Person.builder().id(id).name(Synthetic.name(n)).identityNumber(Synthetic.identityNumber(n, born));
    if (!born.plusYears(18).isAfter(LocalDate.ofInstant(AS_OF, Fund.CHINA))) {
      p.mobile(Synthetic.mobile(n));
    }
    return p;
  }

  private PersonId add(Person.Builder person) {
    Person p = person.build();
    persons.add(p);
    return p.id();
  }

  private PersonId partyMember(String id, OrganizationId branch, Optional<OrganizationId> group) {
    return add(person(PersonId.of(id)).addRole(new Role.PartyMember(branch, group)));
  }

  private OrganizationId party(String id, String name, String level, Optional<OrganizationId> parent, GridId grid) {
    OrganizationId org = OrganizationId.of(id);
    organizations.add(Organization.builder().id(org).kind(OrganizationKind.PARTY_ORGANIZATION).name(name)
        .partyLevel(level).parent(parent).addGrid(grid).build());
    return org;
  }

  /** A unit with a synthetic credit code: {@code code} gives its registration authority and category. */
  private OrganizationId unit(String id, OrganizationKind kind, String name, String code, GridId grid) {
    OrganizationId org = OrganizationId.of(id);
    organizations.add(Organization.builder().id(org).kind(kind).name(name)
        .creditCode(Synthetic.creditCode(code, ++unitSeq)).addGrid(grid).build());
    return org;
  }

  private OrganizationId unregistered(String id, OrganizationKind kind, String name, Optional<OrganizationId> parent,
      List<GridId> grids, Optional<Integer> headcount) {
    OrganizationId org = OrganizationId.of(id);
    Organization.Builder b = Organization.builder().id(org).kind(kind).name(name).parent(parent).addAllGrids(grids);
    headcount.ifPresent(b::headcount);
    organizations.add(b.build());
    return org;
  }

  private void post(String id, PostKind kind, OrganizationId org, GridId scope, PersonId a, PersonId b) {
    posts.add(Post.builder().id(PostId.of(id)).kind(kind).organization(org).scope(scope).holderA(a).holderB(b).build());
  }

  /**
   * One household with its members, each a resident with the next synthetic personal data; the
   * first member may take further roles.
   */
  private List<PersonId> household(HouseholdId id, GridId dwelling, int members, PersonId liaison,
      UnaryOperator<Person.Builder> first) {
    List<PersonId> ids = new ArrayList<>();
    for (int m = 1; m <= members; m++) {
      Person.Builder p = person(PersonId.of(id.value() + "-m" + m)).addRole(new Role.Resident(id));
      ids.add(add(m == 1 ? first.apply(p) : p));
    }
    households.add(Household.builder().id(id).grid(dwelling).addAllMembers(ids).liaison(liaison).build());
    return ids;
  }

  /**
   * A community of the three-level core grid (三级核心网格): its party branch; per grid a compound
   * with its party group, two buildings of six households each, a grid head, a compound liaison,
   * a party-group leader, building heads, a safety volunteer and the grid squad; a police officer
   * serving every grid; social workers of the given stations.
   */
  private Urban gridCommunity(GridId community, String name, String shortName, int grids,
      List<OrganizationId> stations, Optional<OrganizationId> squadOrganization) {
    String key = community.value();
    GridId street = nodes.stream().filter(n -> n.id().equals(community)).findFirst().orElseThrow().parent().orElseThrow();
    OrganizationId branch = party(key + "-branch", name + "党支部", "COMMUNITY_PARTY_BRANCH",
        Optional.of(streetCommittee(street)), community);
    PersonId secretary = partyMember(key + "-secretary", branch, Optional.empty());
    PersonId deputy = partyMember(key + "-deputy-secretary", branch, Optional.empty());
    post(key + "-party-secretary", PARTY_SECRETARY, branch, community, secretary, deputy);

    GridCode code = nodes.stream().filter(n -> n.id().equals(community)).findFirst().orElseThrow().code().orElseThrow();
    List<GridId> gridIds = new ArrayList<>();
    for (int g = 1; g <= grids; g++) {
      gridIds.add(GridId.of(String.format("%s-g%02d", key, g)));
    }
    PersonId police = add(person(PersonId.of(key + "-police")).addRole(new Role.PoliceOfficer(Set.copyOf(gridIds))));
    List<PersonId> workers = new ArrayList<>();
    for (OrganizationId station : stations) {
      for (int w = 1; w <= 2; w++) {
        workers.add(add(person(PersonId.of(station.value() + "-worker-" + w)).addRole(new Role.SocialWorker(station))));
      }
    }

    List<PersonId> residents = new ArrayList<>();
    for (int g = 1; g <= grids; g++) {
      GridId grid = gridIds.get(g - 1);
      char numeral = NUMERALS.charAt(g - 1);
      GridCode gridCode = node(grid, "GRID", community, name + "第" + numeral + "网格", code.child(g, 2));
      GridId compound = GridId.of(grid.value() + "-c1");
      String compoundName = shortName + numeral + "区";
      GridCode compoundCode = node(compound, "COMPOUND", grid, compoundName, gridCode.child(1, 3));
      OrganizationId group = party(compound.value() + "-group", compoundName + "党小组", "COMPOUND_PARTY_GROUP",
          Optional.of(branch), compound);
      PersonId headA = partyMember(grid.value() + "-head-a", branch, Optional.of(group));
      PersonId headB = partyMember(grid.value() + "-head-b", branch, Optional.empty());
      PersonId liaison = partyMember(compound.value() + "-liaison", branch, Optional.of(group));
      post(grid.value() + "-head", PostKind.GRID_HEAD, branch, grid, headA, headB);
      post(compound.value() + "-liaison", PostKind.COMPOUND_LIAISON, group, compound, liaison, headA);
      post(compound.value() + "-group-leader", PostKind.PARTY_GROUP_LEADER, group, compound, headA, liaison);

      List<PersonId> squad = new ArrayList<>(List.of(headA, liaison, workers.get((g - 1) % workers.size()), police));
      for (int b = 1; b <= 2; b++) {
        GridId building = GridId.of(compound.value() + "-b" + b);
        node(building, "BUILDING", compound, compoundName + b + "号楼", compoundCode.child(b, 3));
        for (int h = 1; h <= 6; h++) {
          HouseholdId household = HouseholdId.of(String.format("%s-h%02d", building.value(), h));
          int members = 1 + (personSeq + h) % 3;
          UnaryOperator<Person.Builder> first = UnaryOperator.identity();
          if (h == 1) {
            first = p -> p.addRole(new Role.BuildingHead(building));
          } else if (h == 2 && b == 1) {
            first = p -> p.addRole(new Role.SafetyVolunteer(grid));
          }
          List<PersonId> ids = household(household, building, members, liaison, first);
          if (h == 1 || (h == 2 && b == 1)) {
            squad.add(ids.get(0));
          }
          residents.addAll(ids);
        }
      }
      GridSquad.Builder s = GridSquad.builder().grid(grid).addAllPersons(squad);
      squadOrganization.ifPresent(s::addOrganization);
      squads.add(s.build());
    }
    return new Urban(community, branch, List.copyOf(gridIds), List.copyOf(residents), secretary);
  }

  /**
   * 站北社区: 一统领四融合, the executive secretary's A/B post, twelve volunteer teams with 3,080
   * volunteers in the grids, co-building units, social organizations serving space for service.
   */
  private Urban zhanbei() {
    unregistered(ZHANBEI_STATION.value(), OrganizationKind.SOCIAL_WORK_STATION, "站北社区社会工作室",
        Optional.empty(), List.of(ZHANBEI), Optional.empty());
    OrganizationId kangyang = unit(KANGYANG.value(), OrganizationKind.SOCIAL_ORGANIZATION, "某康养服务中心", "52", ZHANBEI);
    unit(SOCIAL_WORK_CENTRE.value(), OrganizationKind.SOCIAL_ORGANIZATION, "某社会工作服务中心", "52", ZHANBEI);
    Urban c = gridCommunity(ZHANBEI, "站北社区", "站北", 6, List.of(ZHANBEI_STATION), Optional.of(kangyang));

    PersonId execA = partyMember("zhanbei-exec-a", c.branch(), Optional.empty());
    PersonId execB = partyMember("zhanbei-exec-b", c.branch(), Optional.empty());
    post("zhanbei-executive-secretary", PostKind.EXECUTIVE_SECRETARY, c.branch(), ZHANBEI, execA, execB);
    absences.add(new Absence(execA, Interval.of(local("2023-05-08T00:00"), local("2023-05-13T00:00")), AbsenceKind.LEAVE));

    unit("zb-unit-power", OrganizationKind.RESIDENT_UNIT, "某供电公司站北供电所", "91", ZHANBEI);
    unit("zb-unit-hospital", OrganizationKind.RESIDENT_UNIT, "某人民医院", "12", ZHANBEI);
    unit("zb-unit-school", OrganizationKind.RESIDENT_UNIT, "某中学", "12", ZHANBEI);
    unit("zb-unit-bank", OrganizationKind.RESIDENT_UNIT, "某银行站北支行", "91", ZHANBEI);
    unit("zb-unit-energy", OrganizationKind.PAIRED_UNIT, "某能源集团", "91", ZHANBEI);
    unit("zb-unit-tax", OrganizationKind.PAIRED_UNIT, "某税务分局", "11", ZHANBEI);

    for (int t = 0; t < ZHANBEI_TEAMS.size(); t++) {
      Team team = ZHANBEI_TEAMS.get(t);
      List<GridId> served = List.of(c.grids().get(t % 6), c.grids().get((t + 3) % 6));
      OrganizationId teamId = unregistered(teamId(t).value(), OrganizationKind.VOLUNTEER_TEAM, team.name(),
          Optional.of(c.branch()), served, Optional.of(team.volunteers()));
      for (int v = 1; v <= team.volunteers(); v++) {
        Role volunteer = new Role.Volunteer(teamId, Set.of(served.get(v % 2)));
        if (t == 0 && v == 1) {
          // the article's old party member who volunteers in publicity, vaccination and clean-ups
          add(person(volunteerId(t, v), LocalDate.of(1952, 4, 18)).addRole(volunteer)
              .addRole(Role.PartyMember.of(c.branch())));
        } else {
          add(person(volunteerId(t, v)).addRole(volunteer));
        }
      }
    }
    return c;
  }

  static OrganizationId teamId(int t) {
    return OrganizationId.of(String.format("zhanbei-team-%02d", t + 1));
  }

  private static PersonId volunteerId(int t, int v) {
    return PersonId.of(String.format("zb-v%02d-%03d", t + 1, v));
  }

  /**
   * 南苑社区: 一核五共; three self-fostered social work stations, a team of 1,212 volunteers,
   * 两代表一委员 linked to the grids, grid squads, co-building units.
   */
  private Urban nanyuan() {
    List<OrganizationId> stations = new ArrayList<>();
    for (int s = 1; s <= NANYUAN_STATIONS; s++) {
      stations.add(unregistered("nanyuan-station-" + s, OrganizationKind.SOCIAL_WORK_STATION,
          "南苑社区第" + NUMERALS.charAt(s - 1) + "社会工作服务站", Optional.empty(), List.of(NANYUAN), Optional.empty()));
    }
    Urban c = gridCommunity(NANYUAN, "南苑社区", "南苑", 4, stations, Optional.of(stations.get(0)));
    unregistered(NANYUAN_TEAM.value(), OrganizationKind.VOLUNTEER_TEAM, "南苑社区志愿服务队", Optional.of(c.branch()),
        c.grids(), Optional.of(NANYUAN_VOLUNTEERS));
    for (int v = 1; v <= NANYUAN_VOLUNTEERS; v++) {
      add(person(PersonId.of(String.format("ny-v-%04d", v)))
          .addRole(new Role.Volunteer(NANYUAN_TEAM, Set.of(c.grids().get(v % c.grids().size())))));
    }
    DeputyKind[] kinds = DeputyKind.values();
    for (int d = 0; d < kinds.length; d++) {
      add(person(PersonId.of("nanyuan-deputy-" + (d + 1))).addRole(new Role.Deputy(kinds[d], Set.copyOf(c.grids()))));
    }
    unit("ny-unit-gas", OrganizationKind.RESIDENT_UNIT, "某燃气公司", "91", NANYUAN);
    unit("ny-unit-clinic", OrganizationKind.RESIDENT_UNIT, "某社区卫生服务中心", "12", NANYUAN);
    unit("ny-unit-court", OrganizationKind.PAIRED_UNIT, "某人民法院", "11", NANYUAN);
    unit("ny-ngo-elderly", OrganizationKind.SOCIAL_ORGANIZATION, "某老年协会", "51", NANYUAN);
    return c;
  }

  /**
   * 蓝天街道 and 白云社区: the fund's committee, the co-building units and merchants who gave, and
   * the residents of 雪梅里 who gave or were helped, in five buildings of 24 households.
   */
  private LantianFund.Cast lantian() {
    OrganizationId branch = party(BAIYUN_BRANCH.value(), "白云社区党支部", "COMMUNITY_PARTY_BRANCH",
        Optional.of(streetCommittee(LANTIAN)), BAIYUN);
    OrganizationId group = party(XUEMEILI_GROUP.value(), "雪梅里党小组", "COMPOUND_PARTY_GROUP", Optional.of(branch), XUEMEILI);
    unregistered(BAIYUN_TEAM.value(), OrganizationKind.VOLUNTEER_TEAM, "白云社区文明先锋志愿服务队", Optional.of(branch),
        List.of(BAIYUN), Optional.of(LantianFund.CIVILITY_PIONEERS));

    add(person(LantianFund.CLERK));
    add(person(LantianFund.TREASURER));
    // the street's secretary and its director (as deputy secretary) approve the fund's spending
    for (PersonId approver : LantianFund.APPROVERS.subList(0, 2)) {
      add(person(approver).addRole(new Role.PartyMember(streetCommittee(LANTIAN), Optional.empty())));
    }
    PersonId secretary = partyMember(LantianFund.APPROVERS.get(2).value(), branch, Optional.empty());
    PersonId deputy = partyMember("p-baiyun-deputy-secretary", branch, Optional.empty());
    post("baiyun-party-secretary", PARTY_SECRETARY, branch, BAIYUN, secretary, deputy);
    List<PersonId> liaisons = new ArrayList<>();
    for (int b = 1; b <= 5; b++) {
      liaisons.add(partyMember("xuemeili-liaison-" + b, branch, Optional.of(group)));
    }
    // the deputy secretary raises the fund's requests the secretary, an approver, may not raise
    post("baiyun-deputy-secretary", DEPUTY_SECRETARY, branch, BAIYUN, deputy, liaisons.get(2));
    post("xuemeili-liaison", PostKind.COMPOUND_LIAISON, group, XUEMEILI, liaisons.get(0), liaisons.get(1));
    post("xuemeili-group-leader", PostKind.PARTY_GROUP_LEADER, group, XUEMEILI, liaisons.get(1), liaisons.get(0));

    for (int u = 0; u < LantianFund.UNIT_NAMES.size(); u++) {
      String[] kindAndName = LantianFund.UNIT_NAMES.get(u).split(":");
      OrganizationKind kind = kindAndName[0].startsWith("P") ? OrganizationKind.PAIRED_UNIT : OrganizationKind.RESIDENT_UNIT;
      unit(String.format("unit-%02d", u + 1), kind, kindAndName[1], kindAndName[0].substring(1), LANTIAN);
    }
    for (int m = 1; m <= LantianFund.MERCHANTS; m++) {
      unit(String.format("m-%03d", m), OrganizationKind.RESIDENT_MERCHANT,
          LantianFund.MERCHANT_NAMES.get((m - 1) % LantianFund.MERCHANT_NAMES.size()) + m + "号店", "92", BAIYUN);
    }
    List<OrganizationId> contractors = new ArrayList<>();
    for (int k = 1; k <= LantianFund.CONTRACTORS; k++) {
      contractors.add(unit(String.format("contractor-%02d", k), OrganizationKind.RESIDENT_UNIT,
          "某建筑工程公司" + NUMERALS.charAt(k - 1) + "公司", "91", LANTIAN));
    }

    // the residents of 雪梅里 whom the fund names: donors, then recipients, then the rest
    List<UnaryOperator<Person.Builder>> roles = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= LantianFund.PARTY_MEMBER_DONORS; i++) {
      ids.add(String.format("pm-%03d", i));
      roles.add(p -> p.addRole(Role.PartyMember.of(branch, group)));
    }
    for (int i = 1; i <= LantianFund.CIVILITY_PIONEERS; i++) {
      ids.add(String.format("cp-%03d", i));
      roles.add(p -> p.addRole(new Role.Volunteer(BAIYUN_TEAM, Set.of(XUEMEILI))));
    }
    for (int i = 1; i <= LantianFund.RESIDENT_DONORS; i++) {
      ids.add(String.format("res-%03d", i));
      roles.add(UnaryOperator.identity());
    }
    List<Optional<LocalDate>> born = new ArrayList<>();
    ids.forEach(i -> born.add(Optional.empty()));
    int k = 0;
    for (String r : LantianFund.recipients()) {
      ids.add("res-" + r);
      roles.add(UnaryOperator.identity());
      born.add(LantianFund.bornOf(r, k++));
    }
    GridCode xuemeili = nodes.stream().filter(n -> n.id().equals(XUEMEILI)).findFirst().orElseThrow().code().orElseThrow();
    int perBuilding = 24;
    List<List<Integer>> byHousehold = new ArrayList<>();
    for (int h = 0; h < 5 * perBuilding; h++) {
      byHousehold.add(new ArrayList<>());
    }
    for (int i = 0; i < ids.size(); i++) {
      byHousehold.get(i % byHousehold.size()).add(i);
    }
    for (int b = 1; b <= 5; b++) {
      GridId building = GridId.of("xuemeili-b" + b);
      node(building, "BUILDING", XUEMEILI, "雪梅里" + b + "号楼", xuemeili.child(b, 3));
      for (int h = 1; h <= perBuilding; h++) {
        HouseholdId household = HouseholdId.of(String.format("xuemeili-b%d-h%02d", b, h));
        List<PersonId> members = new ArrayList<>();
        for (int i : byHousehold.get((b - 1) * perBuilding + h - 1)) {
          PersonId id = PersonId.of(ids.get(i));
          Person.Builder p = born.get(i).isPresent() ? person(id, born.get(i).get()) : person(id);
          members.add(add(roles.get(i).apply(p.addRole(new Role.Resident(household)))));
        }
        households.add(Household.builder().id(household).grid(building).addAllMembers(members)
            .liaison(liaisons.get(b - 1)).build());
      }
    }
    return new LantianFund.Cast(contractors, BAIYUN_TEAM);
  }

  /**
   * 薛家湾镇: the six sections of its platform, in 黑岱沟村: the town party committee, the village
   * party branch, four party groups, the head of each villagers' group (社长), party members and
   * villagers; proposals handled on the platform and party members' contact check-ins.
   */
  private void xuejiawan() {
    OrganizationId committee = party(XUEJIAWAN_COMMITTEE.value(), "薛家湾镇党委", "TOWN_PARTY_COMMITTEE",
        Optional.of(BANNER_COMMITTEE), XUEJIAWAN);
    PersonId townSecretary = partyMember("xuejiawan-secretary", committee, Optional.empty());
    PersonId townDeputy = partyMember("xuejiawan-deputy-secretary", committee, Optional.empty());
    PersonId townMember = partyMember("xuejiawan-committee-member", committee, Optional.empty());
    post("xuejiawan-party-secretary", PARTY_SECRETARY, committee, XUEJIAWAN, townSecretary, townDeputy);
    post("xuejiawan-deputy-secretary", DEPUTY_SECRETARY, committee, XUEJIAWAN, townDeputy, townMember);
    // the town's other community has its branch too (三级核心网格); the article names no one in it
    party("yangshigeju-branch", "羊市圪咀社区党支部", "VILLAGE_PARTY_BRANCH", Optional.of(committee), YANGSHIGEJU);
    OrganizationId branch = party(HEIDAIGOU_BRANCH.value(), "黑岱沟村党支部", "VILLAGE_PARTY_BRANCH", Optional.of(committee),
        HEIDAIGOU);
    PersonId villageSecretary = partyMember("heidaigou-secretary", branch, Optional.empty());
    PersonId villageDeputy = partyMember("heidaigou-deputy-secretary", branch, Optional.empty());
    post("heidaigou-party-secretary", PARTY_SECRETARY, branch, HEIDAIGOU, villageSecretary, villageDeputy);
    PersonId deputy = add(person(PersonId.of("heidaigou-deputy")).addRole(
        new Role.Deputy(DeputyKind.PEOPLES_CONGRESS_DEPUTY, Set.of(HEIDAIGOU))));

    GridCode village = nodes.stream().filter(n -> n.id().equals(HEIDAIGOU)).findFirst().orElseThrow().code().orElseThrow();
    Map<PersonId, List<HouseholdId>> visits = new LinkedHashMap<>();
    List<PersonId> villagers = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      GridId villagerGroup = GridId.of(String.format("heidaigou-s%02d", s));
      String name = "黑岱沟村" + NUMERALS.charAt(s - 1) + "社";
      node(villagerGroup, "VILLAGER_GROUP", HEIDAIGOU, name, village.child(s, 2));
      OrganizationId group = party(villagerGroup.value() + "-group", name + "党小组", "PARTY_GROUP", Optional.of(branch),
          villagerGroup);
      PersonId leader = partyMember(villagerGroup.value() + "-group-leader", branch, Optional.of(group));
      List<HouseholdId> served = new ArrayList<>();
      List<PersonId> partyVillagers = new ArrayList<>();
      for (int h = 1; h <= 10; h++) {
        HouseholdId household = HouseholdId.of(String.format("%s-h%02d", villagerGroup.value(), h));
        // the first members of the first two households are party members: the 社长 and a backup
        UnaryOperator<Person.Builder> first = h <= 2 ? p -> p.addRole(Role.PartyMember.of(branch, group))
            : UnaryOperator.identity();
        List<PersonId> ids = household(household, villagerGroup, 2 + h % 2, leader, first);
        if (h <= 2) {
          partyVillagers.add(ids.get(0));
        }
        villagers.addAll(ids);
        served.add(household);
      }
      PersonId head = partyVillagers.get(0);
      post(villagerGroup.value() + "-head", PostKind.VILLAGER_GROUP_HEAD, group, villagerGroup, head,
          partyVillagers.get(1));
      post(villagerGroup.value() + "-group-leader", PostKind.PARTY_GROUP_LEADER, group, villagerGroup, leader, head);
      visits.put(leader, served);
    }
    checkIns(visits);
    proposals(villagers, deputy, villageSecretary, branch);
  }

  /** Each party-group leader visits each household of the group once in the last quarter of 2023. */
  private void checkIns(Map<PersonId, List<HouseholdId>> visits) {
    int n = 0;
    int leader = 0;
    for (Map.Entry<PersonId, List<HouseholdId>> e : visits.entrySet()) {
      List<HouseholdId> served = e.getValue();
      for (int h = 0; h < served.size(); h++) {
        Instant at = local("2023-10-09T09:00").plus(Duration.ofDays(7L * h)).plus(Duration.ofHours(leader * 2L));
        // 黑岱沟村 lies near 39.853 N, 111.2425 E; households a few hundred metres apart
        GeoPoint place = GeoPoint.of(39.853 + 0.0008 * leader, 111.2425 + 0.0006 * h);
        checkIns.add(CheckIn.builder().id(CheckInId.of(String.format("ci-heidaigou-%03d", ++n))).member(e.getKey())
            .household(served.get(h)).at(at).place(place)
            .kind(h % 4 == 3 ? ContactKind.PHONE_CALL : ContactKind.HOME_VISIT).note("了解村民生产生活情况").build());
      }
      leader++;
    }
  }

  /** Villagers' proposals on the platform, each taken through the proposal rules' steps. */
  private void proposals(List<PersonId> villagers, PersonId deputy, PersonId secretary, OrganizationId branch) {
    HandlingPolicy policy = HandlingPolicy.streetDefault();
    ProposalRules rules = ProposalRules.of(GridHierarchy.of(LevelSchemes.COUNTY, nodes), policy);
    String[][] topics = {
        {"村道路灯损坏", "heidaigou-s01", "CLOSED:SATISFIED"},
        {"灌溉水渠淤堵", "heidaigou-s02", "CLOSED:BASICALLY_SATISFIED"},
        {"村卫生室常用药品不全", "heidaigou-s03", "CLOSED:SATISFIED"},
        {"垃圾清运不及时", "heidaigou-s04", "IN_PROGRESS"},
        {"村内道路硬化", "heidaigou-s01", "ANSWERED"},
        {"邻里宅基地纠纷", "heidaigou-s02", "REJECTED"},
        {"增设广场舞场地", "heidaigou-s03", "ACCEPTED"},
        {"冬季取暖补贴咨询", "heidaigou-s04", "RECEIVED"}};
    for (int i = 0; i < topics.length; i++) {
      String[] t = topics[i];
      Instant submitted = i < 7 ? local("2023-03-06T09:00").plus(Duration.ofDays(40L * i)) : local("2023-12-30T10:00");
      Submission how = i == 2 ? new Submission.ViaDeputy(deputy, DeputyKind.PEOPLES_CONGRESS_DEPUTY,
          Optional.of(villagers.get(i * 9))) : new Submission.Direct(villagers.get(i * 9));
      Proposal p = Proposal.builder().id(ProposalId.of(String.format("ta-xuejiawan-2023-%03d", i + 1))).title(t[0])
          .content("村民通过平台反映：" + t[0] + "，希望尽快解决。").grid(GridId.of(t[1])).submittedAt(submitted)
          .submission(how).build();
      ProposalRecord r = rules.fold(rules.initialState(), rules.decide(new ProposalCommand.Receive(p),
          rules.initialState()).events()).recordIfAny().orElseThrow();
      String target = t[2];
      if (target.equals("RECEIVED")) {
        // heating subsidies are the town's policy: the village's secretary refers it up on receipt
        r = step(rules, r, new ProposalCommand.Refer(r.id(), "取暖补贴属镇级政策，超出村级办理权限，逐级上报", secretary,
            submitted.plus(Duration.ofHours(3))));
        proposals.add(r);
        continue;
      }
      if (target.equals("REJECTED")) {
        r = step(rules, r, new ProposalCommand.Reject(r.id(), new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT,
            "属于司法调解事项，已引导至人民调解委员会"), secretary, submitted.plus(Duration.ofHours(20))));
        proposals.add(r);
        continue;
      }
      r = step(rules, r, new ProposalCommand.Accept(r.id(), secretary, submitted.plus(Duration.ofHours(20))));
      if (!target.equals("ACCEPTED")) {
        r = step(rules, r, new ProposalCommand.Assign(r.id(), branch, secretary, submitted.plus(Duration.ofDays(1))));
        r = step(rules, r, new ProposalCommand.Start(r.id(), branch, submitted.plus(Duration.ofDays(2))));
      }
      if (target.startsWith("CLOSED") || target.equals("ANSWERED")) {
        Instant answered = submitted.plus(Duration.ofDays(12));
        r = step(rules, r, new ProposalCommand.Answer(r.id(), new Answer("已安排落实：" + t[0], secretary, answered)));
      }
      if (target.startsWith("CLOSED")) {
        Satisfaction rating = Satisfaction.valueOf(target.substring("CLOSED:".length()));
        r = step(rules, r, new ProposalCommand.Rate(r.id(), rating, submitted.plus(Duration.ofDays(14))));
      }
      proposals.add(r);
    }
  }

  private static ProposalRecord step(ProposalRules rules, ProposalRecord r, ProposalCommand command) {
    Decision<ProposalEvent> d = rules.decide(command, ProposalCase.of(r));
    if (!(d instanceof Decision.Applied)) {
      throw new IllegalStateException("the article's platform refused a step: " + d);
    }
    return rules.fold(ProposalCase.of(r), d.events()).recordIfAny().orElseThrow();
  }

  // ------------------------------------------------------------------ 站北社区's five lists

  private ResourceId resource(String id, OrganizationId claimant, Channel channel, List<String> capabilities,
      List<GridId> coverage, int capacity, Money cost, Optional<String> spaceForService) {
    ResourceId r = ResourceId.of(id);
    resources.add(Resource.builder().id(r).claimant(claimant).channel(channel).addAllCapabilities(capabilities)
        .addAllCoverage(coverage).capacityPerPeriod(capacity).costPerService(cost)
        .available(Interval.of(local("2021-01-01T00:00"), local("2026-01-01T00:00"))).spaceForService(spaceForService)
        .build());
    return r;
  }

  /** One delivery: the demand it answers, the service and the residents' rating. */
  private record Activity(String id, ResourceId resource, OrganizationId provider, Channel channel, String category,
      DemandSource source, ActorId requester, GridId grid, LocalDate day,
      int beneficiaries, List<PersonId> performers, Money cost, Pillar pillar) {}

  private DemandId activity(Activity a, PersonId evaluator) {
    Instant start = local(a.day() + "T09:00");
    Interval window = Interval.of(start, start.plus(Duration.ofHours(8)));
    DemandId d = DemandId.of("d-" + a.id());
    Demand.Builder demand = Demand.builder().id(d).source(a.source()).grid(a.grid()).category(a.category())
        .addRequiredCapability(a.category()).urgency(Urgency.NORMAL).beneficiaries(a.beneficiaries()).window(window)
        .pillar(a.pillar()).submittedAt(start.minus(Duration.ofDays(10)));
    demand.requester(a.requester());
    demands.add(demand.build());
    ServiceId s = ServiceId.of("s-" + a.id());
    Duration hours = Duration.ofHours(3);
    services.add(ServiceRecord.builder().id(s).addDemands(d).resource(a.resource()).provider(a.provider())
        .channel(a.channel()).addAllPerformedBy(a.performers())
        .time(Interval.of(start, start.plus(hours))).effort(hours.multipliedBy(Math.max(1, a.performers().size())))
        .beneficiaries(a.beneficiaries()).cost(a.cost()).build());
    outcomes.add(Outcome.builder().id(OutcomeId.of("o-" + a.id())).service(s).rating(outcomes.size() % 3 == 0 ? 4 : 5)
        .addEvidence("sign-in-sheet:" + a.id()).beneficiariesReached(a.beneficiaries())
        .evaluatedAt(start.plus(Duration.ofDays(1))).evaluator(evaluator).build());
    return d;
  }

  private void project(String id, String name, List<DemandId> grouped, Money budget, Pillar pillar) {
    projects.add(Project.builder().id(ProjectId.of(id)).name(name).addAllDemands(grouped).budget(budget).pillar(pillar)
        .build());
  }

  /**
   * 站北社区's resources and its year of public-welfare activities: 48 by its volunteer teams (社区
   * 承接), 14 claimed by co-building units (共建单位认领) and 10 bought from social organizations
   * (社会组织购买), 72 in all, reaching 19,550 person-times; and the 乐享生活 play area of 2022.
   */
  private void zhanbeiActivities(Urban c) {
    for (Map.Entry<String, String> room : CENTRE_ROOMS.entrySet()) {
      resource("zhanbei-centre-" + room.getKey(), c.branch(), Channel.UNDERTAKE, List.of(room.getKey()), List.of(ZHANBEI),
          20, Money.ZERO, Optional.empty());
    }
    ResourceId play = resource("zhanbei-centre-children-play-area", c.branch(), Channel.UNDERTAKE,
        List.of("children-play-area"), List.of(ZHANBEI), 1, Money.ZERO, Optional.empty());
    ResourceId kangyang = resource("zb-ngo-kangyang-treatments", KANGYANG, Channel.PURCHASE,
        List.copyOf(SPACE_FOR_SERVICE.keySet()), List.of(ZHANBEI), 8, Money.ZERO,
        Optional.of(CENTRE + "理疗室，以空间换服务：精油按摩、头疗、艾灸"));
    ResourceId counselling = resource("zb-ngo-social-counselling", SOCIAL_WORK_CENTRE, Channel.PURCHASE,
        List.of("counselling"), List.of(ZHANBEI), 4, Money.ofYuan("2000"), Optional.empty());

    int a = 0;
    int residentIndex = 0;
    for (int t = 0; t < ZHANBEI_TEAMS.size(); t++) {
      Team team = ZHANBEI_TEAMS.get(t);
      OrganizationId teamId = teamId(t);
      List<GridId> served = List.of(c.grids().get(t % 6), c.grids().get((t + 3) % 6));
      ResourceId r = resource(teamId.value() + "-service", teamId, Channel.UNDERTAKE, List.of(team.capability()),
          served, 4, Money.ZERO, Optional.empty());
      Pillar pillar = team.capability().equals("safety-patrol") ? Pillar.SAFETY_CO_MANAGEMENT : Pillar.CIVILITY_CO_CREATION;
      List<DemandId> grouped = new ArrayList<>();
      for (int q = 0; q < 4; q++) {
        List<PersonId> performers = new ArrayList<>();
        for (int v = 1; v <= 6; v++) {
          performers.add(volunteerId(t, 1 + (q * 6 + v - 1) % team.volunteers()));
        }
        LocalDate day = LocalDate.of(ACTIVITY_YEAR, 2 + 3 * q, 6 + 2 * t);
        int beneficiaries = 250 + 20 * Math.floorMod(t * 5 + q * 3, 7);
        grouped.add(activity(new Activity(String.format("zb-%d-%03d", ACTIVITY_YEAR, ++a), r, teamId, Channel.UNDERTAKE,
            team.capability(), DemandSource.RESIDENT, c.residents().get(residentIndex++ % c.residents().size()),
            served.get(q % 2), day, beneficiaries, performers, Money.ZERO, pillar), c.secretary()));
      }
      project(String.format("zb-%d-team-%02d", ACTIVITY_YEAR, t + 1), ACTIVITY_YEAR + "年" + team.theme() + "志愿服务",
          grouped, Money.ZERO, pillar);
    }

    String[][] claims = {
        {"zb-unit-hospital", "free-clinic", "4", "义诊"},
        {"zb-unit-power", "electric-safety", "3", "安全用电"},
        {"zb-unit-bank", "financial-literacy", "3", "金融知识"},
        {"zb-unit-school", "tutoring", "2", "课业辅导"},
        {"zb-unit-energy", "charity-fair", "1", "爱心义卖"},
        {"zb-unit-tax", "tax-publicity", "1", "税收宣传"}};
    for (int u = 0; u < claims.length; u++) {
      OrganizationId unit = OrganizationId.of(claims[u][0]);
      ResourceId r = resource(unit.value() + "-" + claims[u][1], unit, Channel.CLAIM, List.of(claims[u][1]),
          List.of(ZHANBEI), 2, Money.ZERO, Optional.empty());
      List<DemandId> grouped = new ArrayList<>();
      for (int k = 0; k < Integer.parseInt(claims[u][2]); k++) {
        int i = a;
        DemandSource source = u == 4 ? DemandSource.CO_BUILDING_UNIT : u == 3 ? DemandSource.RESIDENT_UNIT
            : DemandSource.RESIDENT;
        ActorId requester = u == 4 ? OrganizationId.of("zb-unit-tax") : u == 3 ? OrganizationId.of("zb-unit-bank")
            : c.residents().get(residentIndex++ % c.residents().size());
        LocalDate day = LocalDate.of(ACTIVITY_YEAR, 3 + 2 * k + u % 2, 12 + u);
        grouped.add(activity(new Activity(String.format("zb-%d-%03d", ACTIVITY_YEAR, ++a), r, unit, Channel.CLAIM,
            claims[u][1], source, requester, ZHANBEI, day, 200 + 20 * Math.floorMod(i * 3, 6), List.of(), Money.ZERO,
            Pillar.CIVILITY_CO_CREATION), c.secretary()));
      }
      project(String.format("zb-%d-%s", ACTIVITY_YEAR, claims[u][1]), ACTIVITY_YEAR + "年共建单位认领：" + claims[u][3],
          grouped, Money.ZERO, Pillar.PARTY_MASS_CO_BUILDING);
      report(ZHANBEI, unit, r, local(ACTIVITY_YEAR + "-01-10T15:00"), Integer.parseInt(claims[u][2]));
    }
    // 党员报到: the first compound's liaison reports in person, claiming the liaison post they hold and
    // 24 hours of service over the two years (an assumption; the article names no member's terms)
    PersonId member = PersonId.of(c.grids().get(0).value() + "-c1-liaison");
    agreements.add(CoBuildingAgreement.builder().id(AgreementId.of(member.value() + "-" + ACTIVITY_YEAR))
        .community(ZHANBEI).reporter(member).reportedAt(local(ACTIVITY_YEAR + "-01-10T15:00")).period(agreementPeriod())
        .serviceHours(Duration.ofHours(24)).addPosts(PostId.of(member.value())).addIntegrations(Integration.CO_INTEGRATION)
        .build());

    List<DemandId> treatments = new ArrayList<>();
    List<String> kinds = List.copyOf(SPACE_FOR_SERVICE.keySet());
    for (int k = 0; k < 6; k++) {
      treatments.add(activity(new Activity(String.format("zb-%d-%03d", ACTIVITY_YEAR, ++a), kangyang, KANGYANG,
          Channel.PURCHASE, kinds.get(k % 3), DemandSource.RESIDENT,
          c.residents().get(residentIndex++ % c.residents().size()), ZHANBEI, LocalDate.of(ACTIVITY_YEAR, 1 + 2 * k, 20),
          120 + 10 * k, List.of(), Money.ZERO, Pillar.SERVICE_SHARING), c.secretary()));
    }
    project(String.format("zb-%d-space-for-service", ACTIVITY_YEAR), ACTIVITY_YEAR + "年以空间换服务：理疗康养", treatments,
        Money.ZERO, Pillar.SERVICE_SHARING);
    List<DemandId> sessions = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      sessions.add(activity(new Activity(String.format("zb-%d-%03d", ACTIVITY_YEAR, ++a), counselling, SOCIAL_WORK_CENTRE,
          Channel.PURCHASE, "counselling", DemandSource.RESIDENT,
          c.residents().get(residentIndex++ % c.residents().size()), ZHANBEI, LocalDate.of(ACTIVITY_YEAR, 3 + 3 * k, 25),
          150, List.of(), Money.ofYuan("2000"), Pillar.CIVILITY_CO_CREATION), c.secretary()));
    }
    project(String.format("zb-%d-counselling", ACTIVITY_YEAR), ACTIVITY_YEAR + "年社会组织购买：心理疏导", sessions,
        Money.ofYuan("8000"), Pillar.CIVILITY_CO_CREATION);

    // 2022: residents asked for somewhere for their children; the community opened a play area
    DemandId playArea = activity(new Activity("zb-2022-001", play, c.branch(), Channel.UNDERTAKE, "children-play-area",
        DemandSource.RESIDENT, c.residents().get(0), ZHANBEI, LocalDate.of(2022, 6, 1), 300, List.of(), Money.ZERO,
        Pillar.CIVILITY_CO_CREATION), c.secretary());
    project("zb-2022-play-area", "乐享生活游乐设施", List.of(playArea), Money.ZERO, Pillar.CIVILITY_CO_CREATION);

    List<OrganizationId> attendees = organizations.stream().filter(o -> o.grids().contains(ZHANBEI))
        .filter(o -> o.kind().isCoBuildingUnit() || o.kind() == OrganizationKind.SOCIAL_ORGANIZATION)
        .map(Organization::id).toList();
    for (int q = 0; q < 4; q++) {
      List<Resolution> resolutions = q == 0
          ? List.of(Resolution.project(ResolutionId.of("zb-jm-2023-1-r1"), "某人民医院认领2023年义诊项目",
                  ProjectId.of("zb-2023-free-clinic"), OrganizationId.of("zb-unit-hospital"), Money.ofYuan("20000")),
              Resolution.project(ResolutionId.of("zb-jm-2023-1-r2"), "某供电公司站北供电所认领安全用电宣传",
                  ProjectId.of("zb-2023-electric-safety"), OrganizationId.of("zb-unit-power"), Money.ofYuan("5000")))
          : List.of(Resolution.agreed(ResolutionId.of("zb-jm-2023-" + (q + 1) + "-r1"), "通报上季度需求、资源、项目、服务、成效清单"));
      meetings.add(JointMeeting.builder().id(MeetingId.of("zb-jm-2023-" + (q + 1))).grid(ZHANBEI)
          .heldAt(local(LocalDate.of(ACTIVITY_YEAR, 3 * q + 1, 10).atTime(15, 0).toString())).convener(c.branch()).addAllAttendees(attendees)
          .addAllResolutions(resolutions).build());
    }
  }

  /** 南苑社区's resources, its joint meeting, and its "爷爷奶奶一堂课" series. */
  private void nanyuanActivities(Urban c) {
    ResourceId team = resource("nanyuan-team-service", NANYUAN_TEAM, Channel.UNDERTAKE,
        List.of("grandparents-class", "civility-practice"), List.of(NANYUAN), 6, Money.ZERO, Optional.empty());
    for (int s = 1; s <= NANYUAN_STATIONS; s++) {
      resource("nanyuan-station-" + s + "-service", OrganizationId.of("nanyuan-station-" + s), Channel.UNDERTAKE,
          List.of(List.of("elderly-care", "child-care", "mediation").get(s - 1)), List.of(NANYUAN), 6, Money.ZERO,
          Optional.empty());
    }
    ResourceId clinic = resource("ny-unit-clinic-free-clinic", OrganizationId.of("ny-unit-clinic"), Channel.CLAIM,
        List.of("free-clinic"), List.of(NANYUAN), 2, Money.ZERO, Optional.empty());
    ResourceId legalAid = resource("ny-unit-court-legal-aid", OrganizationId.of("ny-unit-court"), Channel.CLAIM,
        List.of("legal-aid"), List.of(NANYUAN), 2, Money.ZERO, Optional.empty());
    // the units report at 南苑社区's joint meeting, each committing two activities a year (an assumption)
    report(NANYUAN, OrganizationId.of("ny-unit-clinic"), clinic, local(ACTIVITY_YEAR + "-04-12T15:00"), 2);
    report(NANYUAN, OrganizationId.of("ny-unit-court"), legalAid, local(ACTIVITY_YEAR + "-04-12T15:00"), 2);
    List<DemandId> grouped = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      List<PersonId> performers = List.of(PersonId.of(String.format("ny-v-%04d", 2 * k + 1)),
          PersonId.of(String.format("ny-v-%04d", 2 * k + 2)));
      grouped.add(activity(new Activity(String.format("ny-%d-%03d", ACTIVITY_YEAR, k + 1), team, NANYUAN_TEAM,
          Channel.UNDERTAKE, "grandparents-class", DemandSource.RESIDENT, c.residents().get(k), c.grids().get(k % 4),
          LocalDate.of(ACTIVITY_YEAR, 2 * k + 1, 18), 40 + 5 * k, performers, Money.ZERO, Pillar.CIVILITY_CO_CREATION),
          c.secretary()));
    }
    project(String.format("ny-%d-grandparents-class", ACTIVITY_YEAR), "爷爷奶奶一堂课", grouped, Money.ZERO,
        Pillar.CIVILITY_CO_CREATION);
    meetings.add(JointMeeting.builder().id(MeetingId.of("ny-jm-2023-1")).grid(NANYUAN)
        .heldAt(local(ACTIVITY_YEAR + "-04-12T15:00")).convener(c.branch())
        .addAttendees(OrganizationId.of("ny-unit-gas"), OrganizationId.of("ny-unit-clinic"),
            OrganizationId.of("ny-unit-court"), OrganizationId.of("ny-ngo-elderly"))
        .addResolutions(Resolution.agreed(ResolutionId.of("ny-jm-2023-1-r1"), "驻地单位与社会组织协调解决老旧小区停车难问题"))
        .build());
    // 大事共议: the deputies linked to the grids and the grid heads deliberate the parking plan
    List<PersonId> participants = new ArrayList<>(List.of(c.secretary()));
    for (int d = 1; d <= DeputyKind.values().length; d++) {
      participants.add(PersonId.of("nanyuan-deputy-" + d));
    }
    c.grids().forEach(g -> participants.add(PersonId.of(g.value() + "-head-a")));
    affairs.add(MajorAffair.builder().id(AffairId.of("ny-affair-2023-1")).title("南苑社区老旧小区停车改造方案")
        .grid(NANYUAN).addAllParticipants(participants).quorum(participants.size() / 2 + 1)
        .addOptions("增设地面停车位", "改建立体停车场").openedAt(local(ACTIVITY_YEAR + "-05-06T09:00")).build());
  }

  // ------------------------------------------------------------------ helpers

  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(Fund.CHINA).toInstant();
  }

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
