package io.github.jiceng.governance.model.matching;

/** Why a demand was left without a claimant. */
public enum UnmatchedReason {
  /** No resource of an allowed channel has the capabilities and covers the demand's grid. */
  NO_ELIGIBLE_CLAIMANT,
  /** Some resource would serve it but is not available in the demand's window. */
  OUTSIDE_WINDOW,
  /** Its eligible claimants are full (or their channel took its share) with demands that scored higher in total. */
  CAPACITY_EXHAUSTED,
  /** A social organization had room for it but the purchase budget did not. */
  BUDGET_EXHAUSTED
}
