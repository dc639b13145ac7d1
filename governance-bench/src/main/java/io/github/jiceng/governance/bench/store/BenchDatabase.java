package io.github.jiceng.governance.bench.store;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A fresh schema on the PostgreSQL named by {@value #URL_VARIABLE}, with a small pool of
 * connections over it: what the store's benchmark runs against. A connection handed out returns
 * to the pool when closed, rolled back if a transaction is still open, so that neither side of a
 * comparison pays for opening connections. {@link #close} drops the schema.
 */
public final class BenchDatabase implements DataSource, AutoCloseable {

  /** The environment variable naming the server: a JDBC URL with user (and password). */
  public static final String URL_VARIABLE = "GOVERNANCE_TEST_JDBC_URL";

  private final String serverUrl;
  private final String url;
  private final String schema;
  private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
  private final List<Connection> all = new CopyOnWriteArrayList<>();

  private BenchDatabase(String serverUrl, String schema) {
    this.serverUrl = serverUrl;
    this.schema = schema;
    this.url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /**
   * Returns the server's JDBC URL from the environment.
   *
   * @param environment the environment, such as {@code System.getenv()}
   * @return the URL
   * @throws IllegalStateException if {@value #URL_VARIABLE} is unset or blank, saying how to set it
   */
  public static String serverUrl(Map<String, String> environment) {
    String named = environment.get(URL_VARIABLE);
    if (named == null || named.isBlank()) {
      throw new IllegalStateException("The store's benchmark needs a real PostgreSQL: set " + URL_VARIABLE
          + "=jdbc:postgresql://HOST:PORT/DATABASE?user=USER (and &password=...), for example the server that "
          + "'bash .ci/start-postgres' starts and prints");
    }
    return named.strip();
  }

  /**
   * Creates a new, empty schema on the server named by the environment (dropping one of the same
   * name first) and returns a pool over it.
   *
   * @param name the schema's name: lower-case letters, digits and underscores
   * @return the pool
   * @throws IllegalStateException if the variable is unset or the schema cannot be created
   */
  public static BenchDatabase freshSchema(String name) {
    requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("A schema name is lower-case letters, digits and underscores: " + name);
    }
    String server = serverUrl(System.getenv());
    String schema = (name + "_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema + " on the server named by " + URL_VARIABLE, e);
    }
    return new BenchDatabase(server, schema);
  }

  /** Returns the schema's name. */
  public String schema() {
    return schema;
  }

  /**
   * Runs one statement in its own transaction.
   *
   * @param sql the statement
   * @throws SQLException if it fails
   */
  public void execute(String sql) throws SQLException {
    try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }

  /**
   * Returns the single number a query yields.
   *
   * @param sql the query
   * @return its first column of its first row
   * @throws SQLException if it fails or yields no row
   */
  public long queryLong(String sql) throws SQLException {
    try (Connection connection = getConnection(); Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new SQLException("no row: " + sql);
      }
      return rows.getLong(1);
    }
  }

  /** Returns a pooled connection; closing it gives it back. */
  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    if (physical == null || physical.isClosed()) {
      physical = DriverManager.getConnection(url);
      all.add(physical);
    }
    Connection held = physical;
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            giveBack(held);
            return null;
          }
          try {
            return method.invoke(held, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private void giveBack(Connection held) throws SQLException {
    try {
      if (held.isClosed()) {
        all.remove(held);
        return;
      }
      if (!held.getAutoCommit()) {
        held.rollback();
      }
      idle.offerFirst(held);
    } catch (SQLException broken) {
      all.remove(held);
      held.close();
    }
  }

  /** Not supported: the pool has one user. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the benchmark's pool has one user");
  }

  /** Closes every connection and drops the schema. */
  @Override
  public void close() {
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        // the schema is dropped below; a connection that fails to close changes nothing
      }
    }
    try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop schema " + schema, e);
    }
  }

  /** Returns {@code BenchDatabase[schema]}. */
  @Override
  public String toString() {
    return "BenchDatabase[" + schema + "]";
  }

  /** Returns null: the pool does not log. */
  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  /** Ignored: the pool does not log. */
  @Override
  public void setLogWriter(PrintWriter out) {}

  /** Ignored. */
  @Override
  public void setLoginTimeout(int seconds) {}

  /** Returns 0: the driver's default. */
  @Override
  public int getLoginTimeout() {
    return 0;
  }

  /** Not supported. */
  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  /** Not supported: the pool wraps nothing it exposes. */
  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  /** Returns false. */
  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
