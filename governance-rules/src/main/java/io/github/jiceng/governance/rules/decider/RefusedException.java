package io.github.jiceng.governance.rules.decider;

import static java.util.Objects.requireNonNull;

/**
 * A refusal raised as an exception (驳回异常), for hosts whose frameworks turn exceptions into
 * responses: {@link Decision#orElseThrow()} throws it, and the Spring Boot starter answers it with
 * an RFC 9457 problem detail carrying the refusal's code. The rules themselves never throw it: a
 * refusal is a value.
 *
 * <p>The message is the refusal's detail, which names no unmasked personal data and is bounded in
 * length like every refusal's arguments.
 */
public final class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  /**
   * Creates the exception.
   *
   * @param refusal the refusal
   */
  public RefusedException(Refusal refusal) {
    super(requireNonNull(refusal, "refusal").code().key() + ": " + refusal.detail(), null, false, false);
    this.refusal = refusal;
  }

  /** Returns the refusal. */
  public Refusal refusal() {
    return refusal;
  }
}
