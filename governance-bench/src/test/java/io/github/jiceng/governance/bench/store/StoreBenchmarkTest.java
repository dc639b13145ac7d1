package io.github.jiceng.governance.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.store.jdbc.StoredEvent;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The store's benchmark on the real PostgreSQL named by {@code GOVERNANCE_TEST_JDBC_URL}: both
 * sides of each comparison do the same work, and its own checks catch a wrong answer.
 */
final class StoreBenchmarkTest {

  @Test
  void withoutTheServerVariableTheBenchmarkSaysHowToNameOne() {
    assertThatThrownBy(() -> BenchDatabase.serverUrl(Map.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GOVERNANCE_TEST_JDBC_URL=jdbc:postgresql://");
    assertThatThrownBy(() -> BenchDatabase.serverUrl(Map.of(BenchDatabase.URL_VARIABLE, " ")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(BenchDatabase.serverUrl(Map.of(BenchDatabase.URL_VARIABLE, " jdbc:postgresql://h/d ")))
        .isEqualTo("jdbc:postgresql://h/d");
  }

  @Test
  void theFloorInsertsExactlyTheRowsTheStoreAppends() throws SQLException {
    StoreBenchmark.Writing writing = new StoreBenchmark.Writing();
    writing.members = 16;
    writing.openSchema();
    try {
      for (int threads : new int[] {1, 8}) {
        writing.empty();
        for (int t = 0; t < threads; t++) {
          StoreBenchmark.Writer store = new StoreBenchmark.Writer();
          store.start(writing, t, threads);
          StoreBenchmark.Writer floor = new StoreBenchmark.Writer();
          floor.start(writing, t, threads);
          for (int i = 0; i < StoreBenchmark.BATCH; i++) {
            StoreBenchmark.handle(writing, store);
          }
          assertThat(StoreBenchmark.insert(writing, floor)).isEqualTo(StoreBenchmark.BATCH);
        }

        String columns = "rule, stream_id, stream_version, idempotency_key, payload";
        assertThat(writing.database.queryLong("SELECT count(*) FROM gov_event")).isEqualTo(threads * StoreBenchmark.BATCH);
        assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM gov_event EXCEPT SELECT "
            + columns + " FROM bench_event) AS d")).isZero();
        assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM bench_event EXCEPT SELECT "
            + columns + " FROM gov_event) AS d")).isZero();
        writing.check();
      }
    } finally {
      writing.dropSchema();
    }
  }

  @Test
  void theBatchedStoreAppendsExactlyTheRowsTheFloorInserts() throws SQLException {
    StoreBenchmark.Writing writing = new StoreBenchmark.Writing();
    writing.members = 16;
    writing.openSchema();
    try {
      writing.empty();
      StoreBenchmark.Writer store = new StoreBenchmark.Writer();
      store.start(writing, 0, 1);
      StoreBenchmark.Writer floor = new StoreBenchmark.Writer();
      floor.start(writing, 0, 1);
      for (int i = 0; i < 3; i++) {
        assertThat(StoreBenchmark.handleAll(writing, store)).hasSize(StoreBenchmark.BATCH);
        StoreBenchmark.insert(writing, floor);
      }

      String columns = "rule, stream_id, stream_version, idempotency_key, payload";
      assertThat(writing.database.queryLong("SELECT count(*) FROM gov_event")).isEqualTo(3 * StoreBenchmark.BATCH);
      assertThat(writing.database.queryLong("SELECT count(*) FROM gov_command")).isEqualTo(3 * StoreBenchmark.BATCH);
      assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM gov_event EXCEPT SELECT "
          + columns + " FROM bench_event) AS d")).isZero();
      assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM bench_event EXCEPT SELECT "
          + columns + " FROM gov_event) AS d")).isZero();
      writing.check();
    } finally {
      writing.dropSchema();
    }
  }

  @Test
  void theOneRowPerTransactionFloorInsertsExactlyTheRowsTheStoreAppends() throws SQLException {
    StoreBenchmark.Writing writing = new StoreBenchmark.Writing();
    writing.members = 16;
    writing.openSchema();
    try {
      writing.empty();
      StoreBenchmark.Writer store = new StoreBenchmark.Writer();
      store.start(writing, 0, 1);
      StoreBenchmark.Writer floor = new StoreBenchmark.Writer();
      floor.start(writing, 0, 1);
      StoreBenchmark benchmark = new StoreBenchmark();
      for (int i = 0; i < 40; i++) {
        StoreBenchmark.handle(writing, store);
        assertThat(benchmark.insertOneRowPerTransaction(writing, floor)).isEqualTo(1);
      }

      String columns = "rule, stream_id, stream_version, idempotency_key, payload";
      assertThat(writing.database.queryLong("SELECT count(*) FROM bench_event")).isEqualTo(40);
      assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM gov_event EXCEPT SELECT "
          + columns + " FROM bench_event) AS d")).isZero();
      assertThat(writing.database.queryLong("SELECT count(*) FROM (SELECT " + columns + " FROM bench_event EXCEPT SELECT "
          + columns + " FROM gov_event) AS d")).isZero();
      writing.check();
    } finally {
      writing.dropSchema();
    }
  }

  @Test
  void anIterationWhoseRowsDoNotMatchItsCountFails() throws SQLException {
    StoreBenchmark.Writing writing = new StoreBenchmark.Writing();
    writing.members = 8;
    writing.openSchema();
    try {
      writing.empty();
      StoreBenchmark.Writer writer = new StoreBenchmark.Writer();
      writer.start(writing, 0, 1);
      StoreBenchmark.handle(writing, writer);
      writing.check();

      writing.database.execute("UPDATE gov_event SET payload = replace(payload, 'activity-', 'elsewhere-')");
      assertThatThrownBy(writing::check).hasMessageContaining("another payload");
      writing.database.execute("DELETE FROM gov_event");
      assertThatThrownBy(writing::check).hasMessageContaining("Counted 1 rows");
    } finally {
      writing.dropSchema();
    }
  }

  @Test
  void theReplayAndItsFloorReadTheWholeGeneratedStream() throws SQLException {
    StoreBenchmark.Replaying replaying = new StoreBenchmark.Replaying();
    replaying.events = 2_500;
    replaying.ledgerMembers = 40;
    replaying.writeStream();
    try {
      StoreBenchmark benchmark = new StoreBenchmark();
      assertThat(benchmark.replayThroughStore(replaying).version()).isEqualTo(2_500);
      List<Object> read = new ArrayList<>();
      assertThat(StoreBenchmark.selectAndDecode(replaying.database, read::add)).isEqualTo(2_500);
      List<LedgerEntry> decoded = read.stream().filter(LedgerEntry.class::isInstance).map(LedgerEntry.class::cast).toList();
      assertThat(decoded).isEqualTo(replaying.store.events(PointsAwards.RULE, StoreBenchmark.LEDGER_STREAM).stream()
          .map(StoredEvent::event).toList());

      replaying.database.execute("DELETE FROM gov_event WHERE stream_version = 2500");
      assertThatThrownBy(() -> benchmark.replayThroughStore(replaying)).hasMessageContaining("Replayed 2499 of 2500");
      assertThatThrownBy(() -> replaying.check(replaying.store.replay(PointsAwards.RULE, StoreBenchmark.LEDGER_STREAM)))
          .hasMessageContaining("differs from the generated one");
    } finally {
      replaying.dropSchema();
    }
  }
}
