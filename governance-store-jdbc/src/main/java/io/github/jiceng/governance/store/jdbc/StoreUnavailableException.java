package io.github.jiceng.governance.store.jdbc;

/**
 * The database cannot be reached or stopped serving (数据库不可用): no connection, a connection lost
 * mid-transaction, or the server shutting down. Nothing of the failed call was committed unless
 * the commit itself was interrupted, in which case re-sending the command with the same
 * idempotency key books it at most once. Retry when the database is back.
 */
public final class StoreUnavailableException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the driver's exception
   */
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
