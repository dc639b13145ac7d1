package io.github.jiceng.governance.store.jdbc;

import java.util.Map;

/**
 * An idempotency key already recorded for a command of another rule or stream was sent again
 * with a different target (幂等键冲突). The key identifies one command for good; a host that
 * reuses keys across aggregates has a bug, and the store refuses rather than guessing.
 *
 * <p>Its code is {@link StoreErrorCode#IDEMPOTENCY_KEY_REUSED}; its arguments name the key, the
 * rule and stream it was recorded for, and the rule and stream it was sent for.
 */
public final class IdempotencyKeyReusedException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param arguments the key, where it was recorded and where it was sent
   * @param detail which key, recorded for which rule and stream, in English, for logs
   */
  IdempotencyKeyReusedException(Map<String, ?> arguments, String detail) {
    super(StoreErrorCode.IDEMPOTENCY_KEY_REUSED, arguments, detail, null);
  }
}
