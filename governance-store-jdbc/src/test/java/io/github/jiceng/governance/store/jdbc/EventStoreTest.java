package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStoreTest {

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("event_store");
    store = EventStore.on(database);
    assertThat(store.migrate()).isEqualTo(Schema.scripts().size());
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  @Test
  void appendsAppliedEventsWithVersionsAndIncreasingSequences() {
    Decision<Tally.Event> first = store.handle(Tally.RULE, "acc-append", "append-1", new Tally.Deposit("e-1", 150));
    Decision<Tally.Event> second = store.handle(Tally.RULE, "acc-append", "append-2", new Tally.Withdraw("e-2", 40));

    assertThat(first).isEqualTo(Decision.applied(List.of(new Tally.Deposited("e-1", 150), new Tally.Deposited("e-1+bonus", 1))));
    assertThat(second).isEqualTo(Decision.applied(new Tally.Withdrawn("e-2", 40)));
    List<StoredEvent<Tally.Event>> events = store.events(Tally.RULE, "acc-append");
    assertThat(events).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(events).extracting(StoredEvent::idempotencyKey).containsExactly("append-1", "append-1", "append-2");
    assertThat(events.get(1).sequence()).isGreaterThan(events.get(0).sequence());
    assertThat(events.get(2).sequence()).isGreaterThan(events.get(1).sequence());
    StreamState<Tally.State> loaded = store.load(Tally.RULE, "acc-append");
    assertThat(loaded.version()).isEqualTo(3);
    assertThat(loaded.state()).isEqualTo(
        InMemoryStream.restore(Tally.DECIDER, events.stream().map(StoredEvent::event).toList()).state());
    assertThat(loaded.state().balance()).isEqualTo(111);
  }

  @Test
  void aStreamNeverWrittenLoadsAsTheInitialStateAtVersionZero() {
    assertThat(store.load(Tally.RULE, "acc-never")).isEqualTo(new StreamState<>(Tally.DECIDER.initialState(), 0, 0));
  }

  @Test
  void theSameKeyTwiceAnswersTheFirstOutcomeAndAppendsNothing() throws SQLException {
    store.handle(Tally.RULE, "acc-dup", "dup-1", new Tally.Deposit("e-1", 200));
    long rows = countEvents();

    Decision<Tally.Event> again = store.handle(Tally.RULE, "acc-dup", "dup-1", new Tally.Deposit("e-1", 200));
    Decision<Tally.Event> againWithAnotherBody = store.handle(Tally.RULE, "acc-dup", "dup-1", new Tally.Deposit("e-9", 5));

    assertThat(again).isEqualTo(Decision.unchanged(List.of(new Tally.Deposited("e-1", 200), new Tally.Deposited("e-1+bonus", 1))));
    assertThat(againWithAnotherBody).isEqualTo(again);
    assertThat(countEvents()).isEqualTo(rows);
    assertThat(store.load(Tally.RULE, "acc-dup").state().balance()).isEqualTo(201);
  }

  @Test
  void aRefusedCommandAppendsNothingAndReturnsTheRulesRefusal() throws SQLException {
    store.handle(Tally.RULE, "acc-refuse", "refuse-1", new Tally.Deposit("e-1", 10));
    long rows = countEvents();

    Decision<Tally.Event> refused = store.handle(Tally.RULE, "acc-refuse", "refuse-2", new Tally.Withdraw("e-2", 11));

    assertThat(refused.refusalIfAny()).hasValueSatisfying(refusal -> {
      assertThat(refusal.code()).isEqualTo(Tally.Code.INSUFFICIENT_BALANCE);
      assertThat(refusal.arguments()).containsEntry("balance", "10").containsEntry("amount", "11");
    });
    assertThat(countEvents()).isEqualTo(rows);
    assertThat(store.load(Tally.RULE, "acc-refuse").version()).isEqualTo(1);
  }

  @Test
  void aResentRefusedCommandAnswersTheSameRefusalEvenAfterTheStateChanged() {
    Decision<Tally.Event> refused = store.handle(Tally.RULE, "acc-refuse-again", "ra-1", new Tally.Withdraw("e-1", 5));
    store.handle(Tally.RULE, "acc-refuse-again", "ra-2", new Tally.Deposit("e-2", 50));

    Decision<Tally.Event> again = store.handle(Tally.RULE, "acc-refuse-again", "ra-1", new Tally.Withdraw("e-1", 5));

    assertThat(again).isEqualTo(refused);
    assertThat(store.load(Tally.RULE, "acc-refuse-again").state().balance()).isEqualTo(50);
  }

  @Test
  void withoutItsCodeEnumARuleReadsARecordedRefusalByItsKey() {
    StoredRule<Tally.Command, Tally.State, Tally.Event> bare = StoredRule.of("tally", Tally.DECIDER, new Tally.Codec());
    Decision<Tally.Event> refused = store.handle(bare, "acc-bare", "bare-1", new Tally.Withdraw("e-1", 5));

    Decision<Tally.Event> again = store.handle(bare, "acc-bare", "bare-1", new Tally.Withdraw("e-1", 5));

    assertThat(again.refusalIfAny()).hasValueSatisfying(refusal -> {
      assertThat(refusal.code()).isEqualTo(new RecordedRefusalCode("tally.insufficient-balance"));
      assertThat(refusal.arguments()).isEqualTo(refused.refusalIfAny().orElseThrow().arguments());
      assertThat(refusal.detail()).isEqualTo(refused.refusalIfAny().orElseThrow().detail());
    });
  }

  @Test
  void aDuplicateTheRuleRecognisesIsUnchangedAndAppendsNothing() throws SQLException {
    store.handle(Tally.RULE, "acc-rule-dup", "rd-1", new Tally.Deposit("e-1", 5));
    long rows = countEvents();

    Decision<Tally.Event> unchanged = store.handle(Tally.RULE, "acc-rule-dup", "rd-2", new Tally.Deposit("e-1", 5));

    assertThat(unchanged).isInstanceOf(Decision.Unchanged.class);
    assertThat(countEvents()).isEqualTo(rows);
    assertThat(store.handle(Tally.RULE, "acc-rule-dup", "rd-2", new Tally.Deposit("e-1", 5))).isEqualTo(unchanged);
  }

  @Test
  void aKeyRecordedForAnotherStreamIsATypedError() {
    store.handle(Tally.RULE, "acc-key-a", "shared-key", new Tally.Deposit("e-1", 5));

    assertThatThrownBy(() -> store.handle(Tally.RULE, "acc-key-b", "shared-key", new Tally.Deposit("e-1", 5)))
        .isInstanceOfSatisfying(IdempotencyKeyReusedException.class, e -> {
          assertThat(e.code()).isEqualTo(StoreErrorCode.IDEMPOTENCY_KEY_REUSED);
          assertThat(e.message(Language.ZH)).isEqualTo("幂等键 shared-key 已记录在规则 tally、事件流 acc-key-a 下，"
              + "现在却用于规则 tally、事件流 acc-key-b；一个幂等键只能对应一条命令。");
          assertThat(e.message(Language.EN)).startsWith("Idempotency key shared-key was recorded for rule tally, stream acc-key-a,");
        })
        .hasMessageContaining("acc-key-a").hasMessageContaining("acc-key-b");
    assertThat(store.load(Tally.RULE, "acc-key-b").version()).isZero();
  }

  @Test
  void theDatabaseItselfRefusesASecondRowForOneKey() {
    store.handle(Tally.RULE, "acc-constraint", "constraint-1", new Tally.Deposit("e-1", 5));

    assertThatThrownBy(() -> database.execute("INSERT INTO gov_command (idempotency_key, rule, stream_id, outcome) "
        + "VALUES ('constraint-1', 'tally', 'acc-constraint', 'UNCHANGED')"))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
    assertThatThrownBy(() -> database.execute("INSERT INTO gov_event (rule, stream_id, stream_version, idempotency_key, payload) "
        + "VALUES ('tally', 'acc-constraint', 1, 'constraint-2', '{}')"))
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));
  }

  @Test
  void aWriterThatLostTheRaceDecidesAgainOnFreshStateInsteadOfAppendingStale() throws Exception {
    store.handle(Tally.RULE, "acc-race", "race-0", new Tally.Deposit("e-0", 10));
    CountDownLatch decidedOnce = new CountDownLatch(1);
    CountDownLatch rivalCommitted = new CountDownLatch(1);
    AtomicInteger decisions = new AtomicInteger();
    Decider<Tally.Command, Tally.State, Tally.Event> paused = new Decider<>() {
      @Override
      public Tally.State initialState() {
        return Tally.DECIDER.initialState();
      }

      @Override
      public Decision<Tally.Event> decide(Tally.Command command, Tally.State state) {
        if (decisions.incrementAndGet() == 1) {
          decidedOnce.countDown();
          await(rivalCommitted);
        }
        return Tally.DECIDER.decide(command, state);
      }

      @Override
      public Tally.State evolve(Tally.State state, Tally.Event event) {
        return Tally.DECIDER.evolve(state, event);
      }
    };
    StoredRule<Tally.Command, Tally.State, Tally.Event> slow = StoredRule.of("tally", paused, new Tally.Codec());
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Decision<Tally.Event>> slowWithdrawal = pool.submit(() -> store.handle(slow, "acc-race", "race-slow",
          new Tally.Withdraw("e-slow", 8)));
      assertThat(decidedOnce.await(30, TimeUnit.SECONDS)).isTrue();
      store.handle(Tally.RULE, "acc-race", "race-rival", new Tally.Withdraw("e-rival", 5));
      rivalCommitted.countDown();

      Decision<Tally.Event> decision = slowWithdrawal.get(30, TimeUnit.SECONDS);

      assertThat(decisions).hasValue(2);
      assertThat(decision.refusalIfAny()).hasValueSatisfying(refusal -> assertThat(refusal.arguments()).containsEntry("balance", "5"));
      assertThat(store.load(Tally.RULE, "acc-race").state().balance()).isEqualTo(5);
      assertThat(store.events(Tally.RULE, "acc-race")).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWriterThatLosesEveryAttemptGetsATypedConflictAndWritesNothing() throws Exception {
    store.handle(Tally.RULE, "acc-lose", "lose-0", new Tally.Deposit("e-0", 10));
    AtomicInteger rivals = new AtomicInteger();
    // The rival commits between this writer's read and its write; with one attempt allowed, it loses for good.
    Decider<Tally.Command, Tally.State, Tally.Event> overtaken = new Decider<>() {
      @Override
      public Tally.State initialState() {
        return Tally.DECIDER.initialState();
      }

      @Override
      public Decision<Tally.Event> decide(Tally.Command command, Tally.State state) {
        Thread rival = new Thread(() -> store.handle(Tally.RULE, "acc-lose", "lose-rival-" + rivals.incrementAndGet(),
            new Tally.Deposit("e-rival-" + rivals.get(), 1)));
        rival.start();
        try {
          rival.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return Tally.DECIDER.decide(command, state);
      }

      @Override
      public Tally.State evolve(Tally.State state, Tally.Event event) {
        return Tally.DECIDER.evolve(state, event);
      }
    };
    EventStore impatient = EventStore.on(database).withMaxAttempts(1);

    assertThatThrownBy(() -> impatient.handle(StoredRule.of("tally", overtaken, new Tally.Codec()), "acc-lose", "lose-1",
        new Tally.Deposit("e-1", 7)))
        .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> assertThat(e.message(Language.ZH))
            .startsWith("规则 tally，事件流 acc-lose：该命令连续 1 次未能抢到事件流的下一个版本"))
        .hasMessageContaining("acc-lose").hasMessageContaining("1 attempt(s)");
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command WHERE idempotency_key = 'lose-1'")).isZero();
    assertThat(rivals).hasValue(1);
    assertThat(store.load(Tally.RULE, "acc-lose").state().balance()).isEqualTo(11);
  }

  @Test
  void anEventRowThatDoesNotDecodeStopsTheReplayNamingStreamSequenceAndRule() throws SQLException {
    store.handle(Tally.RULE, "acc-corrupt", "corrupt-1", new Tally.Deposit("e-1", 10));
    store.handle(Tally.RULE, "acc-corrupt", "corrupt-2", new Tally.Deposit("e-2", 10));
    long sequence = store.events(Tally.RULE, "acc-corrupt").get(1).sequence();
    database.execute("UPDATE gov_event SET payload = '{\"type\":\"gift\"}' WHERE sequence = " + sequence);

    assertThatThrownBy(() -> store.load(Tally.RULE, "acc-corrupt"))
        .isInstanceOfSatisfying(EventDecodeException.class, e -> {
          assertThat(e.rule()).isEqualTo("tally");
          assertThat(e.streamId()).isEqualTo("acc-corrupt");
          assertThat(e.sequence()).isEqualTo(sequence);
          assertThat(e.version()).isEqualTo(2);
          assertThat(e.code()).isEqualTo(StoreErrorCode.EVENT_UNDECODABLE);
          assertThat(e.message(Language.ZH)).isEqualTo("规则 tally，事件流 acc-corrupt：全局序号 " + sequence
              + "（版本 2）的事件无法解码，重放已停止。");
          assertThat(e.message(Language.EN)).doesNotContain("gift");
        })
        .hasMessageContaining("tally").hasMessageContaining("acc-corrupt").hasMessageContaining("sequence " + sequence)
        .hasMessageNotContaining("gift");
    assertThatThrownBy(() -> EventStore.on(database).handle(Tally.RULE, "acc-corrupt", "corrupt-3",
        new Tally.Deposit("e-3", 1)))
        .as("a store that reads the stream afresh").isInstanceOf(EventDecodeException.class);
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command WHERE idempotency_key = 'corrupt-3'")).isZero();
  }

  @Test
  void anEventThatCannotFollowTheStateBeforeItStopsTheReplayAtItsSequence() throws SQLException {
    store.handle(Tally.RULE, "acc-overdrawn", "overdrawn-1", new Tally.Deposit("e-1", 10));
    store.handle(Tally.RULE, "acc-overdrawn", "overdrawn-2", new Tally.Withdraw("e-2", 10));
    long sequence = store.events(Tally.RULE, "acc-overdrawn").get(1).sequence();
    database.execute("UPDATE gov_event SET payload = '{\"type\":\"withdrawn\",\"entry\":\"e-2\",\"amount\":11}' "
        + "WHERE sequence = " + sequence);

    assertThatThrownBy(() -> store.replay(Tally.RULE, "acc-overdrawn"))
        .isInstanceOfSatisfying(EventDecodeException.class, e -> assertThat(e.sequence()).isEqualTo(sequence))
        .hasMessageContaining("cannot follow the state before it");
  }

  @Test
  void aMissingVersionIsReportedRatherThanReplayedPast() throws SQLException {
    store.handle(Tally.RULE, "acc-gap", "gap-1", new Tally.Deposit("e-1", 10));
    store.handle(Tally.RULE, "acc-gap", "gap-2", new Tally.Deposit("e-2", 10));
    store.handle(Tally.RULE, "acc-gap", "gap-3", new Tally.Deposit("e-3", 10));
    database.execute("DELETE FROM gov_event WHERE rule = 'tally' AND stream_id = 'acc-gap' AND stream_version = 2");

    assertThatThrownBy(() -> store.load(Tally.RULE, "acc-gap"))
        .isInstanceOfSatisfying(EventDecodeException.class, e -> {
          assertThat(e.version()).isEqualTo(3);
          assertThat(e.arguments()).containsEntry("expected", "2");
          assertThat(e.message(Language.ZH)).endsWith("（版本 3）的事件之前缺少版本 2，重放已停止。");
        })
        .hasMessageContaining("expected version 2");
  }

  @Test
  void migratingAgainAppliesNothingAndAnEditedScriptIsRefused() throws SQLException {
    assertThat(store.migrate()).isZero();
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_schema_history")).isEqualTo(Schema.scripts().size());

    try (TestDatabase other = TestDatabase.freshSchema("edited_history")) {
      EventStore.on(other).migrate();
      other.execute("UPDATE gov_schema_history SET checksum = 'edited' WHERE version = 1");
      assertThatThrownBy(() -> EventStore.on(other).migrate())
          .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.message(Language.ZH))
              .isEqualTo("数据库结构变更记录第 1 行与随附脚本 V1__event_store.sql 不符：数据库由其他版本迁移过，或脚本被改动过。"))
          .hasMessageContaining("V1__event_store.sql");
    }
  }

  @Test
  void anUnreachableDatabaseIsATypedErrorNamingWhatFailed() {
    EventStore down = EventStore.on(TestDatabase.at("jdbc:postgresql://127.0.0.1:9/governance?user=postgres&connectTimeout=2"));

    assertThatThrownBy(() -> down.handle(Tally.RULE, "acc-down", "down-1", new Tally.Deposit("e-1", 1)))
        .isInstanceOfSatisfying(StoreUnavailableException.class, e -> {
          assertThat(e.arguments()).containsEntry("operation", "handle-command").containsEntry("streamId", "acc-down");
          assertThat(e.message(Language.ZH)).startsWith("处理规则 tally、事件流 acc-down 的命令时数据库不可用（SQL 状态 08");
          assertThat(e.message(Language.EN)).startsWith("The database is unavailable while handling a command of rule tally "
              + "on stream acc-down (SQL state 08");
        })
        .hasMessageContaining("tally").hasMessageContaining("acc-down").hasMessageContaining("08");
  }

  @Test
  void malformedIdsAreRefusedBeforeTheDatabaseIsReached() {
    assertThatThrownBy(() -> store.handle(Tally.RULE, "", "k", new Tally.Deposit("e-1", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stream id");
    assertThatThrownBy(() -> store.handle(Tally.RULE, "acc", "k".repeat(201), new Tally.Deposit("e-1", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idempotency key").hasMessageContaining("201");
    assertThatThrownBy(() -> StoredRule.of("Tally Rule", Tally.DECIDER, new Tally.Codec()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long countEvents() throws SQLException {
    return database.queryLong("SELECT COUNT(*) FROM gov_event");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the rival never committed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
