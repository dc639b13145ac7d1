package io.github.jiceng.governance.store.jdbc;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A command lost the race for its stream's next version on every attempt (并发冲突): other writers
 * kept appending between its read and its write. Nothing of it was written; sending it again with
 * the same idempotency key is safe.
 *
 * <p>Its code is {@link StoreErrorCode#CONCURRENCY_CONFLICT}; its arguments name the rule, the
 * stream and the number of attempts.
 */
public final class ConcurrencyConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param arguments the rule, the stream and the attempts
   * @param detail which stream, after how many attempts, in English, for logs
   * @param cause the last conflict, or null
   */
  ConcurrencyConflictException(Map<String, ?> arguments, String detail, @Nullable Throwable cause) {
    super(StoreErrorCode.CONCURRENCY_CONFLICT, arguments, detail, cause);
  }
}
