package io.github.jiceng.governance.rules.matching;

/** A matching on plain arrays: per demand the arc it took, and the total score. */
public final class BipartiteSolution {

  private final int[] arcOf;
  private final int[] claimantOf;
  private final long total;
  private final int matched;

  BipartiteSolution(int[] arcOf, int[] arcClaimant, long[] arcScore) {
    this.arcOf = arcOf;
    this.claimantOf = new int[arcOf.length];
    long sum = 0;
    int count = 0;
    for (int i = 0; i < arcOf.length; i++) {
      int a = arcOf[i];
      claimantOf[i] = a < 0 ? -1 : arcClaimant[a];
      if (a >= 0) {
        sum = Math.addExact(sum, arcScore[a]); // within the limits at most 2^62; exact all the same
        count++;
      }
    }
    this.total = sum;
    this.matched = count;
  }

  /**
   * Returns the total score of the matched arcs: at most {@code BipartiteMatching.MAX_DEMANDS *
   * BipartiteMatching.MAX_SCORE} = 2<sup>62</sup>, exact.
   */
  public long total() {
    return total;
  }

  /** Returns how many demands are matched. */
  public int matched() {
    return matched;
  }

  /** Returns the number of demands. */
  public int demands() {
    return arcOf.length;
  }

  /** Returns the arc the demand took, or -1 if it is unmatched. */
  public int arcOf(int demand) {
    return arcOf[demand];
  }

  /** Returns the claimant the demand went to, or -1 if it is unmatched. */
  public int claimantOf(int demand) {
    return claimantOf[demand];
  }

  /** Returns {@code BipartiteSolution[matched/demands, total]}. */
  @Override
  public String toString() {
    return "BipartiteSolution[" + matched + "/" + arcOf.length + " matched, total " + total + "]";
  }
}
