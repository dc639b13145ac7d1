package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one-shape contract of ADR 0022, checked for any {@link Decider} (契约检查). The SDK runs
 * each of its rules through it, and a host runs its own deciders the same way. A run checks that
 *
 * <ul>
 *   <li>deciding never changes the state it reads (by equality and by {@code toString});
 *   <li>a refused or unchanged command leaves the state equal to the fold of the events so far;
 *   <li>every refusal has a code of the documented form and a text in Chinese and in English
 *       whose placeholders are exactly its arguments;
 *   <li>the final state equals the replay of all events from the initial state, from a midway
 *       snapshot, and one event at a time;
 *   <li>an {@link InMemoryStream} given the same commands appends the same events.
 * </ul>
 *
 * <p>It returns counts, so that a test can prove its commands reached every variant: a contract
 * run whose generator never reaches a refusal proves little.
 *
 * <pre>{@code
 * DeciderContract.Tally tally = new DeciderContract.Tally();
 * Seeds.forEachSeed(200, seed -> tally.add(DeciderContract.run("seed " + seed, rules, commands(seed))));
 * tally.assertReachedEveryVariantAndCode(MyRefusalCode.values());
 * }</pre>
 */
public final class DeciderContract {

  private DeciderContract() {}

  /**
   * What one run did.
   *
   * @param applied commands applied
   * @param unchanged commands found already recorded
   * @param refused commands refused
   * @param events events appended
   * @param refusalKeys the refusal codes met, in the order met, each once
   */
  public record Run(int applied, int unchanged, int refused, int events, List<String> refusalKeys) {}

  /**
   * The sum of many runs, such as one per seed, to prove that the commands reached every variant
   * and every refusal code of a rule. Not thread-safe: one tally per test.
   */
  public static final class Tally {

    private int runs;
    private int applied;
    private int unchanged;
    private int refused;
    private final Set<String> refusalKeys = new LinkedHashSet<>();

    /** Creates an empty tally. */
    public Tally() {}

    /**
     * Adds one run.
     *
     * @param run what the run did
     * @return this tally
     */
    public Tally add(Run run) {
      Objects.requireNonNull(run, "run");
      runs++;
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      refusalKeys.addAll(run.refusalKeys());
      return this;
    }

    /** Returns how many runs were added. */
    public int runs() {
      return runs;
    }

    /** Returns the commands applied over all runs. */
    public int applied() {
      return applied;
    }

    /** Returns the commands found already recorded over all runs. */
    public int unchanged() {
      return unchanged;
    }

    /** Returns the commands refused over all runs. */
    public int refused() {
      return refused;
    }

    /** Returns the refusal codes met, in the order first met, each once. */
    public List<String> refusalKeys() {
      return List.copyOf(refusalKeys);
    }

    /**
     * Asserts that some command was applied, some found already recorded and some refused, and
     * that the refusals met are exactly the rule's codes: a generator that misses a code, or a rule
     * that answers a code outside its own, fails.
     *
     * @param codes every refusal code of the rule, such as {@code PostRefusalCode.values()}
     */
    public void assertReachedEveryVariantAndCode(RefusalCode... codes) {
      String over = " over " + runs + " run(s)";
      assertThat(applied).as("applied commands" + over).isPositive();
      assertThat(unchanged).as("commands found already recorded" + over).isPositive();
      assertThat(refused).as("refused commands" + over).isPositive();
      assertThat(refusalKeys).as("refusal codes reached" + over)
          .containsExactlyInAnyOrderElementsOf(Arrays.stream(codes).map(RefusalCode::key).toList());
    }
  }

  /**
   * Checks that a refusal has a text in both languages whose placeholders are exactly its
   * arguments, and that neither text shows a placeholder unresolved.
   *
   * @param where names the refusal in failure messages
   * @param refusal the refusal
   */
  public static void checkTexts(String where, Refusal refusal) {
    for (Language language : Language.values()) {
      RefusalMessages messages = RefusalMessages.of(language);
      String key = refusal.code().key();
      assertThat(messages.template(refusal.code()))
          .as("no %s text for %s (%s)", language.tag(), key, where).isPresent();
      assertThat(TextTemplates.placeholders(messages.template(refusal.code()).orElseThrow()))
          .as("the %s text of %s names other arguments than the refusal carries (%s)", language.tag(), key, where)
          .containsExactlyInAnyOrderElementsOf(refusal.arguments().keySet());
    }
  }

  /**
   * Runs the commands through the decider and checks its contract.
   *
   * @param label names the run in failure messages, such as the seed
   * @param decider the rule
   * @param commands the commands, valid and invalid
   * @param <C> the commands
   * @param <S> the state
   * @param <E> the events
   * @return what the run did
   */
  public static <C, S, E> Run run(String label, Decider<C, S, E> decider, List<? extends C> commands) {
    S initial = decider.initialState();
    S state = initial;
    List<E> log = new ArrayList<>();
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    List<String> keys = new ArrayList<>();
    int step = 0;
    for (C command : commands) {
      String where = label + ", command " + step++ + " " + command;
      S before = state;
      String beforeText = String.valueOf(before);
      Decision<E> decision = decider.decide(command, state);
      assertThat(decision).as(where).isNotNull();
      assertThat(state).as("decide changed the state it read: " + where).isEqualTo(before);
      assertThat(String.valueOf(state)).as("decide changed the state it read: " + where).isEqualTo(beforeText);
      if (decision instanceof Decision.Applied<E> a) {
        applied++;
        state = decider.fold(state, a.events());
        log.addAll(a.events());
      } else if (decision instanceof Decision.Unchanged<E>) {
        unchanged++;
      } else if (decision instanceof Decision.Refused<E> r) {
        refused++;
        assertThat(r.events()).as(where).isEmpty();
        assertThat(r.refusal().code().key()).as(where).matches(RefusalCode.KEY_REGEX);
        if (!keys.contains(r.refusal().code().key())) {
          keys.add(r.refusal().code().key());
        }
        checkTexts(where, r.refusal());
      }
      if (!(decision instanceof Decision.Applied)) {
        assertThat(state).as("a " + decision.getClass().getSimpleName() + " command changed the state: " + where)
            .isEqualTo(decider.fold(initial, log));
      }
    }
    assertThat(decider.fold(decider.initialState(), log)).as(label + ": replay of the stream's events").isEqualTo(state);
    int half = log.size() / 2;
    S snapshot = decider.fold(decider.initialState(), log.subList(0, half));
    assertThat(decider.fold(snapshot, log.subList(half, log.size())))
        .as(label + ": replay from a snapshot after " + half + " events").isEqualTo(state);
    S oneByOne = decider.initialState();
    for (E event : log) {
      oneByOne = Objects.requireNonNull(decider.evolve(oneByOne, event));
    }
    assertThat(oneByOne).as(label + ": evolve one event at a time").isEqualTo(state);
    InMemoryStream<C, S, E> stream = InMemoryStream.open(decider);
    commands.forEach(stream::handle);
    assertThat(stream.events()).as(label + ": the in-memory stream appends the same events").isEqualTo(log);
    assertThat(stream.state()).as(label + ": the in-memory stream holds the same state").isEqualTo(state);
    return new Run(applied, unchanged, refused, log.size(), List.copyOf(keys));
  }
}
