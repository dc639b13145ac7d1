package io.github.jiceng.governance.sim.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
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
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.code.CreditCode;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.post.PartyCoverage;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.PostKind;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.post.StaffingPolicy;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.sim.model.AbsenceStream;
import io.github.jiceng.governance.sim.model.CheckInStream;
import io.github.jiceng.governance.sim.model.ClueStream;
import io.github.jiceng.governance.sim.model.DemandStream;
import io.github.jiceng.governance.sim.model.DisbursementStream;
import io.github.jiceng.governance.sim.model.DonationStream;
import io.github.jiceng.governance.sim.model.IntRange;
import io.github.jiceng.governance.sim.model.MoneyRange;
import io.github.jiceng.governance.sim.model.ProposalStream;
import io.github.jiceng.governance.sim.model.RatingWeights;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.model.VolunteerStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Synthetic scenarios built in Java, for tests, benchmarks and a first run without files: a
 * district of streets, communities, grids, buildings and households of the shape asked, staffed
 * completely (A/B posts, liaisons, grid squads, units, stations, teams), with resources for every
 * channel, the co-building fund and the article's policies. Names are synthetic and drawn from a
 * seeded stream, so a scenario is a pure function of its arguments.
 *
 * <pre>{@code
 * Scenario s = SyntheticScenarios.small();
 * Scenario r = SyntheticScenarios.random(17L);                 // for property tests
 * Scenario d = SyntheticScenarios.district(100_000, 7L);        // for benchmarks
 * SimulationResult run = Simulator.run(s, 1L, 90, SimulationOptions.defaults().withScenarioName("small"));
 * }</pre>
 */
public final class SyntheticScenarios {

  /** The first simulated day of the synthetic scenarios. */
  public static final LocalDate START = LocalDate.of(2024, 1, 1);

  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力新利飞春";
  private static final List<String> CAPABILITIES = List.of("care", "repair", "cleaning", "legal", "health");

  /** The street's party level, above the community branches (街道党工委); a synthetic party scheme. */
  static final LevelScheme STREET_PARTY = LevelScheme.builder("street-party")
      .level("STREET_PARTY_COMMITTEE", "街道党工委", LevelCoding.none())
      .level("COMMUNITY_PARTY_BRANCH", "社区党支部", LevelCoding.none())
      .root("STREET_PARTY_COMMITTEE")
      .allow("STREET_PARTY_COMMITTEE", "COMMUNITY_PARTY_BRANCH")
      .build();

  /**
   * The staffing policy the synthetic rosters meet: the article's urban grid squads and party
   * coverage, its party schemes, and the street's party committee above the branches.
   */
  public static final StaffingPolicy STAFFING = StaffingPolicy.builder()
      .addGridRequirement(StaffingPolicy.URBAN_GRID)
      .addPartyCoverage(new PartyCoverage("COMPOUND_PARTY_GROUP", "COMPOUND"))
      .addPartyScheme(LevelSchemes.URBAN_PARTY)
      .addPartyScheme(STREET_PARTY)
      .build();

  private SyntheticScenarios() {}

  /**
   * The shape of a synthetic district.
   *
   * @param streets streets (街道); more than one puts a county above them
   * @param communitiesPerStreet communities (社区) per street
   * @param gridsPerCommunity grids (网格) per community
   * @param buildingsPerGrid buildings (楼栋) per grid
   * @param householdsPerBuilding households (户) per building
   * @param maxResidentsPerHousehold the most residents in one household; each has 1 to this many
   */
  public record Shape(int streets, int communitiesPerStreet, int gridsPerCommunity, int buildingsPerGrid,
      int householdsPerBuilding, int maxResidentsPerHousehold) {

    /** Checks every count is at least one. */
    public Shape {
      checkArgument(streets >= 1 && communitiesPerStreet >= 1 && gridsPerCommunity >= 1 && buildingsPerGrid >= 1
          && householdsPerBuilding >= 1 && maxResidentsPerHousehold >= 1, "every count of a shape is at least 1");
    }
  }

  /**
   * The small scenario: one street, two communities of two grids, two buildings a grid, six
   * households a building; a lively community over a season, for the tests and the first run.
   */
  public static Scenario small() {
    return of(new Shape(1, 2, 2, 2, 6, 3), typicalParameters(START).build(), 1L);
  }

  /**
   * A random small scenario for property tests: a random shape of at most a few hundred people and
   * random rates, chances, budgets and channel shares, all drawn from the seed. Busier than real
   * life, so a month of it exercises every desk: absences make posts vacant, budgets run out,
   * claimants release, residents rate poorly.
   *
   * @param seed the seed
   * @return the scenario
   */
  public static Scenario random(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Shape shape = new Shape(1 + (r.nextInt(5) == 0 ? 1 : 0), 1 + r.nextInt(2), 1 + r.nextInt(2), 1 + r.nextInt(2),
        1 + r.nextInt(4), 1 + r.nextInt(3));
    SimulationParameters.Builder p = SimulationParameters.builder().start(START.plusDays(r.nextInt(400)))
        .addAllDemandStreams(demandStreams("GRID", 200 + r.nextInt(1800)))
        .reviewAcceptPerMille(700 + r.nextInt(301))
        .claimantAvailabilityPerMille(500 + r.nextInt(501))
        .purchaseBudgetPerMonth(Money.ofYuan(String.valueOf(r.nextInt(5) * 500)))
        .serviceDays(IntRange.of(r.nextInt(2), 1 + r.nextInt(6)))
        .ratings(RatingWeights.of(r.nextInt(30), r.nextInt(30), r.nextInt(40), 10 + r.nextInt(40), r.nextInt(60)))
        .withdrawPerMille(r.nextInt(30))
        .releasePerMille(r.nextInt(50))
        .volunteering(new VolunteerStream(r.nextInt(200), IntRange.of(30, 300), IntRange.of(0, 20)))
        .checkIns(new CheckInStream(r.nextInt(1500), r.nextInt(200)))
        .addDonation(new DonationStream(DonationChannel.DIRECTED, r.nextInt(400), MoneyRange.ofYuan(1000, 50_000),
            Optional.empty()))
        .addDonation(new DonationStream(DonationChannel.MUTUAL_AID, r.nextInt(1000), MoneyRange.ofYuan(10, 500),
            Optional.of(OutflowCategory.POVERTY)))
        .addDonation(new DonationStream(DonationChannel.LEAD, r.nextInt(1000), MoneyRange.ofYuan(50, 1000),
            Optional.empty()))
        .addDisbursement(new DisbursementStream(OutflowCategory.POVERTY, r.nextInt(1500), MoneyRange.ofYuan(200, 6000)))
        .addDisbursement(new DisbursementStream(OutflowCategory.ELDERLY, r.nextInt(1000), MoneyRange.ofYuan(100, 2500)))
        .disbursementPatienceDays(1 + r.nextInt(20))
        .clues(new ClueStream("GRID", r.nextInt(800), ClueCategory.ARTICLE_FOUR, 1 + r.nextInt(3), r.nextInt(300),
            Map.of(ImplementationMode.FUND_DIRECTED_PROJECT, r.nextInt(3), ImplementationMode.CO_BUILDING_CLAIM,
                r.nextInt(3), ImplementationMode.SERVICE_CHAIN, 1), MoneyRange.ofYuan(1000, 60_000), IntRange.of(5, 300),
            IntRange.of(1, 1 + r.nextInt(15))))
        .proposals(new ProposalStream("GRID", r.nextInt(600), r.nextInt(500), 100 + r.nextInt(901), r.nextInt(200),
            r.nextInt(1001), r.nextInt(600)))
        .absences(new AbsenceStream(r.nextInt(120), IntRange.of(1, 1 + r.nextInt(10))))
        .redemptionPerMille(r.nextInt(300));
    ChannelPolicy channels = switch (r.nextInt(4)) {
      case 0 -> ChannelPolicy.standard();
      case 1 -> new ChannelPolicy(List.of(Channel.CLAIM, Channel.PURCHASE, Channel.UNDERTAKE),
          Map.of(Channel.CLAIM, r.nextInt(1001), Channel.PURCHASE, r.nextInt(1001)));
      case 2 -> ChannelPolicy.of(Channel.PURCHASE, Channel.CLAIM);
      default -> ChannelPolicy.of(Channel.UNDERTAKE);
    };
    return of(shape, p.build(), seed, channels, 1 + r.nextInt(6));
  }

  /**
   * A synthetic district of about the given number of residents: streets of five communities of
   * five grids of ten buildings, households of one to four, with the typical parameters.
   *
   * @param residents about how many residents, at least 100
   * @param seed the seed of the names and the roster
   * @return the scenario
   */
  public static Scenario district(int residents, long seed) {
    checkArgument(residents >= 100, "a district has at least 100 residents: %s", residents);
    int households = Math.max(1, residents * 2 / 5);
    int buildings = Math.max(1, households / 28);
    int grids = Math.max(1, (buildings + 9) / 10);
    int communities = Math.max(1, (grids + 4) / 5);
    int streets = Math.max(1, (communities + 4) / 5);
    int communitiesPerStreet = (communities + streets - 1) / streets;
    int gridsPerCommunity = (grids + communities - 1) / communities;
    int buildingsPerGrid = (buildings + grids - 1) / grids;
    int perBuilding = Math.max(1, households / (streets * communitiesPerStreet * gridsPerCommunity * buildingsPerGrid));
    return of(new Shape(streets, communitiesPerStreet, gridsPerCommunity, buildingsPerGrid,
        perBuilding, 4), typicalParameters(START, streets * communitiesPerStreet).build(), seed);
  }

  /**
   * The parameters of a typical urban community: a few demands per grid a day in five categories,
   * 90 % of claimants available, services of one to five days, mostly good ratings, a few donations
   * and relief requests a week, a clue every few days per grid, proposals, absences.
   *
   * @param start the first day
   * @return a builder holding them, to adjust
   */
  public static SimulationParameters.Builder typicalParameters(LocalDate start) {
    return typicalParameters(start, 2);
  }

  /**
   * The typical parameters for a district of the given number of communities: the fund's
   * donations and requests, which come to the fund as a whole, scale with the communities it
   * serves; everything else comes per grid or per person and scales by itself.
   *
   * @param start the first day
   * @param communities how many communities the fund serves, at least 1
   * @return a builder holding them, to adjust
   */
  public static SimulationParameters.Builder typicalParameters(LocalDate start, int communities) {
    checkArgument(communities >= 1, "a district has at least one community: %s", communities);
    int k = communities;
    return SimulationParameters.builder().start(start)
        .addAllDemandStreams(demandStreams("GRID", 1200))
        .purchaseBudgetPerMonth(Money.ofYuan("10000").times(k))
        .addDonation(new DonationStream(DonationChannel.DIRECTED, 75 * k, MoneyRange.ofYuan(5000, 100_000),
            Optional.empty()))
        .addDonation(new DonationStream(DonationChannel.CHARITY, 100 * k, MoneyRange.ofYuan(100, 2000), Optional.empty()))
        .addDonation(new DonationStream(DonationChannel.LEAD, 150 * k, MoneyRange.ofYuan(100, 1000), Optional.empty()))
        .addDonation(new DonationStream(DonationChannel.MUTUAL_AID, 250 * k, MoneyRange.ofYuan(10, 300),
            Optional.of(OutflowCategory.POVERTY)))
        .addDisbursement(new DisbursementStream(OutflowCategory.POVERTY, 150 * k, MoneyRange.ofYuan(500, 5000)))
        .addDisbursement(new DisbursementStream(OutflowCategory.ELDERLY, 100 * k, MoneyRange.ofYuan(200, 2000)))
        .addDisbursement(new DisbursementStream(OutflowCategory.EMERGENCY, 50 * k, MoneyRange.ofYuan(1000, 5000)))
        .clues(new ClueStream("GRID", 300, ClueCategory.ARTICLE_FOUR, 3, 100,
            Map.of(ImplementationMode.FUND_DIRECTED_PROJECT, 2, ImplementationMode.CO_BUILDING_CLAIM, 2,
                ImplementationMode.SERVICE_CHAIN, 1), MoneyRange.ofYuan(5000, 150_000), IntRange.of(20, 2000),
            IntRange.of(7, 60)))
        .proposals(new ProposalStream("GRID", 150, 200, 600, 50, 700, 150));
  }

  private static List<DemandStream> demandStreams(String level, int milliPerDayInAll) {
    Map<Urgency, Integer> urgency = new EnumMap<>(Urgency.class);
    urgency.put(Urgency.LOW, 2);
    urgency.put(Urgency.NORMAL, 6);
    urgency.put(Urgency.HIGH, 2);
    urgency.put(Urgency.CRITICAL, 1);
    int each = Math.max(1, milliPerDayInAll / 5);
    return List.of(
        new DemandStream("elderly-care", level, each, Set.of("care"), Pillar.SERVICE_SHARING, DemandSource.RESIDENT,
            urgency, IntRange.of(1, 2), 14),
        new DemandStream("home-repair", level, each, Set.of("repair"), Pillar.CIVILITY_CO_CREATION,
            DemandSource.RESIDENT, urgency, IntRange.of(1, 4), 10),
        new DemandStream("environment", level, each, Set.of("cleaning"), Pillar.CIVILITY_CO_CREATION,
            DemandSource.RESIDENT_UNIT, urgency, IntRange.of(5, 60), 21),
        new DemandStream("legal-aid", level, each, Set.of("legal"), Pillar.PARTY_MASS_CO_BUILDING,
            DemandSource.RESIDENT, urgency, IntRange.of(1, 3), 30),
        new DemandStream("health-check", level, each, Set.of("health", "care"), Pillar.SERVICE_SHARING,
            DemandSource.RESIDENT, urgency, IntRange.of(1, 5), 14));
  }

  /**
   * Builds a scenario of the shape with the parameters, the standard channels and capacities of
   * three demands per resource.
   *
   * @param shape the district's shape
   * @param parameters how the community behaves
   * @param seed the seed of names and roles
   * @return the scenario
   */
  public static Scenario of(Shape shape, SimulationParameters parameters, long seed) {
    return of(shape, parameters, seed, ChannelPolicy.standard(), 3);
  }

  private static Scenario of(Shape shape, SimulationParameters parameters, long seed,
      ChannelPolicy channels, int capacity) {
    requireNonNull(shape, "shape");
    requireNonNull(parameters, "parameters");
    return new Builder(shape, parameters, new SplittableRandom(seed), capacity).build(channels);
  }

  /** Builds one synthetic scenario; not reused. */
  private static final class Builder {
    private final Shape shape;
    private final SimulationParameters params;
    private final SplittableRandom r;
    private final int capacity;
    private final List<GridNode> nodes = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private final List<Organization> organizations = new ArrayList<>();
    private final List<GridSquad> squads = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final TreeSet<PersonId> approvers = new TreeSet<>();
    private int personSeq;
    private int householdSeq;
    private int codeSeq;

    Builder(Shape shape, SimulationParameters params, SplittableRandom r, int capacity) {
      this.shape = shape;
      this.params = params;
      this.r = r;
      this.capacity = capacity;
    }

    private String name() {
      StringBuilder b = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
      int given = 1 + r.nextInt(2);
      for (int i = 0; i < given; i++) {
        b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
      }
      return b.toString();
    }

    private PersonId newPerson(String prefix) {
      return PersonId.of(String.format(Locale.ROOT, "%s-%07d", prefix, ++personSeq));
    }

    private Person person(PersonId id, Role... roles) {
      Person.Builder b = Person.builder().id(id).name(PersonName.of(name()));
      for (Role role : roles) {
        b.addRole(role);
      }
      return b.build();
    }

    private CreditCode code() {
      String body = String.format(Locale.ROOT, "%08d", 10_000_000 + ++codeSeq);
      String withOrg = "91150622" + body + CreditCode.organizationCheckCharacterOf(body);
      return CreditCode.of(withOrg + CreditCode.checkCharacterOf(withOrg));
    }

    private Organization organization(String id, OrganizationKind kind, String name, GridId grid,
        Optional<OrganizationId> parent, Optional<String> partyLevel) {
      Organization.Builder b = Organization.builder().id(OrganizationId.of(id)).kind(kind).name(name).addGrid(grid)
          .parent(parent).partyLevel(partyLevel);
      if (kind.requiresCreditCode()) {
        b.creditCode(code());
      }
      Organization o = b.build();
      organizations.add(o);
      return o;
    }

    private Post post(String id, PostKind kind, OrganizationId org, GridId scope, PersonId a, PersonId b) {
      Post p = Post.builder().id(PostId.of(id)).kind(kind).organization(org).scope(scope).holderA(a).holderB(b).build();
      posts.add(p);
      return p;
    }

    private void node(String id, String level, Optional<GridId> parent, String name) {
      nodes.add(GridNode.builder().id(GridId.of(id)).level(level).parent(parent).name(name).build());
    }

    Scenario build(ChannelPolicy channels) {
      boolean county = shape.streets() > 1;
      Optional<GridId> top = Optional.empty();
      if (county) {
        node("cty", "COUNTY", Optional.empty(), "合成旗");
        top = Optional.of(GridId.of("cty"));
      }
      Instant start = params.start().atStartOfDay(params.zone()).toInstant();
      Interval available = Interval.of(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(3660 + 366)));
      PersonId payer = null;
      OrganizationId firstNgo = null;
      for (int s = 1; s <= shape.streets(); s++) {
        String st = "st" + s;
        GridId street = GridId.of(st);
        node(st, "STREET", top, "合成街道" + s);
        Organization committee = organization(st + "-party", OrganizationKind.PARTY_ORGANIZATION, "合成街道" + s + "党工委",
            street, Optional.empty(), Optional.of("STREET_PARTY_COMMITTEE"));
        Role streetMember = Role.PartyMember.of(committee.id());
        PersonId secA = newPerson("s");
        PersonId secB = newPerson("s");
        PersonId treasurer = newPerson("s");
        persons.add(person(secA, streetMember));
        persons.add(person(secB, streetMember));
        persons.add(person(treasurer, streetMember));
        approvers.add(secA);
        approvers.add(secB);
        payer = payer == null ? treasurer : payer;
        post(st + "-exec", PostKind.EXECUTIVE_SECRETARY, committee.id(), street, secA, secB);
        organization(st + "-paired", OrganizationKind.PAIRED_UNIT, "合成结对共建单位" + s, street, Optional.empty(),
            Optional.empty());
        for (int c = 1; c <= shape.communitiesPerStreet(); c++) {
          String cm = st + "-c" + c;
          firstNgo = community(cm, street, committee.id(), available, firstNgo);
        }
      }
      GridHierarchy hierarchy = GridHierarchy.of(county ? LevelSchemes.COUNTY : LevelSchemes.URBAN, nodes);
      Roster roster = Roster.builder().addAllPersons(persons).addAllHouseholds(households)
          .addAllOrganizations(organizations).addAllSquads(squads).addAllPosts(posts).build();
      Fund fund = Fund.builder().id(FundId.of("fund-" + hierarchy.root().value())).name("共建实践金")
          .grid(hierarchy.root()).launchedOn(params.start().minusDays(30)).zone(params.zone()).build();
      DisbursementPolicy policy = FundPolicies.streetDefault("synthetic-street", approvers);
      OrganizationId donor = organizations.stream().filter(o -> o.kind().isCoBuildingUnit()).findFirst()
          .orElseThrow().id();
      Donation seedMoney = Donation.builder().id(EntryId.of("don-seed")).fund(fund.id())
          .at(params.start().minusDays(10).atStartOfDay(params.zone()).toInstant()).channel(DonationChannel.DIRECTED)
          .donorKind(DonationChannel.DIRECTED.donorKind()).donor(donor)
          .amount(Money.ofYuan(String.valueOf(100_000L * shape.streets() * shape.communitiesPerStreet()))).build();
      // the treasurer pays, unless the parameters name a payer
      SimulationParameters played = params.fundPayer().isPresent() ? params : params.withFundPayer(payer);
      return Scenario.builder().section(ScenarioSection.HIERARCHY, hierarchy).section(ScenarioSection.ROSTER, roster)
          .section(ScenarioSection.STAFFING_POLICY, STAFFING).section(ScenarioSection.RESOURCES, List.copyOf(resources))
          .section(ScenarioSection.CHANNEL_POLICY, channels)
          .section(ScenarioSection.POINTS_POLICY, RedStarPolicies.article())
          .section(ScenarioSection.SERVICE_CATALOGUE, RedStarPolicies.articleServices(firstNgo))
          .section(ScenarioSection.FUND, new FundSetup(fund, policy)).section(ScenarioSection.FUND_ENTRIES, List.of(seedMoney))
          .section(ScenarioSection.SIMULATION, played).build();
    }

    private OrganizationId community(String cm, GridId street, OrganizationId committee, Interval available,
        OrganizationId firstNgo) {
      GridId community = GridId.of(cm);
      node(cm, "COMMUNITY", Optional.of(street), "合成社区" + cm.substring(cm.indexOf('c')));
      Organization branch = organization(cm + "-branch", OrganizationKind.PARTY_ORGANIZATION, cm + "社区党支部",
          community, Optional.of(committee), Optional.of("COMMUNITY_PARTY_BRANCH"));
      Organization team = organization(cm + "-team", OrganizationKind.VOLUNTEER_TEAM, cm + "志愿服务队", community,
          Optional.of(branch.id()), Optional.empty());
      Organization station = organization(cm + "-station", OrganizationKind.SOCIAL_WORK_STATION, cm + "社工站",
          community, Optional.empty(), Optional.empty());
      Organization ngo = organization(cm + "-ngo", OrganizationKind.SOCIAL_ORGANIZATION, cm + "关爱协会", community,
          Optional.empty(), Optional.empty());
      GridId firstGrid = GridId.of(cm + "-g1");
      GridId lastGrid = GridId.of(cm + "-g" + shape.gridsPerCommunity());
      Organization unit1 = organization(cm + "-unit1", OrganizationKind.RESIDENT_UNIT, cm + "供电所", firstGrid,
          Optional.empty(), Optional.empty());
      Organization unit2 = organization(cm + "-unit2", OrganizationKind.RESIDENT_UNIT, cm + "卫生院", lastGrid,
          Optional.empty(), Optional.empty());
      organization(cm + "-shop", OrganizationKind.RESIDENT_MERCHANT, cm + "便民超市", firstGrid, Optional.empty(),
          Optional.empty());
      Role member = Role.PartyMember.of(branch.id());
      PersonId secA = newPerson("s");
      PersonId secB = newPerson("s");
      PersonId social = newPerson("s");
      PersonId deputy = newPerson("s");
      persons.add(person(secA, member));
      persons.add(person(secB, member));
      persons.add(person(social, new Role.SocialWorker(station.id())));
      persons.add(person(deputy, new Role.Deputy(DeputyKind.PEOPLES_CONGRESS_DEPUTY, Set.of(community))));
      approvers.add(secA);
      approvers.add(secB);
      post(cm + "-exec", PostKind.EXECUTIVE_SECRETARY, branch.id(), community, secA, secB);
      List<GridId> grids = new ArrayList<>();
      for (int g = 1; g <= shape.gridsPerCommunity(); g++) {
        grids.add(GridId.of(cm + "-g" + g));
      }
      PersonId police = newPerson("s");
      persons.add(person(police, new Role.PoliceOfficer(Set.copyOf(grids))));
      for (int g = 1; g <= shape.gridsPerCommunity(); g++) {
        grid(cm + "-g" + g, community, branch.id(), team.id(), social, police);
      }
      resource(cm + "-r-unit1", unit1.id(), Channel.CLAIM, Set.of("repair", "cleaning"), community, Money.ZERO,
          available);
      resource(cm + "-r-unit2", unit2.id(), Channel.CLAIM, Set.of("care", "health"), community, Money.ZERO, available);
      resource(cm + "-r-ngo", ngo.id(), Channel.PURCHASE, Set.of("care", "legal", "health"), community,
          Money.ofYuan("300"), available);
      resource(cm + "-r-station", station.id(), Channel.UNDERTAKE, Set.copyOf(CAPABILITIES), community, Money.ZERO,
          available);
      return firstNgo == null ? ngo.id() : firstNgo;
    }

    private void resource(String id, OrganizationId claimant, Channel channel, Set<String> capabilities, GridId cover,
        Money cost, Interval available) {
      resources.add(Resource.builder().id(ResourceId.of(id)).claimant(claimant).channel(channel)
          .addAllCapabilities(capabilities).addCoverage(cover).capacityPerPeriod(capacity * (1 + r.nextInt(3)))
          .costPerService(cost).available(available).build());
    }

    private void grid(String gd, GridId community, OrganizationId branch, OrganizationId team, PersonId social,
        PersonId police) {
      GridId grid = GridId.of(gd);
      node(gd, "GRID", Optional.of(community), "网格" + gd.substring(gd.lastIndexOf('g')));
      Role member = Role.PartyMember.of(branch);
      PersonId headA = newPerson("s");
      PersonId headB = newPerson("s");
      PersonId safety = newPerson("s");
      persons.add(person(headA, member));
      persons.add(person(headB, member));
      persons.add(person(safety, new Role.SafetyVolunteer(grid)));
      post(gd + "-head", PostKind.GRID_HEAD, branch, grid, headA, headB);
      PersonId liaison = null;
      PersonId firstLiaison = null;
      PersonId firstHead = null;
      int served = 0;
      for (int b = 1; b <= shape.buildingsPerGrid(); b++) {
        String bd = gd + "-b" + b;
        GridId building = GridId.of(bd);
        node(bd, "BUILDING", Optional.of(grid), bd.substring(bd.lastIndexOf('b') + 1) + "号楼");
        for (int h = 1; h <= shape.householdsPerBuilding(); h++) {
          HouseholdId hid = HouseholdId.of(String.format(Locale.ROOT, "h-%07d", ++householdSeq));
          int size = 1 + r.nextInt(shape.maxResidentsPerHousehold());
          List<PersonId> members = new ArrayList<>();
          boolean newLiaison = liaison == null || served >= 25;
          for (int k = 0; k < size; k++) {
            PersonId p = newPerson("p");
            List<Role> roles = new ArrayList<>();
            roles.add(new Role.Resident(hid));
            if (k == 0 && newLiaison) {
              roles.add(member);
              liaison = p;
              served = 0;
              firstLiaison = firstLiaison == null ? p : firstLiaison;
            } else if (r.nextInt(40) == 0) {
              roles.add(member);
            }
            if (k == 0 && h == 1) {
              roles.add(new Role.BuildingHead(building));
              firstHead = firstHead == null ? p : firstHead;
            }
            if (r.nextInt(25) == 0) {
              roles.add(new Role.Volunteer(team, Set.of(grid)));
            }
            persons.add(person(p, roles.toArray(new Role[0])));
            members.add(p);
          }
          served++;
          households.add(Household.builder().id(hid).grid(building).addAllMembers(members).liaison(liaison).build());
        }
      }
      TreeSet<PersonId> squad = new TreeSet<>(List.of(firstLiaison, social, firstHead, police, safety));
      squads.add(GridSquad.builder().grid(grid).addAllPersons(squad).build());
    }
  }
}
