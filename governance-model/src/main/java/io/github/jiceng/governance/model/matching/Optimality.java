package io.github.jiceng.governance.model.matching;

/** What a stage's total is proven to be. */
public enum Optimality {
  /** The maximum total score under every capacity, share and the budget. */
  EXACT,
  /**
   * The maximum total score among all matchings of the stage that spend no more than this one
   * spends (and match no more demands); the budget bound with offers of different prices, where
   * the maximum under the full budget is a knapsack problem (see the ADR on matching).
   */
  EXACT_FOR_ITS_SPEND,
  /** A greedy total: at least half the optimum without a budget, a heuristic with one. */
  APPROXIMATE
}
