package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every feature's generator is deterministic, its valid sequence is applied command by command,
 * and each of its invalid commands is refused with its code after the valid commands before it.
 */
final class GeneratorsTest {

  private static final int SEEDS = 30;

  static Stream<Named<CommandGenerator<?, ?, ?>>> generators() {
    return Stream.of(Named.of("points", Generators.points()), Named.of("fund", Generators.fund()),
        Named.of("demands", Generators.demands()), Named.of("clues", Generators.clues()),
        Named.of("proposals", Generators.proposals()), Named.of("check-ins", Generators.checkIns()),
        Named.of("volunteer records", Generators.volunteerRecords()), Named.of("posts", Generators.posts()),
        Named.of("deliberation", Generators.deliberation()), Named.of("projects", Generators.projects()));
  }

  @ParameterizedTest
  @MethodSource("generators")
  void theSameSeedGivesTheSameCommandsAndAnotherSeedOthers(CommandGenerator<?, ?, ?> generator) {
    Seeds.forEachSeed(SEEDS, seed -> {
      assertThat(generator.commands(seed)).isNotEmpty().isEqualTo(generator.commands(seed));
      assertThat(generator.valid(seed)).isEqualTo(generator.valid(seed));
      assertThat(generator.invalid(seed)).isEqualTo(generator.invalid(seed));
      assertThat(generator.commands(seed)).isNotEqualTo(generator.commands(seed + SEEDS));
    });
  }

  @ParameterizedTest
  @MethodSource("generators")
  void theValidSequenceIsAppliedCommandByCommand(CommandGenerator<?, ?, ?> generator) {
    int total = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      total += applyValid(generator, seed);
    }
    assertThat(total).as("valid commands over %s seeds", SEEDS).isPositive();
  }

  private static <C, S, E> int applyValid(CommandGenerator<C, S, E> generator, long seed) {
    List<C> valid = generator.valid(seed);
    DeciderContract.Run run = DeciderContract.run("seed " + seed, generator.rules(seed), valid);
    assertThat(run.applied()).as("seed %s", seed).isEqualTo(valid.size());
    assertThat(run.unchanged() + run.refused()).as("seed %s", seed).isZero();
    assertThat(generator.commands(seed)).as("seed %s", seed).containsAll(valid);
    return valid.size();
  }

  @ParameterizedTest
  @MethodSource("generators")
  void eachInvalidCommandIsRefusedWithItsCodeAfterTheValidCommandsBeforeIt(CommandGenerator<?, ?, ?> generator) {
    int total = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      total += refuseInvalid(generator, seed);
    }
    assertThat(total).as("invalid commands over %s seeds", SEEDS).isPositive();
  }

  private static <C, S, E> int refuseInvalid(CommandGenerator<C, S, E> generator, long seed) {
    List<CommandGenerator.Refusable<C>> invalid = generator.invalid(seed);
    List<C> valid = generator.valid(seed);
    for (CommandGenerator.Refusable<C> refusable : invalid) {
      assertThat(valid.subList(0, refusable.before().size())).as("seed %s", seed).isEqualTo(refusable.before());
      InMemoryStream<C, S, E> stream = InMemoryStream.open(generator.rules(seed));
      for (C command : refusable.before()) {
        GovernanceAssertions.assertThat(stream.handle(command)).as("seed %s: %s", seed, command).isApplied();
      }
      List<E> events = List.copyOf(stream.events());

      GovernanceAssertions.assertThat(stream.handle(refusable.command())).as("seed %s: %s", seed, refusable.command())
          .isRefusedWith(refusable.code()).hasEvents();
      assertThat(stream.events()).as("seed %s: a refusal appends nothing", seed).isEqualTo(events);
    }
    return invalid.size();
  }
}
