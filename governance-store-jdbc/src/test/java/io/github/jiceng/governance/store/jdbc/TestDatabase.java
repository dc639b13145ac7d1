package io.github.jiceng.governance.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.io.PrintWriter;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The real PostgreSQL the store's tests run against, and a fresh schema per test class with a small
 * connection pool over it.
 *
 * <p>The server is the one named by {@code GOVERNANCE_TEST_JDBC_URL} (CI starts it with
 * {@code .ci/start-postgres}); without it the tests run that script themselves, and fail with a
 * message saying how to provide a server if it cannot start one. They never skip.
 */
final class TestDatabase implements DataSource, AutoCloseable {

  static final String URL_VARIABLE = "GOVERNANCE_TEST_JDBC_URL";

  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static String serverUrl;

  private final String url;
  private final String schema;
  private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
  private final List<Connection> all = new java.util.concurrent.CopyOnWriteArrayList<>();

  private TestDatabase(String url, String schema) {
    this.url = url;
    this.schema = schema;
  }

  /** Returns a pool over a new, empty schema, named for the test class. */
  static TestDatabase freshSchema(String name) {
    String schema = ("t_" + name + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet()).toLowerCase(Locale.ROOT);
    String server = serverUrl();
    try (Connection admin = DriverManager.getConnection(server); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema + " on " + server, e);
    }
    String separator = server.contains("?") ? "&" : "?";
    return new TestDatabase(server + separator + "currentSchema=" + schema, schema);
  }

  /** Returns a pool over a URL as given, creating nothing (for a server that is not there). */
  static TestDatabase at(String url) {
    return new TestDatabase(url, "none");
  }

  /**
   * Starts (or starts again, keeping its data) a server of its own in a directory, with {@code
   * .ci/start-postgres}, and returns its JDBC URL; {@code stop} stops it.
   */
  static String ownServer(Path directory, boolean stop) {
    Path script = Path.of("..", ".ci", "start-postgres").toAbsolutePath().normalize();
    try {
      ProcessBuilder builder = stop ? new ProcessBuilder("bash", script.toString(), "stop") : new ProcessBuilder("bash", script.toString());
      builder.environment().put("GOVERNANCE_PG_DIR", directory.toString());
      Process process = builder.redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(script + (stop ? " stop" : "") + " failed for " + directory);
      }
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1].strip();
    } catch (IOException e) {
      throw new IllegalStateException(script + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Returns the server's JDBC URL, starting a server the first time if none is named. */
  static synchronized String serverUrl() {
    if (serverUrl != null) {
      return serverUrl;
    }
    String named = System.getenv(URL_VARIABLE);
    if (named != null && !named.isBlank()) {
      serverUrl = named.strip();
      return serverUrl;
    }
    Path script = Path.of("..", ".ci", "start-postgres").toAbsolutePath().normalize();
    String help = "The store's tests need a real PostgreSQL. Set " + URL_VARIABLE
        + "=jdbc:postgresql://HOST:PORT/DATABASE?user=USER&password=PASSWORD, or run "
        + "'bash .ci/start-postgres' from the repository root (it installs and starts a local server, "
        + "as the postgres user when run as root) and export the URL it prints.";
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(help + " (no " + script + " found to start one)");
    }
    try {
      Process process = new ProcessBuilder("bash", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out;
      try (InputStream in = process.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(help + " (" + script + " failed)");
      }
      String[] lines = out.strip().split("\n");
      serverUrl = lines[lines.length - 1].strip();
      return serverUrl;
    } catch (IOException e) {
      throw new IllegalStateException(help + " (" + script + " could not run: " + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(help, e);
    }
  }

  String schema() {
    return schema;
  }

  String url() {
    return url;
  }

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
            try {
              if (!held.isClosed()) {
                if (!held.getAutoCommit()) {
                  held.rollback();
                  held.setAutoCommit(true);
                }
                idle.offerFirst(held);
              }
            } catch (SQLException broken) {
              // a connection the server dropped is not pooled again
              all.remove(held);
              held.close();
            }
            return null;
          }
          if (method.getName().equals("unwrap") && args != null && args[0] == Connection.class) {
            return held;
          }
          try {
            return method.invoke(held, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the test pool has one user");
  }

  @Override
  public void close() {
    for (Connection connection : all) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing a pool of a finished test: nothing more to do
      }
    }
    try (Connection admin = DriverManager.getConnection(serverUrl()); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot drop schema " + schema, e);
    }
  }

  /** Runs one SQL statement outside the store, as a hand-editing operator would. */
  int execute(String sql) throws SQLException {
    try (Connection connection = getConnection(); Statement statement = connection.createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  /** Returns the single long a query yields. */
  long queryLong(String sql) throws SQLException {
    try (Connection connection = getConnection(); Statement statement = connection.createStatement();
        java.sql.ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return rows.getLong(1);
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no logger");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
