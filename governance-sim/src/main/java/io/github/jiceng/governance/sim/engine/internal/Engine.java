package io.github.jiceng.governance.sim.engine.internal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.MatchingMode;
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
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.OutsideCalendarYearsException;
import io.github.jiceng.governance.model.volunteer.OutsideYears;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.audit.AuditReport;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.authority.AuthorityDecision;
import io.github.jiceng.governance.rules.authority.ScopedAuthority;
import io.github.jiceng.governance.rules.authority.Target;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.post.Acting;
import io.github.jiceng.governance.rules.post.ActingHolders;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One run of a simulation: the fixed scenario and its indexes, the random streams, the event log,
 * the state the desks change, and the day loop. It is also the {@link StepView} the invariants
 * read after every day.
 */
public final class Engine implements StepView {

  // ------------------------------------------------------------------------------- fixed inputs

  final Setting scenario;
  final SimulationParameters params;
  final GridHierarchy hierarchy;
  final ZoneId zone;
  final long seed;
  final int days;
  final SimulationOptions options;
  final MatchingMode matching;
  final Roster roster;
  final ScopedAuthority authority;
  final DemandLifecycle lifecycle;
  final Instant start;
  final AuditReport audit;
  final Indexes index;

  // ---------------------------------------------------------------------------- random streams

  final SplittableRandom rAbsence;
  final SplittableRandom rArrivals;
  final SplittableRandom rReview;
  final SplittableRandom rAvailability;
  final SplittableRandom rService;
  final SplittableRandom rRatings;
  final SplittableRandom rChurn;
  final SplittableRandom rVolunteers;
  final SplittableRandom rCheckIns;
  final SplittableRandom rPlaces;
  final SplittableRandom rDonations;
  final SplittableRandom rDisbursements;
  final SplittableRandom rClues;
  final SplittableRandom rProposals;
  final SplittableRandom rRedemptions;

  // ------------------------------------------------------------------------------ the event log

  private long sequence;
  private final List<SimulationEvent> stepEvents = new ArrayList<>();
  private final List<SimulationEvent> allEvents = new ArrayList<>();
  private final EnumMap<EventKind, Long> counts = new EnumMap<>(EventKind.class);

  // ---------------------------------------------------------------------------------- the clock

  int day;
  Instant dayStart;
  LocalDate date;

  // ---------------------------------------------------------------------------- the posts state

  final TreeMap<PostId, Acting> acting = new TreeMap<>();

  // -------------------------------------------------------------------------- the demands state

  final TreeMap<DemandId, DemandStatus> statuses = new TreeMap<>();
  final EnumMap<DemandState, TreeSet<DemandId>> byState = new EnumMap<>(DemandState.class);
  final Map<DemandId, List<DemandEvent>> histories = new HashMap<>();
  final TreeSet<DemandId> touched = new TreeSet<>();
  final TreeMap<ResourceId, Integer> loads = new TreeMap<>();
  final TreeMap<YearMonth, Money> purchaseSpending = new TreeMap<>();

  // ------------------------------------------------------------------------------------ desks

  final PointsDesk points;
  final DemandDesk demands;
  final CommunityDesk community;
  final FundDesk fund;
  final ClueDesk clues;
  final ProposalHandling proposals;

  // ----------------------------------------------------------------------------- day counters

  int raisedToday;
  int claimedToday;
  int closedToday;
  long pointsAwardedToday;
  long pointsOutstanding;
  /** The money the logged donations and payments carry, the file's history included. */
  private Money loggedDonated = Money.ZERO;
  private Money loggedPaid = Money.ZERO;
  Money fundInToday = Money.ZERO;
  Money fundOutToday = Money.ZERO;
  final List<DayFigures> daily = new ArrayList<>();

  /**
   * Prepares a run: indexes the scenario, splits the seed into one stream per kind of happening,
   * draws the absences of the whole run and builds the roster and the scoped-authority rule.
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
    this.hierarchy = scenario.hierarchy();
    this.zone = params.zone();
    this.matching = options.matching();
    this.start = scenario.startInstant();
    this.lifecycle = DemandLifecycle.withSatisfactoryRating(scenario.satisfactoryRating());
    SplittableRandom root = new SplittableRandom(seed);
    // one stream per generator, split in a fixed order: a policy change in one desk does not move
    // the draws of another (common random numbers for comparisons)
    rAbsence = root.split();
    rArrivals = root.split();
    rReview = root.split();
    rAvailability = root.split();
    rService = root.split();
    rRatings = root.split();
    rChurn = root.split();
    rVolunteers = root.split();
    rCheckIns = root.split();
    rPlaces = root.split();
    rDonations = root.split();
    rDisbursements = root.split();
    rClues = root.split();
    rProposals = root.split();
    rRedemptions = root.split();
    this.audit = DualHierarchyAudit.audit(hierarchy, scenario.roster(), scenario.staffing());
    this.roster = withAbsences(scenario.roster());
    this.authority = ScopedAuthority.of(hierarchy, roster, scenario.authority());
    this.index = new Indexes(scenario, roster);
    for (DemandState s : DemandState.values()) {
      byState.put(s, new TreeSet<>());
    }
    for (Resource r : scenario.resources()) {
      loads.put(r.id(), 0);
    }
    this.points = new PointsDesk(this);
    this.demands = new DemandDesk(this);
    this.community = new CommunityDesk(this);
    this.fund = new FundDesk(this);
    this.clues = new ClueDesk(this);
    this.proposals = new ProposalHandling(this);
    this.day = -1;
    this.dayStart = start;
    this.date = params.start();
  }

  /**
   * The scenario's roster with the absences of post holders drawn for the whole run, each holder
   * from a stream of their own: a holder's absences do not depend on the run's length, so a
   * shorter run is the start of a longer one.
   */
  private Roster withAbsences(Roster given) {
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
    return day + 1 >= days;
  }

  /** Returns the next day to simulate, from 0. */
  public int nextDay() {
    return day + 1;
  }

  /**
   * Simulates the next day and, if asked, checks every invariant.
   *
   * @return this engine as the view of the day just simulated
   * @throws InvariantBrokenException if invariants are checked and one broke
   * @throws IllegalStateException if every day has been simulated
   */
  public StepView step() {
    if (done()) {
      throw new IllegalStateException("all " + days + " days are simulated");
    }
    day++;
    date = params.start().plusDays(day);
    dayStart = date.atStartOfDay(zone).toInstant();
    forgetFinishedHistories();
    stepEvents.clear();
    touched.clear();
    raisedToday = 0;
    claimedToday = 0;
    closedToday = 0;
    pointsAwardedToday = 0;
    fundInToday = Money.ZERO;
    fundOutToday = Money.ZERO;
    if (day == 0) {
      setUp();
    }
    points.expire(dayStart);
    watchPosts();
    demands.arrivals(at(8, 0));
    demands.review(at(10, 0), at(10, 30));
    demands.match(at(11, 0));
    demands.serve(at(12, 0));
    community.checkIns(at(13, 0), at(17, 0));
    community.volunteers(at(17, 30));
    fund.day(at(18, 0), at(18, 30));
    clues.day(at(19, 0));
    proposals.day(at(20, 0));
    points.redemptions(at(21, 0));
    figures();
    if (options.checkInvariants()) {
      List<InvariantViolation> broken = Invariants.check(this);
      if (!broken.isEmpty()) {
        throw new InvariantBrokenException(broken);
      }
    }
    options.progress().ifPresent(p -> p.dayDone(day, days, sequence));
    return this;
  }

  /** Returns the instant of a time of the current day. */
  Instant at(int hour, int minute) {
    return date.atTime(hour, minute).atZone(zone).toInstant();
  }

  private void setUp() {
    emit(EventKind.ROSTER_AUDITED, start, null, null, null, ids(), "the dual-hierarchy audit of the roster found "
        + audit.violations().size() + " violation(s)" + (audit.violations().isEmpty() ? "" : "; first: "
        + audit.violations().get(0).rule() + " on " + audit.violations().get(0).subject()), null);
    for (Resource r : new TreeMap<>(index.resourcesById).values()) {
      emit(EventKind.RESOURCE_LISTED, start, r.claimant(), null, null,
          ids(SimulationEvent.RESOURCE, r.id().value(), SimulationEvent.ORGANIZATION, r.claimant().value()),
          "resource " + r.id() + " of " + r.claimant() + " through " + r.channel() + ", capacity "
              + r.capacityPerPeriod() + ", " + r.capabilities(), new EventPayload.OfResource(r));
    }
    fund.open();
    demands.initial();
    clues.initial();
    proposals.initial();
  }

  /** The start of the next calendar day in the zone: 23 or 25 hours away on a day the clocks change. */
  private Instant nextDayStart() {
    return date.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The last day an absence keeps its holder away: the day before the one they act again. */
  private String lastDayAway(Absence a) {
    ZonedDateTime end = a.period().end().atZone(zone);
    return end.toLocalTime().equals(LocalTime.MIDNIGHT) ? " through " + end.toLocalDate().minusDays(1)
        : " until " + end.toLocalDateTime();
  }

  private void watchPosts() {
    Instant next = nextDayStart();
    for (Absence a : sortedAbsences()) {
      if (!a.period().start().isBefore(dayStart) && a.period().start().isBefore(next)) {
        emit(EventKind.ABSENCE_STARTED, a.period().start(), a.person(), null, null,
            ids(SimulationEvent.PERSON, a.person().value()), a.person() + " is away (" + a.kind() + ")"
                + lastDayAway(a), null);
      }
    }
    for (Post post : index.postsById.values()) {
      Acting now = ActingHolders.resolve(post, holdersAbsences(post), dayStart);
      Acting before = acting.put(post.id(), now);
      if (!now.equals(before)) {
        SortedMap<String, String> ids = ids(SimulationEvent.POST, post.id().value());
        String text;
        if (now instanceof Acting.Holder h) {
          ids.put(SimulationEvent.PERSON, h.person().value());
          text = h.person() + " acts on post " + post.id() + " as " + h.slot()
              + (h.slot() == io.github.jiceng.governance.model.post.HolderSlot.B ? " (A away or unassigned)" : "");
        } else {
          text = "post " + post.id() + " is vacant: " + ((Acting.Vacant) now).reason();
        }
        emit(EventKind.ACTING_CHANGED, dayStart, now instanceof Acting.Holder h ? h.person() : null, post.scope(), null,
            ids, text, null);
      }
    }
  }

  private @Nullable List<Absence> sortedAbsencesCache;

  private List<Absence> sortedAbsences() {
    if (sortedAbsencesCache == null) {
      List<Absence> all = new ArrayList<>(roster.absences());
      all.sort((a, b) -> {
        int c = a.period().start().compareTo(b.period().start());
        return c != 0 ? c : a.compareTo(b);
      });
      sortedAbsencesCache = all;
    }
    return sortedAbsencesCache;
  }

  List<Absence> holdersAbsences(Post post) {
    List<Absence> out = new ArrayList<>();
    for (PersonId h : post.holders()) {
      out.addAll(roster.absencesOf(h));
    }
    return out;
  }

  private void figures() {
    int open = 0;
    List<DemandStatus> openStatuses = new ArrayList<>();
    for (DemandState s : DemandState.values()) {
      if (!s.isFinal()) {
        for (DemandId id : byState.get(s)) {
          openStatuses.add(statuses.get(id));
        }
        open += byState.get(s).size();
      }
    }
    int overdue = lifecycle.overdue(openStatuses, scenario.deadlines(), nextDayStart()).size();
    daily.add(new DayFigures(day, date, raisedToday, claimedToday, closedToday, open, overdue, pointsAwardedToday,
        pointsOutstanding, fundInToday, fundOutToday, fund.balance(), stepEvents.size()));
  }

  /** Drops the histories of demands the last step finished: the invariants have seen them. */
  private void forgetFinishedHistories() {
    for (DemandId id : touched) {
      DemandStatus s = statuses.get(id);
      if (s != null && s.state().isFinal()) {
        histories.remove(id);
      }
    }
  }

  // ------------------------------------------------------------------------------ event emission

  /** Returns the prefix and the number, zero-padded to the width: {@code id("d-", 42, 7)} is {@code d-0000042}. */
  static String id(String prefix, long number, int width) {
    String digits = Long.toString(number);
    StringBuilder b = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
    for (int i = digits.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(digits).toString();
  }

  /** Returns ids from key, value pairs, sorted by key. */
  static SortedMap<String, String> ids(String... keysAndValues) {
    SortedMap<String, String> out = new TreeMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** Appends an event to the log and sends it to the sink. */
  SimulationEvent emit(EventKind kind, Instant at, @Nullable ActorId actor, @Nullable GridId grid,
      @Nullable Action action, SortedMap<String, String> ids, String detail, @Nullable EventPayload payload) {
    String text = detail.length() > SimulationEvent.MAX_DETAIL_LENGTH
        ? detail.substring(0, SimulationEvent.MAX_DETAIL_LENGTH - 3) + "..." : detail;
    SimulationEvent e = new SimulationEvent(++sequence, Math.max(day, 0), at, kind, Optional.ofNullable(actor),
        Optional.ofNullable(grid), Optional.ofNullable(action), ids, text, Optional.ofNullable(payload));
    stepEvents.add(e);
    if (options.retainEvents()) {
      allEvents.add(e);
    }
    counts.merge(kind, 1L, Long::sum);
    // the fund's flows as the log records them, for the invariant to hold against the books
    if (payload instanceof EventPayload.OfFundEntry f) {
      if (kind == EventKind.DONATION_RECEIVED) {
        loggedDonated = loggedDonated.plus(f.entry().amount());
      } else if (kind == EventKind.DISBURSEMENT_PAID) {
        loggedPaid = loggedPaid.plus(f.entry().amount());
      }
    }
    options.sink().ifPresent(s -> s.accept(e));
    return e;
  }

  /** Logs a refusal by a rule. */
  void refused(Instant at, @Nullable ActorId actor, @Nullable GridId grid, SortedMap<String, String> ids, String detail) {
    emit(EventKind.REFUSED, at, actor, grid, null, ids, detail, null);
  }

  // ------------------------------------------------------------------------- handlers, authority

  /**
   * Finds who handles a step at the grid and checks the step with scoped authority. Logs a
   * {@link EventKind#REFUSED} when every handling post above the grid is vacant, and an
   * {@link EventKind#AUTHORITY_DENIED} when the rule denies the handler.
   *
   * @return the handler allowed to take the action, or empty (logged)
   */
  Optional<PersonId> handler(GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step) {
    return handler(grid, action, at, ids, step, Set.of());
  }

  /**
   * Finds who handles a step at the grid, passing over the posts whose acting holder is one of
   * {@code excluded} (a fund's approvers, who may not raise what they approve); see
   * {@link #handler(GridId, Action, Instant, SortedMap, String)}.
   */
  Optional<PersonId> handler(GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step,
      Set<PersonId> excluded) {
    List<Post> candidates = index.handlingPosts(grid);
    for (Post post : candidates) {
      Acting a = acting.get(post.id());
      if (a instanceof Acting.Holder h && excluded.contains(h.person())) {
        continue;
      }
      if (a instanceof Acting.Holder h) {
        return allowed(h.person(), grid, action, at, ids, step) ? Optional.of(h.person()) : Optional.empty();
      }
    }
    StringBuilder why = new StringBuilder("no one may ").append(step).append(" at ").append(grid).append(": ");
    if (candidates.isEmpty()) {
      why.append("no handling post covers the grid");
    } else {
      for (int i = 0; i < candidates.size(); i++) {
        Post p = candidates.get(i);
        why.append(i == 0 ? "" : ", ").append("post ").append(p.id());
        if (acting.get(p.id()) instanceof Acting.Vacant v) {
          why.append(" is vacant (").append(v.reason()).append(')');
        } else {
          why.append("'s acting holder may not take this step");
        }
      }
    }
    refused(at, null, grid, ids, why.toString());
    return Optional.empty();
  }

  /** Returns the handler at the grid without logging, if any post above it has an acting holder. */
  Optional<PersonId> quietHandler(GridId grid) {
    for (Post post : index.handlingPosts(grid)) {
      if (acting.get(post.id()) instanceof Acting.Holder h) {
        return Optional.of(h.person());
      }
    }
    return Optional.empty();
  }

  /** Asks scoped authority; logs a denial. */
  boolean allowed(ActorId actor, GridId grid, Action action, Instant at, SortedMap<String, String> ids, String step) {
    AuthorityDecision d = authority.decide(actor, Target.of(grid, action), at);
    if (d instanceof AuthorityDecision.Denied denied) {
      emit(EventKind.AUTHORITY_DENIED, at, actor, grid, null, ids, "scoped authority denies " + actor.value() + " "
          + action + " at " + grid + " (" + step + "): " + denied.reason() + ": " + denied.detail(), null);
      return false;
    }
    return true;
  }

  /** Asks scoped authority without logging. */
  boolean mayAct(ActorId actor, GridId grid, Action action, Instant at) {
    return authority.decide(actor, Target.of(grid, action), at).isAllowed();
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
    Interval period = Interval.of(start, params.start().plusDays(days).atStartOfDay(zone).toInstant());
    Assessments ranks = new Assessments(this, period);
    return new SimulationResult(scenario.scenario(), scenario.parameters(), seed, days, options, period, List.copyOf(allEvents), sequence,
        Collections.unmodifiableMap(new EnumMap<>(counts)), audit, demands.fiveLists(),
        Collections.unmodifiableMap(new TreeMap<>(statuses)), demands.waitingTimes(), points.entries(),
        points.totals(), fund.book(), clues.registers(), proposals.records(), ranks.members(), ranks.units(),
        List.copyOf(daily));
  }

  // ------------------------------------------------------------------------------ the step view

  @Override
  public int day() {
    return day;
  }

  @Override
  public Instant dayStart() {
    return dayStart;
  }

  @Override
  public List<SimulationEvent> events() {
    return Collections.unmodifiableList(stepEvents);
  }

  @Override
  public long demandsRaised() {
    return demands.raised();
  }

  @Override
  public Map<DemandId, DemandStatus> demandStatuses() {
    return Collections.unmodifiableMap(statuses);
  }

  @Override
  public Map<DemandState, ? extends Set<DemandId>> demandsByState() {
    return Collections.unmodifiableMap(byState);
  }

  @Override
  public Collection<DemandId> demandsTouched() {
    return Collections.unmodifiableSet(touched);
  }

  @Override
  public List<DemandEvent> demandHistory(DemandId demand) {
    List<DemandEvent> h = histories.get(demand);
    return h == null ? List.of() : Collections.unmodifiableList(h);
  }

  @Override
  public DemandLifecycle lifecycle() {
    return lifecycle;
  }

  @Override
  public List<Resource> resources() {
    return scenario.resources();
  }

  @Override
  public Map<ResourceId, Integer> resourceLoads() {
    return Collections.unmodifiableMap(loads);
  }

  @Override
  public Money purchaseBudgetPerMonth() {
    return params.purchaseBudgetPerMonth();
  }

  @Override
  public Map<YearMonth, Money> purchaseSpending() {
    return Collections.unmodifiableMap(purchaseSpending);
  }

  @Override
  public long pointsLogged() {
    return pointsOutstanding;
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
  public Money fundDonated() {
    return loggedDonated;
  }

  @Override
  public Money fundPaid() {
    return loggedPaid;
  }

  @Override
  public Roster roster() {
    return roster;
  }

  @Override
  public Map<PostId, Acting> actingRegister() {
    return Collections.unmodifiableMap(acting);
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
