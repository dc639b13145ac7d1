package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link EventStore#handleAll} on the real PostgreSQL: a batch gives exactly what handling its
 * commands one by one gives (seeded random batches), keys sent again and repeated inside a batch
 * answer their first outcome, refusals are recorded beside applied commands, a race lost inside a
 * batch re-decides the whole batch on fresh state, and a batch that fails writes nothing.
 */
final class HandleAllTest {

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("handle_all");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  private static StreamCommand<Tally.Command> deposit(String stream, String key, String entry, long amount) {
    return StreamCommand.of(stream, key, new Tally.Deposit(entry, amount));
  }

  private static StreamCommand<Tally.Command> withdraw(String stream, String key, String entry, long amount) {
    return StreamCommand.of(stream, key, new Tally.Withdraw(entry, amount));
  }

  @Test
  void randomBatchesGiveTheDecisionsAndRowsOfHandlingEachCommandInTurn() throws SQLException {
    for (long seed = 0; seed < 25; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      String batched = "b" + seed + "-";
      String single = "s" + seed + "-";
      List<String> sentKeys = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        List<StreamCommand<Tally.Command>> batch = new ArrayList<>();
        List<StreamCommand<Tally.Command>> oneByOne = new ArrayList<>();
        int size = 1 + random.nextInt(40);
        for (int i = 0; i < size; i++) {
          String stream = "acc-" + random.nextInt(5);
          String key;
          Tally.Command command;
          if (!sentKeys.isEmpty() && random.nextInt(8) == 0) {
            key = sentKeys.get(random.nextInt(sentKeys.size()));
            stream = "acc-" + key.substring(key.indexOf('@') + 1);
          } else {
            key = "k" + round + "-" + i + "@" + stream.substring(4);
          }
          String entry = random.nextInt(10) == 0 ? "e-" + random.nextInt(20) : "e-" + key;
          long amount = 1 + random.nextInt(150);
          command = random.nextInt(3) == 0 ? new Tally.Withdraw(entry, amount) : new Tally.Deposit(entry, amount);
          sentKeys.add(key);
          batch.add(StreamCommand.of(batched + stream, batched + key, command));
          oneByOne.add(StreamCommand.of(single + stream, single + key, command));
        }

        List<Decision<Tally.Event>> fromBatch = store.handleAll(Tally.RULE, batch);
        List<Decision<Tally.Event>> fromSingles = new ArrayList<>();
        for (StreamCommand<Tally.Command> c : oneByOne) {
          fromSingles.add(store.handle(Tally.RULE, c.streamId(), c.idempotencyKey(), c.command()));
        }

        assertThat(fromBatch).as("seed %s, round %s", seed, round).isEqualTo(fromSingles);
      }
      assertThat(rows(batched)).as("seed %s: the events, by stream, version, key and payload", seed)
          .isEqualTo(rows(single));
      assertThat(commands(batched)).as("seed %s: the recorded commands", seed).isEqualTo(commands(single));
      for (int s = 0; s < 5; s++) {
        assertThat(store.load(Tally.RULE, batched + "acc-" + s).state()).as("seed %s, stream %s", seed, s)
            .isEqualTo(store.load(Tally.RULE, single + "acc-" + s).state());
        assertThat(registered(batched + "acc-" + s)).as("seed %s, registry row of stream %s", seed, s)
            .isEqualTo(registered(single + "acc-" + s))
            .isEqualTo(store.load(Tally.RULE, single + "acc-" + s).version() > 0 ? 1 : 0);
      }
    }
  }

  @Test
  void aKeyHandledBeforeOrRepeatedInTheBatchAnswersItsFirstOutcomeAndAppendsOnce() throws SQLException {
    Decision<Tally.Event> first = store.handle(Tally.RULE, "dup-acc", "dup-1", new Tally.Deposit("e-1", 20));

    List<Decision<Tally.Event>> decisions = store.handleAll(Tally.RULE, List.of(
        deposit("dup-acc", "dup-1", "e-1", 20),
        deposit("dup-acc", "dup-2", "e-2", 5),
        deposit("dup-acc", "dup-2", "e-2", 5),
        withdraw("dup-acc", "dup-3", "e-3", 500),
        withdraw("dup-acc", "dup-3", "e-3", 500)));

    assertThat(first).isEqualTo(Decision.applied(new Tally.Deposited("e-1", 20)));
    assertThat(decisions.get(0)).isEqualTo(Decision.unchanged(List.of(new Tally.Deposited("e-1", 20))));
    assertThat(decisions.get(1)).isEqualTo(Decision.applied(new Tally.Deposited("e-2", 5)));
    assertThat(decisions.get(2)).isEqualTo(Decision.unchanged(List.of(new Tally.Deposited("e-2", 5))));
    assertThat(decisions.get(3).isRefused()).isTrue();
    assertThat(decisions.get(4)).isEqualTo(decisions.get(3));
    assertThat(store.events(Tally.RULE, "dup-acc")).extracting(StoredEvent::idempotencyKey)
        .containsExactly("dup-1", "dup-2");
    assertThat(database.queryLong("SELECT count(*) FROM gov_command WHERE stream_id = 'dup-acc'")).isEqualTo(3);
  }

  @Test
  void aBatchWritesTheSameRowsWhetherItsTablesGoInOneRoundTripOrOneStatementEach() throws SQLException {
    Projection<Tally.Event> nothing = new Projection<>() {
      @Override
      public String name() {
        return "nothing";
      }

      @Override
      public void createTables(Connection connection) {}

      @Override
      public void clear(Connection connection) {}

      @Override
      public void apply(Connection connection, List<StoredEvent<Tally.Event>> events) {}
    };
    StoredRule<Tally.Command, Tally.State, Tally.Event> together = StoredRule.of("tally-together", Tally.DECIDER,
        new Tally.Codec()).withRefusalCodes(Tally.Code.class);
    StoredRule<Tally.Command, Tally.State, Tally.Event> apart = StoredRule.of("tally-apart", Tally.DECIDER,
        new Tally.Codec()).withRefusalCodes(Tally.Code.class).withProjection(nothing);
    List<List<Decision<Tally.Event>>> decided = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    for (StoredRule<Tally.Command, Tally.State, Tally.Event> rule : List.of(together, apart)) {
      String k = rule.name() + "-";
      store.handle(rule, "rt-old", k + "0", new Tally.Deposit("e-0", 20));
      decided.add(store.handleAll(rule, List.of(
          deposit("rt-old", k + "1", "e-1", 5),
          deposit("rt-new", k + "2", "e-2", 7),
          withdraw("rt-old", k + "3", "e-3", 500),
          deposit("rt-old", k + "0", "e-0", 20),
          deposit("rt-new", k + "4", "e-4", 1))));
      rows.add(rowsOf(rule.name()));
    }

    assertThat(decided.get(0)).isEqualTo(decided.get(1));
    assertThat(decided.get(0).get(2).isRefused()).isTrue();
    assertThat(decided.get(0).get(3)).isEqualTo(Decision.unchanged(List.of(new Tally.Deposited("e-0", 20))));
    assertThat(rows.get(0)).hasSize(2 + 5 + 4).isEqualTo(rows.get(1));
  }

  /** The rule's registry, command and event rows, with its name taken out of the keys. */
  private static List<String> rowsOf(String rule) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      for (String sql : List.of("SELECT 'stream', stream_id FROM gov_stream WHERE rule = ? ORDER BY stream_id",
          "SELECT idempotency_key, stream_id, outcome, first_version, last_version, refusal_code, refusal "
              + "FROM gov_command WHERE rule = ? ORDER BY idempotency_key",
          "SELECT stream_id, stream_version, idempotency_key, payload FROM gov_event WHERE rule = ? "
              + "ORDER BY stream_id, stream_version")) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
          query.setString(1, rule);
          try (ResultSet found = query.executeQuery()) {
            while (found.next()) {
              List<String> columns = new ArrayList<>();
              for (int i = 1; i <= found.getMetaData().getColumnCount(); i++) {
                columns.add(String.valueOf(found.getString(i)).replace(rule + "-", ""));
              }
              rows.add(String.join("|", columns));
            }
          }
        }
      }
    }
    return rows;
  }

  @Test
  void aRefusalInsideABatchIsRecordedAndTheOtherCommandsAreApplied() throws SQLException {
    List<StreamCommand<Tally.Command>> batch = List.of(
        deposit("ref-a", "ref-1", "e-1", 30),
        withdraw("ref-a", "ref-2", "e-2", 31),
        withdraw("ref-a", "ref-3", "e-3", 30),
        deposit("ref-b", "ref-4", "e-4", 7));

    List<Decision<Tally.Event>> decisions = store.handleAll(Tally.RULE, batch);

    assertThat(decisions.get(0)).isEqualTo(Decision.applied(new Tally.Deposited("e-1", 30)));
    assertThat(decisions.get(1).refusalIfAny()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(Tally.Code.INSUFFICIENT_BALANCE);
      assertThat(r.arguments()).containsEntry("balance", "30").containsEntry("amount", "31");
    });
    assertThat(decisions.get(2)).isEqualTo(Decision.applied(new Tally.Withdrawn("e-3", 30)));
    assertThat(decisions.get(3)).isEqualTo(Decision.applied(new Tally.Deposited("e-4", 7)));
    assertThat(store.load(Tally.RULE, "ref-a").version()).isEqualTo(2);

    long events = database.queryLong("SELECT count(*) FROM gov_event");
    List<Decision<Tally.Event>> again = store.handleAll(Tally.RULE, batch);

    assertThat(again.get(0)).isEqualTo(Decision.unchanged(List.of(new Tally.Deposited("e-1", 30))));
    assertThat(again.get(1)).isEqualTo(decisions.get(1));
    assertThat(again.get(2)).isEqualTo(Decision.unchanged(List.of(new Tally.Withdrawn("e-3", 30))));
    assertThat(database.queryLong("SELECT count(*) FROM gov_event")).isEqualTo(events);
  }

  @Test
  void aRaceLostInsideABatchDecidesTheWholeBatchAgainOnFreshState() throws SQLException {
    store.handle(Tally.RULE, "race-a", "race-0", new Tally.Deposit("e-0", 10));
    AtomicBoolean rivalled = new AtomicBoolean();
    StoredRule<Tally.Command, Tally.State, Tally.Event> racing = rivalOnce(rivalled,
        () -> store.handle(Tally.RULE, "race-a", "race-rival", new Tally.Withdraw("e-rival", 10)));
    List<CommandObserver.HandledCommand> seen = new CopyOnWriteArrayList<>();

    List<Decision<Tally.Event>> decisions = store.withObserver(seen::add).handleAll(racing, List.of(
        deposit("race-b", "race-1", "e-1", 3),
        withdraw("race-a", "race-2", "e-2", 10),
        deposit("race-a", "race-3", "e-3", 4)));

    assertThat(rivalled).isTrue();
    assertThat(decisions.get(0)).isEqualTo(Decision.applied(new Tally.Deposited("e-1", 3)));
    assertThat(decisions.get(1).refusalIfAny()).as("decided again after the rival took the balance")
        .hasValueSatisfying(r -> assertThat(r.arguments()).containsEntry("balance", "0"));
    assertThat(decisions.get(2)).isEqualTo(Decision.applied(new Tally.Deposited("e-3", 4)));
    assertThat(store.events(Tally.RULE, "race-a")).extracting(StoredEvent::idempotencyKey, StoredEvent::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("race-0", 1L), org.assertj.core.groups.Tuple.tuple("race-rival", 2L),
            org.assertj.core.groups.Tuple.tuple("race-3", 3L));
    assertThat(store.load(Tally.RULE, "race-a").state().balance()).isEqualTo(4);
    assertThat(store.events(Tally.RULE, "race-b")).hasSize(1);
    assertThat(seen).hasSize(3).allSatisfy(h -> assertThat(h.attempts()).isEqualTo(2));
    assertThat(seen).extracting(CommandObserver.HandledCommand::streamVersion).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aBatchThatLosesItsOnlyAttemptWritesNothingOfAnyCommand() throws SQLException {
    store.handle(Tally.RULE, "lost-a", "lost-0", new Tally.Deposit("e-0", 10));
    StoredRule<Tally.Command, Tally.State, Tally.Event> racing = rivalOnce(new AtomicBoolean(),
        () -> store.handle(Tally.RULE, "lost-a", "lost-rival", new Tally.Deposit("e-rival", 1)));
    long events = database.queryLong("SELECT count(*) FROM gov_event");
    long commands = database.queryLong("SELECT count(*) FROM gov_command");

    assertThatThrownBy(() -> store.withMaxAttempts(1).handleAll(racing, List.of(
        deposit("lost-b", "lost-1", "e-1", 3),
        deposit("lost-a", "lost-2", "e-2", 4))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("stream lost-a").hasMessageContaining("batch of 2 command(s)");

    assertThat(database.queryLong("SELECT count(*) FROM gov_event")).as("only the rival's event").isEqualTo(events + 1);
    assertThat(database.queryLong("SELECT count(*) FROM gov_command")).isEqualTo(commands + 1);
    assertThat(store.load(Tally.RULE, "lost-b").version()).isZero();
  }

  @Test
  void aKeyOfAnotherStreamInsideABatchWritesNothingOfTheBatch() throws SQLException {
    store.handle(Tally.RULE, "reuse-a", "reuse-0", new Tally.Deposit("e-0", 10));
    long events = database.queryLong("SELECT count(*) FROM gov_event");

    assertThatThrownBy(() -> store.handleAll(Tally.RULE, List.of(
        deposit("reuse-b", "reuse-1", "e-1", 3),
        deposit("reuse-b", "reuse-0", "e-2", 3))))
        .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("stream reuse-a");
    assertThatThrownBy(() -> store.handleAll(Tally.RULE, List.of(
        deposit("reuse-b", "reuse-2", "e-1", 3),
        deposit("reuse-c", "reuse-2", "e-1", 3))))
        .isInstanceOf(IdempotencyKeyReusedException.class).hasMessageContaining("stream reuse-b");

    assertThat(database.queryLong("SELECT count(*) FROM gov_event")).isEqualTo(events);
    assertThat(database.queryLong("SELECT count(*) FROM gov_command WHERE stream_id LIKE 'reuse-%'")).isEqualTo(1);
  }

  @Test
  void aCommandThatThrowsWritesNothingOfTheBatch() throws SQLException {
    StoredRule<Tally.Command, Tally.State, Tally.Event> failing = StoredRule.of("tally", new Delegate() {
      @Override
      public Decision<Tally.Event> decide(Tally.Command command, Tally.State state) {
        if (command.entry().equals("boom")) {
          throw new IllegalArgumentException("a malformed command");
        }
        return super.decide(command, state);
      }
    }, new Tally.Codec()).withRefusalCodes(Tally.Code.class);

    assertThatThrownBy(() -> store.handleAll(failing, List.of(
        deposit("throw-a", "throw-1", "e-1", 3),
        deposit("throw-a", "throw-2", "boom", 3))))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(database.queryLong("SELECT count(*) FROM gov_event WHERE stream_id = 'throw-a'")).isZero();
    assertThat(database.queryLong("SELECT count(*) FROM gov_command WHERE stream_id = 'throw-a'")).isZero();
  }

  @Test
  void aBatchOnASnapshottedRuleWritesTheSnapshotsHandlingOneByOneWould() throws SQLException {
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), 3);
    List<StreamCommand<Tally.Command>> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(deposit("snap-" + (i % 2), "snap-" + i, "e-" + i, 1 + i));
    }

    store.handleAll(rule, batch.subList(0, 4));
    store.handleAll(rule, batch.subList(4, 10));

    for (String stream : List.of("snap-0", "snap-1")) {
      assertThat(store.load(rule, stream)).satisfies(s -> assertThat(s.snapshotVersion()).isEqualTo(3))
          .extracting(StreamState::state).isEqualTo(store.replay(rule, stream).state());
    }
    assertThat(database.queryLong("SELECT count(*) FROM gov_snapshot WHERE stream_id LIKE 'snap-%'")).isEqualTo(2);
  }

  @Test
  void anEmptyBatchIsNothingAndAnOversizedOneIsRefused() {
    assertThat(store.handleAll(Tally.RULE, List.of())).isEmpty();
    List<StreamCommand<Tally.Command>> tooMany = Collections.nCopies(EventStore.MAX_BATCH + 1,
        deposit("big", "big-1", "e-1", 1));
    assertThatThrownBy(() -> store.handleAll(Tally.RULE, tooMany)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + EventStore.MAX_BATCH);
    assertThatThrownBy(() -> StreamCommand.of("", "k", new Tally.Deposit("e", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeySentAgainIsAnsweredEvenWithASingleAttempt() throws SQLException {
    EventStore once = store.withMaxAttempts(1);
    Decision<Tally.Event> first = once.handle(Tally.RULE, "once-a", "once-1", new Tally.Deposit("e-1", 5));
    Decision<Tally.Event> refused = once.handle(Tally.RULE, "once-a", "once-2", new Tally.Withdraw("e-2", 50));

    assertThat(once.handle(Tally.RULE, "once-a", "once-1", new Tally.Deposit("e-1", 5)))
        .isEqualTo(Decision.unchanged(first.events()));
    assertThat(once.handle(Tally.RULE, "once-a", "once-2", new Tally.Withdraw("e-2", 50))).isEqualTo(refused);
    assertThatThrownBy(() -> once.handle(Tally.RULE, "once-b", "once-1", new Tally.Deposit("e-1", 5)))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(database.queryLong("SELECT count(*) FROM gov_event WHERE stream_id = 'once-a'")).isEqualTo(1);
  }

  /** The tally rule, whose decisions run a rival's command the first time a withdrawal or the second command is decided. */
  private static StoredRule<Tally.Command, Tally.State, Tally.Event> rivalOnce(AtomicBoolean done, Runnable rival) {
    return StoredRule.of("tally", new Delegate() {
      private int decided;

      @Override
      public Decision<Tally.Event> decide(Tally.Command command, Tally.State state) {
        if (++decided == 2 && done.compareAndSet(false, true)) {
          rival.run();
        }
        return super.decide(command, state);
      }
    }, new Tally.Codec()).withRefusalCodes(Tally.Code.class);
  }

  /** The tally rule, to override one method of. */
  private static class Delegate implements Decider<Tally.Command, Tally.State, Tally.Event> {
    @Override
    public Tally.State initialState() {
      return Tally.DECIDER.initialState();
    }

    @Override
    public Decision<Tally.Event> decide(Tally.Command command, Tally.State state) {
      return Tally.DECIDER.decide(command, state);
    }

    @Override
    public Tally.State evolve(Tally.State state, Tally.Event event) {
      return Tally.DECIDER.evolve(state, event);
    }
  }

  private static List<String> rows(String prefix) throws SQLException {
    return strings("SELECT substr(stream_id, length(?) + 1) || '/' || stream_version || '/' || substr(idempotency_key, "
        + "length(?) + 1) || '/' || payload FROM gov_event WHERE stream_id LIKE ? ORDER BY stream_id, stream_version", prefix);
  }

  private static List<String> commands(String prefix) throws SQLException {
    return strings("SELECT substr(idempotency_key, length(?) + 1) || '/' || substr(stream_id, length(?) + 1) || '/' || outcome "
        + "|| '/' || coalesce(first_version, 0) || '/' || coalesce(last_version, 0) || '/' || coalesce(refusal, '') "
        + "FROM gov_command WHERE idempotency_key LIKE ? ORDER BY idempotency_key", prefix);
  }

  private static long registered(String stream) throws SQLException {
    return database.queryLong("SELECT count(*) FROM gov_stream WHERE stream_id = '" + stream + "'");
  }

  private static List<String> strings(String sql, String prefix) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, prefix);
      query.setString(2, prefix);
      query.setString(3, prefix + "%");
      try (ResultSet found = query.executeQuery()) {
        while (found.next()) {
          out.add(found.getString(1));
        }
      }
    }
    return out;
  }
}
