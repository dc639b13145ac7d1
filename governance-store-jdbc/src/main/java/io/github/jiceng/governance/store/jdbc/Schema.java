package io.github.jiceng.governance.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The store's tables, created and upgraded by versioned SQL scripts (数据库结构). The scripts are
 * resources at {@value #LOCATION}, named as Flyway names them ({@code V1__event_store.sql}), so a
 * host that runs Flyway points it there instead of calling {@link #migrate}; the two keep separate
 * history tables, so a database is migrated by one of them only.
 *
 * <p>{@link #migrate} records each applied script with its SHA-256 in {@code gov_schema_history}
 * and refuses to run against a database whose recorded script differs from the shipped one. Run
 * it once at start-up, from one process.
 */
public final class Schema {

  /** Where the scripts are on the class path. */
  public static final String LOCATION = "io/github/jiceng/governance/store/jdbc/migration";

  private static final List<String> SCRIPTS = ImmutableList.of("V1__event_store.sql", "V2__person_register.sql",
      "V3__stream_registry.sql", "V4__project_list.sql", "V5__resource_list.sql");

  private Schema() {}

  /**
   * Returns the scripts of this release, oldest first, by file name.
   *
   * @return the file names
   */
  public static List<String> scripts() {
    return SCRIPTS;
  }

  /**
   * Applies the scripts the database has not seen, each in its own transaction, and checks the
   * ones it has.
   *
   * @param dataSource the database
   * @return the number of scripts applied now
   * @throws StoreException if a script fails, or a recorded script differs from the shipped one
   */
  public static int migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS gov_schema_history ("
            + "version INT NOT NULL, script VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, "
            + "CONSTRAINT gov_schema_history_pk PRIMARY KEY (version))");
      }
      connection.commit();
      List<String> recorded = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT version, script, checksum FROM gov_schema_history ORDER BY version")) {
        while (rows.next()) {
          recorded.add(rows.getInt(1) + " " + rows.getString(2) + " " + rows.getString(3));
        }
      }
      connection.commit();
      int applied = 0;
      for (int i = 0; i < SCRIPTS.size(); i++) {
        String name = SCRIPTS.get(i);
        String text = read(name);
        String expected = (i + 1) + " " + name + " " + sha256(text);
        if (i < recorded.size()) {
          if (!recorded.get(i).equals(expected)) {
            throw new StoreException(StoreErrorCode.SCHEMA_MISMATCH, Map.of("row", i + 1, "script", name),
                "Schema history row " + (i + 1) + " does not match the shipped script " + name
                    + ": the database was migrated by another release or the script was edited", null);
          }
          continue;
        }
        try (Statement statement = connection.createStatement()) {
          for (String sql : statements(text)) {
            statement.execute(sql);
          }
        }
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO gov_schema_history (version, script, checksum) VALUES (?, ?, ?)")) {
          insert.setInt(1, i + 1);
          insert.setString(2, name);
          insert.setString(3, sha256(text));
          insert.executeUpdate();
        }
        connection.commit();
        applied++;
      }
      return applied;
    } catch (SQLException e) {
      throw SqlErrors.translate(StoreOperation.MIGRATE_SCHEMA, e);
    }
  }

  /**
   * Returns the statements of a script: comment lines dropped, split at semicolons that end a
   * line.
   */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("A migration script ends without a semicolon");
    }
    return statements;
  }

  /**
   * Runs a read model's migration script on the connection unless its table is there already. The
   * probe runs inside a savepoint, so a missing table leaves the caller's transaction usable
   * (PostgreSQL aborts a transaction on any failed statement).
   *
   * @param table the first table the script creates, a constant of the read model
   * @param script the script's name, e.g. {@code V4__project_list.sql}
   */
  static void runUnlessPresent(Connection connection, String table, String script) throws SQLException {
    Savepoint probe = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      if (probe != null) {
        connection.releaseSavepoint(probe);
      }
      return;
    } catch (SQLException missing) {
      if (probe != null) {
        connection.rollback(probe);
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    }
  }

  static String read(String script) {
    try (InputStream in = Schema.class.getResourceAsStream("/" + LOCATION + "/" + script)) {
      if (in == null) {
        throw new IllegalStateException("Migration script " + script + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
