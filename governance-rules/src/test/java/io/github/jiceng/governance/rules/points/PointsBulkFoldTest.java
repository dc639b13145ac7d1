package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The points rule's bulk fold (a working copy of the ledger, persistent maps built once) gives
 * exactly the state that evolving one entry at a time gives: from the empty ledger and from a
 * state part-way through, over seeded random ledgers of awards, redemptions, deductions and the
 * expiries they bring. The seed is in each test's name.
 */
final class PointsBulkFoldTest {

  private static final PointsRules RULES = PointsRules.of(RedStarPolicies.article(), RandomLedgerOps.CATALOGUE);

  static LongStream seeds() {
    return SeedCount.longs(300);
  }

  private static List<LedgerEntry> entries(long seed, int operations) {
    PointsLedger ledger = PointsLedger.open(RULES.policy(), RandomLedgerOps.CATALOGUE);
    for (Function<PointsLedger, Decision<LedgerEntry>> op
        : RandomLedgerOps.generate(new SplittableRandom(seed), operations)) {
      op.apply(ledger);
    }
    return ledger.entries();
  }

  private static PointsState stepwise(PointsState from, List<LedgerEntry> entries) {
    PointsState state = from;
    for (LedgerEntry e : entries) {
      state = RULES.evolve(state, e);
    }
    return state;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void foldingAWholeLedgerInBulkEqualsEvolvingItOneEntryAtATime(long seed) {
    List<LedgerEntry> entries = entries(seed, 400);
    assertThat(entries.size()).as("seed %s: long enough for the bulk fold", seed)
        .isGreaterThanOrEqualTo(PointsRules.BULK_FOLD_MIN);

    PointsState bulk = RULES.fold(RULES.initialState(), entries);
    PointsState one = stepwise(RULES.initialState(), entries);

    assertThat(bulk).as("seed %s", seed).isEqualTo(one);
    assertThat(bulk.hashCode()).as("seed %s", seed).isEqualTo(one.hashCode());
    assertThat(bulk.allTotals()).as("seed %s", seed).isEqualTo(one.allTotals());
    assertThat(bulk.members()).as("seed %s", seed).isEqualTo(one.members());
    assertThat(bulk.clock()).as("seed %s", seed).isEqualTo(one.clock());
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void foldingTheRestInBulkFromAStatePartWayThroughEqualsEvolvingIt(long seed) {
    List<LedgerEntry> entries = entries(seed, 400);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int split = random.nextInt(entries.size() + 1);
    PointsState start = stepwise(RULES.initialState(), entries.subList(0, split));
    List<LedgerEntry> rest = new ArrayList<>(entries.subList(split, entries.size()));

    PointsState bulk = RULES.fold(start, rest);
    PointsState one = stepwise(start, rest);

    assertThat(bulk).as("seed %s, split at %s of %s", seed, split, entries.size()).isEqualTo(one);
    assertThat(bulk.hashCode()).as("seed %s", seed).isEqualTo(one.hashCode());
    assertThat(bulk.allTotals()).as("seed %s", seed).isEqualTo(one.allTotals());
    assertThat(RULES.fold(start, rest)).as("seed %s: the start is left as it was", seed).isEqualTo(bulk);
    assertThat(stepwise(RULES.initialState(), entries.subList(0, split))).as("seed %s", seed).isEqualTo(start);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void theBulkFoldRefusesWhatEvolvingRefusesAnEntryBookedTwice(long seed) {
    List<LedgerEntry> entries = new ArrayList<>(entries(seed, 200));
    SplittableRandom random = new SplittableRandom(seed);
    entries.add(entries.get(random.nextInt(entries.size())));

    assertThatThrownBy(() -> stepwise(RULES.initialState(), entries)).as("seed %s", seed)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("booked already");
    assertThatThrownBy(() -> RULES.fold(RULES.initialState(), entries)).as("seed %s", seed)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("booked already");
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void anIdBookedTwiceWithinTheRestFailsAsEvolvingFailsWhateverTheStartingState(long seed) {
    List<LedgerEntry> entries = entries(seed, 400);
    SplittableRandom random = new SplittableRandom(seed);
    int split = random.nextInt(entries.size() - PointsRules.BULK_FOLD_MIN);
    PointsState start = stepwise(RULES.initialState(), entries.subList(0, split));
    List<LedgerEntry> rest = new ArrayList<>(entries.subList(split, entries.size()));
    rest.add(rest.get(random.nextInt(rest.size())));

    assertThatThrownBy(() -> RULES.fold(start, rest)).as("seed %s, split at %s", seed, split)
        .isInstanceOf(IllegalStateException.class).hasMessage(catchMessage(() -> stepwise(start, rest)));
  }

  @Test
  void anEntryOutOfOrderStopsTheBulkFoldWithTheMessageEvolvingGives() {
    List<LedgerEntry> entries = new ArrayList<>(entries(7, 200));
    LedgerEntry last = entries.remove(entries.size() - 1);
    entries.add(0, last);

    assertThatThrownBy(() -> RULES.fold(RULES.initialState(), entries))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(catchMessage(() -> stepwise(RULES.initialState(), entries)));
  }

  @Test
  void aNullEntryIsNamedByItsPosition() {
    List<LedgerEntry> entries = new ArrayList<>(entries(3, 100));
    entries.set(40, null);

    assertThatThrownBy(() -> RULES.fold(RULES.initialState(), entries))
        .isInstanceOf(NullPointerException.class).hasMessage("events[40] is null");
  }

  private static String catchMessage(Runnable r) {
    try {
      r.run();
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure");
  }
}
