package io.github.jiceng.governance.testkit;


import static io.github.jiceng.governance.testkit.ClueGenerator.T0;
import static io.github.jiceng.governance.testkit.ClueGenerator.clue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.clue.ClueCommand;
import io.github.jiceng.governance.rules.clue.ClueEvent;
import io.github.jiceng.governance.rules.clue.ClueRefusalCode;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.clue.ClueRules;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ClueRules} through the generic decider contract, over many seeds of mixed commands. */
final class ClueRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 200;
  private static final CommandGenerator<ClueCommand, ClueRegister, ClueEvent> CLUES = Generators.clues();

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<ClueCommand> commands = CLUES.commands(seed);
      tally.add(DeciderContract.run("seed " + seed, ClueRules.decider(), commands));
      InMemoryStream<ClueCommand, ClueRegister, ClueEvent> stream = InMemoryStream.open(ClueRules.decider());
      for (ClueCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderContract.checkTexts("contract", refusal));
      }
    }
    tally.assertReachedEveryVariantAndCode(ClueRefusalCode.values());
  }

  @Test
  void aCodesKeyIsTheFeatureAndTheConstant() {
    assertThat(ClueRefusalCode.PROJECT_TAKEN.key()).isEqualTo("clue.project-taken");
  }

  @Test
  void anEventNoDecisionCouldGiveIsAnIllegalState() {
    ClueRules rules = ClueRules.decider();
    ClueRegister one = rules.evolve(rules.initialState(), new ClueEvent.Collected(clue("a", ClueCategory.FITNESS, T0,
        null)));

    assertThatThrownBy(() -> rules.evolve(one, new ClueEvent.Started(ClueId.of("a"), T0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clue.wrong-status");
    assertThatThrownBy(() -> rules.evolve(one, new ClueEvent.Collected(clue("a", ClueCategory.FITNESS, T0, null))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clue.conflicting-id");
    assertThatThrownBy(() -> rules.fold(one, List.of(new ClueEvent.Screened(ClueId.of("a"), T0),
        new ClueEvent.Screened(ClueId.of("b"), T0)))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("event 1").hasMessageContaining("clue.unknown-clue");
  }

  @Test
  void aRefusalNamesItsValuesAndKeepsTodaysDetail() {
    ClueRules rules = ClueRules.decider();
    ClueRegister r = rules.evolve(rules.initialState(), new ClueEvent.Collected(clue("a", ClueCategory.FITNESS, T0,
        null)));

    Decision<ClueEvent> d = rules.decide(new ClueCommand.Evaluate(ClueId.of("a"), new Evaluation(T0, Money.ZERO, 1,
        Priority.LOW)), r);

    assertThat(d.refusalIfAny().orElseThrow().arguments()).containsExactly(
        Map.entry("clue", "a"), Map.entry("status", "COLLECTED"),
        Map.entry("step", "evaluate"), Map.entry("allowed", "[SCREENED, EVALUATED]"));
    assertThat(d.refusalIfAny().orElseThrow().detail())
        .isEqualTo("clue a is COLLECTED; to evaluate it, it must be [SCREENED, EVALUATED]");
  }

  @Test
  void aStepDatedOutsideTheLimitsIsBadInputNotARefusal() {
    assertThatThrownBy(() -> new ClueCommand.Screen(ClueId.of("a"), Instant.MAX))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("instant-range");
    assertThatThrownBy(() -> new ClueCommand.Merge(ClueId.of("a"), ClueId.of("b"), null))
        .isInstanceOf(NullPointerException.class).hasMessage("at");
  }

  @Test
  void bulkReplayGivesTheRegisterThatOneEventAtATimeGives() {
    ClueRules rules = ClueRules.decider();
    for (long seed = 0; seed < 20; seed++) {
      InMemoryStream<ClueCommand, ClueRegister, ClueEvent> stream = InMemoryStream.open(rules);
      CLUES.commands(seed).forEach(stream::handle);
      ClueRegister oneByOne = rules.initialState();
      for (ClueEvent e : stream.events()) {
        oneByOne = rules.evolve(oneByOne, e);
      }
      assertThat(rules.fold(rules.initialState(), stream.events())).as("seed %s", seed).isEqualTo(oneByOne)
          .isEqualTo(stream.state());
      assertThat(oneByOne.summary()).as("seed %s", seed).isEqualTo(stream.state().summary());
    }
  }
}
