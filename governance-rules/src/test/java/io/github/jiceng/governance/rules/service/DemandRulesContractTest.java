package io.github.jiceng.governance.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link DemandRules} through the generic decider contract, over many seeds of mixed commands. */
final class DemandRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(200, 60);
  private static final int STEPS = 60;
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final DemandId D1 = DemandId.of("d-1");
  private static final PersonId RESIDENT = PersonId.of("p-1");
  private static final List<OrganizationId> UNITS =
      List.of(OrganizationId.of("org-bank"), OrganizationId.of("org-school"), OrganizationId.of("org-baiyun"));

  /** The rules of a seed: its satisfactory rating is drawn too. */
  static DemandRules rules(long seed) {
    return DemandRules.withSatisfactoryRating(1 + (int) (seed % 5));
  }

  /**
   * Commands for one demand's stream: mostly a transition its state allows now (found by running
   * the commands drawn so far), half of those the forward one, the others any transition; parts the transition needs are
   * sometimes left out, some events are back in time or outside the instants the SDK accepts, some
   * name another demand, and some deliver the last event again.
   */
  static List<DemandCommand> commands(long seed) {
    Random r = new Random(seed);
    DemandRules rules = rules(seed);
    InMemoryStream<DemandCommand, DemandCase, DemandEvent> stream = InMemoryStream.open(rules);
    List<DemandCommand> out = new ArrayList<>();
    Instant now = T0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plus(Duration.ofMinutes(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(600)));
      DemandCommand command;
      if (step > 0 && r.nextInt(12) == 0 && !stream.events().isEmpty()) {
        DemandEvent last = stream.events().get(stream.events().size() - 1);
        command = last.transition() == Transition.SUBMIT ? new DemandCommand.Submit(last) : new DemandCommand.Apply(last);
      } else {
        DemandState state = stream.state().statusIfAny().map(DemandStatus::state).orElse(null);
        List<Transition> allowed = state == null ? List.of(Transition.SUBMIT) : List.copyOf(DemandRules.allowed(state));
        int draw = r.nextInt(10);
        Transition t = allowed.isEmpty() || draw >= 8 ? Transition.values()[r.nextInt(Transition.values().length)]
            : draw < 5 ? allowed.get(0) : allowed.get(r.nextInt(allowed.size()));
        DemandEvent e = event(r, t, now, step);
        command = t == Transition.SUBMIT && r.nextInt(4) != 0 ? new DemandCommand.Submit(e) : new DemandCommand.Apply(e);
      }
      out.add(command);
      stream.handle(command);
    }
    return out;
  }

  private static DemandEvent event(Random r, Transition t, Instant now, int step) {
    OrganizationId unit = UNITS.get(r.nextInt(UNITS.size()));
    Instant at = switch (r.nextInt(40)) {
      case 0 -> now.minusSeconds(3600);
      case 1 -> TimeLimits.LATEST.plusNanos(1);
      default -> now;
    };
    DemandEvent.Builder b = DemandEvent.builder().demand(r.nextInt(40) == 0 ? DemandId.of("d-2") : D1).transition(t)
        .actor(r.nextBoolean() ? unit : RESIDENT).at(at);
    if (r.nextInt(6) != 0) {
      b.reason("reason " + step);
    }
    if (r.nextInt(6) != 0) {
      b.project(ProjectId.of("pj-" + r.nextInt(3)));
    }
    if (r.nextInt(6) != 0) {
      b.channel(Channel.values()[r.nextInt(3)]);
    }
    if (r.nextInt(6) != 0) {
      b.claimant(unit);
    }
    if (r.nextInt(6) != 0) {
      b.service(ServiceId.of("s-" + step));
    }
    if (r.nextInt(6) != 0) {
      b.outcome(OutcomeId.of("o-" + step)).rating(r.nextInt(7));
    }
    return b.build();
  }

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<DemandCommand> commands = commands(seed);
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, rules(seed), commands);
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
      InMemoryStream<DemandCommand, DemandCase, DemandEvent> stream = InMemoryStream.open(rules(seed));
      for (DemandCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderHarness.checkTexts("contract", refusal));
      }
      if (!stream.events().isEmpty()) {
        assertThat(DemandLifecycle.withSatisfactoryRating(rules(seed).satisfactoryRating()).replay(stream.events()))
            .as("seed %s: the lifecycle replays the stream", seed).isEqualTo(stream.state().statusIfAny().orElseThrow());
      }
    }
    assertThat(applied).as("applied").isPositive();
    assertThat(unchanged).as("unchanged").isPositive();
    assertThat(refused).as("refused").isPositive();
    assertThat(keys).as("codes reached").isEqualTo(Arrays.stream(DemandRefusalCode.values()).map(RefusalCode::key)
        .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void aCodesKeyIsTheFeatureAndTheConstant() {
    assertThat(DemandRefusalCode.RATING_TOO_LOW_TO_CLOSE.key()).isEqualTo("demand.rating-too-low-to-close");
  }

  @Test
  void theLastEventDeliveredAgainIsUnchangedAndAnEarlierOneIsRefused() {
    DemandRules rules = DemandRules.standard();
    InMemoryStream<DemandCommand, DemandCase, DemandEvent> stream = InMemoryStream.open(rules);
    DemandEvent submit = DemandEvent.builder().demand(D1).transition(Transition.SUBMIT).actor(RESIDENT).at(T0).build();
    DemandEvent accept = DemandEvent.builder().demand(D1).transition(Transition.ACCEPT).actor(UNITS.get(2))
        .at(T0.plusSeconds(60)).build();

    assertThat(stream.handle(new DemandCommand.Apply(submit)).refusalIfAny().orElseThrow().code())
        .as("nothing to apply to before the submit").isEqualTo(DemandRefusalCode.NOT_ALLOWED_IN_STATE);
    stream.handle(new DemandCommand.Submit(submit));
    assertThat(stream.handle(new DemandCommand.Submit(submit))).isEqualTo(Decision.unchanged(List.of(submit)));
    stream.handle(new DemandCommand.Apply(accept));
    assertThat(stream.handle(new DemandCommand.Apply(accept))).isEqualTo(Decision.unchanged(List.of(accept)));
    assertThat(stream.handle(new DemandCommand.Submit(submit)).refusalIfAny().orElseThrow().detail())
        .isEqualTo("SUBMIT cannot leave ACCEPTED; allowed: [GROUP, WITHDRAW]");
    assertThat(stream.events()).containsExactly(submit, accept);
  }

  @Test
  void anEventNoDecisionCouldGiveIsAnIllegalState() {
    DemandRules rules = DemandRules.standard();
    DemandEvent start = DemandEvent.builder().demand(D1).transition(Transition.START).actor(RESIDENT).at(T0).build();

    assertThatThrownBy(() -> rules.evolve(rules.initialState(), start)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("demand.not-allowed-in-state");
    assertThatThrownBy(() -> new DemandCase.Recorded(rules.evolve(rules.initialState(), DemandEvent.builder()
        .demand(D1).transition(Transition.SUBMIT).actor(RESIDENT).at(T0).build()).statusIfAny().orElseThrow(),
        DemandEvent.builder().demand(DemandId.of("d-2")).transition(Transition.SUBMIT).actor(RESIDENT).at(T0).build()))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("same-demand");
  }

  @Test
  void aRefusalNamesItsValuesWithoutTheFreeTextReason() {
    DemandRules rules = DemandRules.withSatisfactoryRating(4);
    DemandCase evaluated = DemandLifecycle.withSatisfactoryRating(4).stateOf(List.of(
        DemandEvent.builder().demand(D1).transition(Transition.SUBMIT).actor(RESIDENT).at(T0).build(),
        DemandEvent.builder().demand(D1).transition(Transition.ACCEPT).actor(RESIDENT).at(T0).build(),
        DemandEvent.builder().demand(D1).transition(Transition.GROUP).actor(RESIDENT).at(T0)
            .project(ProjectId.of("pj")).build(),
        DemandEvent.builder().demand(D1).transition(Transition.DISPATCH).actor(RESIDENT).at(T0)
            .channel(Channel.CLAIM).build(),
        DemandEvent.builder().demand(D1).transition(Transition.CLAIM).actor(UNITS.get(0)).at(T0)
            .claimant(UNITS.get(0)).build(),
        DemandEvent.builder().demand(D1).transition(Transition.START).actor(UNITS.get(0)).at(T0).build(),
        DemandEvent.builder().demand(D1).transition(Transition.DELIVER).actor(UNITS.get(0)).at(T0)
            .service(ServiceId.of("s")).build(),
        DemandEvent.builder().demand(D1).transition(Transition.EVALUATE).actor(RESIDENT).at(T0)
            .outcome(OutcomeId.of("o")).rating(3).build()));

    Decision<DemandEvent> close = rules.decide(new DemandCommand.Apply(DemandEvent.builder().demand(D1)
        .transition(Transition.CLOSE).actor(RESIDENT).at(T0).reason("王大妈说还行").build()), evaluated);

    assertThat(close.refusalIfAny().orElseThrow().arguments()).containsExactly(Map.entry("demand", "d-1"),
        Map.entry("rating", "3"), Map.entry("satisfactory", "4"));
    assertThat(close.refusalIfAny().orElseThrow().toString()).doesNotContain("王大妈");
    assertThat(evaluated.toString()).contains("EVALUATE").doesNotContain("王大妈");
  }
}
