package io.github.jiceng.governance.bench.matching;

/** The correctness checks every benchmark fork makes before and after it measures. */
final class Checks {

  /** The least share of the optimum the greedy must reach, in per mille. */
  static final long GREEDY_FLOOR_PER_MILLE = 950;

  private Checks() {}

  static void verify(MatchingSolver solver, MatchingInstance instance, long total) {
    long optimum = instance.size().optimum();
    if (solver.exact()) {
      if (total != optimum) {
        throw new IllegalStateException(solver + " on " + instance.size() + ": total " + total + ", optimum " + optimum);
      }
    } else if (total * 1000 < optimum * GREEDY_FLOOR_PER_MILLE || total > optimum) {
      throw new IllegalStateException(solver + " on " + instance.size() + ": total " + total + " is not within 95% of "
          + optimum);
    }
  }
}
