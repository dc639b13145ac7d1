package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A state a bulk fold built (its entries in a hashed index) goes on as a state built one entry at
 * a time: evolving it further, folding small and large batches onto it, finding every entry by id
 * and refusing a booked id, with equal values and hashes all the way. The seed is in each test's
 * name.
 */
final class PointsStateAfterBulkFoldTest {

  private static final PointsRules RULES = PointsRules.of(RedStarPolicies.article(), RandomLedgerOps.CATALOGUE);

  static LongStream seeds() {
    return SeedCount.longs(60);
  }

  private static List<LedgerEntry> entries(long seed, int operations) {
    PointsLedger ledger = PointsLedger.open(RULES.policy(), RandomLedgerOps.CATALOGUE);
    for (Function<PointsLedger, Decision<LedgerEntry>> op
        : RandomLedgerOps.generate(new SplittableRandom(seed), operations)) {
      op.apply(ledger);
    }
    return ledger.entries();
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void aBulkFoldedStateEvolvesAndFoldsOnAsOneBuiltEntryByEntry(long seed) {
    List<LedgerEntry> entries = entries(seed, 600);
    SplittableRandom random = new SplittableRandom(seed);
    int bulk = Math.min(entries.size(), PointsRules.BULK_FOLD_MIN + random.nextInt(entries.size()));
    PointsState folded = RULES.fold(RULES.initialState(), entries.subList(0, bulk));
    PointsState stepwise = RULES.initialState();
    for (LedgerEntry e : entries.subList(0, bulk)) {
      stepwise = RULES.evolve(stepwise, e);
    }
    int i = bulk;
    while (i < entries.size()) {
      int n = Math.min(entries.size() - i, random.nextInt(3) == 0 ? 1 + random.nextInt(200) : 1);
      List<LedgerEntry> next = entries.subList(i, i + n);
      folded = n == 1 ? RULES.evolve(folded, next.get(0)) : RULES.fold(folded, next);
      for (LedgerEntry e : next) {
        stepwise = RULES.evolve(stepwise, e);
      }
      i += n;
      assertThat(folded).as("seed %s, after %s entries", seed, i).isEqualTo(stepwise);
      assertThat(folded.hashCode()).as("seed %s, after %s entries", seed, i).isEqualTo(stepwise.hashCode());
    }
    assertThat(folded.entryCount()).as("seed %s", seed).isEqualTo(entries.size());
    for (LedgerEntry e : entries) {
      assertThat(folded.entry(e.id())).as("seed %s, %s", seed, e.id()).contains(e);
    }
    LedgerEntry booked = entries.get(random.nextInt(entries.size()));
    PointsState last = folded;
    assertThatThrownBy(() -> RULES.evolve(last, booked)).as("seed %s", seed)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("booked already");
  }
}
