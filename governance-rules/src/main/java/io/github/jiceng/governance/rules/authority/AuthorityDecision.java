package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.Optional;

/**
 * The outcome of a scoped-authority check: allowed, with what it rests on, or denied, with a
 * {@link Refusal} whose code is a {@link DenialReason}. Scoped authority is a question, not a
 * stateful rule, so it answers this two-variant value rather than a {@code Decision}: an allowed
 * action appends no event, but its basis is the answer. The refusal names ids only, never
 * personal data.
 */
public sealed interface AuthorityDecision {

  /** Returns whether the action is allowed. */
  boolean isAllowed();

  /**
   * Returns the refusal, if the action is denied.
   *
   * @return the refusal, or empty when allowed
   */
  default Optional<Refusal> refusalIfAny() {
    return this instanceof Denied denied ? Optional.of(denied.refusal()) : Optional.empty();
  }

  /**
   * The action is allowed.
   *
   * @param basis what it rests on
   */
  record Allowed(Basis basis) implements AuthorityDecision {

    /** Validates the decision. */
    public Allowed {
      requireNonNull(basis, "basis");
    }

    @Override
    public boolean isAllowed() {
      return true;
    }
  }

  /**
   * The action is refused.
   *
   * @param refusal why: a {@link DenialReason}, the ids involved as arguments, and one sentence
   *     naming the grants and ids involved
   */
  record Denied(Refusal refusal) implements AuthorityDecision {

    /**
     * Validates the decision.
     *
     * @throws IllegalArgumentException if the refusal's code is not a {@link DenialReason}
     */
    public Denied {
      requireNonNull(refusal, "refusal");
      if (!(refusal.code() instanceof DenialReason)) {
        throw new IllegalArgumentException("A denial's code is a DenialReason, was " + refusal.code().key());
      }
    }

    /** Returns the code, as the enum of this feature. */
    public DenialReason reason() {
      return (DenialReason) refusal.code();
    }

    /** Returns the refusal's detail: one sentence naming the grants and ids involved. */
    public String detail() {
      return refusal.detail();
    }

    @Override
    public boolean isAllowed() {
      return false;
    }

    /** Returns {@code Denied[key: detail]}. */
    @Override
    public String toString() {
      return "Denied[" + refusal + "]";
    }
  }
}
