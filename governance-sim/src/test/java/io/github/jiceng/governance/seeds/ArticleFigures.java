package io.github.jiceng.governance.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Mechanism;
import io.github.jiceng.governance.model.taxonomy.OneLeadFourIntegrations;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.venue.DeliveryId;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.RoomKind;
import io.github.jiceng.governance.model.venue.ServiceDelivery;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.checkin.CheckInAudit;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingRules;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
import io.github.jiceng.governance.rules.cobuilding.IntegrationCoverage;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import io.github.jiceng.governance.rules.proposal.ProposalDesk;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.rules.venue.SpaceCommand;
import io.github.jiceng.governance.rules.venue.SpaceEvent;
import io.github.jiceng.governance.rules.venue.SpaceForServiceRules;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.report.ArticleCheck;
import io.github.jiceng.governance.sim.report.ArticleFigure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every figure the article reports, derived from the scenario's data by the rules, never read
 * off a number written for the purpose: the rows of {@link ArticleCheck} (counts of roster
 * entries, the venue's floor area, the five-lists report, the fund's transparency report, the clue
 * register's summary) all match, each with the derived value the seed's construction gives; and
 * the structure behind each figure that the check does not cover. A subclass says where the data
 * comes from.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ArticleFigures {

  private static final GridId ZHANBEI = ArticleScenario.ZHANBEI;
  private static final GridId NANYUAN = ArticleScenario.NANYUAN;

  /** Returns the scenario to derive the figures from. */
  abstract ArticleData data();

  /** Returns the same data as a scenario, as the command line reads it. */
  Scenario scenario() {
    return SeedScenario.scenario(data());
  }

  private ArticleCheck check;

  /** The article's figures checked against the scenario where the story stands. */
  private ArticleCheck check() {
    if (check == null) {
      check = ArticleCheck.of(scenario(), ArticleScenario.AS_OF, Fund.CHINA);
    }
    return check;
  }

  /** The row of a figure, checked to match the article with the value derived. */
  private ArticleFigure matching(String key, long derived) {
    ArticleFigure f = check().figure(key).orElseThrow();
    assertThat(f.derived()).as("derived %s", key).hasValue(derived);
    assertThat(f.status()).as("status of %s", key).isEqualTo(ArticleFigure.Status.MATCHES);
    return f;
  }

  @Test
  @DisplayName("文章数据核对：文章中的13个数字按文章的顺序全部相符")
  void everyFigureOfTheArticleMatchesInTheArticlesOrder() {
    assertThat(check().figures()).extracting(ArticleFigure::key).containsExactly(ArticleCheck.ZHANBEI_TEAMS,
        ArticleCheck.ZHANBEI_VOLUNTEERS, ArticleCheck.ZHANBEI_CENTRE_AREA, ArticleCheck.ZHANBEI_ACTIVITIES,
        ArticleCheck.ZHANBEI_PERSON_TIMES, ArticleCheck.NANYUAN_STATIONS, ArticleCheck.NANYUAN_TEAM,
        ArticleCheck.FUND_LAUNCH, ArticleCheck.FUND_FROM_UNITS, ArticleCheck.FUND_FROM_OTHERS, ArticleCheck.CLUES,
        ArticleCheck.DIRECTED_PROJECTS, ArticleCheck.EXPECTED_BENEFICIARIES);
    assertThat(check().figures()).allSatisfy(f -> assertThat(f.status()).as(f.key()).isEqualTo(ArticleFigure.Status.MATCHES));
    assertThat(check().allMatch()).isTrue();
    assertThat(check().activityYear()).isEqualTo(ArticleScenario.ACTIVITY_YEAR);
    assertThat(check().asOf()).isEqualTo(ArticleScenario.AS_OF);
  }

  private GridHierarchy hierarchy() {
    return data().hierarchy();
  }

  private Roster roster() {
    return data().roster();
  }

  private boolean within(GridId root, GridId node) {
    return hierarchy().contains(node) && (root.equals(node) || hierarchy().isAncestorOf(root, node));
  }

  private List<Organization> organizations(OrganizationKind kind, GridId within) {
    return roster().organizations().stream().filter(o -> o.kind() == kind)
        .filter(o -> !o.grids().isEmpty() && o.grids().stream().allMatch(g -> within(within, g))).toList();
  }

  private List<Person> membersOf(OrganizationId team) {
    return roster().persons().stream().filter(p -> p.roles().stream()
        .anyMatch(r -> r instanceof Role.Volunteer v && v.team().equals(team))).toList();
  }

  // ------------------------------------------------------------------ 站北社区

  @Test
  @DisplayName("站北社区有12支志愿服务团队")
  void zhanbeiHasTwelveVolunteerTeams() {
    matching(ArticleCheck.ZHANBEI_TEAMS, ArticleScenario.ZHANBEI_TEAMS.size());
    assertThat(organizations(OrganizationKind.VOLUNTEER_TEAM, ZHANBEI)).hasSize(12);
  }

  @Test
  @DisplayName("3千多名志愿者下沉到网格")
  void overThreeThousandVolunteersServeInZhanbeisGrids() {
    // 3,080 as built: each team's volunteers, every one on a grid of the community
    matching(ArticleCheck.ZHANBEI_VOLUNTEERS, ArticleScenario.ZHANBEI_TEAMS.stream().mapToInt(ArticleScenario.Team::volunteers).sum());
    Set<OrganizationId> teams = organizations(OrganizationKind.VOLUNTEER_TEAM, ZHANBEI).stream().map(Organization::id)
        .collect(Collectors.toSet());
    List<Person> inGrids = roster().persons().stream().filter(p -> p.roles().stream().anyMatch(r -> r instanceof Role.Volunteer v
        && teams.contains(v.team()) && !v.grids().isEmpty()
        && v.grids().stream().allMatch(g -> within(ZHANBEI, g) && hierarchy().level(g).key().equals("GRID")))).toList();
    assertThat(inGrids).as("the volunteers on the grid level").hasSize((int) check().figure(ArticleCheck.ZHANBEI_VOLUNTEERS)
        .orElseThrow().derived().getAsLong());
    for (OrganizationId team : teams) {
      Organization t = roster().organization(team).orElseThrow();
      assertThat(t.headcount()).as("the headcount of %s is its listed members", team).hasValue(membersOf(team).size());
    }
  }

  @Test
  @DisplayName("社区建成了3900平米党群服务中心，并设有社区电影院、理疗室、为老服务站等功能室")
  void theServiceCentreOfThirtyNineHundredSquareMetresOffersItsFunctionRooms() {
    Venue centre = ArticleVenues.zhanbeiCentre();
    // the figure is the venue's declared floor area; its rooms take part of it
    matching(ArticleCheck.ZHANBEI_CENTRE_AREA, centre.floorArea());
    assertThat(centre.roomArea()).isPositive().isLessThanOrEqualTo(centre.floorArea());
    assertThat(centre.grid()).isEqualTo(ZHANBEI);
    assertThat(hierarchy().level(centre.grid()).key()).isEqualTo("COMMUNITY");
    assertThat(centre.rooms()).extracting(Room::kind).contains(RoomKind.CINEMA, RoomKind.THERAPY_ROOM,
        RoomKind.ELDERLY_SERVICE_STATION);
    // each room is one of the centre's resources, undertaken by 站北社区's party branch
    Map<String, Resource> undertaken = data().fiveLists().resources().stream()
        .filter(r -> r.channel() == Channel.UNDERTAKE && r.coverage().equals(List.of(ZHANBEI)))
        .filter(r -> roster().organization(r.claimant()).map(o -> o.kind() == OrganizationKind.PARTY_ORGANIZATION).orElse(false))
        .collect(Collectors.toMap(r -> r.id().value(), r -> r));
    assertThat(centre.rooms()).allSatisfy(room -> assertThat(undertaken).containsKey(room.id().value()));
    Set<String> rooms = undertaken.values().stream().flatMap(r -> r.capabilities().stream()).collect(Collectors.toSet());
    assertThat(rooms).containsAll(ArticleScenario.CENTRE_ROOMS.keySet());
  }

  @Test
  @DisplayName("以空间换服务，引入社会组织提供精油按摩、头疗、艾灸")
  void socialOrganizationsServeForSpaceInTheCentre() {
    List<Resource> offers = data().fiveLists().resources().stream().filter(r -> r.spaceForService().isPresent())
        .filter(r -> r.coverage().stream().allMatch(g -> within(ZHANBEI, g))).toList();
    assertThat(offers).isNotEmpty().allSatisfy(r -> assertThat(roster().organization(r.claimant()).orElseThrow().kind())
        .isEqualTo(OrganizationKind.SOCIAL_ORGANIZATION));
    assertThat(offers.stream().flatMap(r -> r.capabilities().stream()).toList())
        .containsAll(ArticleScenario.SPACE_FOR_SERVICE.keySet());
    assertThat(data().serviceCatalogue().offers()).extracting(o -> o.name()).contains("精油按摩", "头疗", "艾灸");
  }

  @Test
  @DisplayName("以空间换服务：理疗室换来的服务时长按周核对，全年不滞后")
  void theSpaceForServiceGrantIsMetByTheTreatmentsOfItsYear() {
    SpaceGrant grant = ArticleVenues.therapyRoomGrant();
    assertThat(roster().organization(grant.organization()).orElseThrow().kind())
        .isEqualTo(OrganizationKind.SOCIAL_ORGANIZATION);
    assertThat(ArticleVenues.zhanbeiCentre().room(grant.room()).orElseThrow().kind()).isEqualTo(RoomKind.THERAPY_ROOM);
    Set<ResourceId> offered = data().fiveLists().resources().stream()
        .filter(r -> r.claimant().equals(grant.organization()) && r.spaceForService().isPresent())
        .map(Resource::id).collect(Collectors.toSet());
    assertThat(offered).isNotEmpty();

    InMemoryStream<SpaceCommand, SpaceLedger, SpaceEvent> ledger = InMemoryStream.open(SpaceForServiceRules.decider());
    ledger.handle(new SpaceCommand.Grant(grant)).orElseThrow();
    List<ServiceRecord> delivered = data().fiveLists().services().stream()
        .filter(s -> offered.contains(s.resource()) && grant.period().contains(s.time().start()))
        .sorted(Comparator.comparing(ServiceRecord::time)).toList();
    for (ServiceRecord s : delivered) {
      ledger.handle(new SpaceCommand.Deliver(new ServiceDelivery(DeliveryId.of(s.id().value()), s.time().start(),
          s.time().duration(), Optional.of(s.id())))).orElseThrow();
    }
    for (int month = 1; month <= 12; month++) {
      Instant review = ArticleScenario.local(String.format("%d-%02d-28T00:00", ArticleScenario.ACTIVITY_YEAR, month));
      ledger.handle(new SpaceCommand.Review(review)).orElseThrow();
      assertThat(ledger.state().flagged()).as("behind at %s: %s", review, ledger.state().standing(review)).isFalse();
    }
    assertThat(delivered).hasSize(6);
    assertThat(ledger.state().delivered()).isGreaterThanOrEqualTo(grant.totalOwed());
  }

  private FiveListsReport zhanbeiYear() {
    int y = ArticleScenario.ACTIVITY_YEAR;
    return FiveListsReport.of(data().fiveLists(), hierarchy(), ZHANBEI,
        Interval.of(ArticleScenario.local(y + "-01-01T00:00"), ArticleScenario.local((y + 1) + "-01-01T00:00")));
  }

  @Test
  @DisplayName("每年开展的各类公益活动有70余场次，受益群众近2万人次")
  void overSeventyActivitiesAYearReachNearlyTwentyThousandPersonTimes() {
    Tally year = zhanbeiYear().total();
    matching(ArticleCheck.ZHANBEI_ACTIVITIES, year.services());
    matching(ArticleCheck.ZHANBEI_PERSON_TIMES, year.serviceBeneficiaries());
    assertThat(year.services()).isGreaterThan(70).isLessThan(80);
    assertThat(year.serviceBeneficiaries()).isGreaterThanOrEqualTo(19_000L).isLessThan(20_000L);
  }

  @Test
  @DisplayName("共建单位认领一部分、社会组织购买一部分、社区承接一部分")
  void unitsClaimSocialOrganizationsAreBoughtAndTheCommunityUndertakesTheRest() {
    Map<Channel, Tally> byChannel = zhanbeiYear().byChannel();
    for (Channel c : Channel.values()) {
      assertThat(byChannel.get(c).services()).as("services through %s", c).isPositive();
    }
    assertThat(byChannel.get(Channel.PURCHASE).cost()).isGreaterThan(Money.ZERO);
    assertThat(byChannel.get(Channel.CLAIM).cost()).isEqualTo(Money.ZERO);
  }

  @Test
  @DisplayName("一统领四融合：社区党支部统领，驻地单位、社会组织、结对共建单位融合，五项党建服务理念")
  void zhanbeiIsLedByItsBranchWithResidentUnitsSocialOrganizationsAndPairedUnits() {
    OneLeadFourIntegrations lead = data().oneLeadFourIntegrations();
    assertThat(lead.integrationKeys()).hasSize(4);
    assertThat(lead.serviceIdeas()).containsExactly("核心引领", "文化凝聚", "共融共享", "亲邻睦里", "智慧e家");
    assertThat(organizations(OrganizationKind.PARTY_ORGANIZATION, ZHANBEI))
        .anySatisfy(o -> assertThat(o.partyLevel()).hasValue(lead.leadLevel()));
    for (OrganizationKind kind : List.of(OrganizationKind.RESIDENT_UNIT, OrganizationKind.SOCIAL_ORGANIZATION,
        OrganizationKind.PAIRED_UNIT)) {
      assertThat(organizations(kind, ZHANBEI)).as("%s in 站北社区", kind).isNotEmpty();
    }
  }

  @Test
  @DisplayName("依托执行书记AB岗、共建联席会议等制度")
  void zhanbeiHasAnExecutiveSecretaryABPostAndJointMeetings() {
    assertThat(roster().posts()).filteredOn(p -> p.kind().equals(PostKind.EXECUTIVE_SECRETARY) && p.scope().equals(ZHANBEI))
        .singleElement().satisfies(p -> assertThat(p.holders()).hasSize(2));
    assertThat(data().jointMeetings()).filteredOn(m -> m.grid().equals(ZHANBEI)).isNotEmpty()
        .allSatisfy(m -> assertThat(m.attendees()).allSatisfy(a -> assertThat(roster().organization(a)).isPresent()));
  }

  // ------------------------------------------------------------------ 南苑社区

  @Test
  @DisplayName("南苑社区自我培育3家社会工作服务站")
  void nanyuanFosteredThreeSocialWorkStations() {
    matching(ArticleCheck.NANYUAN_STATIONS, ArticleScenario.NANYUAN_STATIONS);
    // fostered by the community itself: no credit code of a registered organization
    assertThat(organizations(OrganizationKind.SOCIAL_WORK_STATION, NANYUAN)).hasSize(3)
        .allSatisfy(s -> assertThat(s.creditCode()).isEmpty());
  }

  @Test
  @DisplayName("一支由1212名志愿者组成的服务队")
  void nanyuanHasAVolunteerTeamOfTwelveHundredAndTwelve() {
    matching(ArticleCheck.NANYUAN_TEAM, ArticleScenario.NANYUAN_VOLUNTEERS);
    List<Organization> teams = organizations(OrganizationKind.VOLUNTEER_TEAM, NANYUAN);
    assertThat(teams).singleElement().satisfies(t -> {
      assertThat(membersOf(t.id())).hasSize(1212);
      assertThat(t.headcount()).hasValue(1212);
    });
  }

  @Test
  @DisplayName("一核五共：党支部核心引领，党群共建、大事共议、平安共管、文明共创、服务共享")
  void nanyuanPractisesEveryPillarOfOneCoreFiveCo() {
    assertThat(data().oneCoreFiveCo().pillarKeys()).containsExactly(Pillar.PARTY_MASS_CO_BUILDING,
        Pillar.MAJOR_AFFAIRS_CO_DELIBERATION, Pillar.SAFETY_CO_MANAGEMENT, Pillar.CIVILITY_CO_CREATION, Pillar.SERVICE_SHARING);
    assertThat(organizations(OrganizationKind.PARTY_ORGANIZATION, NANYUAN))
        .anySatisfy(o -> assertThat(o.partyLevel()).hasValue(data().oneCoreFiveCo().coreLevel()));
    // 党群共建: the joint meeting brings resident units and social organizations in
    assertThat(data().jointMeetings()).anySatisfy(m -> {
      assertThat(m.grid()).isEqualTo(NANYUAN);
      assertThat(m.pillar()).isEqualTo(Pillar.PARTY_MASS_CO_BUILDING);
    });
    // 大事共议: 两代表一委员 linked to the grids
    Set<DeputyKind> deputies = roster().persons().stream().flatMap(p -> p.roles().stream())
        .filter(r -> r instanceof Role.Deputy d && d.grids().stream().allMatch(g -> within(NANYUAN, g)))
        .map(r -> ((Role.Deputy) r).deputyKind()).collect(Collectors.toSet());
    assertThat(deputies).containsExactlyInAnyOrder(DeputyKind.values());
    // 平安共管: a squad on every grid, staffed as the policy says
    List<GridId> grids = hierarchy().nodesAtLevel("GRID", NANYUAN);
    assertThat(grids).isNotEmpty().allSatisfy(g -> assertThat(roster().squad(g)).isPresent());
    // 文明共创: the stations and the team do volunteer service
    assertThat(organizations(OrganizationKind.SOCIAL_WORK_STATION, NANYUAN))
        .allSatisfy(s -> assertThat(s.pillarIn(data().oneCoreFiveCo())).hasValue(Pillar.CIVILITY_CO_CREATION));
    // 服务共享: the red-star scheme rewards contributors with services
    assertThat(data().oneCoreFiveCo().pillarOf(Mechanism.RED_STAR_FEEDBACK)).hasValue(Pillar.SERVICE_SHARING);
    assertThat(data().pointsPolicy().earningRules()).isNotEmpty();
    assertThat(data().serviceCatalogue().offers()).isNotEmpty();
  }

  @Test
  @DisplayName("三级核心网格：党支部、小区党小组、党员联络员")
  void nanyuanBuiltTheThreeLevelCoreGrid() {
    Set<GridId> compounds = Set.copyOf(hierarchy().nodesAtLevel("COMPOUND", NANYUAN));
    List<Household> households = roster().households().stream().filter(h -> within(NANYUAN, h.grid())).toList();
    assertThat(households).isNotEmpty().allSatisfy(h -> {
      Person liaison = roster().person(h.liaison().orElseThrow()).orElseThrow();
      Role.PartyMember m = liaison.partyMembership().orElseThrow();
      Organization group = roster().organization(m.group().orElseThrow()).orElseThrow();
      assertThat(group.partyLevel()).hasValue("COMPOUND_PARTY_GROUP");
      assertThat(group.grids()).containsAnyElementsOf(compounds);
      assertThat(roster().organization(group.parent().orElseThrow()).orElseThrow().partyLevel())
          .hasValue("COMMUNITY_PARTY_BRANCH");
    });
  }

  // ------------------------------------------------------------------ 薛家湾镇

  @Test
  @DisplayName("平台分为镇党委、村党支部、党小组、社长、党员、村民六个版块")
  void xuejiawansPlatformHasItsSixSections() {
    GridId town = ArticleScenario.XUEJIAWAN;
    List<Organization> committees = organizations(OrganizationKind.PARTY_ORGANIZATION, town).stream()
        .filter(o -> o.partyLevel().equals(Optional.of("TOWN_PARTY_COMMITTEE"))).toList();
    assertThat(committees).as("镇党委").hasSize(1);
    List<Organization> branches = roster().organizations().stream()
        .filter(o -> o.parent().equals(Optional.of(committees.get(0).id()))).toList();
    assertThat(branches).as("村党支部").isNotEmpty()
        .allSatisfy(b -> assertThat(b.partyLevel()).hasValue("VILLAGE_PARTY_BRANCH"));
    Set<OrganizationId> branchIds = branches.stream().map(Organization::id).collect(Collectors.toSet());
    List<Organization> groups = roster().organizations().stream()
        .filter(o -> o.parent().isPresent() && branchIds.contains(o.parent().get())).toList();
    assertThat(groups).as("党小组").isNotEmpty().allSatisfy(g -> {
      assertThat(g.partyLevel()).hasValue("PARTY_GROUP");
      assertThat(g.grids()).allSatisfy(v -> assertThat(hierarchy().level(v).key()).isEqualTo("VILLAGER_GROUP"));
    });
    List<GridId> villagerGroups = hierarchy().nodesAtLevel("VILLAGER_GROUP", town);
    assertThat(villagerGroups).as("社长 on every villagers' group").isNotEmpty().allSatisfy(v -> assertThat(roster().posts())
        .anySatisfy(p -> {
          assertThat(p.kind()).isEqualTo(PostKind.VILLAGER_GROUP_HEAD);
          assertThat(p.scope()).isEqualTo(v);
          assertThat(p.holders()).hasSize(2);
        }));
    List<Person> members = roster().persons().stream()
        .filter(p -> p.partyMembership().map(m -> branchIds.contains(m.branch())).orElse(false)).toList();
    assertThat(members).as("党员").isNotEmpty();
    List<Person> villagers = roster().persons().stream().filter(p -> p.roles().stream().anyMatch(r -> r instanceof Role.Resident res
        && roster().household(res.household()).map(h -> within(town, h.grid())).orElse(false))).toList();
    assertThat(villagers).as("村民").isNotEmpty();
  }

  @Test
  @DisplayName("村民提案办理状态……一目了然")
  void theTownsPlatformShowsProposalStates() {
    ProposalSummary summary = ProposalDesk.summarize(data().proposals(), data().handlingPolicy(), ArticleScenario.AS_OF);
    assertThat(summary.total()).isEqualTo(data().proposals().size()).isPositive();
    assertThat(summary.byState().entrySet().stream().filter(e -> e.getValue() > 0).count()).isGreaterThan(3);
    assertThat(summary.byState().get(ProposalState.CLOSED)).isPositive();
    assertThat(data().proposals()).allSatisfy(p -> assertThat(within(ArticleScenario.XUEJIAWAN, p.proposal().grid())).isTrue());
  }

  /** 党员联系群众打卡等情况一目了然: the platform's check-ins, each with a household its member serves. */
  @Test
  void partyMembersCheckInsWithTheHouseholdsTheyServeAreShownAndTheAuditFlagsNone() {
    List<CheckIn> checkIns = data().checkIns();
    Map<PersonId, Set<HouseholdId>> assignments = new TreeMap<>();
    for (Household h : data().roster().households()) {
      h.liaison().ifPresent(l -> assignments.computeIfAbsent(l, k -> new TreeSet<>()).add(h.id()));
    }
    CheckInAudit.AuditReport audit = CheckInAudit.audit(checkIns, assignments, data().checkInPolicy());
    assertThat(audit.flags()).isEmpty();
    assertThat(audit.clean()).hasSameSizeAs(checkIns).isNotEmpty();
    for (CheckIn c : checkIns) {
      Household h = data().roster().household(c.household()).orElseThrow();
      assertThat(data().hierarchy().isAncestorOf(ArticleScenario.XUEJIAWAN, h.grid())).isTrue();
      assertThat(h.liaison()).contains(c.member());
    }
  }
  // ------------------------------------------------------------------ 蓝天街道

  private FundBook book() {
    return Replay.fundBook(data().fund(), data().fundPolicy(), data().fundPledges(), data().fundEntries());
  }

  private TransparencyReport report() {
    return TransparencyReports.of(book(), Interval.of(data().fund().launchedAt(), ArticleScenario.AS_OF));
  }

  private Money donorKind(TransparencyReport report, DonorKind kind) {
    return report.donors().stream().filter(l -> l.kind() == kind).map(TransparencyReport.DonorKindLine::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  @Test
  @DisplayName("自2021年6月9日“共建实践金”项目启动")
  void theFundStartedOnTheNinthOfJune2021() {
    matching(ArticleCheck.FUND_LAUNCH, LocalDate.of(2021, 6, 9).toEpochDay());
    assertThat(data().fund().launchedOn()).isEqualTo(LocalDate.of(2021, 6, 9));
    assertThat(data().fund().grid()).isEqualTo(ArticleScenario.LANTIAN);
    assertThat(LocalDate.ofInstant(data().fundEntries().get(0).at(), data().fund().zone())).isEqualTo(LocalDate.of(2021, 6, 9));
  }

  @Test
  @DisplayName("共建单位筹集资金共计300多万元")
  void coBuildingUnitsRaisedOverThreeMillionYuan() {
    TransparencyReport report = report();
    Money units = donorKind(report, DonorKind.CO_BUILDING_UNIT);
    // the check's books, which leave out what they refuse, agree with the strict replay, which refuses nothing
    matching(ArticleCheck.FUND_FROM_UNITS, units.fen());
    assertThat(units).isGreaterThanOrEqualTo(Money.ofYuan("3000000")).isLessThan(Money.ofYuan("4000000"));
    assertThat(report.inflows().stream().filter(l -> l.channel() == DonationChannel.DIRECTED).findFirst().orElseThrow().amount())
        .isEqualTo(units);
  }

  @Test
  @DisplayName("驻地商铺、党员、居民共筹集资金3.6万元")
  void merchantsPartyMembersAndResidentsRaisedThirtySixThousandYuan() {
    TransparencyReport report = report();
    Money others = report.donors().stream().filter(l -> l.kind() != DonorKind.CO_BUILDING_UNIT)
        .map(TransparencyReport.DonorKindLine::amount).reduce(Money.ZERO, Money::plus);
    matching(ArticleCheck.FUND_FROM_OTHERS, others.fen());
    assertThat(others).isEqualTo(Money.ofYuan("36000"));
    assertThat(report.totalIn()).isEqualTo(donorKind(report, DonorKind.CO_BUILDING_UNIT).plus(others));
  }

  @Test
  @DisplayName("通过共建单位、驻地商铺、文明先锋、党员干部、居民群众认领的方式，筹集资金")
  void theUnitsPledgedAtTheLaunchAndTheirDonationsPayThePledges() {
    FundBook book = book();
    assertThat(data().fundPledges()).isNotEmpty().allSatisfy(p -> {
      assertThat(LocalDate.ofInstant(p.at(), data().fund().zone())).isEqualTo(LocalDate.of(2021, 6, 9));
      assertThat(p.donorKind()).isEqualTo(DonorKind.CO_BUILDING_UNIT);
    });
    // every donation naming a pledge is the pledge's donor's, and no pledge is paid beyond its amount
    for (var entry : data().fundEntries()) {
      if (entry instanceof io.github.jiceng.governance.model.fund.Donation d && d.pledge().isPresent()) {
        assertThat(d.donor()).contains(book.findPledge(d.pledge().get()).orElseThrow().pledge().donor());
      }
    }
    assertThat(book.pledges()).allSatisfy(p -> assertThat(p.paid()).isLessThanOrEqualTo(p.pledge().amount()));
    // the last unit's remainder stays outstanding, and the balance never counts it
    assertThat(book.outstandingPledges()).isEqualTo(Money.ofYuan("18400"));
    TransparencyReport report = report();
    assertThat(book.ledger().balance()).isEqualTo(report.totalIn().minus(report.totalOut()));
  }

  @Test
  @DisplayName("以空间换服务：阵地与协议写在情景文件里，而不是一句文字")
  void theCentreAndItsSpaceGrantsAreRecordsOfTheScenario() {
    assertThat(data().venues()).containsExactly(ArticleVenues.zhanbeiCentre());
    assertThat(data().spaceGrants()).first().isEqualTo(ArticleVenues.therapyRoomGrant());
    assertThat(data().spaceGrants()).allSatisfy(g -> {
      assertThat(ArticleVenues.zhanbeiCentre().room(g.room())).isPresent();
      assertThat(roster().organization(g.organization())).isPresent();
    });
    assertThat(data().spaceGrants()).extracting(g -> g.period().start().atZone(ArticleVenues.CHINA).getYear())
        .containsExactly(ArticleScenario.ACTIVITY_YEAR, ArticleScenario.RUN_YEAR);
  }

  @Test
  @DisplayName("双报到：共建单位带着认领的资源报到，联席会议评议履约")
  void theUnitsReportWithTheResourcesTheyClaimAndTheMeetingsCanReviewThem() {
    CoBuildingRules rules = CoBuildingRules.of(data().oneLeadFourIntegrations());
    Set<ResourceId> claimed = data().fiveLists().resources().stream().filter(r -> r.channel() == Channel.CLAIM)
        .map(Resource::id).collect(Collectors.toSet());
    Set<ResourceId> committed = data().coBuildingAgreements().stream().flatMap(a -> a.resources().stream())
        .collect(Collectors.toSet());
    assertThat(committed).as("every claimed resource is committed by a report").isEqualTo(claimed);
    Instant endOfYear = ArticleScenario.AS_OF;
    for (CoBuildingAgreement a : data().coBuildingAgreements()) {
      InMemoryStream<CoBuildingCommand, AgreementCase, CoBuildingEvent> s = InMemoryStream.open(rules);
      s.handle(new CoBuildingCommand.Report(a)).orElseThrow();
      Fulfilment f = Fulfilment.measure(a, data().fiveLists().services(), roster().posts(), endOfYear);
      s.handle(new CoBuildingCommand.Review(MeetingId.of("review-" + ArticleScenario.ACTIVITY_YEAR), f)).orElseThrow();
      s.handle(new CoBuildingCommand.Feedback(a.id(), endOfYear)).orElseThrow();
      if (a.community().equals(ZHANBEI) && a.kind() == CoBuildingAgreement.Kind.UNIT) {
        assertThat(f.level()).as("%s: %s", a.id(), f).isEqualTo(Fulfilment.Level.MET);
      }
    }
    IntegrationCoverage coverage = IntegrationCoverage.of(data().oneLeadFourIntegrations(), ZHANBEI,
        Interval.of(ArticleScenario.local(ArticleScenario.ACTIVITY_YEAR + "-01-01T00:00"), endOfYear),
        data().coBuildingAgreements(), data().fiveLists().services());
    assertThat(coverage.uncovered()).as("站北社区's reports serve all four integrations").isEmpty();
  }

  @Test
  @DisplayName("征集到涉及生活、出行、健身、垃圾处理等多方面的问题线索66条")
  void sixtySixCluesOnDailyLifeTravelFitnessAndWaste() {
    ClueSummary clues = Replay.clueRegister(data().clues()).summary();
    matching(ArticleCheck.CLUES, clues.collected());
    assertThat(clues.collected()).isEqualTo(66);
    assertThat(clues.byCategory().keySet()).containsExactlyInAnyOrderElementsOf(ClueCategory.ARTICLE_FOUR);
    assertThat(clues.byStatus().get(ClueStatus.MERGED)).as("群众反映集中的问题 merged").isPositive();
  }

  @Test
  @DisplayName("已完成12个“定向投”项目，其他项目也相继开工")
  void twelveDirectedProjectsAreCompletedAndOthersStarted() {
    ClueSummary clues = Replay.clueRegister(data().clues()).summary();
    matching(ArticleCheck.DIRECTED_PROJECTS, clues.completed().get(ImplementationMode.FUND_DIRECTED_PROJECT));
    assertThat(clues.completed().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(12);
    assertThat(clues.decided().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isGreaterThan(12);
    assertThat(report().projects()).hasSize(clues.decided().get(ImplementationMode.FUND_DIRECTED_PROJECT));
  }

  @Test
  @DisplayName("预计受益群众达22000余人")
  void overTwentyTwoThousandResidentsAreExpectedToBenefit() {
    ClueSummary clues = Replay.clueRegister(data().clues()).summary();
    // counted once per project: the sum of the decided projects' evaluations, as the article adds them up
    long perProject = data().clues().stream().filter(c -> c.implementation().map(i -> i.mode()
        == ImplementationMode.FUND_DIRECTED_PROJECT).orElse(false)).mapToLong(c -> c.evaluation().orElseThrow()
        .expectedBeneficiaries()).sum();
    matching(ArticleCheck.EXPECTED_BENEFICIARIES, perProject);
    assertThat(clues.expectedBeneficiaries().get(ImplementationMode.FUND_DIRECTED_PROJECT))
        .isGreaterThanOrEqualTo(22_000L).isLessThan(23_000L);
  }

  // ------------------------------------------------------------------ the article's people, as roles

  @Test
  @DisplayName("文中人物只以岗位出现：社区党支部书记、镇党委副书记、老党员志愿者")
  void theArticlesPeopleAppearOnlyAsRolesWithSyntheticNames() {
    Map<GridId, PostKind> quoted = Map.of(ZHANBEI, ArticleScenario.PARTY_SECRETARY, NANYUAN, ArticleScenario.PARTY_SECRETARY,
        ArticleScenario.XUEJIAWAN, ArticleScenario.DEPUTY_SECRETARY);
    quoted.forEach((grid, kind) -> {
      Post post = roster().posts().stream().filter(p -> p.kind().equals(kind) && p.scope().equals(grid)).findFirst().orElseThrow();
      Person holder = roster().person(post.holderA().orElseThrow()).orElseThrow();
      assertThat(holder.name().rawValue()).as("the holder of %s", post.id()).matches(Synthetic.NAME_FORM);
    });
    assertThat(roster().persons()).filteredOn(p -> p.partyMembership().isPresent())
        .filteredOn(p -> p.roles().stream().anyMatch(r -> r instanceof Role.Volunteer v
            && roster().organization(v.team()).map(t -> t.grids().stream().allMatch(g -> within(ZHANBEI, g))).orElse(false)))
        .isNotEmpty().allSatisfy(p -> assertThat(p.name().rawValue()).matches(Synthetic.NAME_FORM));
  }

  // ------------------------------------------------------------------ the whole

  @Test
  @DisplayName("网格与党组织双层级完整：每户有党员联络员，每个网格有网格长和小分队")
  void theDualHierarchyIsComplete() {
    assertThat(DualHierarchyAudit.audit(hierarchy(), roster(), data().staffing()).violations()).isEmpty();
  }
}
