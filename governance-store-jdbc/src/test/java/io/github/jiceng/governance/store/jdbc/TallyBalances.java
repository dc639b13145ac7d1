package io.github.jiceng.governance.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A read model of the tally rule: each account's balance and number of entries, one row per stream. */
final class TallyBalances implements Projection<Tally.Event> {

  record Row(String account, long balance, long entries) {}

  @Override
  public String name() {
    return "tally_balance";
  }

  @Override
  public void createTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS tally_balance (account VARCHAR(200) NOT NULL, balance BIGINT NOT NULL, "
          + "entries BIGINT NOT NULL, CONSTRAINT tally_balance_pk PRIMARY KEY (account))");
    }
  }

  @Override
  public void clear(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM tally_balance");
    }
  }

  @Override
  public void apply(Connection connection, List<StoredEvent<Tally.Event>> events) throws SQLException {
    for (StoredEvent<Tally.Event> stored : events) {
      long signed = stored.event() instanceof Tally.Deposited ? stored.event().amount() : -stored.event().amount();
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE tally_balance SET balance = balance + ?, entries = entries + 1 WHERE account = ?")) {
        update.setLong(1, signed);
        update.setString(2, stored.streamId());
        if (update.executeUpdate() == 1) {
          continue;
        }
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO tally_balance (account, balance, entries) VALUES (?, ?, 1)")) {
        insert.setString(1, stored.streamId());
        insert.setLong(2, signed);
        insert.executeUpdate();
      }
    }
  }

  static List<Row> rows(TestDatabase database) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT account, balance, entries FROM tally_balance ORDER BY account")) {
      while (result.next()) {
        rows.add(new Row(result.getString(1), result.getLong(2), result.getLong(3)));
      }
    }
    return rows;
  }
}
