package io.github.jiceng.governance.testkit;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.util.List;

/**
 * A seeded generator of commands for one stateful rule (生成器). The same seed gives the same
 * commands, equal element by element, on every machine and every run: the generators draw from
 * {@link java.util.Random} seeded with the seed, never from the clock or an unseeded source.
 * Obtain one per feature from {@link Generators}.
 *
 * <p>Three views of one seed:
 *
 * <ul>
 *   <li>{@link #commands(long)}: the mixed sequence, commands the rules apply, commands already
 *       recorded (repeats) and commands the rules refuse, the input of {@link DeciderContract#run};
 *   <li>{@link #valid(long)}: the commands of the mixed sequence that the rules apply, in order,
 *       so that each of them is applied when they run alone from the initial state;
 *   <li>{@link #invalid(long)}: each command of the mixed sequence that the rules refuse, with the
 *       valid commands before it and the code of its refusal.
 * </ul>
 *
 * <pre>{@code
 * CommandGenerator<PointsCommand, PointsState, LedgerEntry> points = Generators.points();
 * Seeds.forEachSeed(100, seed -> {
 *   for (CommandGenerator.Refusable<PointsCommand> bad : points.invalid(seed)) {
 *     ... // a host's endpoint answers bad.code() and appends nothing
 *   }
 * });
 * }</pre>
 *
 * @param <C> the commands
 * @param <S> the state
 * @param <E> the events
 */
public interface CommandGenerator<C, S, E> {

  /**
   * A command the rules refuse, where they refuse it.
   *
   * @param before the valid commands that bring the rule to the state where it is refused, in
   *     order; each of them is applied
   * @param command the command refused after them
   * @param code the code of its refusal
   * @param <C> the commands
   */
  record Refusable<C>(List<C> before, C command, RefusalCode code) {

    /**
     * Checks the parts and copies the list.
     *
     * @param before the valid commands before it
     * @param command the refused command
     * @param code its refusal's code
     */
    public Refusable {
      before = List.copyOf(before);
      requireNonNull(command, "command");
      requireNonNull(code, "code");
    }
  }

  /**
   * The rules the commands of a seed are written for: their policies, catalogues and
   * assignments are the generator's own.
   *
   * @param seed the seed
   * @return the rules
   */
  Decider<C, S, E> rules(long seed);

  /**
   * The mixed sequence of a seed: valid commands, repeats of earlier ones and commands the rules
   * refuse. Over enough seeds (the SDK's own tests use 200 to 300) it reaches every variant of a
   * decision and every refusal code of the feature.
   *
   * @param seed the seed
   * @return the commands, a new list each call, equal for equal seeds
   */
  List<C> commands(long seed);

  /**
   * The valid sequence of a seed: the commands of {@link #commands(long)} that the rules apply,
   * in their order. A refused or repeated command leaves the state as it was, so each of these is
   * applied again when they run alone.
   *
   * @param seed the seed
   * @return the commands, each applied in turn from the initial state
   */
  default List<C> valid(long seed) {
    return CommandGenerators.valid(rules(seed), commands(seed));
  }

  /**
   * The invalid commands of a seed: each command of {@link #commands(long)} that the rules
   * refuse, with the valid commands before it and its refusal's code.
   *
   * @param seed the seed
   * @return the refusable commands, in the order of the mixed sequence
   */
  default List<Refusable<C>> invalid(long seed) {
    return CommandGenerators.invalid(rules(seed), commands(seed));
  }
}
