package com.example.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh PostgreSQL schema for each run of the tests, on the server named by
 * {@code GOVERNANCE_TEST_JDBC_URL}; every application the tests start uses it as Boot's
 * {@code spring.datasource.url}.
 */
final class TestDatabase {

  private static String url;

  private TestDatabase() {}

  /** Points the application's data source at this run's schema. */
  static void register(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::url);
  }

  /** Returns the JDBC URL of this run's schema, creating the schema on first use. */
  static synchronized String url() {
    if (url == null) {
      String server = System.getenv("GOVERNANCE_TEST_JDBC_URL");
      if (server == null || server.isBlank()) {
        throw new IllegalStateException("GOVERNANCE_TEST_JDBC_URL is not set: export the JDBC URL of a PostgreSQL "
            + "server the tests may create a schema on");
      }
      String schema = ("platform_" + ProcessHandle.current().pid() + "_" + System.nanoTime()).toLowerCase(Locale.ROOT);
      try (Connection admin = DriverManager.getConnection(server); Statement statement = admin.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException("could not create the test schema", e);
      }
      url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
    return url;
  }
}
