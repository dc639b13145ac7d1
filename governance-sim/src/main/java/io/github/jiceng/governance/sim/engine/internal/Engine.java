package io.github.jiceng.governance.sim.engine.internal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.post.Absence;
import io.github.jiceng.governance.model.post.AbsenceKind;
import io.github.jiceng.governance.model.post.Post;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.venue.GrantId;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.OutsideCalendarYearsException;
import io.github.jiceng.governance.model.volunteer.OutsideYears;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.audit.AuditReport;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.authority.ScopedAuthority;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import io.github.jiceng.governance.rules.venue.SpaceLedger;
import io.github.jiceng.governance.sim.engine.DayFigures;
import io.github.jiceng.governance.sim.engine.InvariantBrokenException;
import io.github.jiceng.governance.sim.engine.InvariantViolation;
import io.github.jiceng.governance.sim.engine.Invariants;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.engine.StepView;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One run of a simulation: the fixed scenario, the random streams split from the seed, and the
 * phases of a day wired together and run in a fixed order. Each phase owns its state and is
 * changed only through its own methods; the engine holds no state of the run but the phases and
 * the clock. It is also the {@link StepView} the invariants read after every day, answered by
 * the phases' queries.
 *
 * <p>A day: points expire at midnight; absences and acting holders; arrivals (08:00); review
 * (10:00) and grouping (10:30); matching and dispatch (11:00); service, rating, closing and churn
 * (12:00); check-ins (13:00, audited at 17:00); volunteer records (17:30); the fund (18:00,
 * decisions at 18:30); clues (19:00); proposals (20:00); redemptions (21:00).
 */
public final class Engine implements StepView {

  // ------------------------------------------------------------------------------- fixed inputs

  private final Setting scenario;
  private final SimulationParameters params;
  private final long seed;
  private final int days;
  private final SimulationOptions options;
  private final Roster roster;
  private final ScopedAuthority authority;
  private final Instant start;
  private final AuditReport audit;
  private final Indexes index;

  // ------------------------------------------------------------------------ the clock, the log

  private final RunClock clock;
  private final EventLog log;

  // ---------------------------------------------------------------------------------- phases

  private final PostsPhase posts;
  private final DemandBook demands;
  private final PointsPhase points;
  private final ArrivalsPhase arrivals;
  private final ReviewPhase review;
  private final DispatchPhase dispatch;
  private final ServicePhase service;
  private final CheckInsPhase checkIns;
  private final VolunteersPhase volunteers;
  private final FundPhase fund;
  private final CluesPhase clues;
  private final ProposalsPhase proposals;
  private final SpacePhase space;
  private final CoBuildingPhase coBuilding;

  private final List<DayFigures> daily = new ArrayList<>();

  /**
   * Prepares a run: indexes the scenario, splits the seed into one stream per kind of happening,
   * draws the absences of the whole run, builds the roster and the scoped-authority rule, and
   * wires the phases.
   *
   * @param scenario the scenario
   * @param seed the seed
   * @param days the days to simulate; at least 1
   * @param options how to run
   */
  public Engine(Setting scenario, long seed, int days, SimulationOptions options) {
    this.scenario = requireNonNull(scenario, "scenario");
    this.options = requireNonNull(options, "options");
    if (days < 1 || days > 3660) {
      throw new IllegalArgumentException("a run is 1-3660 days, was " + days);
    }
    this.seed = seed;
    this.days = days;
    checkCalendarCovers(scenario, days);
    this.params = scenario.parameters();
    GridHierarchy hierarchy = scenario.hierarchy();
    this.start = scenario.startInstant();
    SplittableRandom root = new SplittableRandom(seed);
    // one stream per generator, split in a fixed order: a policy change in one phase does not move
    // the draws of another (common random numbers for comparisons)
    SplittableRandom rAbsence = root.split();
    SplittableRandom rArrivals = root.split();
    SplittableRandom rReview = root.split();
    SplittableRandom rAvailability = root.split();
    SplittableRandom rService = root.split();
    SplittableRandom rRatings = root.split();
    SplittableRandom rChurn = root.split();
    SplittableRandom rVolunteers = root.split();
    SplittableRandom rCheckIns = root.split();
    SplittableRandom rPlaces = root.split();
    SplittableRandom rDonations = root.split();
    SplittableRandom rDisbursements = root.split();
    SplittableRandom rClues = root.split();
    SplittableRandom rProposals = root.split();
    SplittableRandom rRedemptions = root.split();
    this.audit = DualHierarchyAudit.audit(hierarchy, scenario.roster(), scenario.staffing());
    this.roster = withAbsences(scenario.roster(), rAbsence, params, days);
    this.authority = ScopedAuthority.of(hierarchy, roster, scenario.authority());
    this.index = new Indexes(scenario, roster);
    this.clock = new RunClock(params.start(), params.zone(), start);
    this.log = new EventLog(clock, options);
    Partitions partitions = new Partitions(hierarchy, params.partitionLevel(), index);
    this.posts = new PostsPhase(roster, authority, index, clock, log);
    this.demands = new DemandBook(DemandLifecycle.withSatisfactoryRating(scenario.satisfactoryRating()), log,
        options.checkInvariants());
    this.points = new PointsPhase(scenario, log, rRedemptions);
    this.arrivals = new ArrivalsPhase(params, index, demands, posts, rArrivals);
    this.review = new ReviewPhase(hierarchy, params.reviewAcceptPerMille(), clock, log, partitions, demands, posts,
        rReview);
    this.dispatch = new DispatchPhase(scenario, options.matching(), clock, log, index, partitions, demands, posts,
        rAvailability, rService);
    this.service = new ServicePhase(scenario, clock, index, demands, dispatch, posts, points, rService, rRatings, rChurn);
    this.checkIns = new CheckInsPhase(scenario, index, log, points, rCheckIns, rPlaces);
    this.volunteers = new VolunteersPhase(scenario, clock, index, log, posts, points, rVolunteers);
    this.fund = new FundPhase(scenario, clock, index, log, posts, points, rDonations, rDisbursements);
    this.clues = new CluesPhase(scenario, clock, index, partitions, log, posts, fund, rClues);
    this.proposals = new ProposalsPhase(scenario, clock, index, partitions, log, posts, points, rProposals);
    this.space = new SpacePhase(scenario, log);
    this.coBuilding = new CoBuildingPhase(scenario, log);
  }

  /**
   * The scenario's roster with the absences of post holders drawn for the whole run, each holder
   * from a stream of their own: a holder's absences do not depend on the run's length, so a
   * shorter run is the start of a longer one.
   */
  private static Roster withAbsences(Roster given, SplittableRandom rAbsence, SimulationParameters params, int days) {
    ZoneId zone = params.zone();
    TreeSet<PersonId> holders = new TreeSet<>();
    for (Post p : given.posts()) {
      holders.addAll(p.holders());
    }
    List<Absence> drawn = new ArrayList<>();
    AbsenceKind[] kinds = AbsenceKind.values();
    for (PersonId person : holders) {
      SplittableRandom r = rAbsence.split();
      int d = 0;
      while (d < days) {
        if (Draws.chance(r, params.absences().perMillePerDay())) {
          int length = Draws.between(r, params.absences().days());
          Instant from = params.start().plusDays(d).atStartOfDay(zone).toInstant();
          Instant to = params.start().plusDays((long) d + length).atStartOfDay(zone).toInstant();
          drawn.add(new Absence(person, Interval.of(from, to), kinds[r.nextInt(kinds.length)]));
          d += length;
        } else {
          d++;
        }
      }
    }
    if (drawn.isEmpty()) {
      return given;
    }
    return Roster.builder().addAllPersons(given.persons()).addAllHouseholds(given.households())
        .addAllOrganizations(given.organizations()).addAllSquads(given.squads()).addAllPosts(given.posts())
        .addAllAbsences(given.absences()).addAllAbsences(drawn).build();
  }

  // ----------------------------------------------------------------------------------- the loop

  /** Returns whether every day has been simulated. */
  public boolean done() {
    return clock.day() + 1 >= days;
  }

  /** Returns the next day to simulate, from 0. */
  public int nextDay() {
    return clock.day() + 1;
  }

  /**
   * Simulates the next day, its phases in their fixed order, and, if asked, checks every invariant.
   *
   * @return this engine as the view of the day just simulated
   * @throws InvariantBrokenException if invariants are checked and one broke
   * @throws IllegalStateException if every day has been simulated
   */
  public StepView step() {
    if (done()) {
      throw new IllegalStateException("all " + days + " days are simulated");
    }
    clock.advance();
    demands.beginDay();
    log.beginDay();
    arrivals.beginDay();
    dispatch.beginDay();
    service.beginDay();
    points.beginDay();
    fund.beginDay();
    if (clock.day() == 0) {
      setUp();
    }
    points.expire(clock.dayStart());
    posts.watch();
    arrivals.arrive(clock.at(8, 0));
    review.review(clock.at(10, 0), clock.at(10, 30));
    dispatch.match(clock.at(11, 0));
    service.serve(clock.at(12, 0));
    space.deliver(service.deliveredToday(), clock.at(12, 0));
    coBuilding.serviced(service.deliveredToday());
    checkIns.checkIns(clock.at(13, 0), clock.at(17, 0));
    volunteers.volunteers(clock.at(17, 30));
    space.review(clock.at(17, 45));
    coBuilding.day(clock.date(), clock.at(17, 45));
    fund.day(clock.at(18, 0), clock.at(18, 30));
    clues.day(clock.at(19, 0));
    proposals.day(clock.at(20, 0));
    points.redemptions(clock.at(21, 0));
    figures();
    if (options.checkInvariants()) {
      List<InvariantViolation> broken = Invariants.check(this);
      if (!broken.isEmpty()) {
        throw new InvariantBrokenException(broken);
      }
    }
    options.progress().ifPresent(p -> p.dayDone(clock.day(), days, log.sequence()));
    return this;
  }

  /** The first day's start: the roster's audit, the resources, then what the scenario holds already. */
  private void setUp() {
    log.emit(EventKind.ROSTER_AUDITED, start, null, null, null, EventLog.ids(), "the dual-hierarchy audit of the "
        + "roster found " + audit.violations().size() + " violation(s)" + (audit.violations().isEmpty() ? ""
        : "; first: " + audit.violations().get(0).rule() + " on " + audit.violations().get(0).subject()), null);
    for (Resource r : index.resources()) {
      log.emit(EventKind.RESOURCE_LISTED, start, r.claimant(), null, null,
          EventLog.ids(SimulationEvent.RESOURCE, r.id().value(), SimulationEvent.ORGANIZATION, r.claimant().value()),
          "resource " + r.id() + " of " + r.claimant() + " through " + r.channel() + ", capacity "
              + r.capacityPerPeriod() + ", " + r.capabilities(), new EventPayload.OfResource(r));
    }
    fund.open();
    space.open(start);
    coBuilding.open(start);
    arrivals.initial(scenario.initialDemands());
    clues.initial();
    proposals.initial();
  }

  private void figures() {
    int open = 0;
    List<DemandStatus> openStatuses = new ArrayList<>();
    for (DemandState s : DemandState.values()) {
      if (!s.isFinal()) {
        for (DemandId id : demands.inState(s)) {
          openStatuses.add(demands.status(id));
        }
        open += demands.inState(s).size();
      }
    }
    int overdue = demands.lifecycle().overdue(openStatuses, scenario.deadlines(), clock.nextDayStart()).size();
    daily.add(new DayFigures(clock.day(), clock.date(), arrivals.raisedToday(), dispatch.claimedToday(),
        service.closedToday(), open, overdue, points.awardedToday(), points.outstanding(), fund.inToday(),
        fund.outToday(), fund.balance(), log.today().size()));
  }

  // ------------------------------------------------------------------------------- the result

  /**
   * Builds the result after the last day: the five lists, the ledgers, the rankings.
   *
   * @return the result
   * @throws IllegalStateException if days are left to simulate
   */
  public SimulationResult finish() {
    if (!done()) {
      throw new IllegalStateException("day " + nextDay() + " of " + days + " is still to simulate");
    }
    Interval period = Interval.of(start, params.start().plusDays(days).atStartOfDay(params.zone()).toInstant());
    Assessments ranks = new Assessments(scenario, roster, index, checkIns, volunteers, proposals, dispatch, service,
        period);
    FiveLists fiveLists = FiveLists.of(demands.demands(), scenario.resources(), review.projects(), service.services(),
        service.outcomes());
    return new SimulationResult(scenario.scenario(), scenario.parameters(), seed, days, options, period, log.all(),
        log.sequence(), log.counts(), audit, fiveLists, Collections.unmodifiableMap(new TreeMap<>(demands.statuses())),
        dispatch.waitingTimes(), points.entries(), points.totals(), fund.book(), clues.registers(), proposals.records(),
        ranks.members(), ranks.units(), List.copyOf(daily), space.ledgers(), coBuilding.cases());
  }

  // ------------------------------------------------------------------------------ the step view

  @Override
  public int day() {
    return clock.day();
  }

  @Override
  public Instant dayStart() {
    return clock.dayStart();
  }

  @Override
  public List<SimulationEvent> events() {
    return log.today();
  }

  @Override
  public long demandsRaised() {
    return demands.raised();
  }

  @Override
  public Map<DemandId, DemandStatus> demandStatuses() {
    return demands.statuses();
  }

  @Override
  public Map<DemandState, ? extends Set<DemandId>> demandsByState() {
    return demands.byState();
  }

  @Override
  public Collection<DemandId> demandsTouched() {
    return demands.touched();
  }

  @Override
  public List<DemandEvent> demandHistory(DemandId demand) {
    return demands.history(demand);
  }

  @Override
  public DemandLifecycle lifecycle() {
    return demands.lifecycle();
  }

  @Override
  public List<Resource> resources() {
    return scenario.resources();
  }

  @Override
  public Map<ResourceId, Integer> resourceLoads() {
    return dispatch.loads();
  }

  @Override
  public Money purchaseBudgetPerMonth() {
    return params.purchaseBudgetPerMonth();
  }

  @Override
  public Map<YearMonth, Money> purchaseSpending() {
    return dispatch.purchaseSpending();
  }

  @Override
  public long pointsLogged() {
    return points.outstanding();
  }

  @Override
  public List<AccountTotals> pointsTotals() {
    return points.totals();
  }

  @Override
  public Optional<Ledger> fundLedger() {
    return fund.ledger();
  }

  @Override
  public List<PledgeStanding> fundPledges() {
    return fund.pledges();
  }

  @Override
  public List<SpaceLedger> spaceLedgers() {
    return space.ledgers();
  }

  @Override
  public Duration spaceDelivered(GrantId grant) {
    return space.taken(grant);
  }

  @Override
  public Money fundDonated() {
    return log.donated();
  }

  @Override
  public Money fundPaid() {
    return log.paid();
  }

  @Override
  public Roster roster() {
    return roster;
  }

  @Override
  public Map<PostId, Acting> actingRegister() {
    return posts.register();
  }

  @Override
  public ScopedAuthority authority() {
    return authority;
  }

  /**
   * Refuses a run whose working calendar would be asked about days it refuses: the run's days and
   * the {@link Simulator#CALENDAR_MARGIN_DAYS} after them must lie within its covered years.
   */
  private static void checkCalendarCovers(Setting scenario, int days) {
    WorkingCalendar calendar = scenario.calendar();
    if (calendar.outsideYears() != OutsideYears.REFUSE || calendar.years().isEmpty()) {
      return;
    }
    LocalDate first = scenario.parameters().start();
    LocalDate last = first.plusDays(days - 1L + Simulator.CALENDAR_MARGIN_DAYS);
    if (!calendar.covers(first) || !calendar.covers(last)) {
      CalendarYears years = calendar.years().get();
      throw new DomainValidationException(new Violation("Scenario[" + scenario.name() + "]", "calendar",
          OutsideCalendarYearsException.RULE, "the run from " + first + " for " + days + " days needs the working "
          + "calendar's data up to " + last + ", but it covers the years " + years
          + "; give the scenario a calendar covering them, or one that counts weekends only outside its years")
          .with("day", calendar.covers(first) ? last : first).with("first", years.first()).with("last", years.last()));
    }
  }
}
