package io.github.jiceng.governance.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read model kept in the store's database (读模型): tables a platform queries without replaying
 * (a fund's transparency figures, members' point balances, a community's demands, the open proposals). The store calls {@link #apply} with
 * each command's new events inside the transaction that appends them, so the read model never
 * shows an event that did not commit nor misses one that did. {@link EventStore#rebuild} empties
 * it and applies every stored event again, in sequence order.
 *
 * @param <E> the rule's event type
 */
public interface Projection<E> {

  /**
   * Returns the read model's name, for messages.
   *
   * @return the name
   */
  String name();

  /**
   * Creates the read model's tables if they do not exist (portable DDL).
   *
   * @param connection the connection, in a transaction the store commits
   * @throws SQLException if the database fails
   */
  void createTables(Connection connection) throws SQLException;

  /**
   * Empties the read model's tables before a rebuild.
   *
   * @param connection the connection, in the rebuild's transaction
   * @throws SQLException if the database fails
   */
  void clear(Connection connection) throws SQLException;

  /**
   * Applies newly appended events of one stream.
   *
   * @param connection the connection, in the transaction that appends the events
   * @param events the events, in stream order
   * @throws SQLException if the database fails; the command's transaction is rolled back
   */
  void apply(Connection connection, List<StoredEvent<E>> events) throws SQLException;
}
