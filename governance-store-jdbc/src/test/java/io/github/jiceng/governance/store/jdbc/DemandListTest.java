package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.service.DemandRefusalCode;
import io.github.jiceng.governance.rules.service.DemandRules;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemandListTest {

  private static final List<GridId> COMMUNITIES = List.of(GridId.of("xuemeili"), GridId.of("nanyuan"), GridId.of("beiyuan"));

  private static final List<OrganizationId> CLAIMANTS = List.of(OrganizationId.of("org-power"),
      OrganizationId.of("org-school"), OrganizationId.of("org-volunteers"));

  private static final PersonId CLERK = PersonId.of("p-clerk");

  /** The community of each demand, as the host's demand list would say it. */
  private final Map<DemandId, GridId> communities = new TreeMap<>();

  private final StoredRule<DemandCommand, DemandCase, DemandEvent> rule =
      StoredRule.of("demand", DemandRules.standard(), StoreCodecs.demandEvents())
          .withRefusalCodes(DemandRefusalCode.class)
          .withProjection(DemandList.of(communities::get));

  private StoreFixture fixture;
  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    fixture = StoreFixture.open("demand_list", rule);
    database = fixture.database;
    store = fixture.store;
  }

  @AfterEach
  void dropSchema() {
    fixture.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyRowEqualsTheStatusOfTheReplayedDemandAndARebuildGivesIdenticalRows(long seed) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    Instant clock = Instant.parse("2024-03-01T01:00:00Z");
    List<DemandId> demands = new ArrayList<>();
    int applied = 0;
    for (int i = 0; i < 400; i++) {
      clock = clock.plusSeconds(random.nextInt(3) == 0 ? 0 : random.nextInt(86_400));
      String key = "k-" + i;
      if (demands.isEmpty() || random.nextInt(12) == 0) {
        DemandId id = DemandId.of("d-" + seed + "-" + demands.size());
        demands.add(id);
        communities.put(id, COMMUNITIES.get(random.nextInt(COMMUNITIES.size())));
        store.handle(rule, id.value(), key, new DemandCommand.Submit(event(id, Transition.SUBMIT, PersonId.of("p-" + i), clock)
            .build()));
        applied++;
        continue;
      }
      DemandId id = demands.get(random.nextInt(demands.size()));
      DemandCase current = store.load(rule, id.value()).state();
      DemandCase.Recorded held = (DemandCase.Recorded) current;
      if (random.nextInt(12) == 0) {
        assertThat(store.handle(rule, id.value(), key, new DemandCommand.Apply(held.last())))
            .as("seed %s: a redelivered last event", seed).isInstanceOf(Decision.Unchanged.class);
        continue;
      }
      List<Transition> allowed = new ArrayList<>(DemandRules.allowed(held.status().state()));
      Transition transition = allowed.isEmpty() || random.nextInt(15) == 0
          ? Transition.values()[1 + random.nextInt(Transition.values().length - 1)]
          : random.nextInt(4) != 0 ? allowed.get(0) : allowed.get(random.nextInt(allowed.size()));
      DemandEvent proposed = lawful(random, held.status(), transition, clock);
      if (store.handle(rule, id.value(), key, new DemandCommand.Apply(proposed)) instanceof Decision.Applied) {
        applied++;
      }
    }

    Set<DemandState> seen = EnumSet.noneOf(DemandState.class);
    int listed = 0;
    for (GridId community : COMMUNITIES) {
      List<DemandList.Row> expected = new ArrayList<>();
      for (String stream : store.streams(rule)) {
        DemandId id = DemandId.of(stream);
        if (communities.get(id).equals(community)) {
          DemandStatus status = store.replay(rule, stream).state().statusIfAny().orElseThrow();
          Instant submitted = store.events(rule, stream).get(0).event().at();
          expected.add(new DemandList.Row(community, submitted, status));
          seen.add(status.state());
        }
      }
      List<DemandList.Row> rows = DemandList.community(database, community);
      assertThat(rows).as("seed %s, community %s", seed, community).isEqualTo(expected);
      listed += rows.size();
    }
    assertThat(listed).as("seed %s", seed).isEqualTo(demands.size());
    assertThat(seen).as("seed %s: the walks reach far into the lifecycle", seed).hasSizeGreaterThan(5);
    assertThat(DemandList.community(database, GridId.of("elsewhere"))).isEmpty();
    assertThat(applied).isEqualTo(database.queryLong("SELECT COUNT(*) FROM gov_event"));

    List<String> live = rows();
    store.rebuild(rule);
    assertThat(rows()).as("seed %s: rebuilt rows", seed).isNotEmpty().isEqualTo(live);
  }

  @Test
  void aDemandCarriesItsLinksThroughTheLifecycleAndLosesItsClaimantWhenReopened() {
    DemandId id = DemandId.of("d-walk");
    communities.put(id, COMMUNITIES.get(0));
    Instant at = Instant.parse("2024-05-06T02:00:00Z");
    store.handle(rule, id.value(), "w-0", new DemandCommand.Submit(event(id, Transition.SUBMIT, PersonId.of("p-42"), at).build()));
    List<DemandEvent> walk = List.of(
        event(id, Transition.ACCEPT, CLERK, at.plusSeconds(60)).build(),
        event(id, Transition.GROUP, CLERK, at.plusSeconds(120)).project(ProjectId.of("prj-lift")).build(),
        event(id, Transition.DISPATCH, CLERK, at.plusSeconds(180)).channel(Channel.values()[0]).build(),
        event(id, Transition.CLAIM, CLAIMANTS.get(0), at.plusSeconds(240)).claimant(CLAIMANTS.get(0)).build(),
        event(id, Transition.START, CLAIMANTS.get(0), at.plusSeconds(300)).build(),
        event(id, Transition.DELIVER, CLAIMANTS.get(0), at.plusSeconds(360)).service(ServiceId.of("svc-1")).build(),
        event(id, Transition.EVALUATE, PersonId.of("p-42"), at.plusSeconds(420)).outcome(OutcomeId.of("out-1")).rating(2)
            .build());
    for (int i = 0; i < walk.size(); i++) {
      assertThat(store.handle(rule, id.value(), "w-" + (i + 1), new DemandCommand.Apply(walk.get(i))))
          .isInstanceOf(Decision.Applied.class);
    }
    DemandStatus evaluated = DemandList.community(database, COMMUNITIES.get(0)).get(0).status();
    assertThat(evaluated.project()).contains(ProjectId.of("prj-lift"));
    assertThat(evaluated.claimant()).contains(CLAIMANTS.get(0));
    assertThat(evaluated.service()).contains(ServiceId.of("svc-1"));
    assertThat(evaluated.outcome()).contains(OutcomeId.of("out-1"));
    assertThat(evaluated.rating()).hasValue(2);

    store.handle(rule, id.value(), "w-8", new DemandCommand.Apply(event(id, Transition.REOPEN, CLERK, at.plusSeconds(480))
        .reason("评价不满意").build()));

    DemandList.Row reopened = DemandList.community(database, COMMUNITIES.get(0)).get(0);
    assertThat(reopened.submittedAt()).isEqualTo(at);
    assertThat(reopened.status()).isEqualTo(store.load(rule, id.value()).state().statusIfAny().orElseThrow());
    assertThat(reopened.status().state()).isEqualTo(DemandState.GROUPED);
    assertThat(reopened.status().claimant()).isEmpty();
    assertThat(reopened.status().channel()).isEmpty();
    assertThat(reopened.status().project()).contains(ProjectId.of("prj-lift"));
    assertThat(reopened.status().reopened()).isEqualTo(1);
  }

  /** A proposed event for the transition, usually with what the rules need, now and then without. */
  private static DemandEvent lawful(SplittableRandom random, DemandStatus status, Transition transition, Instant at) {
    boolean complete = random.nextInt(20) != 0;
    ActorId actor = status.claimant().isPresent() && random.nextInt(10) != 0 ? status.claimant().get() : CLERK;
    DemandEvent.Builder b = event(status.demand(), transition, actor, at);
    if (complete) {
      b.reason("原因 " + random.nextInt(100));
    }
    switch (transition) {
      case GROUP:
        if (complete) {
          b.project(ProjectId.of("prj-" + random.nextInt(5)));
        }
        break;
      case DISPATCH:
        if (complete) {
          b.channel(Channel.values()[random.nextInt(Channel.values().length)]);
        }
        break;
      case CLAIM:
      case REASSIGN:
        if (complete) {
          b.claimant(CLAIMANTS.get(random.nextInt(CLAIMANTS.size())));
        }
        break;
      case DELIVER:
        if (complete) {
          b.service(ServiceId.of("svc-" + random.nextInt(1000)));
        }
        break;
      case EVALUATE:
        if (complete) {
          b.outcome(OutcomeId.of("out-" + random.nextInt(1000))).rating(1 + random.nextInt(5));
        }
        break;
      default:
        break;
    }
    return b.build();
  }

  private static DemandEvent.Builder event(DemandId id, Transition transition, ActorId actor, Instant at) {
    return DemandEvent.builder().demand(id).transition(transition).actor(actor).at(at);
  }

  private List<String> rows() throws SQLException {
    return fixture.rows("SELECT demand, community, submitted_at, state, since, project, channel, claimant, service, "
        + "outcome, rating, reopened, events FROM gov_demand ORDER BY demand");
  }
}
