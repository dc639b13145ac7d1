package io.github.jiceng.governance.sim.report;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.Person;
import io.github.jiceng.governance.model.actor.Role;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.ArticleVenues;
import io.github.jiceng.governance.model.venue.Room;
import io.github.jiceng.governance.model.venue.Venue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.Tally;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.report.ArticleFigure.Comparison;
import io.github.jiceng.governance.sim.report.ArticleFigure.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The source article's figures checked against a scenario (文章数据核对): each figure the article
 * reports about 准格尔旗, beside the value the rules derive from the scenario's records and whether
 * the two agree. Nothing is read off a number written for the purpose: every value is a count of
 * roster entries, the venue's declared floor area, a figure of the five-lists report, of the
 * fund's transparency report or of the clue register's summary.
 *
 * <p>The figures, where the scenario holds them, and how each is derived:
 *
 * <ul>
 *   <li>站北社区 ({@link #ZHANBEI}) has 12 volunteer teams: the roster's organizations of kind
 *       {@code VOLUNTEER_TEAM} whose grids all lie in the community.
 *   <li>3千多名 volunteers sent down to its grids: the persons with a volunteer role in one of those
 *       teams whose grids all lie strictly below the community.
 *   <li>The 3,900 m² party-masses service centre: the floor area of {@link ArticleVenues#zhanbeiCentre()},
 *       when the scenario holds the centre (its grid is in the hierarchy and every room is one of the
 *       scenario's resources, by id).
 *   <li>70余场次 activities a year reaching 近2万人次: the services and their beneficiaries in the
 *       five-lists report of the community over the activity year, the calendar year in which the
 *       scenario's records end ({@link #activityYear()}). Person-times count a resident once per
 *       service.
 *   <li>南苑社区 ({@link #NANYUAN}) fostered 3 social-work stations: organizations of kind
 *       {@code SOCIAL_WORK_STATION} whose grids all lie in the community.
 *   <li>A team of 1,212 volunteers: the members the roster lists for the community's largest
 *       volunteer team.
 *   <li>蓝天街道's ({@link #LANTIAN}) co-building fund, launched on 2021-06-09: the scenario's fund,
 *       when it is the street's; its launch day.
 *   <li>300多万元 from co-building units and 3.6万元 from shops, party members and residents: the
 *       fund's transparency report from its launch to {@link #asOf()}, its donors of kind
 *       {@code CO_BUILDING_UNIT} and of every other kind; the ledger is recorded entry by entry
 *       through the fund's books, and an entry the books refuse is left out, as the simulator
 *       leaves it out.
 *   <li>66 issue clues, 12 directed projects completed and 22,000余 residents expected to benefit:
 *       the summary of a clue register into which the street's clue cases are replayed step by
 *       step through the clue rules (a step the rules refuse is left out); collected clues,
 *       completed {@code FUND_DIRECTED_PROJECT}s, and their expected beneficiaries.
 * </ul>
 *
 * <p><b>How beneficiaries are counted.</b> The expected beneficiaries are the clue register's
 * figure: the sum of each directed project's evaluated expected beneficiaries over the projects
 * decided (decided, started or completed). A resident whom two projects serve is counted once per
 * project, twice in all, as the article adds up its projects' expected beneficiaries; the records
 * name no residents, so nothing could be deduplicated. Person-times (人次) of the activities are
 * likewise counted once per service.
 *
 * <p>A figure whose data the scenario does not hold (no roster, no service chain, another fund,
 * no clues, none of the article's places) is {@link ArticleFigure.Status#NOT_IN_SCENARIO}, never a
 * match. The places are the seed scenario's ids ({@code seeds/jungar-banner/scenario.json}), as
 * {@link ArticleVenues} names them.
 *
 * @param asOf the instant the scenario's records are read at: the start of the run
 * @param activityYear the calendar year, in the run's zone, in which the scenario's records end:
 *     the year of the activities counted
 * @param figures the article's figures, in the article's order
 */
public record ArticleCheck(Instant asOf, int activityYear, List<ArticleFigure> figures) {

  /** 站北社区, the community of the volunteer teams, the service centre and the activities. */
  public static final GridId ZHANBEI = GridId.of("zhanbei");

  /** 南苑社区, the community of the social-work stations and the team of 1,212. */
  public static final GridId NANYUAN = GridId.of("nanyuan");

  /** 蓝天街道, the street of the co-building fund and the issue clues. */
  public static final GridId LANTIAN = GridId.of("lantian");

  /** Key of 站北社区's volunteer teams (12支). */
  public static final String ZHANBEI_TEAMS = "zhanbei.volunteer-teams";

  /** Key of the volunteers in 站北社区's grids (3千多名). */
  public static final String ZHANBEI_VOLUNTEERS = "zhanbei.volunteers-in-grids";

  /** Key of the service centre's floor area (3900平米). */
  public static final String ZHANBEI_CENTRE_AREA = "zhanbei.centre-floor-area";

  /** Key of 站北社区's activities a year (70余场次). */
  public static final String ZHANBEI_ACTIVITIES = "zhanbei.activities-a-year";

  /** Key of the person-times its activities reach (近2万人次). */
  public static final String ZHANBEI_PERSON_TIMES = "zhanbei.person-times-a-year";

  /** Key of 南苑社区's social-work stations (3家). */
  public static final String NANYUAN_STATIONS = "nanyuan.social-work-stations";

  /** Key of 南苑社区's team of volunteers (1212名). */
  public static final String NANYUAN_TEAM = "nanyuan.volunteer-team";

  /** Key of the fund's launch day (2021年6月9日). */
  public static final String FUND_LAUNCH = "lantian.fund-launched";

  /** Key of what the co-building units gave (300多万元). */
  public static final String FUND_FROM_UNITS = "lantian.fund-from-units";

  /** Key of what shops, party members and residents gave (3.6万元). */
  public static final String FUND_FROM_OTHERS = "lantian.fund-from-others";

  /** Key of the issue clues collected (66条). */
  public static final String CLUES = "lantian.clues-collected";

  /** Key of the directed projects completed (12个). */
  public static final String DIRECTED_PROJECTS = "lantian.directed-projects-completed";

  /** Key of the residents expected to benefit (22000余人). */
  public static final String EXPECTED_BENEFICIARIES = "lantian.expected-beneficiaries";

  /** Checks that nothing is null and copies the figures. */
  public ArticleCheck {
    requireNonNull(asOf, "asOf");
    figures = List.copyOf(figures);
  }

  /**
   * Checks the article's figures against the scenario of a run, as it stood when the run started.
   *
   * @param run the run
   * @return the check
   */
  public static ArticleCheck of(SimulationResult run) {
    requireNonNull(run, "run");
    return of(run.scenario(), run.period().start(), run.parameters().zone());
  }

  /**
   * Checks the article's figures against a scenario's records.
   *
   * @param scenario the scenario
   * @param asOf the instant its records are read at: the fund's report ends here, and the
   *     activity year is the calendar year of the instant just before it
   * @param zone the zone whose calendar gives the activity year
   * @return the check
   */
  public static ArticleCheck of(Scenario scenario, Instant asOf, ZoneId zone) {
    requireNonNull(scenario, "scenario");
    requireNonNull(asOf, "asOf");
    requireNonNull(zone, "zone");
    int year = LocalDate.ofInstant(asOf.minusNanos(1), zone).getYear();
    return new Derivation(scenario, asOf, zone, year).figures();
  }

  /**
   * Returns the figure of a key.
   *
   * @param key one of the keys above
   * @return the figure, if the check has it
   */
  public Optional<ArticleFigure> figure(String key) {
    requireNonNull(key, "key");
    return figures.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /**
   * Returns whether every figure matches.
   *
   * @return {@code true} when every figure's status is {@link ArticleFigure.Status#MATCHES}
   */
  public boolean allMatch() {
    return !figures.isEmpty() && figures.stream().allMatch(ArticleFigure::matches);
  }

  /**
   * Returns how many figures have a status.
   *
   * @param status the status
   * @return how many figures have it
   */
  public int count(ArticleFigure.Status status) {
    requireNonNull(status, "status");
    return (int) figures.stream().filter(f -> f.status() == status).count();
  }

  /**
   * Returns whether the scenario holds any of the article's figures: reports show the table only
   * then, so that a scenario of other places does not open with a table of absences.
   *
   * @return {@code true} when some figure is derived
   */
  public boolean anyInScenario() {
    return count(ArticleFigure.Status.NOT_IN_SCENARIO) < figures.size();
  }

  /** The derivation of every figure from one scenario. */
  private static final class Derivation {

    private final Scenario scenario;
    private final Instant asOf;
    private final ZoneId zone;
    private final int year;
    private final GridHierarchy hierarchy;
    private final Optional<Roster> roster;
    private final List<ArticleFigure> out = new ArrayList<>();

    Derivation(Scenario scenario, Instant asOf, ZoneId zone, int year) {
      this.scenario = scenario;
      this.asOf = asOf;
      this.zone = zone;
      this.year = year;
      this.hierarchy = scenario.hierarchy();
      this.roster = scenario.section(ScenarioSection.ROSTER);
    }

    ArticleCheck figures() {
      zhanbei();
      nanyuan();
      lantian();
      return new ArticleCheck(asOf, year, out);
    }

    private void add(String key, String chinese, String english, Comparison comparison, Unit unit, long stated,
        OptionalLong derived) {
      out.add(ArticleFigure.of(key, chinese, english, comparison, unit, stated, derived));
    }

    /** Whether the node is the root or below it, both in the hierarchy. */
    private boolean within(GridId root, GridId node) {
      return hierarchy.contains(node) && (root.equals(node) || hierarchy.isAncestorOf(root, node));
    }

    private boolean strictlyWithin(GridId root, GridId node) {
      return hierarchy.contains(node) && hierarchy.isAncestorOf(root, node);
    }

    /** The roster, when the scenario has one and the hierarchy the place. */
    private Optional<Roster> rosterOf(GridId place) {
      return hierarchy.contains(place) ? roster : Optional.empty();
    }

    /** The organizations of a kind whose grids all lie in the place. */
    private static List<Organization> organizations(Roster r, OrganizationKind kind, GridId place,
        BiPredicate<GridId, GridId> within) {
      return r.organizations().stream().filter(o -> o.kind() == kind)
          .filter(o -> !o.grids().isEmpty() && o.grids().stream().allMatch(g -> within.test(place, g))).toList();
    }

    /** How many persons the roster lists as volunteers of each team. */
    private static Map<OrganizationId, Integer> members(Roster r) {
      Map<OrganizationId, Integer> n = new HashMap<>();
      for (Person p : r.persons()) {
        Set<OrganizationId> teams = new HashSet<>();
        for (Role role : p.roles()) {
          if (role instanceof Role.Volunteer v) {
            teams.add(v.team());
          }
        }
        teams.forEach(t -> n.merge(t, 1, Integer::sum));
      }
      return n;
    }

    private void zhanbei() {
      Optional<Roster> r = rosterOf(ZHANBEI);
      List<Organization> teams = r.map(x -> organizations(x, OrganizationKind.VOLUNTEER_TEAM, ZHANBEI, this::within))
          .orElse(List.of());
      add(ZHANBEI_TEAMS, "站北社区有12支“志愿服务团队”",
          "Zhanbei community: 12 volunteer service teams",
          Comparison.EXACTLY, Unit.TEAMS, 12, r.map(x -> OptionalLong.of(teams.size())).orElse(OptionalLong.empty()));
      OptionalLong inGrids = r.map(x -> {
        Set<OrganizationId> ids = new HashSet<>();
        teams.forEach(t -> ids.add(t.id()));
        return OptionalLong.of(x.persons().stream().filter(p -> p.roles().stream().anyMatch(role ->
            role instanceof Role.Volunteer v && ids.contains(v.team()) && !v.grids().isEmpty()
                && v.grids().stream().allMatch(g -> strictlyWithin(ZHANBEI, g)))).count());
      }).orElse(OptionalLong.empty());
      add(ZHANBEI_VOLUNTEERS, "站北社区3千多名志愿者下沉到网格",
          "Zhanbei community: over 3,000 volunteers sent down to its grids",
          Comparison.OVER, Unit.VOLUNTEERS, 3000, inGrids);

      Venue centre = ArticleVenues.zhanbeiCentre();
      Set<String> resources = new HashSet<>();
      scenario.section(ScenarioSection.RESOURCES).ifPresent(rs -> rs.forEach(x -> resources.add(x.id().value())));
      boolean held = hierarchy.contains(centre.grid()) && !centre.rooms().isEmpty()
          && centre.rooms().stream().map(Room::id).allMatch(id -> resources.contains(id.value()));
      add(ZHANBEI_CENTRE_AREA, "站北社区建成了3900平米党群服务中心",
          "Zhanbei community: a party-masses service centre of 3,900 m²",
          Comparison.EXACTLY, Unit.SQUARE_METRES, 3900,
          held ? OptionalLong.of(centre.floorArea()) : OptionalLong.empty());

      Optional<FiveLists> chain = scenario.section(ScenarioSection.SERVICE_CHAIN).filter(c -> hierarchy.contains(ZHANBEI));
      Optional<Tally> activities = chain.map(c -> FiveListsReport.of(c, hierarchy, ZHANBEI,
          Interval.of(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(),
              LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant())).total());
      add(ZHANBEI_ACTIVITIES, "站北社区每年开展的各类公益活动有70余场次",
          "Zhanbei community: over 70 public-service activities a year",
          Comparison.OVER, Unit.ACTIVITIES, 70,
          activities.map(t -> OptionalLong.of(t.services())).orElse(OptionalLong.empty()));
      add(ZHANBEI_PERSON_TIMES, "站北社区受益群众近2万人次",
          "Zhanbei community: nearly 20,000 person-times benefit",
          Comparison.NEARLY, Unit.PERSON_TIMES, 20_000,
          activities.map(t -> OptionalLong.of(t.serviceBeneficiaries())).orElse(OptionalLong.empty()));
    }

    private void nanyuan() {
      Optional<Roster> r = rosterOf(NANYUAN);
      add(NANYUAN_STATIONS, "南苑社区自我培育3家社会工作服务站",
          "Nanyuan community: 3 social-work stations of its own fostering",
          Comparison.EXACTLY, Unit.STATIONS, 3, r.map(x -> OptionalLong.of(
              organizations(x, OrganizationKind.SOCIAL_WORK_STATION, NANYUAN, this::within).size()))
              .orElse(OptionalLong.empty()));
      OptionalLong largest = r.map(x -> {
        Map<OrganizationId, Integer> members = members(x);
        return OptionalLong.of(organizations(x, OrganizationKind.VOLUNTEER_TEAM, NANYUAN, this::within).stream()
            .mapToLong(t -> members.getOrDefault(t.id(), 0)).max().orElse(0));
      }).orElse(OptionalLong.empty());
      add(NANYUAN_TEAM, "南苑社区一支由1212名志愿者组成的服务队",
          "Nanyuan community: a service team of 1,212 volunteers",
          Comparison.EXACTLY, Unit.VOLUNTEERS, 1212, largest);
    }

    private void lantian() {
      Optional<FundSetup> fund = scenario.section(ScenarioSection.FUND).filter(f -> f.fund().grid().equals(LANTIAN)
          && hierarchy.contains(LANTIAN));
      add(FUND_LAUNCH, "蓝天街道自2021年6月9日“共建实践金”项目启动",
          "Lantian street: the co-building fund launched on 2021-06-09",
          Comparison.EXACTLY, Unit.DAY, LocalDate.of(2021, 6, 9).toEpochDay(),
          fund.map(f -> OptionalLong.of(f.fund().launchedOn().toEpochDay())).orElse(OptionalLong.empty()));
      Optional<List<LedgerEntry>> entries = scenario.section(ScenarioSection.FUND_ENTRIES);
      Optional<TransparencyReport> report = fund.flatMap(f -> entries.map(es -> transparency(f, es)));
      add(FUND_FROM_UNITS, "蓝天街道共建单位筹集资金共计300多万元",
          "Lantian street: co-building units raised over 3 million yuan",
          Comparison.OVER, Unit.FEN, 300_000_000L,
          report.map(t -> OptionalLong.of(donors(t, true))).orElse(OptionalLong.empty()));
      add(FUND_FROM_OTHERS, "蓝天街道驻地商铺、党员、居民共筹集资金3.6万元",
          "Lantian street: shops, party members and residents raised 36,000 yuan",
          Comparison.EXACTLY, Unit.FEN, 3_600_000L,
          report.map(t -> OptionalLong.of(donors(t, false))).orElse(OptionalLong.empty()));

      Optional<ClueSummary> clues = scenario.section(ScenarioSection.CLUES).filter(cs -> hierarchy.contains(LANTIAN))
          .map(cs -> {
            List<ClueCase> street = cs.stream().filter(c -> within(LANTIAN, c.clue().grid())).toList();
            return ClueReplay.register(street).summary();
          });
      add(CLUES, "蓝天街道征集到问题线索66条",
          "Lantian street: 66 issue clues collected", Comparison.EXACTLY, Unit.CLUES, 66,
          clues.map(s -> OptionalLong.of(s.collected())).orElse(OptionalLong.empty()));
      add(DIRECTED_PROJECTS, "蓝天街道已完成12个“定向投”项目",
          "Lantian street: 12 directed-investment projects completed",
          Comparison.EXACTLY, Unit.PROJECTS, 12, clues.map(s -> OptionalLong.of(
              s.completed().getOrDefault(ImplementationMode.FUND_DIRECTED_PROJECT, 0))).orElse(OptionalLong.empty()));
      add(EXPECTED_BENEFICIARIES, "蓝天街道预计受益群众达22000余人",
          "Lantian street: over 22,000 residents expected to benefit",
          Comparison.OVER, Unit.RESIDENTS, 22_000, clues.map(s -> OptionalLong.of(
              s.expectedBeneficiaries().getOrDefault(ImplementationMode.FUND_DIRECTED_PROJECT, 0L)))
              .orElse(OptionalLong.empty()));
    }

    /** The fund's transparency report from its launch to the instant read, entries the books refuse left out. */
    private TransparencyReport transparency(FundSetup setup, List<LedgerEntry> entries) {
      FundBook book = FundBook.open(setup.fund(), setup.policy());
      // the pledges first, so that the donations paying them are recorded; a pledge moves no money
      for (Pledge p : scenario.section(ScenarioSection.FUND_PLEDGES).orElse(List.of())) {
        FundBook.Step step = book.pledge(p);
        if (step.decision() instanceof Decision.Applied) {
          book = step.book();
        }
      }
      for (LedgerEntry e : entries) {
        FundBook.Step step = book.record(e);
        if (step.decision() instanceof Decision.Applied) {
          book = step.book();
        }
      }
      Instant launched = setup.fund().launchedAt();
      return TransparencyReports.of(book, Interval.of(launched, asOf.isAfter(launched) ? asOf : launched.plusNanos(1)));
    }

    /** The fen the co-building units gave, or everyone else. */
    private static long donors(TransparencyReport t, boolean units) {
      long fen = 0;
      for (TransparencyReport.DonorKindLine l : t.donors()) {
        if ((l.kind() == DonorKind.CO_BUILDING_UNIT) == units) {
          fen += l.amount().fen();
        }
      }
      return fen;
    }
  }
}
