package io.github.jiceng.governance.store.jdbc;

/**
 * A command lost the race for its stream's next version on every attempt (并发冲突): other writers
 * kept appending between its read and its write. Nothing of it was written; sending it again with
 * the same idempotency key is safe.
 */
public final class ConcurrencyConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which stream, after how many attempts
   * @param cause the last conflict
   */
  public ConcurrencyConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
