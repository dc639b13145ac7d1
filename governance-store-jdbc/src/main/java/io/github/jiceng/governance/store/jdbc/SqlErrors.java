package io.github.jiceng.governance.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

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

  /** Returns the typed exception for a failure while doing something. */
  static StoreException translate(String doing, SQLException e) {
    String state = e.getSQLState() == null ? "none" : e.getSQLState();
    if (isUnavailable(e)) {
      return new StoreUnavailableException("The database is unavailable while " + doing + " (SQL state " + state + ")", e);
    }
    return new StoreException("The database failed while " + doing + " (SQL state " + state + ")", e);
  }
}
