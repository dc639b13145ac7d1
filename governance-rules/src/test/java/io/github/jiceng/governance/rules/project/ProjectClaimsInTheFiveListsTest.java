package io.github.jiceng.governance.rules.project;

import static io.github.jiceng.governance.rules.project.ProjectWorld.BANK;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_G1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_G2;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_T1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.COMMUNITY;
import static io.github.jiceng.governance.rules.project.ProjectWorld.REPAIR_T1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SCHOOL;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SECRETARY;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SOCIAL;
import static io.github.jiceng.governance.rules.project.ProjectWorld.STREET;
import static io.github.jiceng.governance.rules.project.ProjectWorld.T0;
import static io.github.jiceng.governance.rules.project.ProjectWorld.day;
import static io.github.jiceng.governance.rules.project.ProjectWorld.outcome;
import static io.github.jiceng.governance.rules.project.ProjectWorld.propose;
import static io.github.jiceng.governance.rules.project.ProjectWorld.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import io.github.jiceng.governance.rules.matching.Matcher;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import io.github.jiceng.governance.rules.service.ProjectLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Matching and the five lists account for projects taken as projects: their demands leave the
 * single-demand pool, the resource that took one carries its demands, and the five-lists report
 * counts project claims by channel and links each project to its demands, services and outcomes.
 */
final class ProjectClaimsInTheFiveListsTest {

  private static final Interval MARCH = Interval.starting(T0.minus(Duration.ofDays(1)), Duration.ofDays(31));
  private static final ProjectId PJ1 = ProjectId.of("pj-1");
  private static final ProjectId PJ2 = ProjectId.of("pj-2");

  /** pj-1 (care in baiyun) claimed by the school and served; pj-2 (the repair in tiebei) proposed only. */
  private static InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> register() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = InMemoryStream.open(ProjectRules.of(STREET));
    s.handle(propose("pj-1", 0, day(0), CARE_G1, CARE_G2));
    s.handle(new ProjectCommand.Put(PJ1, SECRETARY, day(0)));
    s.handle(new ProjectCommand.Take(PJ1, SCHOOL, 0, SECRETARY, day(1)));
    s.handle(propose("pj-2", 100_000, day(1), REPAIR_T1));
    assertThat(s.state().inStage(ProjectStage.TAKEN)).hasSize(1);
    return s;
  }

  private static MatchingProblem problem(List<Demand> demands, Map<ResourceId, Integer> load) {
    return MatchingProblem.builder().hierarchy(STREET).addAllDemands(demands)
        .addAllResources(List.of(BANK, SCHOOL, SOCIAL, COMMUNITY)).purchaseBudget(Money.ofFen(100_000))
        .putAllCurrentLoad(load).build();
  }

  @Test
  void demandsAProjectHoldsLeaveTheSingleDemandPoolAndItsResourceCarriesThem() {
    ProjectRegister register = register().state();
    List<Demand> all = List.of(CARE_G1, CARE_G2, REPAIR_T1, CARE_T1);

    assertThat(SingleDemandPool.of(all, register)).containsExactly(CARE_T1);
    MatchingProblem pool = SingleDemandPool.of(problem(all, Map.of(BANK.id(), 3)), register);
    assertThat(pool.demands()).containsExactly(CARE_T1);
    assertThat(pool.currentLoad()).containsExactlyInAnyOrderEntriesOf(Map.of(BANK.id(), 3, SCHOOL.id(), 2));
    assertThat(pool.resources()).isEqualTo(problem(all, Map.of()).resources());
    assertThat(pool.purchaseBudget()).isEqualTo(Money.ofFen(100_000));
    MatchingResult r = Matcher.optimal(pool);
    assertThat(r.assignments()).extracting(Assignment::demand).containsExactly(CARE_T1.id());
    assertThat(r).isEqualTo(Matcher.optimal(problem(List.of(CARE_T1), Map.of(BANK.id(), 3, SCHOOL.id(), 2))));
  }

  @Test
  void aWithdrawnProjectsDemandsReturnToThePoolAndAClosedProjectsResourceIsFreeAgain() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    s.handle(new ProjectCommand.Withdraw(PJ2, SECRETARY, day(2), "改为单独派单"));
    s.handle(new ProjectCommand.RecordService(PJ1, service("s-1", SCHOOL, day(2), 0, CARE_G1, CARE_G2)));
    s.handle(new ProjectCommand.RecordOutcome(PJ1, outcome("o-1", "s-1", day(3))));
    s.handle(new ProjectCommand.Close(PJ1, SECRETARY, day(3)));

    MatchingProblem pool = SingleDemandPool.of(problem(List.of(CARE_G1, REPAIR_T1), Map.of()), s.state());
    assertThat(pool.demands()).containsExactly(REPAIR_T1);
    assertThat(pool.currentLoad()).isEmpty();
  }

  /**
   * Property: over many seeded registers and demand sets, the pool holds exactly the demands no
   * project holds, its optimal matching assigns none of the others, and it equals the optimal
   * matching of the problem built by hand with the same loads: the matcher stays exact on it.
   */
  @Test
  void theOptimalMatchingOfThePoolIsTheOptimalMatchingOfTheFreeDemands() {
    for (long seed = 0; seed < SeedCount.of(100); seed++) {
      Random r = new Random(seed);
      List<Demand> demands = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        demands.add(ProjectWorld.demand("d-" + seed + "-" + i, List.of("g1", "g2", "t1").get(r.nextInt(3)),
            r.nextInt(3) == 0 ? "repair" : "care"));
      }
      InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = InMemoryStream.open(ProjectRules.of(STREET));
      for (int p = 0; p < 3; p++) {
        Demand a = demands.get(r.nextInt(demands.size()));
        s.handle(propose("pj-" + p, 0, day(p), a));
        ProjectId id = ProjectId.of("pj-" + p);
        if (r.nextBoolean()) {
          s.handle(new ProjectCommand.Put(id, SECRETARY, day(p)));
          s.handle(new ProjectCommand.Take(id, r.nextBoolean() ? BANK : COMMUNITY, 0, SECRETARY, day(p)));
        }
      }
      ProjectRegister register = s.state();
      MatchingProblem pool = SingleDemandPool.of(problem(demands, Map.of()), register);
      List<Demand> free = demands.stream().filter(d -> register.holder(d.id()).isEmpty()).toList();
      Map<ResourceId, Integer> load = new java.util.TreeMap<>();
      for (ProjectCase c : register.inStage(ProjectStage.TAKEN)) {
        load.merge(c.claim().orElseThrow().resource(), c.demands().size(), Integer::sum);
      }
      assertThat(pool.demands()).as("seed %s", seed).isEqualTo(free);
      MatchingResult result = Matcher.optimal(pool);
      Set<DemandId> assigned = new TreeSet<>();
      result.assignments().forEach(a -> assigned.add(a.demand()));
      assertThat(assigned).as("seed %s", seed).doesNotContainAnyElementsOf(register.heldDemands());
      assertThat(result).as("seed %s", seed).isEqualTo(Matcher.optimal(problem(free, load)));
    }
  }

  private static FiveLists lists(ProjectRegister register) {
    List<Demand> demands = List.of(CARE_G1, CARE_G2, REPAIR_T1, CARE_T1);
    List<io.github.jiceng.governance.model.service.Project> projects = new ArrayList<>();
    register.cases().values().forEach(c -> projects.add(c.project()));
    ServiceRecord s1 = service("s-1", SCHOOL, day(2), 0, CARE_G1, CARE_G2);
    ServiceRecord s2 = service("s-2", BANK, day(2), 0, CARE_T1);
    Outcome o1 = outcome("o-1", "s-1", day(3));
    return FiveLists.of(demands, List.of(BANK, SCHOOL, SOCIAL, COMMUNITY), projects, List.of(s1, s2), List.of(o1));
  }

  @Test
  void theReportCountsProjectClaimsByChannelAndLinksEachProjectToItsDemandsServicesAndOutcomes() {
    ProjectRegister register = register().state();
    FiveLists lists = lists(register);

    FiveListsReport report = FiveListsReport.of(lists, register.claims(), STREET, GridId.of("lantian"), MARCH);

    assertThat(report.projects()).isEqualTo(2);
    assertThat(report.projectClaims()).containsExactly(Map.entry(Channel.CLAIM, 1), Map.entry(Channel.PURCHASE, 0),
        Map.entry(Channel.UNDERTAKE, 0));
    assertThat(report.projectLines()).containsExactly(
        new ProjectLine(PJ1, Money.ZERO, Optional.of(Channel.CLAIM), Optional.of(OrganizationId.of("org-school")),
            List.of(CARE_G1.id(), CARE_G2.id()), List.of(ServiceId.of("s-1")), List.of(OutcomeId.of("o-1"))),
        new ProjectLine(PJ2, Money.ofFen(100_000), Optional.empty(), Optional.empty(), List.of(REPAIR_T1.id()),
            List.of(), List.of()));
    FiveListsReport without = FiveListsReport.of(lists, STREET, GridId.of("lantian"), MARCH);
    assertThat(without.projectClaims()).containsOnly(Map.entry(Channel.CLAIM, 0), Map.entry(Channel.PURCHASE, 0),
        Map.entry(Channel.UNDERTAKE, 0));
    assertThat(without.projectLines()).extracting(ProjectLine::channel).containsOnly(Optional.empty());
    assertThat(without.total()).isEqualTo(report.total());
    assertThat(without.byChannel()).isEqualTo(report.byChannel());

    FiveListsReport tiebei = FiveListsReport.of(lists, register.claims(), STREET, GridId.of("tiebei"), MARCH);
    assertThat(tiebei.projectLines()).extracting(ProjectLine::project).containsExactly(PJ2);
    assertThat(tiebei.projectClaims().get(Channel.CLAIM)).isZero();
    FiveListsReport later = FiveListsReport.of(lists, register.claims(), STREET, GridId.of("lantian"),
        Interval.starting(day(2).plus(Duration.ofHours(1)), Duration.ofDays(30)));
    assertThat(later.projectLines()).as("no demand submitted in the period").isEmpty();
  }

  @Test
  void aClaimOfAProjectNotListedOrTwiceIsRefusedNamingTheRule() {
    ProjectRegister register = register().state();
    FiveLists lists = lists(register);
    ProjectClaim ghost = new ProjectClaim(ProjectId.of("pj-ghost"), Channel.CLAIM, OrganizationId.of("org-bank"),
        BANK.id(), Money.ZERO, day(1));
    assertThatThrownBy(() -> FiveListsReport.of(lists, List.of(ghost), STREET, GridId.of("lantian"), MARCH))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("claim-of-listed-project");
    ProjectClaim first = register.claims().get(0);
    assertThatThrownBy(() -> FiveListsReport.of(lists, List.of(first, first), STREET, GridId.of("lantian"), MARCH))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("one-claim-per-project");
  }
}
