package io.github.jiceng.governance.rules.project;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A street with two communities, care and repair demands, and resources of the three channels. */
final class ProjectWorld {

  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final PersonId SECRETARY = PersonId.of("p-secretary");

  private static final LevelScheme SCHEME = LevelScheme.builder("projects")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET").allow("STREET", "COMMUNITY").allow("COMMUNITY", "GRID").build();

  static final GridHierarchy STREET = GridHierarchy.of(SCHEME, List.of(node("lantian", "STREET", null),
      node("baiyun", "COMMUNITY", "lantian"), node("g1", "GRID", "baiyun"), node("g2", "GRID", "baiyun"),
      node("tiebei", "COMMUNITY", "lantian"), node("t1", "GRID", "tiebei")));

  static final Demand CARE_G1 = demand("d-1", "g1", "care");
  static final Demand CARE_G2 = demand("d-2", "g2", "care");
  static final Demand REPAIR_T1 = demand("d-3", "t1", "repair");
  static final Demand CARE_T1 = demand("d-4", "t1", "care");

  static final Resource BANK = resource("r-bank", "org-bank", Channel.CLAIM, "lantian", 10, 0, "care", "repair");
  static final Resource SCHOOL = resource("r-school", "org-school", Channel.CLAIM, "baiyun", 2, 0, "care");
  static final Resource SOCIAL = resource("r-social", "org-social", Channel.PURCHASE, "lantian", 10, 50_000, "care",
      "repair");
  static final Resource COMMUNITY = resource("r-community", "org-community", Channel.UNDERTAKE, "lantian", 20, 0,
      "care", "repair");

  private ProjectWorld() {}

  static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  static Demand demand(String id, String grid, String capability) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(GridId.of(grid)).category(capability).addRequiredCapabilities(capability).urgency(Urgency.NORMAL)
        .beneficiaries(2).window(Interval.starting(T0, Duration.ofDays(60))).pillar(Pillar.SERVICE_SHARING)
        .submittedAt(T0).build();
  }

  static Resource resource(String id, String claimant, Channel channel, String coverage, int capacity, long fen,
      String... capabilities) {
    Resource.Builder b = Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(claimant)).channel(channel)
        .addCoverage(GridId.of(coverage)).capacityPerPeriod(capacity).costPerService(Money.ofFen(fen))
        .available(Interval.starting(T0.minus(Duration.ofDays(1)), Duration.ofDays(365)));
    for (String c : capabilities) {
      b.addCapabilities(c);
    }
    return b.build();
  }

  static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  static DemandStatus status(Demand demand, DemandState state, Optional<ProjectId> project) {
    return new DemandStatus(demand.id(), state, T0, project, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), OptionalInt.empty(), 0, 2);
  }

  static Project project(String id, long budgetFen, Demand... demands) {
    Project.Builder b = Project.builder().id(ProjectId.of(id)).name("项目" + id).budget(Money.ofFen(budgetFen))
        .pillar(Pillar.SERVICE_SHARING);
    for (Demand d : demands) {
      b.addDemands(d.id());
    }
    return b.build();
  }

  /** Proposes the project of accepted demands. */
  static ProjectCommand.Propose propose(String id, long budgetFen, Instant at, Demand... demands) {
    List<DemandStatus> statuses = new ArrayList<>();
    for (Demand d : demands) {
      statuses.add(status(d, DemandState.ACCEPTED, Optional.empty()));
    }
    return new ProjectCommand.Propose(project(id, budgetFen, demands), List.of(demands), statuses, SECRETARY, at);
  }

  static ServiceRecord service(String id, Resource by, Instant start, long costFen, Demand... demands) {
    ServiceRecord.Builder b = ServiceRecord.builder().id(ServiceId.of(id)).resource(by.id()).provider(by.claimant())
        .channel(by.channel()).time(Interval.starting(start, Duration.ofHours(2))).effort(Duration.ofHours(2))
        .beneficiaries(3).cost(Money.ofFen(costFen));
    for (Demand d : demands) {
      b.addDemands(d.id());
    }
    return b.build();
  }

  static Outcome outcome(String id, String service, Instant at) {
    return Outcome.builder().id(OutcomeId.of(id)).service(ServiceId.of(service)).rating(4).beneficiariesReached(3)
        .evaluatedAt(at).evaluator(SECRETARY).build();
  }
}
