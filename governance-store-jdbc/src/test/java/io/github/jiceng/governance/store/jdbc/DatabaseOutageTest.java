package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  private static final int WRITERS = 4;
  private static final int STREAMS = 3;

  private Path directory;
  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void startOwnServer() {
    directory = Path.of(System.getProperty("java.io.tmpdir"), "governance-postgres-outage-" + ProcessHandle.current().pid());
    database = TestDatabase.at(TestDatabase.ownServer(directory, false));
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterEach
  void stopOwnServer() throws IOException {
    TestDatabase.ownServer(directory, true);
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  @Test
  void commandsFailWithATypedErrorWhileTheDatabaseIsDownAndSucceedWhenItIsBackWithNothingPartial() throws Exception {
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withSnapshots(new Tally.Snapshots(), 20);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger succeeded = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    Map<Integer, Decision<Tally.Event>> answered = new ConcurrentHashMap<>();
    ConcurrentLinkedQueue<Integer> failedCommands = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
    List<Thread> writers = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      Thread writer = new Thread(() -> {
        while (running.get()) {
          int i = next.getAndIncrement();
          try {
            answered.put(i, store.handle(rule, stream(i), key(i), command(i)));
            succeeded.incrementAndGet();
          } catch (RuntimeException e) {
            failures.add(e);
            failedCommands.add(i);
            pause(20);
          }
        }
      });
      writer.start();
      writers.add(writer);
    }
    try {
      awaitCount(succeeded, 200);
      TestDatabase.ownServer(directory, true);
      awaitFailures(failures, 20);
      TestDatabase.ownServer(directory, false);
      awaitCount(succeeded, succeeded.get() + 200);
    } finally {
      running.set(false);
      for (Thread writer : writers) {
        writer.join(TimeUnit.MINUTES.toMillis(1));
      }
    }

    assertThat(failures).hasSizeGreaterThanOrEqualTo(20).allSatisfy(e -> assertThat(e)
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageStartingWith("The database is unavailable while handling a command of rule tally on stream out-"));

    // Re-sent with their keys, the failed commands are booked once: those that committed before the
    // connection broke answer their first outcome.
    for (int i : failedCommands) {
      answered.put(i, store.handle(rule, stream(i), key(i), command(i)));
    }
    int sent = next.get();
    assertThat(answered).hasSize(sent);
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command")).isEqualTo(sent);
    Map<String, Integer> storedByKey = new HashMap<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idempotency_key, COUNT(*) FROM gov_event GROUP BY idempotency_key")) {
      while (rows.next()) {
        storedByKey.put(rows.getString(1), rows.getInt(2));
      }
    }
    answered.forEach((i, decision) -> assertThat(storedByKey.getOrDefault(key(i), 0))
        .as("command %d's events are stored once", i).isEqualTo(decision.isRefused() ? 0 : decision.events().size()));
    for (int s = 0; s < STREAMS; s++) {
      String stream = "out-" + s;
      List<Tally.Event> events = store.events(rule, stream).stream().map(StoredEvent::event).toList();
      assertThat(store.load(rule, stream).state()).as(stream)
          .isEqualTo(store.replay(rule, stream).state())
          .isEqualTo(InMemoryStream.restore(Tally.DECIDER, events).state());
    }
  }

  private static String stream(int i) {
    return "out-" + (i % STREAMS);
  }

  private static String key(int i) {
    return "out-" + i;
  }

  private static Tally.Command command(int i) {
    return i % 4 == 3 ? new Tally.Withdraw("w-" + i, 1 + (i * 31L) % 150) : new Tally.Deposit("d-" + i, 1 + (i * 17L) % 120);
  }

  private static void awaitCount(AtomicInteger count, int target) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (count.get() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + count.get() + " of " + target + " commands succeeded in two minutes");
      }
      pause(10);
    }
  }

  private static void awaitFailures(ConcurrentLinkedQueue<RuntimeException> failures, int target) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (failures.size() < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + failures.size() + " commands failed while the database was down");
      }
      pause(10);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

}
