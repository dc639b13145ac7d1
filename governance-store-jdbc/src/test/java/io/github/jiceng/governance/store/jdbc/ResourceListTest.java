package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.rules.cobuilding.AgreementCase;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingCommand;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingEvent;
import io.github.jiceng.governance.rules.cobuilding.CoBuildingRefusalCode;
import io.github.jiceng.governance.rules.cobuilding.Fulfilment;
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
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceListTest {

  private static final List<String> TABLES = List.of(
      "SELECT * FROM gov_cobuilding_agreement ORDER BY agreement",
      "SELECT * FROM gov_resource ORDER BY agreement, position",
      "SELECT * FROM gov_agreement_post ORDER BY agreement, position",
      "SELECT * FROM gov_agreement_integration ORDER BY agreement, integration");

  private static final Comparator<ResourceList.Row> ORDER = Comparator
      .comparing((ResourceList.Row r) -> r.resource().value()).thenComparing(r -> r.agreement().agreement().id());

  private final StoredRule<CoBuildingCommand, AgreementCase, CoBuildingEvent> rule =
      StoredRule.of("cobuilding", CoBuildingWalks.RULES, StoreCodecs.coBuildingEvents())
          .withRefusalCodes(CoBuildingRefusalCode.class)
          .withProjection(ResourceList.of());

  private final StoredRule<ProjectCommand, ProjectRegister, ProjectEvent> projects =
      StoredRule.of("project", ProjectWalks.RULES, StoreCodecs.projectEvents())
          .withRefusalCodes(ProjectRefusalCode.class)
          .withProjection(ProjectList.of());

  private StoreFixture fixture;
  private EventStore store;

  @BeforeEach
  void openStore() {
    fixture = StoreFixture.open("resource_list", rule, projects);
    store = fixture.store;
  }

  @AfterEach
  void dropSchema() {
    fixture.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 6);
  }

  /** Plays a seeded walk of agreements into the store and returns each agreement's stream id, in id order. */
  private List<String> play(long seed, int steps) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant now = CoBuildingWalks.T0;
    List<String> agreements = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      now = CoBuildingWalks.later(random, now);
      CoBuildingCommand command;
      String stream;
      if (agreements.isEmpty() || random.nextInt(4) == 0) {
        stream = "a-" + seed + "-" + agreements.size();
        GridId community = CoBuildingWalks.COMMUNITIES.get(random.nextInt(CoBuildingWalks.COMMUNITIES.size()));
        command = new CoBuildingCommand.Report(CoBuildingWalks.agreement(random, stream, community, now));
        agreements.add(stream);
      } else {
        stream = agreements.get(random.nextInt(agreements.size()));
        command = CoBuildingWalks.next(random, store.load(rule, stream).state(), i, now);
      }
      store.handle(rule, stream, "k-" + seed + "-" + i, command);
    }
    return agreements.stream().sorted().toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRowEqualsItsReplayedAgreementEveryQueryFiltersThemAndARebuildGivesIdenticalRows(long seed)
      throws SQLException {
    List<String> streams = play(seed, 140);

    List<ResourceList.Row> all = new ArrayList<>();
    Map<AgreementId, ResourceList.Agreement> agreements = new TreeMap<>();
    Set<Fulfilment.Level> levels = EnumSet.noneOf(Fulfilment.Level.class);
    int fedBack = 0;
    for (String stream : streams) {
      AgreementCase c = store.replay(rule, stream).state();
      ResourceList.Agreement expected = ResourceList.Agreement.of(c);
      agreements.put(expected.agreement().id(), expected);
      assertThat(ResourceList.agreement(fixture.database, expected.agreement().id())).as("seed %s, %s", seed, stream)
          .contains(expected);
      List<ResourceList.Row> rows = ResourceList.Row.of(c);
      assertThat(ResourceList.byAgreement(fixture.database, expected.agreement().id())).as("seed %s, %s", seed, stream)
          .isEqualTo(rows.stream().sorted(ORDER).toList());
      all.addAll(rows);
      expected.use().ifPresent(f -> levels.add(f.level()));
      fedBack += expected.feedbacks();
    }
    all.sort(ORDER);
    assertThat(levels).as("seed %s: the walk reviews agreements", seed).isNotEmpty();
    assertThat(fedBack).as("seed %s: the walk sends reviews back", seed).isPositive();
    assertThat(all).as("seed %s: the walk commits resources", seed).isNotEmpty();

    Set<Instant> instants = new TreeSet<>(List.of(CoBuildingWalks.T0, CoBuildingWalks.T0.plusSeconds(200 * 86_400L)));
    for (ResourceList.Row row : all) {
      instants.add(row.period().start());
      instants.add(row.period().end());
      instants.add(row.period().end().minusNanos(1));
    }
    for (GridId community : CoBuildingWalks.COMMUNITIES) {
      assertThat(ResourceList.community(fixture.database, community)).as("seed %s, %s", seed, community)
          .isEqualTo(all.stream().filter(r -> r.community().equals(community)).toList());
      for (Instant at : instants) {
        assertThat(ResourceList.inForce(fixture.database, community, at)).as("seed %s, %s at %s", seed, community, at)
            .isEqualTo(all.stream().filter(r -> r.community().equals(community) && r.period().contains(at)).toList());
      }
    }
    for (ActorId reporter : CoBuildingWalks.REPORTERS) {
      assertThat(ResourceList.byReporter(fixture.database, reporter)).as("seed %s, %s", seed, reporter)
          .isEqualTo(all.stream().filter(r -> r.committedBy().equals(reporter)).toList());
    }
    for (ResourceId resource : CoBuildingWalks.RESOURCES) {
      assertThat(ResourceList.byResource(fixture.database, resource)).as("seed %s, %s", seed, resource)
          .isEqualTo(all.stream().filter(r -> r.resource().equals(resource)).toList());
    }
    assertThat(ResourceList.byReporter(fixture.database, PersonId.of("org-bank"))).as("a person is not the unit")
        .isEmpty();
    assertThat(ResourceList.agreement(fixture.database, AgreementId.of("a-none"))).isEmpty();
    assertThat(ResourceList.community(fixture.database, GridId.of("elsewhere"))).isEmpty();

    List<String> live = rows();
    assertThat(store.rebuild(rule)).isEqualTo(fixture.database.queryLong("SELECT COUNT(*) FROM gov_event "
        + "WHERE rule = 'cobuilding'"));
    assertThat(rows()).as("seed %s: rebuilt rows", seed).isNotEmpty().isEqualTo(live);
  }

  @Test
  void theSeedsTogetherReachEveryLevelAndAnAgreementIsInForceAtItsStartButNotAtItsEnd() {
    Set<Fulfilment.Level> levels = EnumSet.noneOf(Fulfilment.Level.class);
    List<CoBuildingAgreement> committing = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      for (String stream : play(seed, 140)) {
        ResourceList.Agreement a = ResourceList.Agreement.of(store.replay(rule, stream).state());
        a.use().ifPresent(f -> levels.add(f.level()));
        if (!a.agreement().resources().isEmpty()) {
          committing.add(a.agreement());
        }
      }
    }
    assertThat(levels).containsExactlyInAnyOrder(Fulfilment.Level.values());
    assertThat(committing).isNotEmpty();
    for (CoBuildingAgreement a : committing) {
      assertThat(ResourceList.inForce(fixture.database, a.community(), a.period().start())).as("%s", a)
          .filteredOn(r -> r.agreement().agreement().equals(a)).hasSize(a.resources().size());
      assertThat(ResourceList.inForce(fixture.database, a.community(), a.period().end().minusNanos(1))).as("%s", a)
          .filteredOn(r -> r.agreement().agreement().equals(a)).hasSize(a.resources().size());
      assertThat(ResourceList.inForce(fixture.database, a.community(), a.period().end())).as("%s", a)
          .noneMatch(r -> r.agreement().agreement().equals(a));
      assertThat(ResourceList.inForce(fixture.database, a.community(), a.period().start().minusNanos(1))).as("%s", a)
          .noneMatch(r -> r.agreement().agreement().equals(a));
    }
  }

  @Test
  void aRefusedStepLeavesTheListAsItWas() throws SQLException {
    SplittableRandom random = new SplittableRandom(11);
    Instant at = CoBuildingWalks.T0;
    CoBuildingAgreement a = CoBuildingWalks.agreement(random, "a-refused", CoBuildingWalks.COMMUNITIES.get(0), at);
    assertThat(store.handle(rule, "a-refused", "r-1", new CoBuildingCommand.Report(a))).isInstanceOf(Decision.Applied.class);
    assertThat(store.handle(rule, "a-refused", "r-2", new CoBuildingCommand.Review(MeetingId.of("jm-1"),
        CoBuildingWalks.measure(random, a, at.plusSeconds(86_400))))).isInstanceOf(Decision.Applied.class);
    List<String> before = rows();

    assertThat(store.handle(rule, "a-refused", "r-3", new CoBuildingCommand.Review(MeetingId.of("jm-2"),
        CoBuildingWalks.measure(random, a, at)))).isInstanceOf(Decision.Refused.class);
    assertThat(store.handle(rule, "a-refused", "r-4", new CoBuildingCommand.Review(MeetingId.of("jm-1"),
        CoBuildingWalks.measure(random, a, at.plusSeconds(2 * 86_400L))))).isInstanceOf(Decision.Refused.class);
    CoBuildingAgreement green = CoBuildingAgreement.builder().id(AgreementId.of("a-green"))
        .community(a.community()).reporter(OrganizationId.of("org-bank")).reportedAt(at).period(a.period())
        .addResources(ResourceId.of("r-bank")).addIntegrations(Integration.of("CO_GREEN")).build();
    assertThat(store.handle(rule, "a-green", "r-5", new CoBuildingCommand.Report(green)))
        .isInstanceOf(Decision.Refused.class);
    assertThat(store.handle(rule, "a-none", "r-6", new CoBuildingCommand.Feedback(AgreementId.of("a-none"), at)))
        .isInstanceOf(Decision.Refused.class);

    assertThat(rows()).isEqualTo(before);
    // a refusal re-sent with its key answers the rule's own code, and still writes nothing
    assertThat(store.handle(rule, "a-green", "r-5", new CoBuildingCommand.Report(green)).refusalIfAny())
        .map(r -> r.code()).contains(CoBuildingRefusalCode.INTEGRATION_NOT_CONFIGURED);
    assertThat(rows()).isEqualTo(before);
    assertThat(ResourceList.byResource(fixture.database, ResourceId.of("r-bank")))
        .noneMatch(r -> r.agreement().agreement().id().equals(green.id()));
  }

  @Test
  void anAgreementReportedIntoAStreamOfAnotherIdIsRefusedBeforeAnythingIsWritten() throws SQLException {
    CoBuildingAgreement a = CoBuildingWalks.agreement(new SplittableRandom(3), "a-1", CoBuildingWalks.COMMUNITIES.get(0),
        CoBuildingWalks.T0);
    assertThatThrownBy(() -> store.handle(rule, "cobuilding/a-1", "w-1", new CoBuildingCommand.Report(a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a-1").hasMessageContaining("cobuilding/a-1");
    assertThat(fixture.database.queryLong("SELECT COUNT(*) FROM gov_event")).isZero();
    assertThat(fixture.database.queryLong("SELECT COUNT(*) FROM gov_command")).isZero();
    assertThat(rows()).isEmpty();
  }

  @Test
  void aResourceLeadsToItsAgreementsAndUnitsAndToTheProjectsTakenWithItAndTheirServices() {
    List<String> streams = play(5, 60);
    SplittableRandom random = new SplittableRandom(5);
    Instant now = ProjectWalks.T0;
    int proposed = 0;
    GridId community = CoBuildingWalks.COMMUNITIES.get(0);
    for (int i = 0; i < 200; i++) {
      now = ProjectWalks.later(random, now);
      ProjectRegister register = store.load(projects, community.value()).state();
      List<ProjectCase> cases = List.copyOf(register.cases().values());
      ProjectCommand command = cases.isEmpty() || random.nextInt(6) == 0
          ? ProjectWalks.propose(random, "pj-" + proposed++, "x1", now)
          : ProjectWalks.next(random, register, cases.get(random.nextInt(cases.size())), now);
      store.handle(projects, community.value(), "p-" + i, command);
    }
    ProjectRegister register = store.replay(projects, community.value()).state();
    Set<ResourceId> linked = new TreeSet<>();
    for (ResourceId resource : CoBuildingWalks.RESOURCES) {
      List<ResourceList.Row> rows = ResourceList.byResource(fixture.database, resource);
      for (ResourceList.Row row : rows) {
        // resource -> agreement -> unit or member
        ResourceList.Agreement agreement = ResourceList.agreement(fixture.database, row.agreement().agreement().id())
            .orElseThrow();
        assertThat(agreement).isEqualTo(row.agreement());
        assertThat(streams).contains(agreement.agreement().id().value());
        assertThat(agreement.agreement().reporter()).isEqualTo(row.committedBy());
      }
      // resource -> projects taken with it -> their services, each drawing on the resource
      List<ProjectList.Row> expected = new ArrayList<>();
      for (ProjectCase c : register.cases().values()) {
        if (c.claim().map(k -> k.resource().equals(resource)).orElse(false)) {
          expected.add(ProjectList.Row.of(community, c));
          for (ServiceRecord s : c.services()) {
            assertThat(s.resource()).as("service %s of %s", s.id(), c.project().id()).isEqualTo(resource);
          }
        }
      }
      assertThat(ProjectList.byResource(fixture.database, resource)).as("%s", resource).isEqualTo(expected);
      if (!rows.isEmpty() && expected.stream().anyMatch(p -> !p.services().isEmpty())) {
        linked.add(resource);
      }
    }
    assertThat(linked).as("some committed resource was taken for a project that was served").isNotEmpty();
  }

  @Test
  void prepareCreatesTheTablesOnADatabaseMigratedWithoutTheScriptAndLeavesExistingOnesAlone() throws SQLException {
    try (Connection connection = fixture.database.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : List.of("gov_agreement_integration", "gov_agreement_post", "gov_resource",
          "gov_cobuilding_agreement")) {
        statement.execute("DROP TABLE " + table);
      }
    }
    store.prepare(rule);
    store.prepare(rule);
    CoBuildingAgreement a = CoBuildingWalks.agreement(new SplittableRandom(2), "a-p", CoBuildingWalks.COMMUNITIES.get(1),
        CoBuildingWalks.T0);
    store.handle(rule, "a-p", "p-1", new CoBuildingCommand.Report(a));
    assertThat(ResourceList.agreement(fixture.database, a.id())).contains(ResourceList.Agreement.of(
        store.load(rule, "a-p").state()));
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String sql : TABLES) {
      rows.addAll(fixture.rows(sql));
    }
    return rows;
  }
}
