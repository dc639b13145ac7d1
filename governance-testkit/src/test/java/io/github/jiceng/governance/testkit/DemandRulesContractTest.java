package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.DemandGenerator.D1;
import static io.github.jiceng.governance.testkit.DemandGenerator.RESIDENT;
import static io.github.jiceng.governance.testkit.DemandGenerator.T0;
import static io.github.jiceng.governance.testkit.DemandGenerator.UNITS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.service.DemandLifecycle;
import io.github.jiceng.governance.rules.service.DemandRefusalCode;
import io.github.jiceng.governance.rules.service.DemandRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link DemandRules} through the generic decider contract, over many seeds of mixed commands. */
final class DemandRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 200;
  private static final CommandGenerator<DemandCommand, DemandCase, DemandEvent> DEMANDS = Generators.demands();

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<DemandCommand> commands = DEMANDS.commands(seed);
      tally.add(DeciderContract.run("seed " + seed, DEMANDS.rules(seed), commands));
      InMemoryStream<DemandCommand, DemandCase, DemandEvent> stream = InMemoryStream.open(DEMANDS.rules(seed));
      for (DemandCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderContract.checkTexts("contract", refusal));
      }
      if (!stream.events().isEmpty()) {
        assertThat(DemandLifecycle.withSatisfactoryRating(DemandGenerator.rulesOf(seed).satisfactoryRating()).replay(stream.events()))
            .as("seed %s: the lifecycle replays the stream", seed).isEqualTo(stream.state().statusIfAny().orElseThrow());
      }
    }
    tally.assertReachedEveryVariantAndCode(DemandRefusalCode.values());
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
