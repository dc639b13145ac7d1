package io.github.jiceng.governance.store.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The set-up the read-model tests share: a fresh schema on the real PostgreSQL, a store on it,
 * migrated, with the rules' read models prepared; and the rows of a query as text, to compare a
 * read model's tables before and after a refusal or a rebuild.
 */
final class StoreFixture implements AutoCloseable {

  final TestDatabase database;
  final EventStore store;

  private StoreFixture(TestDatabase database) {
    this.database = database;
    this.store = EventStore.on(database);
  }

  /** Opens a store on a fresh schema named for the test, migrates it and prepares each rule's read models. */
  static StoreFixture open(String schema, StoredRule<?, ?, ?>... rules) {
    StoreFixture fixture = new StoreFixture(TestDatabase.freshSchema(schema));
    fixture.store.migrate();
    for (StoredRule<?, ?, ?> rule : rules) {
      fixture.store.prepare(rule);
    }
    return fixture;
  }

  /** Returns each row of the query as its columns' text, separated by single spaces, in the query's order. */
  List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(column == 1 ? "" : " ").append(result.getString(column));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** Drops the schema and closes the pool. */
  @Override
  public void close() {
    database.close();
  }
}
