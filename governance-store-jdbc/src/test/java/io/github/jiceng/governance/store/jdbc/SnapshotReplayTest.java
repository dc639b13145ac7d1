package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotReplayTest {

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("snapshots");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void replayFromTheLatestSnapshotPlusTheTailEqualsAFullReplay(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int every = 1 + random.nextInt(9);
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), every);
    String stream = "seed-" + seed;
    InMemoryStream<Tally.Command, Tally.State, Tally.Event> oracle = InMemoryStream.open(Tally.DECIDER);
    int commands = 10 + random.nextInt(50);
    for (int i = 0; i < commands; i++) {
      String entry = "e-" + random.nextInt(Math.max(1, i));
      Tally.Command command = random.nextInt(3) == 0
          ? new Tally.Withdraw(entry, 1 + random.nextInt(120))
          : new Tally.Deposit(entry, 1 + random.nextInt(150));
      Decision<Tally.Event> expected = oracle.handle(command);

      Decision<Tally.Event> decided = store.handle(rule, stream, stream + "-" + i, command);

      assertThat(decided).as("seed %d, command %d", seed, i).isEqualTo(expected);
      if (random.nextInt(4) == 0) {
        assertThat(store.load(rule, stream).state()).as("seed %d, after command %d", seed, i).isEqualTo(oracle.state());
      }
    }

    StreamState<Tally.State> fromSnapshot = store.load(rule, stream);
    StreamState<Tally.State> full = store.replay(rule, stream);

    assertThat(fromSnapshot.state()).as("seed %d", seed).isEqualTo(full.state()).isEqualTo(oracle.state());
    assertThat(fromSnapshot.version()).as("seed %d", seed).isEqualTo(full.version()).isEqualTo(oracle.version());
    assertThat(full.snapshotVersion()).isZero();
    if (oracle.version() >= every) {
      assertThat(fromSnapshot.snapshotVersion()).as("seed %d: replay starts at a snapshot", seed)
          .isPositive().isGreaterThan(oracle.version() - every - 2);
    }
  }

  @Test
  void aSnapshotIsTakenWhenAStreamPassesAMultipleOfTheInterval() throws SQLException {
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), 3);
    store.handle(rule, "acc-interval", "i-1", new Tally.Deposit("e-1", 5));
    store.handle(rule, "acc-interval", "i-2", new Tally.Deposit("e-2", 5));
    assertThat(snapshotVersions("acc-interval")).isZero();

    store.handle(rule, "acc-interval", "i-3", new Tally.Deposit("e-3", 100));

    assertThat(database.queryLong("SELECT MAX(stream_version) FROM gov_snapshot WHERE stream_id = 'acc-interval'")).isEqualTo(4);
    assertThat(store.load(rule, "acc-interval")).isEqualTo(new StreamState<>(store.replay(rule, "acc-interval").state(), 4, 4));
  }

  @Test
  void aSnapshotThatDoesNotDecodeIsATypedErrorNamingTheStreamAndVersion() throws SQLException {
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), 1);
    store.handle(rule, "acc-bad-snapshot", "bs-1", new Tally.Deposit("e-1", 5));
    database.execute("UPDATE gov_snapshot SET payload = 'not json' WHERE stream_id = 'acc-bad-snapshot'");

    assertThatThrownBy(() -> store.load(rule, "acc-bad-snapshot"))
        .isInstanceOfSatisfying(EventDecodeException.class, e -> {
          assertThat(e.streamId()).isEqualTo("acc-bad-snapshot");
          assertThat(e.version()).isEqualTo(1);
        })
        .hasMessageContaining("snapshot at version 1");
    assertThat(store.replay(rule, "acc-bad-snapshot").state().balance()).isEqualTo(5);
  }

  private static long snapshotVersions(String stream) throws SQLException {
    return database.queryLong("SELECT COUNT(*) FROM gov_snapshot WHERE stream_id = '" + stream + "'");
  }
}
