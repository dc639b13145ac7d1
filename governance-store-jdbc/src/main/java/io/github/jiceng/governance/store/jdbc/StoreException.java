package io.github.jiceng.governance.store.jdbc;

/**
 * The store could not do what was asked (存储错误): the database failed, a stored row is corrupt, or
 * the store was misused. Business refusals are never exceptions: they are {@link
 * io.github.jiceng.governance.rules.decider.Decision.Refused} values. A failed call leaves no
 * partial state: its transaction is rolled back.
 *
 * <p>Messages name rules, stream ids, sequence numbers and SQL states, never payloads, so no
 * personal data reaches a log through them.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the underlying failure, or null
   */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message what failed
   */
  public StoreException(String message) {
    super(message);
  }
}
