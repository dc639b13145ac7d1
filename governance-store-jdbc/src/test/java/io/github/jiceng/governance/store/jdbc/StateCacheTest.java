package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store's cache of stream states ({@link EventStore#withStateCache}) on the real PostgreSQL:
 * a command on a cached stream reads and decodes nothing of it; a stream another store appended to
 * is decided again on its events, never appended to stale; two stores on one database see each
 * other's events, refusals included; a rolled-back batch or a refused command leaves nothing wrong
 * in the cache; and seeded runs with the cache on and off give identical decisions, rows and
 * states.
 */
final class StateCacheTest {

  private static TestDatabase database;

  @BeforeAll
  static void openDatabase() {
    database = TestDatabase.freshSchema("state_cache");
    EventStore.on(database).migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  /** Tally's codec, counting the events it decodes. */
  private static final class CountingCodec implements EventCodec<Tally.Event> {
    final AtomicInteger decoded = new AtomicInteger();
    private final Tally.Codec codec = new Tally.Codec();

    @Override
    public String encode(Tally.Event event) {
      return codec.encode(event);
    }

    @Override
    public Tally.Event decode(String payload) {
      decoded.incrementAndGet();
      return codec.decode(payload);
    }
  }

  private static Tally.Command deposit(String entry, long amount) {
    return new Tally.Deposit(entry, amount);
  }

  private static Tally.Command withdraw(String entry, long amount) {
    return new Tally.Withdraw(entry, amount);
  }

  @Test
  void theDefaultStoreKeepsTenThousandStreamsAndZeroTurnsTheCacheOff() {
    EventStore store = EventStore.on(database);
    assertThat(store.stateCacheSize()).isEqualTo(EventStore.DEFAULT_STATE_CACHE).isEqualTo(10_000);
    assertThat(store.withStateCache(0).stateCacheSize()).isZero();
    assertThat(store.withStateCache(0).withMaxAttempts(3).stateCacheSize()).isZero();
    assertThat(store.withStateCache(0)).hasToString("EventStore[maxAttempts=100, stateCache=0]");
    assertThatThrownBy(() -> store.withStateCache(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void aCommandOnACachedStreamDecodesNothingAndAStreamAnotherStoreMovedIsReadAgain() {
    CountingCodec codec = new CountingCodec();
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = StoredRule.of("tally", Tally.DECIDER, codec)
        .withRefusalCodes(Tally.Code.class);
    EventStore cached = EventStore.on(database);
    EventStore uncached = EventStore.on(database).withStateCache(0);
    for (int i = 0; i < 20; i++) {
      uncached.handle(rule, "decode-1", "decode-1-k" + i, deposit("e" + i, 5));
    }
    codec.decoded.set(0);
    cached.handle(rule, "decode-1", "decode-1-k20", deposit("e20", 5));
    assertThat(codec.decoded).as("the first command loads the whole stream").hasValue(20);

    codec.decoded.set(0);
    cached.handle(rule, "decode-1", "decode-1-k21", deposit("e21", 5));
    cached.handleAll(rule, List.of(StreamCommand.of("decode-1", "decode-1-k22", deposit("e22", 5))));
    assertThat(codec.decoded).as("commands on the cached stream decode nothing").hasValue(0);

    uncached.handle(rule, "decode-1", "decode-1-k23", deposit("e23", 5));
    uncached.handle(rule, "decode-1", "decode-1-k24", deposit("e24", 5));
    codec.decoded.set(0);
    Decision<Tally.Event> decision = cached.handle(rule, "decode-1", "decode-1-k25", withdraw("w", 125));
    assertThat(codec.decoded).as("the refusal on the cached state was checked, and the retry read the whole stream").hasValue(25);
    assertThat(decision).as("decided on the 125 the stream holds, not the cached 115").isInstanceOf(Decision.Applied.class);
    assertThat(uncached.load(rule, "decode-1").state().balance()).isZero();

    codec.decoded.set(0);
    uncached.handle(rule, "decode-1", "decode-1-k26", deposit("e26", 5));
    assertThat(codec.decoded).as("the store without a cache reads the whole stream").hasValue(26);

    uncached.handle(rule, "decode-1", "decode-1-k27", deposit("e27", 5));
    codec.decoded.set(0);
    Decision<Tally.Event> refused = cached.handle(rule, "decode-1", "decode-1-k28", withdraw("w2", 11));
    assertThat(refused).as("refused on the 10 the stream holds").isInstanceOf(Decision.Refused.class);
    assertThat(codec.decoded).as("a refusal decided on the cached state was checked against the stream's version")
        .hasValue(28);
  }

  @Test
  void twoStoresOnOneDatabaseAlternatingCommandsOnOneStreamEachSeeTheOthersEvents() {
    EventStore a = EventStore.on(database);
    EventStore b = EventStore.on(database);
    String stream = "alternate-1";
    a.handle(Tally.RULE, stream, stream + "-d0", deposit("d0", 1));
    for (int round = 1; round < 30; round++) {
      EventStore writer = round % 2 == 0 ? a : b;
      Decision<Tally.Event> spend = writer.handle(Tally.RULE, stream, stream + "-w" + round, withdraw("w" + round, round));
      assertThat(spend).as("round %s: the writer saw the other store's deposit of %s", round, round)
          .isInstanceOf(Decision.Applied.class);
      Decision<Tally.Event> overdraw = writer.handle(Tally.RULE, stream, stream + "-o" + round, withdraw("o" + round, 1));
      assertThat(overdraw).as("round %s: the writer saw its own withdrawal", round).isInstanceOf(Decision.Refused.class);
      Decision<Tally.Event> earn = writer.handle(Tally.RULE, stream, stream + "-d" + round, deposit("d" + round, round + 1));
      assertThat(earn).as("round %s", round).isInstanceOf(Decision.Applied.class);
      EventStore reader = writer == a ? b : a;
      Decision<Tally.Event> again = reader.handle(Tally.RULE, stream, stream + "-again" + round, deposit("d" + round, 1));
      assertThat(again).as("round %s: the other store sees the entry", round).isInstanceOf(Decision.Unchanged.class);
    }
    StreamState<Tally.State> loaded = a.load(Tally.RULE, stream);
    assertThat(loaded.state().balance()).isEqualTo(30);
    assertThat(b.replay(Tally.RULE, stream).state()).isEqualTo(loaded.state());

    List<StreamCommand<Tally.Command>> batch = new ArrayList<>();
    for (int s = 0; s < 4; s++) {
      b.handle(Tally.RULE, "alternate-b" + s, "alternate-b" + s + "-seed", deposit("seed", 10));
    }
    for (int round = 0; round < 6; round++) {
      EventStore writer = round % 2 == 0 ? a : b;
      batch.clear();
      for (int s = 0; s < 4; s++) {
        batch.add(StreamCommand.of("alternate-b" + s, "alternate-b" + s + "-r" + round, withdraw("r" + round, 10 + round)));
        batch.add(StreamCommand.of("alternate-b" + s, "alternate-b" + s + "-q" + round, deposit("q" + round, 11 + round)));
      }
      List<Decision<Tally.Event>> decisions = writer.handleAll(Tally.RULE, batch);
      assertThat(decisions).as("round %s: every stream holds what the other store left", round)
          .allMatch(d -> d instanceof Decision.Applied);
    }
    for (int s = 0; s < 4; s++) {
      assertThat(a.load(Tally.RULE, "alternate-b" + s).state().balance()).isEqualTo(16);
    }
  }

  @Test
  void aBatchRolledBackAfterItsDecisionsLeavesTheCacheAtTheCommittedState() throws SQLException {
    String poison = "poison-entry";
    Projection<Tally.Event> failing = new Projection<>() {
      @Override
      public String name() {
        return "refusing";
      }

      @Override
      public void createTables(Connection connection) {}

      @Override
      public void clear(Connection connection) {}

      @Override
      public void apply(Connection connection, List<StoredEvent<Tally.Event>> events) throws SQLException {
        for (StoredEvent<Tally.Event> event : events) {
          if (event.event().entry().equals(poison)) {
            throw new SQLException("the read model refuses the entry", "XX000");
          }
        }
      }
    };
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = StoredRule.of("tally", Tally.DECIDER, new Tally.Codec())
        .withRefusalCodes(Tally.Code.class).withProjection(failing);
    EventStore store = EventStore.on(database);
    for (String stream : List.of("rollback-1", "rollback-2")) {
      store.handle(rule, stream, stream + "-k0", deposit("first", 40));
    }
    List<StreamCommand<Tally.Command>> batch = List.of(
        StreamCommand.of("rollback-1", "rollback-1-k1", deposit("second", 7)),
        StreamCommand.of("rollback-2", "rollback-2-k1", withdraw("spent", 40)),
        StreamCommand.of("rollback-2", "rollback-2-k2", deposit(poison, 1)));
    assertThatThrownBy(() -> store.handleAll(rule, batch)).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.handle(rule, "rollback-1", "rollback-1-k9", deposit(poison, 1)))
        .isInstanceOf(StoreException.class);

    assertThat(store.handle(rule, "rollback-1", "rollback-1-k2", deposit("second", 7)))
        .as("the rolled-back deposit is not in the state the next command sees")
        .isInstanceOf(Decision.Applied.class);
    assertThat(store.handleAll(rule, List.of(StreamCommand.of("rollback-2", "rollback-2-k3", withdraw("spent", 40)))))
        .as("the rolled-back withdrawal is not in the state either").singleElement()
        .isInstanceOf(Decision.Applied.class);
    Decision<Tally.Event> refused = store.handle(rule, "rollback-2", "rollback-2-k4", withdraw("too-much", 1));
    assertThat(refused).isInstanceOf(Decision.Refused.class);
    assertThat(store.handle(rule, "rollback-2", "rollback-2-k5", deposit("after-refusal", 3)))
        .isInstanceOf(Decision.Applied.class);
    assertThat(store.handle(rule, "rollback-2", "rollback-2-k6", withdraw("all", 3)))
        .as("a refusal changed nothing in the cached balance").isInstanceOf(Decision.Applied.class);
    for (String stream : List.of("rollback-1", "rollback-2")) {
      assertThat(store.load(rule, stream)).isEqualTo(EventStore.on(database).withStateCache(0).load(rule, stream));
    }
    assertThat(store.load(rule, "rollback-1").state().balance()).isEqualTo(47);
    assertThat(store.load(rule, "rollback-2").state().balance()).isZero();
  }

  @Test
  void seededRunsWithTheCacheOnAndOffGiveIdenticalDecisionsRowsAndStates() throws SQLException {
    StoredRule<Tally.Command, Tally.State, Tally.Event> snapshotted = StoredRule.of("tally-snap", Tally.DECIDER,
        new Tally.Codec()).withRefusalCodes(Tally.Code.class).withSnapshots(new Tally.Snapshots(), 4);
    for (long seed = 0; seed < 12; seed++) {
      try (TestDatabase on = TestDatabase.freshSchema("cache_on"); TestDatabase off = TestDatabase.freshSchema("cache_off")) {
        EventStore withCache = EventStore.on(on).withStateCache(3);
        EventStore without = EventStore.on(off).withStateCache(0);
        withCache.migrate();
        without.migrate();
        for (StoredRule<Tally.Command, Tally.State, Tally.Event> rule : List.of(Tally.RULE, snapshotted)) {
          List<String> onDecisions = play(withCache, rule, seed);
          List<String> offDecisions = play(without, rule, seed);
          assertThat(onDecisions).as("seed %s, rule %s: decisions", seed, rule.name()).isEqualTo(offDecisions);
          for (int s = 0; s < 6; s++) {
            assertThat(withCache.load(rule, "m" + s)).as("seed %s, rule %s, stream m%s: state", seed, rule.name(), s)
                .isEqualTo(without.load(rule, "m" + s));
          }
        }
        for (String table : List.of(
            "SELECT sequence || '/' || rule || '/' || stream_id || '/' || stream_version || '/' || idempotency_key || '/' "
                + "|| payload FROM gov_event ORDER BY sequence",
            "SELECT idempotency_key || '/' || rule || '/' || stream_id || '/' || outcome || '/' || coalesce(first_version, 0) "
                + "|| '/' || coalesce(last_version, 0) || '/' || coalesce(refusal, '') FROM gov_command ORDER BY idempotency_key",
            "SELECT rule || '/' || stream_id FROM gov_stream ORDER BY rule, stream_id",
            "SELECT rule || '/' || stream_id || '/' || stream_version || '/' || payload FROM gov_snapshot "
                + "ORDER BY rule, stream_id, stream_version")) {
          List<String> onRows = strings(on, table);
          assertThat(onRows).as("seed %s: %s", seed, table).isEqualTo(strings(off, table));
          assertThat(onRows).as("seed %s: %s", seed, table).isNotEmpty();
        }
      }
    }
  }

  /** Random deposits and withdrawals over six streams, single and batched, some keys sent again. */
  private static List<String> play(EventStore store, StoredRule<Tally.Command, Tally.State, Tally.Event> rule, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> decisions = new ArrayList<>();
    int keys = 0;
    for (int round = 0; round < 40; round++) {
      int size = random.nextInt(3) == 0 ? 1 + random.nextInt(8) : 0;
      List<StreamCommand<Tally.Command>> batch = new ArrayList<>();
      for (int i = 0; i < Math.max(size, 1); i++) {
        String stream = "m" + random.nextInt(6);
        String key = keys > 0 && random.nextInt(10) == 0 ? rule.name() + "-k" + random.nextInt(keys)
            : rule.name() + "-k" + keys++;
        String entry = "e" + random.nextInt(30);
        long amount = 1 + random.nextInt(150);
        batch.add(StreamCommand.of(stream, key, random.nextBoolean() ? deposit(entry, amount) : withdraw(entry, amount)));
      }
      try {
        if (size == 0) {
          StreamCommand<Tally.Command> c = batch.get(0);
          decisions.add(store.handle(rule, c.streamId(), c.idempotencyKey(), c.command()).toString());
        } else {
          store.handleAll(rule, batch).forEach(d -> decisions.add(d.toString()));
        }
      } catch (IdempotencyKeyReusedException e) {
        decisions.add("reused " + e.getMessage());
      }
    }
    return decisions;
  }

  private static List<String> strings(TestDatabase db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection connection = db.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
        ResultSet found = query.executeQuery()) {
      while (found.next()) {
        out.add(found.getString(1));
      }
    }
    return out;
  }
}
