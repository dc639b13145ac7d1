package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.model.service.DeadlinePolicy;
import io.github.jiceng.governance.model.service.Overdue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
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
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class DemandLifecycleTest {

  private static final DemandLifecycle LIFECYCLE = DemandLifecycle.standard();
  private static final DemandId D1 = DemandId.of("d-1");
  private static final PersonId RESIDENT = PersonId.of("p-1");
  private static final OrganizationId COMMUNITY = OrganizationId.of("org-baiyun");
  private static final OrganizationId UNIT = OrganizationId.of("org-bank");
  private static final OrganizationId OTHER_UNIT = OrganizationId.of("org-school");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  private static DemandEvent.Builder event(Transition t, ActorId actor, int hour) {
    return DemandEvent.builder().demand(D1).transition(t).actor(actor).at(T0.plus(Duration.ofHours(hour)));
  }

  private static final DemandRules RULES = LIFECYCLE.rules();

  /** A decision with the state it was decided on. */
  private record Step(DemandCase before, Decision<DemandEvent> decision) {}

  private static Step apply(DemandCase state, DemandEvent event) {
    return new Step(state, RULES.decide(new DemandCommand.Apply(event), state));
  }

  private static Step submit(DemandEvent event) {
    return new Step(DemandCase.none(), RULES.decide(new DemandCommand.Submit(event), DemandCase.none()));
  }

  /** The state after an applied step. */
  private static DemandCase.Recorded status(Step step) {
    assertThat(step.decision()).as("%s", step.decision()).isInstanceOf(Decision.Applied.class);
    return (DemandCase.Recorded) RULES.fold(step.before(), step.decision().events());
  }

  private static Refusal refused(Step step) {
    assertThat(step.decision()).as("%s", step.decision()).isInstanceOf(Decision.Refused.class);
    return step.decision().refusalIfAny().orElseThrow();
  }

  private static DemandCase.Recorded recorded(List<DemandEvent> events) {
    return (DemandCase.Recorded) LIFECYCLE.stateOf(events);
  }

  private static List<DemandEvent> happyPath(int rating) {
    return List.of(
        event(Transition.SUBMIT, RESIDENT, 0).build(),
        event(Transition.ACCEPT, COMMUNITY, 1).build(),
        event(Transition.GROUP, COMMUNITY, 2).project(ProjectId.of("pj-1")).build(),
        event(Transition.DISPATCH, COMMUNITY, 3).channel(Channel.CLAIM).build(),
        event(Transition.CLAIM, UNIT, 4).claimant(UNIT).build(),
        event(Transition.START, UNIT, 5).build(),
        event(Transition.DELIVER, UNIT, 6).service(ServiceId.of("s-1")).build(),
        event(Transition.EVALUATE, RESIDENT, 7).outcome(OutcomeId.of("o-1")).rating(rating).build());
  }

  @Test
  void walksTheWholeChainFromSubmitToClose() {
    List<DemandEvent> events = new ArrayList<>(happyPath(5));
    events.add(event(Transition.CLOSE, COMMUNITY, 8).build());
    DemandStatus s = LIFECYCLE.replay(events);
    assertThat(s.state()).isEqualTo(DemandState.CLOSED);
    assertThat(s.project()).contains(ProjectId.of("pj-1"));
    assertThat(s.channel()).contains(Channel.CLAIM);
    assertThat(s.claimant()).contains(UNIT);
    assertThat(s.service()).contains(ServiceId.of("s-1"));
    assertThat(s.outcome()).contains(OutcomeId.of("o-1"));
    assertThat(s.rating()).hasValue(5);
    assertThat(s.events()).isEqualTo(9);
    assertThat(s.since()).isEqualTo(T0.plus(Duration.ofHours(8)));
  }

  @Test
  void reopensAfterAPoorRatingAndRefusesToCloseIt() {
    DemandCase.Recorded evaluated = recorded(happyPath(2));
    Refusal close = refused(apply(evaluated, event(Transition.CLOSE, COMMUNITY, 8).build()));
    assertThat(close.code()).isEqualTo(DemandRefusalCode.RATING_TOO_LOW_TO_CLOSE);
    assertThat(close.detail()).contains("reopen");
    DemandCase.Recorded reopened = status(apply(evaluated,
        event(Transition.REOPEN, COMMUNITY, 8).reason("the ramp is still too steep").build()));
    // back with the community, which dispatches it again, perhaps to another channel
    assertThat(reopened.status().state()).isEqualTo(DemandState.GROUPED);
    assertThat(reopened.status().claimant()).isEmpty();
    assertThat(reopened.status().channel()).isEmpty();
    assertThat(reopened.status().project()).isPresent();
    assertThat(reopened.status().reopened()).isEqualTo(1);
    assertThat(status(apply(reopened, event(Transition.DISPATCH, COMMUNITY, 9).channel(Channel.PURCHASE)
        .build())).status().channel()).contains(Channel.PURCHASE);

    DemandCase.Recorded good = recorded(happyPath(4));
    assertThat(refused(apply(good, event(Transition.REOPEN, COMMUNITY, 8).reason("x").build())).code())
        .isEqualTo(DemandRefusalCode.RATING_TOO_HIGH_TO_REOPEN);
  }

  @Test
  void refusesIllegalTransitionsWithAReasonAndChangesNothing() {
    DemandCase.Recorded submitted = status(submit(happyPath(5).get(0)));
    Refusal r = refused(apply(submitted, event(Transition.CLAIM, UNIT, 1).claimant(UNIT).build()));
    assertThat(r.code()).isEqualTo(DemandRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(r.detail()).contains("CLAIM cannot leave SUBMITTED").contains("ACCEPT");
    assertThat(refused(apply(submitted, event(Transition.REJECT, COMMUNITY, 1).build())).code())
        .isEqualTo(DemandRefusalCode.REASON_REQUIRED);
    assertThat(refused(apply(submitted, event(Transition.REJECT, COMMUNITY, 1).reason(" ").build())).code()).isEqualTo(DemandRefusalCode.REASON_REQUIRED);
    assertThat(refused(apply(submitted, event(Transition.ACCEPT, COMMUNITY, -1).build())).code())
        .isEqualTo(DemandRefusalCode.OUT_OF_ORDER);
    assertThat(refused(apply(submitted,
        DemandEvent.builder().demand(DemandId.of("d-2")).transition(Transition.ACCEPT).actor(COMMUNITY).at(T0)
            .build())).code()).isEqualTo(DemandRefusalCode.WRONG_DEMAND);
    assertThat(refused(submit(event(Transition.ACCEPT, COMMUNITY, 0).build())).code())
        .isEqualTo(DemandRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(refused(apply(submitted, event(Transition.SUBMIT, RESIDENT, 1).build())).code())
        .isEqualTo(DemandRefusalCode.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void checksWhatEachTransitionNeeds() {
    List<DemandEvent> path = happyPath(5);
    DemandCase.Recorded accepted = recorded(path.subList(0, 2));
    assertThat(refused(apply(accepted, event(Transition.GROUP, COMMUNITY, 2).build())).code())
        .isEqualTo(DemandRefusalCode.PROJECT_REQUIRED);
    DemandCase.Recorded grouped = recorded(path.subList(0, 3));
    assertThat(refused(apply(grouped, event(Transition.DISPATCH, COMMUNITY, 3).build())).code())
        .isEqualTo(DemandRefusalCode.CHANNEL_REQUIRED);
    DemandCase.Recorded dispatched = recorded(path.subList(0, 4));
    assertThat(refused(apply(dispatched, event(Transition.CLAIM, UNIT, 4).build())).code())
        .isEqualTo(DemandRefusalCode.CLAIMANT_REQUIRED);
    DemandCase.Recorded claimed = recorded(path.subList(0, 5));
    assertThat(refused(apply(claimed, event(Transition.REASSIGN, COMMUNITY, 5).reason("ill")
        .claimant(UNIT).build())).code()).isEqualTo(DemandRefusalCode.SAME_CLAIMANT);
    assertThat(refused(apply(claimed, event(Transition.REASSIGN, COMMUNITY, 5).reason("ill").build())).code()).isEqualTo(DemandRefusalCode.CLAIMANT_REQUIRED);
    assertThat(refused(apply(claimed, event(Transition.RELEASE, OTHER_UNIT, 5).reason("busy").build())).code()).isEqualTo(DemandRefusalCode.NOT_THE_CLAIMANT);
    DemandStatus released = status(apply(claimed, event(Transition.RELEASE, UNIT, 5).reason("busy").build())).status();
    assertThat(released.state()).isEqualTo(DemandState.GROUPED);
    assertThat(released.claimant()).isEmpty();
    assertThat(released.channel()).isEmpty();
    DemandStatus reassigned = status(apply(claimed,
        event(Transition.REASSIGN, COMMUNITY, 5).reason("closer").claimant(OTHER_UNIT).build())).status();
    assertThat(reassigned.claimant()).contains(OTHER_UNIT);
    DemandCase.Recorded inService = recorded(path.subList(0, 6));
    assertThat(refused(apply(inService, event(Transition.DELIVER, UNIT, 6).build())).code())
        .isEqualTo(DemandRefusalCode.SERVICE_REQUIRED);
    DemandCase.Recorded delivered = recorded(path.subList(0, 7));
    assertThat(refused(apply(delivered, event(Transition.EVALUATE, RESIDENT, 7).rating(4).build())).code())
        .isEqualTo(DemandRefusalCode.OUTCOME_REQUIRED);
    assertThat(refused(apply(delivered, event(Transition.EVALUATE, RESIDENT, 7)
        .outcome(OutcomeId.of("o")).rating(6).build())).code()).isEqualTo(DemandRefusalCode.RATING_OUT_OF_RANGE);
    DemandStatus withdrawn = status(apply(claimed,
        event(Transition.WITHDRAW, RESIDENT, 6).reason("solved by a neighbour").build())).status();
    assertThat(withdrawn.state()).isEqualTo(DemandState.WITHDRAWN);
    assertThat(LIFECYCLE.allowed(withdrawn.state())).isEmpty();
  }

  @Test
  void listsTheTransitionsAllowedInEveryState() {
    assertThat(LIFECYCLE.allowed(DemandState.SUBMITTED))
        .containsExactly(Transition.ACCEPT, Transition.REJECT, Transition.WITHDRAW);
    assertThat(LIFECYCLE.allowed(DemandState.CLAIMED))
        .containsExactly(Transition.START, Transition.WITHDRAW, Transition.RELEASE, Transition.REASSIGN);
    assertThat(LIFECYCLE.allowed(DemandState.IN_SERVICE))
        .containsExactly(Transition.DELIVER, Transition.RELEASE, Transition.REASSIGN);
    assertThat(LIFECYCLE.allowed(DemandState.EVALUATED)).containsExactly(Transition.CLOSE, Transition.REOPEN);
    for (DemandState s : DemandState.values()) {
      assertThat(LIFECYCLE.allowed(s).isEmpty()).as(s.name()).isEqualTo(s.isFinal());
      for (Transition t : LIFECYCLE.allowed(s)) {
        assertThat(t.from()).contains(s);
      }
    }
  }

  @Test
  void detectsOverdueDemandsAtTheInstantAsked() {
    DemandStatus submitted = status(submit(happyPath(5).get(0))).status();
    DeadlinePolicy policy = DeadlinePolicy.standard();
    assertThat(LIFECYCLE.overdue(submitted, policy, T0.plus(Duration.ofDays(3)))).isEmpty();
    Overdue o = LIFECYCLE.overdue(submitted, policy, T0.plus(Duration.ofDays(4))).orElseThrow();
    assertThat(o.state()).isEqualTo(DemandState.SUBMITTED);
    assertThat(o.due()).isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(o.by()).isEqualTo(Duration.ofDays(1));
    DemandStatus later = LIFECYCLE.replay(happyPath(5).subList(0, 2));
    List<Overdue> all = LIFECYCLE.overdue(List.of(later, submitted), policy, T0.plus(Duration.ofDays(30)));
    assertThat(all).extracting(Overdue::state).containsExactly(DemandState.SUBMITTED, DemandState.ACCEPTED);
    DemandStatus closed = LIFECYCLE.replay(new ArrayList<>(happyPath(5)) {
      {
        add(event(Transition.CLOSE, COMMUNITY, 8).build());
      }
    });
    assertThat(LIFECYCLE.overdue(closed, policy, T0.plus(Duration.ofDays(300)))).isEmpty();
    assertThat(LIFECYCLE.overdue(submitted, new DeadlinePolicy(Map.of()), T0.plus(Duration.ofDays(300)))).isEmpty();
  }

  @Test
  void replayNamesTheFirstRefusedEvent() {
    List<DemandEvent> bad = List.of(happyPath(5).get(0), event(Transition.START, UNIT, 1).build());
    assertThatIllegalArgumentException().isThrownBy(() -> LIFECYCLE.replay(bad))
        .withMessageContaining("event 1").withMessageContaining("NOT_ALLOWED_IN_STATE");
    assertThatIllegalArgumentException().isThrownBy(() -> LIFECYCLE.replay(List.of()));
  }

  static IntStream seeds() {
    return SeedCount.ints(300);
  }

  /**
   * Proposes random events (most of them illegal) to a few demands, keeps what was applied, and
   * replays it: the replayed statuses equal the ones built step by step, and every refusal left
   * the status unchanged.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void replayingTheAppliedEventsRebuildsTheSameStatus(int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DemandLifecycle lifecycle = DemandLifecycle.withSatisfactoryRating(1 + r.nextInt(5));
    List<DemandId> ids = List.of(DemandId.of("a"), DemandId.of("b"), DemandId.of("c"));
    Map<DemandId, DemandStatus> live = new java.util.TreeMap<>();
    Map<DemandId, DemandCase> states = new java.util.TreeMap<>();
    List<DemandEvent> applied = new ArrayList<>();
    Instant now = T0;
    List<OrganizationId> units = List.of(UNIT, OTHER_UNIT, COMMUNITY);
    for (int step = 0; step < 200; step++) {
      now = now.plus(Duration.ofMinutes(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(600)));
      DemandId id = ids.get(r.nextInt(ids.size()));
      DemandStatus current = live.get(id);
      // mostly a transition the state allows, so the walk goes deep; sometimes any transition
      List<Transition> allowed = current == null ? List.of(Transition.SUBMIT)
          : List.copyOf(lifecycle.allowed(current.state()));
      Transition t = !allowed.isEmpty() && r.nextInt(10) < 7 ? allowed.get(r.nextInt(allowed.size()))
          : Transition.values()[r.nextInt(Transition.values().length)];
      OrganizationId unit = units.get(r.nextInt(units.size()));
      DemandEvent.Builder b = DemandEvent.builder().demand(id).transition(t)
          .actor(r.nextBoolean() ? unit : RESIDENT).at(r.nextInt(20) == 0 ? now.minusSeconds(3600) : now);
      if (r.nextInt(4) != 0) {
        b.reason("reason " + step);
      }
      if (r.nextInt(3) != 0) {
        b.project(ProjectId.of("pj-" + r.nextInt(3)));
      }
      if (r.nextInt(3) != 0) {
        b.channel(Channel.values()[r.nextInt(3)]);
      }
      if (r.nextInt(3) != 0) {
        b.claimant(unit);
      }
      if (r.nextInt(3) != 0) {
        b.service(ServiceId.of("s-" + step));
      }
      if (r.nextInt(3) != 0) {
        b.outcome(OutcomeId.of("o-" + step)).rating(r.nextInt(7));
      }
      DemandEvent e = b.build();
      DemandCase before = states.getOrDefault(id, DemandCase.none());
      Decision<DemandEvent> result = lifecycle.rules().decide(before instanceof DemandCase.Recorded
          ? new DemandCommand.Apply(e) : new DemandCommand.Submit(e), before);
      if (result instanceof Decision.Applied) {
        DemandCase after = lifecycle.rules().fold(before, result.events());
        states.put(id, after);
        live.put(id, after.statusIfAny().orElseThrow());
        applied.add(e);
      } else if (result instanceof Decision.Refused) {
        assertThat(result.events()).as("seed %s", seed).isEmpty();
      }
    }
    assertThat(lifecycle.replayAll(applied)).as("seed %s", seed).isEqualTo(live);
    for (DemandId id : live.keySet()) {
      List<DemandEvent> own = applied.stream().filter(e -> e.demand().equals(id)).toList();
      assertThat(lifecycle.replay(own)).as("seed %s demand %s", seed, id).isEqualTo(live.get(id));
      assertThat(Optional.of(live.get(id).events())).contains(own.size());
    }
  }
}
