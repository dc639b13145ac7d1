package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcurrentBookingTest {

  private static final int THREADS = 16;

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("concurrent");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  @Test
  void sixteenThreadsOnOneStreamBookEveryCommandOnceAndLoseNothing() throws Exception {
    bookConcurrentlyAndCheck(1, List.of("one"), 3_000);
  }

  /**
   * The number of distinct commands (re-sends come on top) and of streams can be raised for a long
   * run: {@code -Dgovernance.store.commands=100000 -Dgovernance.store.streams=64}.
   */
  @Test
  void sixteenThreadsOnEightStreamsBookEveryCommandOnceAndLoseNothing() throws Exception {
    List<String> streams = new ArrayList<>();
    for (int i = 0; i < Integer.getInteger("governance.store.streams", 8); i++) {
      streams.add("many-" + i);
    }
    bookConcurrentlyAndCheck(2, streams, Integer.getInteger("governance.store.commands", 6_000));
  }

  record Sent(String key, String stream, Tally.Command command) {}

  private static void bookConcurrentlyAndCheck(long seed, List<String> streams, int commands) throws Exception {
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), 50);
    Random random = new Random(seed);
    List<Sent> sent = new ArrayList<>();
    for (int i = 0; i < commands; i++) {
      String stream = streams.get(random.nextInt(streams.size()));
      // a few entries repeat an earlier one: duplicates the rule itself recognises
      String entry = "e-" + seed + "-" + (i > 0 && random.nextInt(30) == 0 ? random.nextInt(i) : i);
      Tally.Command command = random.nextInt(10) < 7
          ? new Tally.Deposit(entry, 1 + random.nextInt(150))
          : new Tally.Withdraw(entry, 1 + random.nextInt(200));
      sent.add(new Sent("k-" + seed + "-" + i, stream, command));
    }
    int distinct = sent.size();
    for (int i = 0; i < distinct / 10; i++) {
      sent.add(sent.get(random.nextInt(distinct)));
    }
    Collections.shuffle(sent, random);

    Map<String, List<Decision<Tally.Event>>> answers = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < sent.size(); i = next.getAndIncrement()) {
          Sent one = sent.get(i);
          try {
            Decision<Tally.Event> decision = store.handle(rule, one.stream(), one.key(), one.command());
            answers.computeIfAbsent(one.key(), k -> new CopyOnWriteArrayList<>()).add(decision);
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.MINUTES)).as("seed %d: the workers finish", seed).isTrue();
    for (Future<?> worker : workers) {
      worker.get();
    }
    assertThat(failures).as("seed %d: no command failed", seed).isEmpty();
    assertThat(answers).as("seed %d", seed).hasSize(distinct);

    // Each key has one first outcome, and every re-send answered it.
    Map<String, Long> appliedByStream = new HashMap<>();
    Map<String, Integer> appliedEventsByKey = new HashMap<>();
    Map<String, String> streamOfKey = new HashMap<>();
    sent.forEach(s -> streamOfKey.put(s.key(), s.stream()));
    answers.forEach((key, decisions) -> {
      List<Decision<Tally.Event>> applied = decisions.stream().filter(d -> d instanceof Decision.Applied).toList();
      assertThat(applied).as("seed %d, key %s: applied at most once", seed, key).hasSizeLessThanOrEqualTo(1);
      if (applied.size() == 1) {
        List<Tally.Event> events = applied.get(0).events();
        assertThat(decisions).as("seed %d, key %s: re-sends answer the events booked", seed, key)
            .allSatisfy(d -> assertThat(d.events()).isEqualTo(events));
        appliedEventsByKey.put(key, events.size());
        long signed = events.stream().mapToLong(e -> e instanceof Tally.Deposited ? e.amount() : -e.amount()).sum();
        appliedByStream.merge(streamOfKey.get(key), signed, Long::sum);
      } else {
        assertThat(decisions).as("seed %d, key %s: every answer is the first outcome", seed, key)
            .allSatisfy(d -> assertThat(d).isEqualTo(decisions.get(0)));
      }
    });

    // The database holds exactly the applied events, each command's once.
    Map<String, Integer> storedEventsByKey = new HashMap<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idempotency_key, COUNT(*) FROM gov_event "
            + "WHERE idempotency_key LIKE 'k-" + seed + "-%' GROUP BY idempotency_key")) {
      while (rows.next()) {
        storedEventsByKey.put(rows.getString(1), rows.getInt(2));
      }
    }
    assertThat(storedEventsByKey.keySet()).as("seed %d: the keys with stored events are the applied ones", seed)
        .containsExactlyInAnyOrderElementsOf(appliedEventsByKey.keySet());
    storedEventsByKey.forEach((key, count) ->
        assertThat(count).as("seed %d, key %s: its events are stored once", seed, key).isEqualTo(appliedEventsByKey.get(key)));
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command WHERE idempotency_key LIKE 'k-" + seed + "-%'"))
        .isEqualTo(distinct);

    // Every stream's state is the sequential replay of its events; nothing created or lost.
    for (String stream : streams) {
      List<Tally.Event> events = store.events(rule, stream).stream().map(StoredEvent::event).toList();
      Tally.State sequential = InMemoryStream.restore(Tally.DECIDER, events).state();
      StreamState<Tally.State> loaded = store.load(rule, stream);
      assertThat(loaded.state()).as("seed %d, stream %s", seed, stream).isEqualTo(sequential)
          .isEqualTo(store.replay(rule, stream).state());
      assertThat(loaded.version()).isEqualTo(events.size());
      assertThat(loaded.state().balance()).as("seed %d, stream %s: the applied amounts, no more, no less", seed, stream)
          .isEqualTo(appliedByStream.getOrDefault(stream, 0L))
          .isNotNegative();
    }
    long refused = answers.values().stream().filter(d -> d.get(0).isRefused()).count();
    long unchanged = answers.values().stream().filter(d -> d.get(0) instanceof Decision.Unchanged).count();
    assertThat(refused).as("seed %d: the workload reaches refusals", seed).isPositive();
    assertThat(unchanged).as("seed %d: the workload reaches the rule's own duplicates", seed).isPositive();
  }

}
