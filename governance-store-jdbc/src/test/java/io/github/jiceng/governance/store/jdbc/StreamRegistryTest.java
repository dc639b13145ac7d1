package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.Decision;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry of streams (ADR 0040) on the real PostgreSQL: a stream is registered with its
 * first event and never again, a refused command registers nothing, and the registry holds no
 * version, since the stream's version is the number of its events.
 */
final class StreamRegistryTest {

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("stream_registry");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  @Test
  void aStreamIsRegisteredWithItsFirstEventAndARefusalRegistersNothing() throws SQLException {
    Decision<Tally.Event> refused = store.handle(Tally.RULE, "reg-a", "reg-a-1", new Tally.Withdraw("w", 5));
    assertThat(refused).isInstanceOf(Decision.Refused.class);
    assertThat(registered("reg-a")).isZero();
    assertThat(store.streams(Tally.RULE)).doesNotContain("reg-a");

    store.handleAll(Tally.RULE, List.of(
        StreamCommand.of("reg-a", "reg-a-2", new Tally.Deposit("d1", 10)),
        StreamCommand.of("reg-b", "reg-b-1", new Tally.Deposit("d1", 10)),
        StreamCommand.of("reg-a", "reg-a-3", new Tally.Deposit("d2", 10))));
    store.withStateCache(0).handle(Tally.RULE, "reg-a", "reg-a-4", new Tally.Withdraw("w", 5));

    assertThat(registered("reg-a")).isEqualTo(1);
    assertThat(registered("reg-b")).isEqualTo(1);
    assertThat(store.streams(Tally.RULE)).contains("reg-a", "reg-b");
    assertThat(store.load(Tally.RULE, "reg-a").version()).isEqualTo(3);
  }

  @Test
  void theRegistryHoldsNoVersion() throws SQLException {
    assertThat(database.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
        + "AND table_name = 'gov_stream'")).isEqualTo(2);
    assertThat(database.queryLong("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
        + "AND table_name = 'gov_stream' AND column_name = 'version'")).isZero();
  }

  private static long registered(String stream) throws SQLException {
    return database.queryLong("SELECT count(*) FROM gov_stream WHERE stream_id = '" + stream + "'");
  }
}
