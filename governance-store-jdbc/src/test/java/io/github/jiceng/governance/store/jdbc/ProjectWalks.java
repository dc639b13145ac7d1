package io.github.jiceng.governance.store.jdbc;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
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
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import io.github.jiceng.governance.rules.project.ProjectRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/** Random walks of a community's project register: mostly the step that moves a project on. */
final class ProjectWalks {

  static final Instant T0 = Instant.parse("2024-03-04T01:00:00Z");
  static final PersonId CLERK = PersonId.of("p-clerk");

  private static final LevelScheme SCHEME = LevelScheme.builder("projects")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET").allow("STREET", "COMMUNITY").allow("COMMUNITY", "GRID").build();

  static final GridHierarchy STREET = GridHierarchy.of(SCHEME, List.of(node("lantian", "STREET", null),
      node("xuemeili", "COMMUNITY", "lantian"), node("x1", "GRID", "xuemeili"), node("nanyuan", "COMMUNITY", "lantian"),
      node("n1", "GRID", "nanyuan")));

  static final ProjectRules RULES = ProjectRules.of(STREET);

  static final List<Resource> RESOURCES = List.of(
      resource("r-bank", "org-bank", Channel.CLAIM, 0),
      resource("r-school", "org-school", Channel.CLAIM, 0),
      resource("r-social", "org-social", Channel.PURCHASE, 20_000),
      resource("r-community", "org-community", Channel.UNDERTAKE, 0));

  private ProjectWalks() {}

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  private static Resource resource(String id, String claimant, Channel channel, long fen) {
    return Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(claimant)).channel(channel)
        .addCapabilities("care").addCoverage(GridId.of("lantian")).capacityPerPeriod(50)
        .costPerService(Money.ofFen(fen)).available(Interval.starting(T0.minus(Duration.ofDays(1)), Duration.ofDays(3650)))
        .build();
  }

  static Demand demand(String id, String grid) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(GridId.of(grid)).category("care").addRequiredCapabilities("care").urgency(Urgency.NORMAL).beneficiaries(3)
        .window(Interval.starting(T0, Duration.ofDays(3000))).pillar(Pillar.SERVICE_SHARING).submittedAt(T0).build();
  }

  static Instant later(SplittableRandom random, Instant now) {
    return now.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(86_400));
  }

  /** Proposes a project of one to three fresh demands of the grid, accepted by their own streams. */
  static ProjectCommand.Propose propose(SplittableRandom random, String id, String grid, Instant at) {
    List<Demand> demands = new ArrayList<>();
    List<DemandStatus> statuses = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      Demand d = demand(id + "-d" + i, grid);
      demands.add(d);
      statuses.add(new DemandStatus(d.id(), DemandState.ACCEPTED, T0, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(), 0, 2));
    }
    Project.Builder p = Project.builder().id(ProjectId.of(id)).name("项目 " + id).budget(Money.ofFen(
        random.nextInt(4) * 50_000L)).pillar(Pillar.SERVICE_SHARING);
    demands.forEach(d -> p.addDemands(d.id()));
    return new ProjectCommand.Propose(p.build(), demands, statuses, CLERK, at);
  }

  /** The next step for a project: mostly the one that moves it on, now and then another. */
  static ProjectCommand next(SplittableRandom random, ProjectRegister register, ProjectCase c, Instant at) {
    ProjectId id = c.project().id();
    int kind = switch (c.stage()) {
      case PROPOSED -> random.nextInt(5) == 0 ? 5 : 0;
      case PUT_TO_UNITS -> random.nextInt(6) == 0 ? 5 : 1;
      case TAKEN -> c.services().isEmpty() ? 2 : c.outcomes().isEmpty() ? 3 : random.nextInt(3) == 0 ? 2 : 4;
      default -> random.nextInt(6);
    };
    if (random.nextInt(10) == 0) {
      kind = random.nextInt(6);
    }
    int records = register.cases().values().stream().mapToInt(k -> k.services().size() + k.outcomes().size()).sum();
    switch (kind) {
      case 0:
        return new ProjectCommand.Put(id, CLERK, at);
      case 1:
        return new ProjectCommand.Take(id, RESOURCES.get(random.nextInt(RESOURCES.size())), 0, CLERK, at);
      case 2: {
        Resource by = c.claim().map(k -> RESOURCES.stream().filter(r -> r.id().equals(k.resource())).findFirst()
            .orElseThrow()).orElse(RESOURCES.get(0));
        return new ProjectCommand.RecordService(id, ServiceRecord.builder().id(ServiceId.of(id + "-s" + records))
            .addDemands(c.project().demands().get(0)).resource(by.id()).provider(by.claimant()).channel(by.channel())
            .time(Interval.starting(at, Duration.ofHours(2))).effort(Duration.ofHours(2)).beneficiaries(2)
            .cost(Money.ofFen(random.nextInt(3) * 10_000L)).build());
      }
      case 3: {
        ServiceId service = c.services().isEmpty() ? ServiceId.of("s-none") : c.services().get(0).id();
        return new ProjectCommand.RecordOutcome(id, Outcome.builder().id(OutcomeId.of(id + "-o" + records))
            .service(service).rating(1 + random.nextInt(5)).beneficiariesReached(2).evaluatedAt(at).evaluator(CLERK)
            .build());
      }
      case 4:
        return new ProjectCommand.Close(id, CLERK, at);
      default:
        return new ProjectCommand.Withdraw(id, CLERK, at, "并入其他项目");
    }
  }
}
