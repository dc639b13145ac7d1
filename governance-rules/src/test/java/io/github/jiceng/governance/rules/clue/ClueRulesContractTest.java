package io.github.jiceng.governance.rules.clue;

import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.T0;
import static io.github.jiceng.governance.rules.clue.ClueRegisterTest.clue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueId;
import io.github.jiceng.governance.model.clue.ClueRejection;
import io.github.jiceng.governance.model.clue.Completion;
import io.github.jiceng.governance.model.clue.Evaluation;
import io.github.jiceng.governance.model.clue.Implementation;
import io.github.jiceng.governance.model.clue.IssueClue;
import io.github.jiceng.governance.model.clue.Priority;
import io.github.jiceng.governance.model.clue.RejectionReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
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

/** {@link ClueRules} through the generic decider contract, over many seeds of mixed commands. */
final class ClueRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(200, 60);
  private static final int STEPS = 120;

  /** Valid, duplicate and refusable steps on a register, drawn from the seed. */
  static List<ClueCommand> commands(long seed) {
    Random random = new Random(seed);
    List<IssueClue> collected = new ArrayList<>();
    List<ClueCommand> out = new ArrayList<>();
    Instant now = T0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plusSeconds(random.nextInt(3600));
      int n = collected.size();
      ClueId id = n == 0 ? ClueId.of("c0") : collected.get(random.nextInt(n)).id();
      int kind = n == 0 ? 0 : random.nextInt(13);
      ClueCommand command = switch (kind) {
        case 0, 1 -> {
          IssueClue c = clue("c" + n, ClueCategory.ARTICLE_FOUR.get(random.nextInt(4)), now,
              random.nextBoolean() ? "topic" : null);
          collected.add(c);
          yield new ClueCommand.Collect(c);
        }
        case 2 -> new ClueCommand.Collect(random.nextBoolean() ? collected.get(random.nextInt(n))
            : clue(id.value(), ClueCategory.of("OTHER"), now, "another"));
        case 3 -> new ClueCommand.Screen(id, now);
        case 4 -> new ClueCommand.Merge(id, collected.get(random.nextInt(n)).id(), now);
        case 5 -> new ClueCommand.Reject(id, new ClueRejection(RejectionReason.OTHER, "不予立项", now));
        case 6 -> new ClueCommand.Evaluate(id, new Evaluation(now, Money.ofFen(random.nextInt(1_000_000)),
            1 + random.nextInt(3000), Priority.values()[random.nextInt(4)]));
        case 7 -> new ClueCommand.Decide(id, random.nextBoolean()
            ? Implementation.fundDirected(ProjectId.of("p" + random.nextInt(12)), now)
            : Implementation.claimedBy(OrganizationId.of("unit"), ProjectId.of("p" + random.nextInt(12)), now));
        case 8 -> new ClueCommand.Start(id, now);
        case 9 -> new ClueCommand.Complete(id, new Completion(now, random.nextInt(3000)));
        case 10 -> new ClueCommand.Screen(id, now.minusSeconds(1 + random.nextInt(7200)));
        case 11 -> new ClueCommand.Merge(id, collected.get(random.nextInt(n)).id(), now.minusSeconds(7200));
        default -> new ClueCommand.Start(ClueId.of("unknown-" + random.nextInt(3)), now);
      };
      out.add(command);
    }
    return out;
  }

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<ClueCommand> commands = commands(seed);
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, ClueRules.decider(), commands);
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
      InMemoryStream<ClueCommand, ClueRegister, ClueEvent> stream = InMemoryStream.open(ClueRules.decider());
      for (ClueCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderHarness.checkTexts("contract", refusal));
      }
    }
    assertThat(applied).as("applied").isPositive();
    assertThat(unchanged).as("unchanged").isPositive();
    assertThat(refused).as("refused").isPositive();
    assertThat(keys).as("codes reached").isEqualTo(Arrays.stream(ClueRefusalCode.values()).map(RefusalCode::key)
        .collect(Collectors.toCollection(TreeSet::new)));
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
      commands(seed).forEach(stream::handle);
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
