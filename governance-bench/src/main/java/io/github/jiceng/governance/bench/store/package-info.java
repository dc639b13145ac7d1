/**
 * JMH benchmarks of the JDBC event store (issue 13, item 9) on a real PostgreSQL named by
 * {@code GOVERNANCE_TEST_JDBC_URL}, each beside its floor in the same run: points awards through
 * {@link io.github.jiceng.governance.store.jdbc.EventStore#handle} with one and with eight
 * writers against a plain batched JDBC insert of the same rows (and, as a fairer floor for a store
 * that commits every command, the same rows one per transaction), and the replay of a stream of a
 * million events against a plain select of the same rows with each payload decoded
 * ({@link io.github.jiceng.governance.bench.store.StoreBenchmark}). Each trial works in a fresh
 * schema of its own ({@link io.github.jiceng.governance.bench.store.BenchDatabase}) and checks
 * what was written and replayed; the awards are derived from their numbers
 * ({@link io.github.jiceng.governance.bench.store.PointsAwards}).
 */
package io.github.jiceng.governance.bench.store;
