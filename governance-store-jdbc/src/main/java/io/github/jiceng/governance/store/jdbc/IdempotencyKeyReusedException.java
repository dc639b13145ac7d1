package io.github.jiceng.governance.store.jdbc;

/**
 * An idempotency key already recorded for a command of another rule or stream was sent again
 * with a different target (幂等键冲突). The key identifies one command for good; a host that
 * reuses keys across aggregates has a bug, and the store refuses rather than guessing.
 */
public final class IdempotencyKeyReusedException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which key, recorded for which rule and stream
   */
  public IdempotencyKeyReusedException(String message) {
    super(message);
  }
}
