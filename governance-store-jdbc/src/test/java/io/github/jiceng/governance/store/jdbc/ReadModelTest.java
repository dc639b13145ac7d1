package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadModelTest {

  private TestDatabase database;
  private EventStore store;
  private final StoredRule<Tally.Command, Tally.State, Tally.Event> rule = Tally.RULE.withProjection(new TallyBalances());

  @BeforeEach
  void openStore() {
    database = TestDatabase.freshSchema("read_model");
    store = EventStore.on(database);
    store.migrate();
    store.prepare(rule);
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void theReadModelShowsEveryStreamsStateAfterEachCommandAndARebuildGivesIdenticalRows() throws SQLException {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 300; i++) {
      String account = "acc-" + random.nextInt(6);
      Tally.Command command = random.nextInt(3) == 0
          ? new Tally.Withdraw("e-" + i, 1 + random.nextInt(120))
          : new Tally.Deposit("e-" + random.nextInt(i + 1), 1 + random.nextInt(150));
      store.handle(rule, account, "rm-" + i, command);
    }
    List<TallyBalances.Row> live = TallyBalances.rows(database);
    List<TallyBalances.Row> replayed = new ArrayList<>();
    for (String account : store.streams(rule)) {
      StreamState<Tally.State> state = store.replay(rule, account);
      replayed.add(new TallyBalances.Row(account, state.state().balance(), state.version()));
    }

    long applied = store.rebuild(rule);

    assertThat(live).hasSize(6).isEqualTo(replayed);
    assertThat(TallyBalances.rows(database)).isEqualTo(live);
    assertThat(applied).isEqualTo(database.queryLong("SELECT COUNT(*) FROM gov_event"));
  }

  @Test
  void aReadModelThatFailsRollsTheCommandBackWithIt() throws SQLException {
    store.handle(rule, "acc-fail", "f-1", new Tally.Deposit("e-1", 5));
    database.execute("ALTER TABLE tally_balance ADD CONSTRAINT tally_balance_small CHECK (balance < 100)");

    assertThatThrownBy(() -> store.handle(rule, "acc-fail", "f-2", new Tally.Deposit("e-2", 500)))
        .isInstanceOf(StoreException.class).hasMessageContaining("23514");

    assertThat(store.events(rule, "acc-fail")).hasSize(1);
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command WHERE idempotency_key = 'f-2'")).isZero();
    assertThat(TallyBalances.rows(database)).containsExactly(new TallyBalances.Row("acc-fail", 5, 1));
  }

  @Test
  void aRebuildStoppedByAnUndecodableEventLeavesTheReadModelAsItWas() throws SQLException {
    store.handle(rule, "acc-keep", "k-1", new Tally.Deposit("e-1", 5));
    store.handle(rule, "acc-keep", "k-2", new Tally.Deposit("e-2", 7));
    List<TallyBalances.Row> before = TallyBalances.rows(database);
    database.execute("UPDATE gov_event SET payload = '[]' WHERE idempotency_key = 'k-2'");

    assertThatThrownBy(() -> store.rebuild(rule)).isInstanceOf(EventDecodeException.class).hasMessageContaining("acc-keep");

    assertThat(TallyBalances.rows(database)).isEqualTo(before);
  }

  @Test
  void preparingTwiceKeepsTheRows() throws SQLException {
    store.handle(rule, "acc-twice", "t-1", new Tally.Deposit("e-1", 5));

    store.prepare(rule);

    assertThat(TallyBalances.rows(database)).containsExactly(new TallyBalances.Row("acc-twice", 5, 1));
  }
}
