package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import io.github.jiceng.governance.rules.project.ProjectRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

/** A community's project register; see {@link Generators#projects()}. */
final class ProjectGenerator implements CommandGenerator<ProjectCommand, ProjectRegister, ProjectEvent> {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final PersonId SECRETARY = PersonId.of("p-secretary");

  private static final LevelScheme SCHEME = LevelScheme.builder("projects")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET").allow("STREET", "COMMUNITY").allow("COMMUNITY", "GRID").build();

  /** The street of 蓝天街道 with two communities and three grids. */
  static final GridHierarchy STREET = GridHierarchy.of(SCHEME, List.of(node("lantian", "STREET", null),
      node("baiyun", "COMMUNITY", "lantian"), node("g1", "GRID", "baiyun"), node("g2", "GRID", "baiyun"),
      node("tiebei", "COMMUNITY", "lantian"), node("t1", "GRID", "tiebei")));

  private static final List<String> GRIDS = List.of("g1", "g2", "t1", "g1", "g2");
  private static final int DEMANDS = 8;
  private static final int STEPS = 50;

  /** The demands of the community: care or repair, in three grids, open for sixty days from T0. */
  static final List<Demand> COMMUNITY_DEMANDS = demands();

  static final Resource BANK = resource("r-bank", "org-bank", Channel.CLAIM, "lantian", 10, 0, true, "care", "repair");
  static final Resource SCHOOL = resource("r-school", "org-school", Channel.CLAIM, "baiyun", 3, 0, true, "care");
  static final Resource LATE = resource("r-late", "org-late", Channel.CLAIM, "lantian", 10, 0, false, "care", "repair");
  static final Resource SOCIAL = resource("r-social", "org-social", Channel.PURCHASE, "lantian", 10, 50_000, true,
      "care", "repair");
  static final Resource COMMUNITY = resource("r-community", "org-community", Channel.UNDERTAKE, "lantian", 20, 0, true,
      "care", "repair");
  private static final List<Resource> RESOURCES = List.of(BANK, BANK, SCHOOL, LATE, SOCIAL, SOCIAL, COMMUNITY);

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  private static List<Demand> demands() {
    List<Demand> out = new ArrayList<>();
    for (int i = 0; i < DEMANDS; i++) {
      out.add(Demand.builder().id(DemandId.of("d-" + i)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + i))
          .grid(GridId.of(GRIDS.get(i % GRIDS.size()))).category(i % 3 == 2 ? "repair" : "care")
          .addRequiredCapabilities(i % 3 == 2 ? "repair" : "care").urgency(Urgency.NORMAL).beneficiaries(1 + i)
          .window(Interval.starting(T0, Duration.ofDays(60))).pillar(Pillar.SERVICE_SHARING).submittedAt(T0).build());
    }
    return List.copyOf(out);
  }

  private static Resource resource(String id, String claimant, Channel channel, String coverage, int capacity,
      long fenPerService, boolean now, String... capabilities) {
    Instant from = now ? T0.minus(Duration.ofDays(1)) : T0.plus(Duration.ofDays(400));
    Resource.Builder b = Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(claimant)).channel(channel)
        .addCoverage(GridId.of(coverage)).capacityPerPeriod(capacity).costPerService(Money.ofFen(fenPerService))
        .available(Interval.starting(from, Duration.ofDays(365)));
    for (String c : capabilities) {
      b.addCapabilities(c);
    }
    return b.build();
  }

  /** The rules of a seed: one seed in six runs a policy without co-building units' claims. */
  static ProjectRules rulesOf(long seed) {
    return seed % 6 == 5 ? ProjectRules.of(STREET, ChannelPolicy.of(Channel.PURCHASE, Channel.UNDERTAKE))
        : ProjectRules.of(STREET, ChannelPolicy.standard());
  }

  @Override
  public ProjectRules rules(long seed) {
    return rulesOf(seed);
  }

  @Override
  public List<ProjectCommand> commands(long seed) {
    Random r = new Random(seed);
    ProjectRules rules = rulesOf(seed);
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> stream = InMemoryStream.open(rules);
    List<ProjectCommand> out = new ArrayList<>();
    Instant now = T0;
    int projects = 0;
    int records = 0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plus(Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(600)));
      Instant at = switch (r.nextInt(40)) {
        case 0 -> now.minus(Duration.ofDays(3));
        case 1 -> TimeLimits.LATEST.plusNanos(1);
        default -> now;
      };
      List<ProjectCase> cases = List.copyOf(stream.state().cases().values());
      ProjectCommand command;
      int draw = r.nextInt(20);
      if (draw < 2 && !out.isEmpty()) {
        command = out.get(r.nextInt(out.size()));
      } else if (cases.isEmpty() || draw < 6) {
        ProjectId id = ProjectId.of("pj-" + (r.nextInt(8) == 0 && projects > 0 ? r.nextInt(projects) : projects++));
        command = propose(r, id, stream.state(), at);
      } else {
        ProjectCase c = cases.get(r.nextInt(cases.size()));
        ProjectId id = r.nextInt(25) == 0 ? ProjectId.of("pj-unknown") : c.project().id();
        boolean forward = r.nextInt(10) < 7;
        int kind = forward ? forwardStep(r, c) : r.nextInt(7);
        command = switch (kind) {
          case 0 -> new ProjectCommand.Put(id, SECRETARY, at);
          case 1 -> new ProjectCommand.Take(id, RESOURCES.get(r.nextInt(RESOURCES.size())),
              r.nextInt(8) == 0 ? 9 : 0, SECRETARY, at);
          case 2 -> new ProjectCommand.RecordService(id, service(r, c, "s-" + (r.nextInt(6) == 0 && records > 0
              ? r.nextInt(records) : records++), at));
          case 3 -> new ProjectCommand.RecordOutcome(id, outcome(r, c, "o-" + (r.nextInt(6) == 0 && records > 0
              ? r.nextInt(records) : records++), at));
          case 4 -> new ProjectCommand.Close(id, SECRETARY, at);
          default -> new ProjectCommand.Withdraw(id, SECRETARY, at, r.nextInt(5) == 0 ? " " : "合并到其他项目");
        };
      }
      out.add(command);
      stream.handle(command);
    }
    return out;
  }

  /** The step that moves the project on: put, take, record a service, an outcome, close. */
  private static int forwardStep(Random r, ProjectCase c) {
    switch (c.stage()) {
      case PROPOSED:
        return r.nextInt(3) == 0 ? 1 : 0;
      case PUT_TO_UNITS:
        return r.nextInt(8) == 0 ? 5 : 1;
      case TAKEN:
        if (c.services().isEmpty()) {
          return r.nextInt(5) == 0 ? 4 : 2;
        }
        if (c.outcomes().isEmpty()) {
          return r.nextInt(5) == 0 ? 4 : 3;
        }
        return r.nextInt(3) == 0 ? 2 : 4;
      default:
        return r.nextInt(7);
    }
  }

  private static ProjectCommand.Propose propose(Random r, ProjectId id, ProjectRegister register, Instant at) {
    int size = 1 + r.nextInt(3);
    List<Demand> chosen = new ArrayList<>();
    List<DemandStatus> statuses = new ArrayList<>();
    int start = r.nextInt(DEMANDS);
    for (int i = 0; i < DEMANDS && chosen.size() < size; i++) {
      Demand d = COMMUNITY_DEMANDS.get((start + i) % DEMANDS);
      if (register.holder(d.id()).isPresent() && r.nextInt(4) != 0) {
        continue;
      }
      chosen.add(d);
      statuses.add(status(r, d.id(), id));
    }
    if (chosen.isEmpty()) {
      Demand d = COMMUNITY_DEMANDS.get(start);
      chosen.add(d);
      statuses.add(status(r, d.id(), id));
    }
    List<DemandId> ids = chosen.stream().map(Demand::id).toList();
    long[] budgets = {0, 50_000, 100_000, 300_000};
    Project project = Project.builder().id(id).name("项目" + id.value()).addAllDemands(ids)
        .budget(Money.ofFen(budgets[r.nextInt(budgets.length)])).pillar(Pillar.SERVICE_SHARING).build();
    return new ProjectCommand.Propose(project, chosen, statuses, SECRETARY, at);
  }

  /** Mostly accepted; sometimes grouped into this or another project, dispatched alone, or not ready. */
  private static DemandStatus status(Random r, DemandId demand, ProjectId project) {
    DemandState state;
    Optional<ProjectId> grouped = Optional.empty();
    switch (r.nextInt(24)) {
      case 0 -> state = DemandState.DISPATCHED;
      case 1 -> state = DemandState.IN_SERVICE;
      case 2 -> state = DemandState.SUBMITTED;
      case 3 -> state = DemandState.CLOSED;
      case 4 -> {
        state = DemandState.GROUPED;
        grouped = Optional.of(ProjectId.of("pj-label"));
      }
      case 5, 6 -> {
        state = DemandState.GROUPED;
        grouped = Optional.of(project);
      }
      default -> state = DemandState.ACCEPTED;
    }
    return new DemandStatus(demand, state, T0, grouped, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), OptionalInt.empty(), 0, 3);
  }

  /** A service of the project, mostly by its claimant for its demands, at or after the step's instant. */
  private static ServiceRecord service(Random r, ProjectCase c, String id, Instant at) {
    Resource by = c.claim().map(k -> RESOURCES.stream().filter(x -> x.id().equals(k.resource())).findFirst()
        .orElseThrow()).orElse(BANK);
    if (r.nextInt(10) == 0) {
      by = SCHOOL.equals(by) ? BANK : SCHOOL;
    }
    List<DemandId> demands = new ArrayList<>(c.project().demands().subList(0, 1 + r.nextInt(c.project().demands().size())));
    if (r.nextInt(10) == 0) {
      DemandId outside = COMMUNITY_DEMANDS.get(r.nextInt(DEMANDS)).id();
      if (!demands.contains(outside)) {
        demands.add(outside);
      }
    }
    Instant start = r.nextInt(12) == 0 ? at.minus(Duration.ofDays(30)) : at;
    long[] costs = {0, 0, 20_000, 120_000};
    return ServiceRecord.builder().id(ServiceId.of(id)).addAllDemands(demands).resource(by.id()).provider(by.claimant())
        .channel(by.channel()).time(Interval.starting(start, Duration.ofHours(2))).effort(Duration.ofHours(2))
        .beneficiaries(1 + r.nextInt(5)).cost(Money.ofFen(costs[r.nextInt(costs.length)])).build();
  }

  /** An outcome of a service of the project, now and then of a service it does not have. */
  private static Outcome outcome(Random r, ProjectCase c, String id, Instant at) {
    ServiceId service = c.services().isEmpty() || r.nextInt(8) == 0 ? ServiceId.of("s-elsewhere")
        : c.services().get(r.nextInt(c.services().size())).id();
    Instant when = at.isAfter(TimeLimits.LATEST) ? at : at.plus(Duration.ofHours(3));
    return Outcome.builder().id(OutcomeId.of(id)).service(service).rating(1 + r.nextInt(5))
        .beneficiariesReached(r.nextInt(6)).evaluatedAt(when).evaluator(SECRETARY).build();
  }
}
