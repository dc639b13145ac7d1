package io.github.jiceng.governance.model.matching;

/** How to match. */
public enum MatchingMode {
  /** Exact maximum total score per channel stage (min-cost flow by successive shortest paths). */
  OPTIMAL,
  /** Greedy by descending score: fast, at least half the optimum without a budget. */
  GREEDY
}
