package io.github.jiceng.governance.bench.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.points.CompactReplay;
import io.github.jiceng.governance.rules.points.ReplayResult;
import org.junit.jupiter.api.Test;

/**
 * Proves that B-LEDGER-REPLAY compares like with like: on a small instance of the anchor's shape
 * the SDK's replay and the naive peer give every member the same balance.
 */
class LedgerReplayPeersTest {

  @Test
  void compactAndNaiveGiveEveryMemberTheSameBalance() {
    LedgerReplayInstance instance = LedgerReplayInstance.generate(200_000, 5_000);
    ReplayResult compact = CompactReplay.replay(instance.batch(), LedgerReplayInstance.settings(), instance.asOfPeriod());
    long[] naive = NaiveReplay.replay(instance.idKeys(), instance.memberKeys(), instance.periods(), instance.points(),
        instance.memberCount(), LedgerReplayInstance.settings(), instance.asOfPeriod());
    assertThat(compact.balances()).isEqualTo(naive);
    assertThat(compact.duplicates()).isEqualTo(instance.duplicates());
    assertThat(instance.duplicates()).isBetween(1_600, 2_400);
    assertThat(compact.clipped()).as("200,000 events on 5,000 members reach the monthly cap").isPositive();
    assertThat(compact.expired()).as("the first twelve months expire").isPositive();
    assertThat(compact.conserves()).isTrue();
  }

  @Test
  void generationIsDeterministic() {
    LedgerReplayInstance a = LedgerReplayInstance.generate(10_000, 100);
    LedgerReplayInstance b = LedgerReplayInstance.generate(10_000, 100);
    assertThat(a.idKeys()).isEqualTo(b.idKeys());
    assertThat(a.memberKeys()).isEqualTo(b.memberKeys());
    assertThat(a.points()).isEqualTo(b.points());
  }
}
