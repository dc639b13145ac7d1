/**
 * A durable, concurrent event store for every stateful rule of the SDK, on plain JDBC over the
 * host's {@code DataSource} (ADR 0023).
 *
 * <p>Exports its one API package; the SQL migration scripts are opened as resources so that a
 * host's Flyway can read them.
 */
module io.github.jiceng.governance.store.jdbc {
  requires transitive io.github.jiceng.governance.rules;
  requires transitive java.sql;
  requires io.github.jiceng.governance.json;
  requires com.fasterxml.jackson.databind;
  requires com.google.common;
  requires org.slf4j;

  exports io.github.jiceng.governance.store.jdbc;
  // The errors' texts (errors_zh.properties, errors_en.properties), read by the model's TextTemplates.
  opens io.github.jiceng.governance.store.jdbc to io.github.jiceng.governance.model;
  // Resources only: the versioned SQL scripts, readable by any module.
  opens io.github.jiceng.governance.store.jdbc.migration;
}
