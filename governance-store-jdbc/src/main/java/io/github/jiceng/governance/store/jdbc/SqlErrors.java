package io.github.jiceng.governance.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sorts the driver's exceptions by SQL state: conflicts to retry, outages, everything else. */
final class SqlErrors {

  private SqlErrors() {}

  /** Whether re-deciding on fresh state may succeed: a unique key taken, a serialization failure. */
  static boolean isConflict(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals("23505") || state.equals("23000") || state.startsWith("40"));
  }

  /** Whether the database cannot be reached or stopped serving. */
  static boolean isUnavailable(SQLException e) {
    if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
        || state.equals("57P03"));
  }

  /**
   * Returns the typed exception for a failure during an operation.
   *
   * @param operation what the store was doing
   * @param values the operation's arguments, in its order ({@code rule}, {@code streamId}, {@code fund}, {@code ledger}, {@code community}, {@code person}, {@code proposal}, {@code grid} or {@code at})
   * @param e the driver's exception
   */
  static StoreException translate(StoreOperation operation, SQLException e, Object... values) {
    if (values.length != operation.arguments().size()) {
      throw new IllegalArgumentException(operation + " takes " + operation.arguments());
    }
    String state = e.getSQLState() == null ? "none" : e.getSQLState();
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("operation", operation.key());
    for (int i = 0; i < values.length; i++) {
      arguments.put(operation.arguments().get(i), values[i]);
    }
    arguments.put("sqlState", state);
    String detail = doing(operation, values) + " (SQL state " + state + ")";
    if (isUnavailable(e)) {
      return new StoreUnavailableException(arguments, "The database is unavailable while " + detail, e);
    }
    return new StoreException(StoreErrorCode.DATABASE_FAILED, arguments, "The database failed while " + detail, e);
  }

  /** What the store was doing, in English, as the log messages have always said it. */
  private static String doing(StoreOperation operation, Object... v) {
    return switch (operation) {
      case HANDLE_COMMAND -> "handling a command of rule " + v[0] + " on stream " + v[1];
      case HANDLE_BATCH -> "handling a batch of " + v[1] + " command(s) of rule " + v[0];
      case READ_STREAM -> "reading rule " + v[0] + ", stream " + v[1];
      case LIST_STREAMS -> "listing the streams of rule " + v[0];
      case LOAD_STREAM -> "loading rule " + v[0] + ", stream " + v[1];
      case PREPARE_READ_MODELS -> "preparing the read models of rule " + v[0];
      case REBUILD_READ_MODELS -> "rebuilding the read models of rule " + v[0];
      case MIGRATE_SCHEMA -> "migrating the schema";
      case READ_FUND_FLOWS -> "reading the flows of fund " + v[0];
      case READ_POINTS_BALANCES -> "reading the point balances of ledger " + v[0];
      case READ_DEMAND_LIST -> "reading the demand list of community " + v[0];
      case READ_PROJECT_LIST -> "reading the project list by " + v[0];
      case READ_RESOURCE_LIST -> "reading the resource list by " + v[0];
      case READ_PERSON -> "reading person " + v[0];
      case WRITE_PERSON -> "writing person " + v[0];
      case ERASE_PERSON -> "erasing person " + v[0];
      case READ_OPEN_PROPOSAL -> "reading open proposal " + v[0];
      case READ_OPEN_PROPOSALS -> "reading the open proposals handled by grid node " + v[0];
      case READ_OVERDUE_PROPOSALS -> "reading the proposals due at " + v[0];
    };
  }
}
