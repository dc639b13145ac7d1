package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrashRecoveryTest {

  private static final int KILL_AFTER = 400;

  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    database = TestDatabase.freshSchema("crash");
    store = EventStore.on(database);
    store.migrate();
    store.prepare(StoreWorker.rule());
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void aWriterKilledMidStreamLeavesExactlyTheCommittedCommandsAndReSendingBooksEachOnce() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreWorker.class.getName(),
        database.url(), "0", "1000000").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> reported = new CopyOnWriteArrayList<>();
    CountDownLatch enough = new CountDownLatch(KILL_AFTER);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          reported.add(line.substring("done ".length()));
          enough.countDown();
        }
      } catch (java.io.IOException e) {
        // the child was killed: its output ends here
      }
    });
    reader.start();
    try {
      assertThat(enough.await(3, TimeUnit.MINUTES)).as("the child booked %d commands", KILL_AFTER).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    reader.join(TimeUnit.MINUTES.toMillis(1));

    // What committed is a prefix of the commands: everything reported, and at most the one in flight.
    List<String> committed = committedKeys();
    int n = committed.size();
    assertThat(n).isBetween(reported.size(), reported.size() + 1);
    List<String> prefix = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      prefix.add(StoreWorker.key(i));
    }
    assertThat(committed).containsExactlyInAnyOrderElementsOf(prefix);

    // The state is exactly the committed events, and the read model has caught up with them.
    StoredRule<Tally.Command, Tally.State, Tally.Event> rule = StoreWorker.rule();
    Map<String, InMemoryStream<Tally.Command, Tally.State, Tally.Event>> oracle = new HashMap<>();
    for (int i = 0; i < n; i++) {
      oracle.computeIfAbsent(StoreWorker.stream(i), s -> InMemoryStream.open(Tally.DECIDER)).handle(StoreWorker.command(i));
    }
    List<TallyBalances.Row> expectedRows = new ArrayList<>();
    for (int s = 0; s < StoreWorker.STREAMS; s++) {
      String stream = StoreWorker.stream(s);
      InMemoryStream<Tally.Command, Tally.State, Tally.Event> expected = oracle.get(stream);
      assertThat(store.load(rule, stream).state()).as(stream).isEqualTo(expected.state());
      assertThat(store.replay(rule, stream).state()).as(stream).isEqualTo(expected.state());
      expectedRows.add(new TallyBalances.Row(stream, expected.state().balance(), expected.version()));
    }
    assertThat(TallyBalances.rows(database)).isEqualTo(expectedRows);

    // Re-sending everything sent so far, the in-flight command included, books each once.
    int resent = reported.size() + 2;
    for (int i = 0; i < resent; i++) {
      Decision<Tally.Event> decision = store.handle(rule, StoreWorker.stream(i), StoreWorker.key(i), StoreWorker.command(i));
      if (i < n) {
        assertThat(decision).as("command %d committed before the kill", i).isNotInstanceOf(Decision.Applied.class);
      } else {
        oracle.computeIfAbsent(StoreWorker.stream(i), s -> InMemoryStream.open(Tally.DECIDER)).handle(StoreWorker.command(i));
      }
    }
    assertThat(committedKeys()).hasSize(resent);
    for (int s = 0; s < StoreWorker.STREAMS; s++) {
      String stream = StoreWorker.stream(s);
      assertThat(store.load(rule, stream).state()).as(stream).isEqualTo(oracle.get(stream).state());
      assertThat(store.events(rule, stream)).hasSize(oracle.get(stream).version());
    }
    List<TallyBalances.Row> live = TallyBalances.rows(database);
    store.rebuild(rule);
    assertThat(TallyBalances.rows(database)).isEqualTo(live);
  }

  private List<String> committedKeys() throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idempotency_key FROM gov_command")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }
}
