package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.project.ProjectStage;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.project.ProjectCase;
import io.github.jiceng.governance.rules.project.ProjectCommand;
import io.github.jiceng.governance.rules.project.ProjectEvent;
import io.github.jiceng.governance.rules.project.ProjectRefusalCode;
import io.github.jiceng.governance.rules.project.ProjectRegister;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectListTest {

  private static final List<GridId> COMMUNITIES = List.of(GridId.of("xuemeili"), GridId.of("nanyuan"));

  private final StoredRule<ProjectCommand, ProjectRegister, ProjectEvent> rule =
      StoredRule.of("project", ProjectWalks.RULES, StoreCodecs.projectEvents())
          .withRefusalCodes(ProjectRefusalCode.class)
          .withProjection(ProjectList.of());

  private StoreFixture fixture;
  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    fixture = StoreFixture.open("project_list", rule);
    database = fixture.database;
    store = fixture.store;
  }

  @AfterEach
  void dropSchema() {
    fixture.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 6);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRowEqualsItsCaseInTheReplayedRegisterAndARebuildGivesIdenticalRows(long seed) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    Instant now = ProjectWalks.T0;
    int projects = 0;
    int applied = 0;
    for (int i = 0; i < 160; i++) {
      now = ProjectWalks.later(random, now);
      GridId community = COMMUNITIES.get(random.nextInt(COMMUNITIES.size()));
      ProjectRegister register = store.load(rule, community.value()).state();
      List<ProjectCase> cases = List.copyOf(register.cases().values());
      ProjectCommand command = cases.isEmpty() || random.nextInt(6) == 0
          ? ProjectWalks.propose(random, "pj-" + seed + "-" + projects++, community.equals(COMMUNITIES.get(0)) ? "x1" : "n1",
              now)
          : ProjectWalks.next(random, register, cases.get(random.nextInt(cases.size())), now);
      if (store.handle(rule, community.value(), "k-" + i, command) instanceof Decision.Applied) {
        applied++;
      }
    }

    Set<ProjectStage> seen = EnumSet.noneOf(ProjectStage.class);
    List<ProjectList.Row> all = new ArrayList<>();
    for (GridId community : COMMUNITIES) {
      ProjectRegister register = store.replay(rule, community.value()).state();
      List<ProjectList.Row> expected = new ArrayList<>();
      for (ProjectCase c : register.cases().values()) {
        expected.add(ProjectList.Row.of(community, c));
        seen.add(c.stage());
      }
      assertThat(ProjectList.community(database, community)).as("seed %s, %s", seed, community).isEqualTo(expected);
      for (ProjectStage stage : ProjectStage.values()) {
        assertThat(ProjectList.inStage(database, community, stage)).as("seed %s, %s, %s", seed, community, stage)
            .isEqualTo(expected.stream().filter(r -> r.stage() == stage).toList());
      }
      for (ProjectList.Row row : expected) {
        assertThat(ProjectList.project(database, community, row.project().id())).contains(row);
        for (DemandId d : row.project().demands()) {
          assertThat(ProjectList.byDemand(database, d)).as("seed %s, demand %s", seed, d).containsExactly(row);
        }
      }
      all.addAll(expected);
    }
    all.sort(Comparator.comparing((ProjectList.Row r) -> r.community().value()).thenComparing(r -> r.project().id()));
    for (String claimant : List.of("org-bank", "org-school", "org-social", "org-community")) {
      OrganizationId org = OrganizationId.of(claimant);
      assertThat(ProjectList.byClaimant(database, org)).as("seed %s, %s", seed, claimant).isEqualTo(all.stream()
          .filter(r -> r.claim().map(c -> c.claimant().equals(org)).orElse(false)).toList());
    }
    for (io.github.jiceng.governance.model.service.Resource resource : ProjectWalks.RESOURCES) {
      assertThat(ProjectList.byResource(database, resource.id())).as("seed %s, %s", seed, resource.id())
          .isEqualTo(all.stream().filter(r -> r.claim().map(c -> c.resource().equals(resource.id())).orElse(false))
              .toList());
    }
    assertThat(seen).as("seed %s: the walks reach far", seed).contains(ProjectStage.TAKEN, ProjectStage.CLOSED);
    assertThat(applied).isEqualTo(database.queryLong("SELECT COUNT(*) FROM gov_event"));
    assertThat(ProjectList.community(database, GridId.of("elsewhere"))).isEmpty();
    assertThat(ProjectList.project(database, COMMUNITIES.get(0), ProjectId.of("pj-none"))).isEmpty();

    List<String> live = rows();
    store.rebuild(rule);
    assertThat(rows()).as("seed %s: rebuilt rows", seed).isNotEmpty().isEqualTo(live);
  }

  @Test
  void aRefusedCommandLeavesTheListAsItWasAndAWithdrawnProjectFreesItsDemandsForAnother() throws SQLException {
    SplittableRandom random = new SplittableRandom(7);
    GridId community = COMMUNITIES.get(0);
    ProjectCommand.Propose first = ProjectWalks.propose(random, "pj-a", "x1", ProjectWalks.T0);
    store.handle(rule, community.value(), "a-1", first);
    List<String> before = rows();
    assertThat(store.handle(rule, community.value(), "a-2", new ProjectCommand.Close(ProjectId.of("pj-a"),
        ProjectWalks.CLERK, ProjectWalks.T0))).isInstanceOf(Decision.Refused.class);
    assertThat(rows()).isEqualTo(before);
    store.handle(rule, community.value(), "a-3", new ProjectCommand.Withdraw(ProjectId.of("pj-a"), ProjectWalks.CLERK,
        ProjectWalks.T0, "改为单独派单"));
    ProjectCommand.Propose again = new ProjectCommand.Propose(io.github.jiceng.governance.model.service.Project.builder()
        .id(ProjectId.of("pj-b")).name("项目 b").addAllDemands(first.value().demands()).budget(first.value().budget())
        .pillar(first.value().pillar()).build(), first.demands(), first.statuses(), ProjectWalks.CLERK, ProjectWalks.T0);
    assertThat(store.handle(rule, community.value(), "a-4", again)).isInstanceOf(Decision.Applied.class);
    DemandId demand = first.value().demands().get(0);
    assertThat(ProjectList.byDemand(database, demand)).extracting(r -> r.project().id().value() + " " + r.stage())
        .containsExactly("pj-a WITHDRAWN", "pj-b PROPOSED");
  }

  @Test
  void prepareCreatesTheTablesOnADatabaseMigratedWithoutTheScriptAndLeavesExistingOnesAlone() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : List.of("gov_project_outcome", "gov_project_service", "gov_project_demand", "gov_project")) {
        statement.execute("DROP TABLE " + table);
      }
    }
    store.prepare(rule);
    store.prepare(rule);
    store.handle(rule, "xuemeili", "p-1", ProjectWalks.propose(new SplittableRandom(1), "pj-p", "x1", ProjectWalks.T0));
    assertThat(ProjectList.community(database, GridId.of("xuemeili"))).hasSize(1);
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : List.of("gov_project", "gov_project_demand", "gov_project_service", "gov_project_outcome")) {
      fixture.rows("SELECT * FROM " + table + " ORDER BY community, project"
          + (table.equals("gov_project") ? "" : ", position")).forEach(row -> rows.add(table + ":" + row));
    }
    return rows;
  }
}
