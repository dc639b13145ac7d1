package io.github.jiceng.governance.store.jdbc;

import java.util.Map;

/**
 * The database cannot be reached or stopped serving (数据库不可用): no connection, a connection lost
 * mid-transaction, or the server shutting down. Nothing of the failed call was committed unless
 * the commit itself was interrupted, in which case re-sending the command with the same
 * idempotency key books it at most once. Retry when the database is back.
 *
 * <p>Its code is {@link StoreErrorCode#UNAVAILABLE}; its arguments name the operation, its rule and
 * stream where it has them, and the SQL state.
 */
public final class StoreUnavailableException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param arguments the operation, its arguments and the SQL state
   * @param detail what failed, in English, for logs
   * @param cause the driver's exception
   */
  StoreUnavailableException(Map<String, ?> arguments, String detail, Throwable cause) {
    super(StoreErrorCode.UNAVAILABLE, arguments, detail, cause);
  }
}
