package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

/**
 * The outcome of a scoped-authority check: allowed, with what it rests on, or denied, with why.
 * The detail names ids only, never personal data.
 */
public sealed interface AuthorityDecision {

  /** Returns whether the action is allowed. */
  boolean isAllowed();

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
   * @param reason why, as a stable code
   * @param detail why, in one sentence naming the grants and ids involved
   */
  record Denied(DenialReason reason, String detail) implements AuthorityDecision {

    /** Validates the decision. */
    public Denied {
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }

    @Override
    public boolean isAllowed() {
      return false;
    }
  }
}
