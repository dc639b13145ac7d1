/**
 * JMH benchmarks of the red-star ledger replay (B-LEDGER-REPLAY): a fixed-seed instance of ten
 * million events for a million members ({@link io.github.jiceng.governance.bench.ledger.LedgerReplayInstance}),
 * replayed by the SDK's {@link io.github.jiceng.governance.rules.points.CompactReplay} and by a
 * naive replay over {@code HashSet<String>} and {@code HashMap<String, int[]>}
 * ({@link io.github.jiceng.governance.bench.ledger.NaiveReplay}) in the same run
 * ({@link io.github.jiceng.governance.bench.ledger.LedgerReplayBenchmark}); every fork checks that
 * both give every member the same balance before its numbers count.
 */
package io.github.jiceng.governance.bench.ledger;
