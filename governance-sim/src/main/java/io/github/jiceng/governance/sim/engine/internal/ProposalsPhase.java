package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Household;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.ProposalStream;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Proposals (提案): residents raise them directly or through a deputy; each day the deadlines are
 * assessed and overdue proposals escalated up the grid hierarchy ({@code ProposalRules}, each
 * level dated when it fell due); the handler of the proposal's current grid acts on it with the
 * stream's handling chance (accept or reject, assign, answer), the assignee starts work, and the
 * resident rates the answer or it closes when the feedback window ends. Owns the proposal records,
 * when each was received, which residents will rate, each resident's proposals adopted (which
 * earn points), the numbering and the proposals' random stream.
 */
final class ProposalsPhase {

  private final Setting scenario;
  private final GridHierarchy hierarchy;
  private final RunClock clock;
  private final Indexes index;
  private final Partitions partitions;
  private final EventLog log;
  private final PostsPhase posts;
  private final PointsPhase points;
  private final SplittableRandom random;
  private final Optional<ProposalStream> spec;
  private final ProposalRules rules;
  /** The reason a handler gives when referring a proposal up (主动逐级上报). */
  private static final String REFERRAL_REASON = "超出本级办理权限，逐级上报";

  private final TreeMap<ProposalId, ProposalRecord> records = new TreeMap<>();
  private final Map<ProposalId, Integer> dayReceived = new HashMap<>();
  private final Set<ProposalId> willRate = new HashSet<>();
  private final Set<ProposalId> rateDecided = new HashSet<>();
  /** Per resident: proposals adopted (closed satisfied). */
  private final Map<PersonId, Long> adopted = new TreeMap<>();
  private long seq;

  ProposalsPhase(Setting scenario, RunClock clock, Indexes index, Partitions partitions, EventLog log,
      PostsPhase posts, PointsPhase points, SplittableRandom random) {
    this.scenario = scenario;
    this.hierarchy = scenario.hierarchy();
    this.clock = clock;
    this.index = index;
    this.partitions = partitions;
    this.log = log;
    this.posts = posts;
    this.points = points;
    this.random = random;
    this.spec = scenario.parameters().proposals();
    this.rules = ProposalRules.of(hierarchy, scenario.handling());
  }

  /** The proposal records, in id order. */
  List<ProposalRecord> records() {
    return List.copyOf(records.values());
  }

  /** The proposals of a resident adopted (closed satisfied). */
  long adoptedOf(PersonId resident) {
    return adopted.getOrDefault(resident, 0L);
  }

  private static SortedMap<String, String> ids(ProposalId id) {
    return EventLog.ids(SimulationEvent.PROPOSAL, id.value());
  }

  /** Takes over the scenario's proposals as they stand; those not closed are handled from now on. */
  void initial() {
    List<ProposalRecord> list = new ArrayList<>(scenario.initialProposals());
    list.sort((a, b) -> a.id().compareTo(b.id()));
    for (ProposalRecord r : list) {
      records.put(r.id(), r);
      dayReceived.put(r.id(), -1);
      log.emit(EventKind.PROPOSAL_RECEIVED, r.proposal().submittedAt(), r.proposal().submission().resident().orElse(null),
          r.proposal().grid(), null, ids(r.id()), r.id() + " was received before the simulation; it is "
              + r.state() + " (" + r.state().chinese() + ") at " + r.handlingGrid(), null);
    }
  }

  /**
   * Handles proposals at the instant, then records the escalations due by half an hour later
   * (each dated when it fell due), then receives new ones.
   */
  void day(Instant at) {
    handleAll(at);
    Instant check = at.plus(java.time.Duration.ofMinutes(30));
    for (ProposalRecord r : new ArrayList<>(records.values())) {
      if (!r.state().isFinal()) {
        escalate(r, check);
      }
    }
    arrivals(check);
  }

  private void handleAll(Instant at) {
    int handling = spec.map(ProposalStream::handlingPerMille).orElse(1000);
    for (ProposalRecord r : new ArrayList<>(records.values())) {
      if (r.state().isFinal() || dayReceived.get(r.id()) >= clock.day()) {
        continue;
      }
      if (r.state() == ProposalState.ANSWERED) {
        feedback(r, at);
      } else if (r.state() == ProposalState.ASSIGNED) {
        ActorId assignee = r.assignee().orElseThrow();
        moved(step(r, new ProposalCommand.Start(r.id(), assignee, at)), EventKind.PROPOSAL_STARTED, at, assignee,
            null, null, assignee.value() + " starts work on " + r.id());
      } else if (Draws.chance(random, handling)) {
        handle(r, at);
      }
    }
  }

  /** A step decided on a record: the record it was decided on, and the decision. */
  private record Step(ProposalRecord before, Decision<ProposalEvent> decision) {}

  private Step step(ProposalRecord r, ProposalCommand command) {
    return new Step(r, rules.decide(command, ProposalCase.of(r)));
  }

  /** Returns the record after an applied step. */
  private ProposalRecord after(Step s) {
    return rules.fold(ProposalCase.of(s.before()), s.decision().events()).recordIfAny().orElseThrow();
  }

  private boolean moved(Step o, EventKind kind, Instant at, ActorId by, GridId grid, Action action,
      String detail) {
    ProposalRecord before = o.before();
    if (o.decision() instanceof Decision.Applied) {
      records.put(before.id(), after(o));
      log.emit(kind, at, by, grid, action, ids(before.id()), detail, null);
      return true;
    }
    if (o.decision() instanceof Decision.Refused<ProposalEvent> r) {
      log.refused(at, by, grid, ids(before.id()), "the proposal desk refuses: " + r.refusal().code() + ": "
          + r.refusal().detail());
    }
    return false;
  }

  private void escalate(ProposalRecord r, Instant at) {
    Step o = step(r, new ProposalCommand.Escalate(r.id(), at));
    if (!(o.decision() instanceof Decision.Applied)) {
      return;
    }
    ProposalRecord escalated = after(o);
    records.put(r.id(), escalated);
    List<io.github.jiceng.governance.model.proposal.ProposalEvent> events = escalated.events();
    for (int i = r.events().size(); i < events.size(); i++) {
      io.github.jiceng.governance.model.proposal.ProposalEvent ev = events.get(i);
      if (ev.kind() == io.github.jiceng.governance.model.proposal.ProposalEvent.Kind.ESCALATED) {
        SortedMap<String, String> ids = ids(r.id());
        ids.put("to", ev.grid().value());
        log.emit(EventKind.PROPOSAL_ESCALATED, ev.at(), null, ev.grid(), null, ids, r.id() + " is overdue in "
            + ev.state() + " (" + ev.state().chinese() + ") and escalated to " + ev.grid() + " ("
            + hierarchy.node(ev.grid()).name() + ")", null);
      }
    }
  }

  private void handle(ProposalRecord r, Instant at) {
    GridId grid = r.handlingGrid();
    ProposalStream s = spec.orElse(null);
    switch (r.state()) {
      case RECEIVED -> {
        Optional<PersonId> by = posts.handler(grid, Action.ADVISE, at, ids(r.id()), "accept proposal " + r.id());
        if (by.isEmpty()) {
          return;
        }
        if (s != null && s.referPerMille() > 0 && hierarchy.parent(grid).isPresent()
            && r.events().stream().noneMatch(e -> e.kind()
                == io.github.jiceng.governance.model.proposal.ProposalEvent.Kind.REFERRED)
            && Draws.chance(random, s.referPerMille())) {
          GridId above = hierarchy.parent(grid).orElseThrow();
          moved(step(r, new ProposalCommand.Refer(r.id(), REFERRAL_REASON, by.get(), at)), EventKind.PROPOSAL_REFERRED,
              at, by.get(), grid, Action.ADVISE, by.get() + " refers " + r.id() + " up to " + above + " ("
                  + hierarchy.node(above).name() + "): " + REFERRAL_REASON);
        } else if (s != null && Draws.chance(random, s.rejectPerMille())) {
          moved(step(r, new ProposalCommand.Reject(r.id(), new ProposalRejection(
              ProposalRejectionReason.NOT_WITHIN_REMIT, "不属于本级受理范围，已告知办理渠道"), by.get(), at)),
              EventKind.PROPOSAL_REJECTED, at, by.get(), grid, Action.ADVISE, by.get() + " does not accept " + r.id()
                  + ": not within remit");
        } else {
          moved(step(r, new ProposalCommand.Accept(r.id(), by.get(), at)), EventKind.PROPOSAL_ACCEPTED, at, by.get(),
              grid, Action.ADVISE, by.get() + " accepts " + r.id());
        }
      }
      case ACCEPTED -> {
        Optional<PersonId> by = posts.handler(grid, Action.DISPATCH, at, ids(r.id()), "assign proposal " + r.id());
        if (by.isEmpty()) {
          return;
        }
        ActorId assignee = assignee(grid).orElse(by.get());
        moved(step(r, new ProposalCommand.Assign(r.id(), assignee, by.get(), at)), EventKind.PROPOSAL_ASSIGNED, at,
            by.get(), grid, Action.DISPATCH, by.get() + " assigns " + r.id() + " to " + assignee.value());
      }
      case IN_PROGRESS -> {
        Optional<PersonId> by = posts.handler(grid, Action.ADVISE, at, ids(r.id()), "answer proposal " + r.id());
        if (by.isPresent()) {
          moved(step(r, new ProposalCommand.Answer(r.id(), new Answer("已研究办理，答复如下：已纳入工作计划", by.get(), at))),
              EventKind.PROPOSAL_ANSWERED, at, by.get(), grid, Action.ADVISE, by.get() + " answers " + r.id());
        }
      }
      default -> {
      }
    }
  }

  private Optional<ActorId> assignee(GridId grid) {
    GridId p = partitions.of(grid);
    for (Organization o : index.coBuildingUnits()) {
      if (o.grids().stream().anyMatch(g -> index.within(p, g))) {
        return Optional.of(o.id());
      }
    }
    return Optional.empty();
  }

  private void feedback(ProposalRecord r, Instant at) {
    Optional<PersonId> resident = r.proposal().submission().resident();
    ProposalStream s = spec.orElse(null);
    if (resident.isPresent() && rateDecided.add(r.id())
        && s != null && Draws.chance(random, s.ratedPerMille())) {
      willRate.add(r.id());
    }
    boolean windowOpen = at.isBefore(r.stateSince().plus(scenario.handling().feedbackWindow()));
    if (resident.isPresent() && windowOpen && willRate.remove(r.id())) {
      Satisfaction rating = s != null && Draws.chance(random, s.dissatisfiedPerMille()) ? Satisfaction.DISSATISFIED
          : random.nextBoolean() ? Satisfaction.SATISFIED : Satisfaction.BASICALLY_SATISFIED;
      if (moved(step(r, new ProposalCommand.Rate(r.id(), rating, at)), EventKind.PROPOSAL_RATED, at, resident.get(),
          null, null, resident.get() + " rates the answer to " + r.id() + " " + rating + " (" + rating.chinese() + ")")) {
        rateDecided.remove(r.id());
        closed(records.get(r.id()), at);
      }
      return;
    }
    if (!windowOpen) {
      willRate.remove(r.id());
      if (moved(step(r, new ProposalCommand.Close(r.id(), at)), EventKind.PROPOSAL_CLOSED, at,
          r.answer().orElseThrow().by(), null, null, r.id()
          + " closes: the feedback window passed without a rating")) {
        rateDecided.remove(r.id());
      }
    }
  }

  private void closed(ProposalRecord r, Instant at) {
    if (r.state() != ProposalState.CLOSED) {
      return;
    }
    log.emit(EventKind.PROPOSAL_CLOSED, at, null, null, null, ids(r.id()), r.id() + " closes after its rating "
        + r.satisfaction().map(Satisfaction::chinese).orElse("-"), null);
    Optional<PersonId> resident = r.proposal().submission().resident();
    if (resident.isPresent() && r.satisfaction().filter(x -> x != Satisfaction.DISSATISFIED).isPresent()) {
      adopted.merge(resident.get(), 1L, Long::sum);
      points.award(Contribution.builder().id(EntryId.of("proposal:" + r.id().value())).actor(resident.get())
          .kind(ContributionKind.PROPOSAL_ADOPTED).occurredAt(at).reference(r.id().value()).build(), at);
    }
  }

  private void arrivals(Instant at) {
    if (spec.isEmpty()) {
      return;
    }
    ProposalStream s = spec.get();
    for (GridId node : index.streamNodes(s.level(), s.within())) {
      int n = Draws.poisson(random, s.milliPerDay());
      for (int k = 0; k < n; k++) {
        int[] range = index.householdRange(node);
        Optional<PersonId> resident = Optional.empty();
        GridId residentGrid = node;
        if (range[0] < range[1]) {
          Household h = index.households().get(range[0] + random.nextInt(range[1] - range[0]));
          resident = Optional.of(Draws.pick(random, index.residents(h.id())));
          residentGrid = h.grid();
        }
        List<PersonId> deputies = deputiesOver(node);
        Submission submission;
        GridId grid;
        if (!deputies.isEmpty() && Draws.chance(random, s.viaDeputyPerMille())) {
          PersonId deputy = Draws.pick(random, deputies);
          submission = new Submission.ViaDeputy(deputy, index.deputyKind(deputy),
              resident);
          grid = node;
        } else if (resident.isPresent()) {
          submission = new Submission.Direct(resident.get());
          grid = residentGrid;
        } else {
          continue;
        }
        seq++;
        Proposal p = Proposal.builder().id(ProposalId.of(EventLog.id("pr-", seq, 7))).title("关于改进社区服务的建议")
            .content("居民建议：改进" + hierarchy.node(grid).name() + "的公共服务").grid(grid).submittedAt(at)
            .submission(submission).build();
        receive(p);
      }
    }
  }

  private List<PersonId> deputiesOver(GridId node) {
    List<PersonId> out = new ArrayList<>();
    for (PersonId d : index.deputies()) {
      if (index.deputyGrids(d).stream().anyMatch(g -> index.within(g, node))) {
        out.add(d);
      }
    }
    return out;
  }

  private void receive(Proposal p) {
    PersonId submitter = p.submission() instanceof Submission.ViaDeputy v ? v.deputy()
        : ((Submission.Direct) p.submission()).submitter();
    SortedMap<String, String> ids = ids(p.id());
    ids.put(SimulationEvent.PERSON, submitter.value());
    if (!posts.allowed(submitter, p.grid(), Action.RAISE, p.submittedAt(), ids, "raise proposal " + p.id())) {
      return;
    }
    ProposalRecord r = rules.fold(rules.initialState(),
        rules.decide(new ProposalCommand.Receive(p), rules.initialState()).events()).recordIfAny().orElseThrow();
    records.put(p.id(), r);
    dayReceived.put(p.id(), clock.day());
    log.emit(EventKind.PROPOSAL_RECEIVED, p.submittedAt(), submitter, p.grid(), Action.RAISE, ids, submitter
        + (p.submission() instanceof Submission.ViaDeputy ? " (a deputy)" : "") + " raises " + p.id() + " at "
        + p.grid(), null);
  }
}
