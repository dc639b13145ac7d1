package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.ClueSource;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.clue.ClueScreening;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.sim.model.ClueStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Issue clues (问题线索): residents and grid workers report them; the handler of the clue's grid
 * merges reports of the same problem (as {@code ClueScreening} suggests), rejects or screens,
 * evaluates, decides how each is solved (a directed project paid by the fund, a co-building
 * unit's claim, or the service chain), starts it (a directed project once it is paid) and
 * completes it. Every step is decided by {@code ClueRules} on the partition's {@link ClueRegister}.
 * Owns the registers (one per partition), which clues are active and since when, the fund
 * requests of directed projects and how often each was asked, the numbering of clues and their
 * projects, and the clues' random stream.
 */
final class CluesPhase {

  private static final ClueRules RULES = ClueRules.decider();
  private static final RejectionReason[] REASONS = {RejectionReason.OUT_OF_REMIT, RejectionReason.ALREADY_RESOLVED,
      RejectionReason.INSUFFICIENT_INFORMATION, RejectionReason.UNFEASIBLE};
  private static final Priority[] PRIORITIES = Priority.values();
  /** Days a directed project waits before the fund is asked again after a refusal or a decline. */
  private static final int RETRY_DAYS = 7;
  /** How often the fund is asked for one directed project at most; then the clue waits, decided. */
  private static final int MAX_ASKS = 3;

  private final Setting scenario;
  private final RunClock clock;
  private final Indexes index;
  private final Partitions partitions;
  private final EventLog log;
  private final PostsPhase posts;
  private final FundPhase fund;
  private final SplittableRandom random;
  private final Optional<ClueStream> spec;
  /** One register per matching partition (community): registers copy themselves on every step. */
  private final TreeMap<GridId, ClueRegister> registers = new TreeMap<>();
  private final Map<ClueId, GridId> partitionOf = new HashMap<>();
  private final TreeSet<ClueId> active = new TreeSet<>();
  private final Map<ClueId, Integer> dayCollected = new HashMap<>();
  private final Map<ClueId, Integer> dayStarted = new HashMap<>();
  private final Map<ClueId, Integer> duration = new HashMap<>();
  private final Map<ClueId, RequestId> requests = new HashMap<>();
  private final Map<ClueId, Integer> lastAsked = new HashMap<>();
  private final Map<ClueId, Integer> asked = new HashMap<>();
  private long clueSeq;
  private long projectSeq;

  CluesPhase(Setting scenario, RunClock clock, Indexes index, Partitions partitions, EventLog log, PostsPhase posts,
      FundPhase fund, SplittableRandom random) {
    this.scenario = scenario;
    this.clock = clock;
    this.index = index;
    this.partitions = partitions;
    this.log = log;
    this.posts = posts;
    this.fund = fund;
    this.random = random;
    this.spec = scenario.parameters().clues();
  }

  /** The registers, one per partition that has clues, in partition id order. */
  List<ClueRegister> registers() {
    return List.copyOf(registers.values());
  }

  private ClueRegister reg(GridId grid) {
    return registers.getOrDefault(partitions.of(grid), ClueRegister.empty());
  }

  private Optional<ClueCase> find(ClueId id) {
    GridId p = partitionOf.get(id);
    return p == null ? Optional.empty() : registers.get(p).find(id);
  }

  private static SortedMap<String, String> ids(ClueId id) {
    return EventLog.ids(SimulationEvent.CLUE, id.value());
  }

  /** Decides a step on the register of the grid's partition, changing nothing yet. */
  private Decision<ClueEvent> decideOn(GridId grid, ClueCommand command) {
    return RULES.decide(command, reg(grid));
  }

  /** Folds an applied step into the register of the grid's partition. */
  private void fold(GridId grid, Decision<ClueEvent> d) {
    registers.put(partitions.of(grid), RULES.fold(reg(grid), d.events()));
  }

  /** A refusal as the event log writes it: the code's name and the detail. */
  private static String refusal(Refusal r) {
    return r.code() + ": " + r.detail();
  }

  /** Decides a step on the grid's register; takes and logs it, or logs the register's refusal. */
  private boolean take(ClueCommand command, EventKind kind, Instant at, PersonId by, GridId grid, Action action,
      SortedMap<String, String> ids, String detail) {
    Decision<ClueEvent> d = decideOn(grid, command);
    if (d instanceof Decision.Applied) {
      fold(grid, d);
      log.emit(kind, at, by, grid, action, ids, detail, null);
      return true;
    }
    if (d instanceof Decision.Refused<ClueEvent> r) {
      log.refused(at, by, grid, ids, "the clue register refuses: " + refusal(r.refusal()));
    }
    return false;
  }

  /** One recorded step of an initial clue, to take again in time order. */
  private record Replay(Instant at, int order, ClueCase c) {}

  /**
   * Takes the scenario's clues again through the register, step by step in the order they were
   * recorded (a merge needs its primary screened and not yet completed, which only time order
   * guarantees); those not finished stay to be worked on.
   */
  void initial() {
    List<Replay> steps = new ArrayList<>();
    for (ClueCase c : scenario.initialClues()) {
      steps.add(new Replay(c.clue().reportedAt(), 0, c));
      c.screenedAt().ifPresent(t -> steps.add(new Replay(t, 1, c)));
      c.rejection().ifPresent(r -> steps.add(new Replay(r.at(), 2, c)));
      c.evaluation().ifPresent(v -> steps.add(new Replay(v.at(), 3, c)));
      c.implementation().ifPresent(i -> steps.add(new Replay(i.decidedAt(), 4, c)));
      c.startedAt().ifPresent(t -> steps.add(new Replay(t, 5, c)));
      c.completion().ifPresent(x -> steps.add(new Replay(x.at(), 6, c)));
    }
    steps.sort((a, b) -> {
      int k = a.at.compareTo(b.at);
      k = k != 0 ? k : Integer.compare(a.order, b.order);
      return k != 0 ? k : a.c.id().compareTo(b.c.id());
    });
    for (Replay r : steps) {
      ClueCase c = r.c;
      GridId grid = c.clue().grid();
      SortedMap<String, String> ids = ids(c.id());
      String before = " (recorded before the simulation)";
      switch (r.order) {
        case 0 -> collect(c.clue());
        case 1 -> {
          if (c.mergedInto().isPresent()) {
            ids.put("primary", c.mergedInto().get().value());
            history(new ClueCommand.Merge(c.id(), c.mergedInto().get(), r.at), EventKind.CLUE_MERGED, r.at, grid, ids,
                c.id() + " merged into " + c.mergedInto().get() + before);
          } else {
            history(new ClueCommand.Screen(c.id(), r.at), EventKind.CLUE_SCREENED, r.at, grid, ids, c.id() + " screened in"
                + before);
          }
        }
        case 2 -> history(new ClueCommand.Reject(c.id(), c.rejection().orElseThrow()), EventKind.CLUE_REJECTED, r.at, grid,
            ids, c.id() + " rejected: " + c.rejection().get().reason() + before);
        case 3 -> history(new ClueCommand.Evaluate(c.id(), c.evaluation().orElseThrow()), EventKind.CLUE_EVALUATED, r.at,
            grid, ids, c.id() + " evaluated: " + c.evaluation().get().estimatedCost() + before);
        case 4 -> {
          Implementation impl = c.implementation().orElseThrow();
          ids.put(SimulationEvent.PROJECT, impl.project().value());
          history(new ClueCommand.Decide(c.id(), impl), EventKind.CLUE_DECIDED, r.at, grid, ids, c.id() + " decided as "
              + impl.mode() + " " + impl.project() + before);
        }
        case 5 -> {
          if (history(new ClueCommand.Start(c.id(), r.at), EventKind.CLUE_STARTED, r.at, grid, ids, c.id() + " started"
              + before)) {
            dayStarted.put(c.id(), 0);
            duration.put(c.id(), spec.map(x -> Draws.between(random, x.daysToComplete())).orElse(1));
          }
        }
        default -> history(new ClueCommand.Complete(c.id(), c.completion().orElseThrow()), EventKind.CLUE_COMPLETED, r.at,
            grid, ids, c.id() + " completed, " + c.completion().get().beneficiaries() + " residents served" + before);
      }
    }
    active.removeIf(id -> find(id).orElseThrow().status().isFinal());
    for (ClueId id : active) {
      dayCollected.put(id, -1);
    }
  }

  /** Takes a recorded step again; logs it, or the register's refusal. */
  private boolean history(ClueCommand command, EventKind kind, Instant at, GridId grid,
      SortedMap<String, String> ids, String detail) {
    Decision<ClueEvent> d = decideOn(grid, command);
    if (d instanceof Decision.Applied) {
      fold(grid, d);
      log.emit(kind, at, null, grid, null, ids, detail, null);
      return true;
    }
    if (d instanceof Decision.Refused<ClueEvent> r) {
      log.refused(at, null, grid, ids, "the clue register refuses a recorded step: " + refusal(r.refusal()));
    }
    return false;
  }

  /** Works the clues reported before today, then collects today's. */
  void day(Instant at) {
    mergeOrScreen(at);
    for (ClueId id : new ArrayList<>(active)) {
      ClueCase c = find(id).orElseThrow();
      if (c.status() == ClueStatus.SCREENED) {
        evaluate(c, at);
      }
    }
    List<ClueCase> evaluated = new ArrayList<>();
    for (ClueId id : active) {
      ClueCase c = find(id).orElseThrow();
      if (c.status() == ClueStatus.EVALUATED && dayCollected.getOrDefault(id, -1) < clock.day()) {
        evaluated.add(c);
      }
    }
    for (ClueCase c : ClueScreening.rank(evaluated)) {
      decide(c, at);
    }
    for (ClueId id : new ArrayList<>(active)) {
      ClueCase c = find(id).orElseThrow();
      if (c.status() == ClueStatus.DECIDED) {
        start(c, at);
      } else if (c.status() == ClueStatus.IN_PROGRESS && clock.day() >= dayStarted.get(id) + duration.get(id)) {
        complete(c, at);
      }
    }
    active.removeIf(id -> find(id).orElseThrow().status().isFinal());
    arrivals(at);
  }

  private void mergeOrScreen(Instant at) {
    List<IssueClue> open = new ArrayList<>();
    for (ClueId id : active) {
      open.add(find(id).orElseThrow().clue());
    }
    Map<ClueId, ClueId> mergeInto = new HashMap<>();
    for (List<ClueId> group : ClueScreening.suggestDuplicates(open)) {
      Optional<ClueId> primary = group.stream().filter(id -> {
        ClueStatus s = find(id).orElseThrow().status();
        return s != ClueStatus.COLLECTED && !s.isFinal();
      }).findFirst();
      primary.ifPresent(p -> group.forEach(id -> {
        if (!id.equals(p) && find(id).orElseThrow().status() == ClueStatus.COLLECTED) {
          mergeInto.put(id, p);
        }
      }));
    }
    for (ClueId id : new ArrayList<>(active)) {
      ClueCase c = find(id).orElseThrow();
      if (c.status() != ClueStatus.COLLECTED || dayCollected.getOrDefault(id, -1) >= clock.day()) {
        continue;
      }
      GridId grid = c.clue().grid();
      SortedMap<String, String> ids = ids(id);
      Optional<PersonId> by = posts.handler(grid, Action.ADVISE, at, ids, "screen clue " + id);
      if (by.isEmpty()) {
        continue;
      }
      ClueId primary = mergeInto.get(id);
      if (primary != null) {
        ids.put("primary", primary.value());
        take(new ClueCommand.Merge(id, primary, at), EventKind.CLUE_MERGED, at, by.get(), grid, Action.ADVISE, ids,
            by.get() + " merges " + id + " into " + primary + " (the same problem)");
      } else if (Draws.chance(random, spec.map(ClueStream::rejectPerMille).orElse(0))) {
        RejectionReason reason = REASONS[random.nextInt(REASONS.length)];
        take(new ClueCommand.Reject(id, new ClueRejection(reason, "经核实：" + reason.name().toLowerCase(Locale.ROOT), at)),
            EventKind.CLUE_REJECTED, at, by.get(), grid, Action.ADVISE, ids, by.get() + " rejects " + id + ": " + reason);
      } else {
        take(new ClueCommand.Screen(id, at), EventKind.CLUE_SCREENED, at, by.get(), grid, Action.ADVISE, ids,
            by.get() + " screens " + id + " in (" + c.clue().category() + ")");
      }
    }
  }

  private void evaluate(ClueCase c, Instant at) {
    if (spec.isEmpty()) {
      return;
    }
    ClueStream s = spec.get();
    GridId grid = c.clue().grid();
    Optional<PersonId> by = posts.handler(grid, Action.ADVISE, at, ids(c.id()), "evaluate clue " + c.id());
    if (by.isEmpty()) {
      return;
    }
    Evaluation ev = new Evaluation(at, Draws.yuan(random, s.cost()), Draws.between(random, s.beneficiaries()),
        PRIORITIES[random.nextInt(PRIORITIES.length)]);
    take(new ClueCommand.Evaluate(c.id(), ev), EventKind.CLUE_EVALUATED, at, by.get(), grid, Action.ADVISE, ids(c.id()),
        by.get() + " evaluates " + c.id() + ": " + ev.estimatedCost() + " for " + ev.expectedBeneficiaries()
            + " residents, " + ev.priority());
  }

  private void decide(ClueCase c, Instant at) {
    GridId grid = c.clue().grid();
    SortedMap<String, String> ids = ids(c.id());
    Optional<PersonId> by = posts.handler(grid, Action.DISPATCH, at, ids, "decide clue " + c.id());
    if (by.isEmpty()) {
      return;
    }
    Map<ImplementationMode, Integer> weights = new EnumMap<>(ImplementationMode.class);
    weights.putAll(spec.map(ClueStream::modeWeights).orElse(Map.of(ImplementationMode.SERVICE_CHAIN, 1)));
    if (!fund.serves(grid)) {
      weights.remove(ImplementationMode.FUND_DIRECTED_PROJECT);
    }
    Optional<Organization> unit = nearestUnit(grid);
    if (unit.isEmpty()) {
      weights.remove(ImplementationMode.CO_BUILDING_CLAIM);
    }
    if (weights.values().stream().mapToInt(Integer::intValue).sum() == 0) {
      weights.put(ImplementationMode.SERVICE_CHAIN, 1);
    }
    ImplementationMode mode = Draws.weighted(random, weights);
    ProjectId project = ProjectId.of(EventLog.id("cp-", ++projectSeq, 7));
    Implementation impl = switch (mode) {
      case FUND_DIRECTED_PROJECT -> Implementation.fundDirected(project, at);
      case CO_BUILDING_CLAIM -> Implementation.claimedBy(unit.orElseThrow().id(), project, at);
      case SERVICE_CHAIN -> Implementation.serviceChain(project, at);
    };
    ids.put(SimulationEvent.PROJECT, project.value());
    if (take(new ClueCommand.Decide(c.id(), impl), EventKind.CLUE_DECIDED, at, by.get(), grid, Action.DISPATCH, ids,
        by.get() + " decides " + c.id() + " as " + mode + " " + project + impl.claimant().map(u -> " claimed by " + u)
            .orElse(""))) {
      if (mode == ImplementationMode.FUND_DIRECTED_PROJECT) {
        fundProject(find(c.id()).orElseThrow(), at);
      }
    }
  }

  private Optional<Organization> nearestUnit(GridId grid) {
    GridId p = partitions.of(grid);
    for (Organization o : index.coBuildingUnits()) {
      if (o.grids().stream().anyMatch(g -> index.within(p, g))) {
        return Optional.of(o);
      }
    }
    return index.coBuildingUnits().isEmpty() ? Optional.empty() : Optional.of(index.coBuildingUnits().get(0));
  }

  /** Asks the fund to pay a directed project: for the unit that builds it, or the handler's community. */
  private void fundProject(ClueCase c, Instant at) {
    Implementation impl = c.implementation().orElseThrow();
    GridId grid = c.clue().grid();
    Optional<PersonId> handler = posts.quietHandler(grid);
    Optional<Organization> unit = nearestUnit(grid);
    if (handler.isEmpty() && unit.isEmpty()) {
      return;
    }
    ActorId recipient = unit.map(u -> (ActorId) u.id()).orElseGet(handler::get);
    Evaluation ev = c.evaluation().orElseThrow();
    lastAsked.put(c.id(), clock.day());
    asked.merge(c.id(), 1, Integer::sum);
    fund.request(OutflowCategory.DIRECTED_PROJECT, Optional.of(impl.project()), recipient, ev.expectedBeneficiaries(),
        grid, ev.estimatedCost(), at, "定向投项目 " + impl.project()).ifPresent(r -> requests.put(c.id(), r));
  }

  private void start(ClueCase c, Instant at) {
    Implementation impl = c.implementation().orElseThrow();
    if (impl.mode() == ImplementationMode.FUND_DIRECTED_PROJECT) {
      RequestId r = requests.get(c.id());
      CaseStatus status = r == null ? CaseStatus.DECLINED : fund.status(r).orElse(CaseStatus.DECLINED);
      if (fund.paidFor(impl.project())) {
        status = CaseStatus.PAID;
      }
      if (status == CaseStatus.DECLINED && clock.day() - lastAsked.getOrDefault(c.id(), clock.day()) >= RETRY_DAYS
          && asked.getOrDefault(c.id(), 0) < MAX_ASKS) {
        requests.remove(c.id());
        fundProject(c, at);
      }
      if (status != CaseStatus.PAID) {
        return;
      }
    } else if (!impl.decidedAt().isBefore(clock.dayStart())) {
      return;
    }
    GridId grid = c.clue().grid();
    SortedMap<String, String> ids = ids(c.id());
    ids.put(SimulationEvent.PROJECT, impl.project().value());
    Optional<PersonId> by = posts.handler(grid, Action.DISPATCH, at, ids, "start clue " + c.id());
    if (by.isPresent() && take(new ClueCommand.Start(c.id(), at), EventKind.CLUE_STARTED, at, by.get(), grid, Action.DISPATCH,
        ids, by.get() + " starts " + impl.project() + " for " + c.id())) {
      dayStarted.put(c.id(), clock.day());
      duration.put(c.id(), spec.map(s -> Draws.between(random, s.daysToComplete())).orElse(1));
    }
  }

  private void complete(ClueCase c, Instant at) {
    GridId grid = c.clue().grid();
    SortedMap<String, String> ids = ids(c.id());
    Optional<PersonId> by = posts.handler(grid, Action.DISPATCH, at, ids, "complete clue " + c.id());
    if (by.isEmpty()) {
      return;
    }
    int served = c.evaluation().map(Evaluation::expectedBeneficiaries).orElse(0);
    take(new ClueCommand.Complete(c.id(), new Completion(at, served)), EventKind.CLUE_COMPLETED, at, by.get(), grid,
        Action.DISPATCH, ids, by.get() + " completes " + c.implementation().orElseThrow().project() + " for " + c.id()
            + ", " + served + " residents served");
  }

  private void arrivals(Instant at) {
    if (spec.isEmpty()) {
      return;
    }
    ClueStream s = spec.get();
    for (GridId node : index.streamNodes(s.level(), s.within())) {
      int n = Draws.poisson(random, s.milliPerDay());
      for (int k = 0; k < n; k++) {
        ClueCategory category = Draws.pick(random, s.categories());
        String topic = category.key().toLowerCase(Locale.ROOT) + "-" + (1 + random.nextInt(s.topicsPerCategory()));
        IssueClue.Builder b = IssueClue.builder().id(ClueId.of(EventLog.id("c-", ++clueSeq, 7))).category(category)
            .reportedAt(at).summary("反映" + category + "问题：" + topic).topic(topic);
        int[] range = index.householdRange(node);
        if (random.nextBoolean() && range[0] < range[1]) {
          Household h = index.households().get(range[0] + random.nextInt(range[1] - range[0]));
          b.grid(h.grid()).source(ClueSource.RESIDENT).reporter(Draws.pick(random, index.residents(h.id())));
        } else {
          Optional<PersonId> worker = posts.quietHandler(node);
          if (worker.isEmpty()) {
            continue;
          }
          b.grid(node).source(ClueSource.GRID_WORKER).reporter(worker.get());
        }
        collect(b.build());
      }
    }
  }

  private void collect(IssueClue clue) {
    SortedMap<String, String> ids = ids(clue.id());
    if (clue.reporter().isPresent()
        && !posts.allowed(clue.reporter().get(), clue.grid(), Action.RAISE, clue.reportedAt(), ids, "report clue " + clue.id())) {
      return;
    }
    Decision<ClueEvent> o = decideOn(clue.grid(), new ClueCommand.Collect(clue));
    if (o instanceof Decision.Applied) {
      fold(clue.grid(), o);
      partitionOf.put(clue.id(), partitions.of(clue.grid()));
      active.add(clue.id());
      dayCollected.put(clue.id(), clock.day());
      log.emit(EventKind.CLUE_COLLECTED, clue.reportedAt(), clue.reporter().orElse(null), clue.grid(),
          clue.reporter().isPresent() ? Action.RAISE : null, ids, clue.source() + " reports " + clue.category()
              + " (" + clue.topic().orElse("no topic") + ") at " + clue.grid(), null);
    } else if (o instanceof Decision.Refused<ClueEvent> r) {
      log.refused(clue.reportedAt(), clue.reporter().orElse(null), clue.grid(), ids, "the clue register refuses: "
          + refusal(r.refusal()));
    }
  }
}
