package io.github.jiceng.governance.bench.matching;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The matching instances of the performance anchors (section 2.4), generated from fixed seeds.
 *
 * <p>C claimants each get a capacity U[1, capMax]; then each of D demands gets k distinct eligible
 * claimants: per pick, with probability 0.8 one from a window of {@code w = min(C, max(2k, C/10))}
 * claimants centred on the demand's own random claimant (wrapping around), else one uniform over
 * all; each new pair gets a score U[1, 1000]. Random numbers come from one
 * {@code SplittableRandom(seed)} in exactly this order, which reproduces the anchors' optima.
 */
public final class MatchingInstance {

  /** The anchor sizes with their seeds and known optima. */
  public enum Size {
    /** 500 x 50, k = 10. */
    XS(500, 50, 10, 20, 4, 448_763L),
    /** 2,000 x 200, k = 20. */
    S(2_000, 200, 20, 20, 1, 1_885_884L),
    /** 10,000 x 1,000, k = 50: the headline instance. */
    M(10_000, 1_000, 50, 20, 2, 9_760_896L),
    /** 100,000 x 5,000, k = 50: over-subscribed (capacity 0.53 of demand). */
    L(100_000, 5_000, 50, 20, 3, 52_855_065L),
    /** 2,000 x 2,000, k = 20, unit capacities. */
    U2K(2_000, 2_000, 20, 1, 5, 1_843_660L),
    /** 10,000 x 10,000, k = 20, unit capacities. */
    U10K(10_000, 10_000, 20, 1, 6, 9_218_897L);

    final int demands;
    final int claimants;
    final int k;
    final int capMax;
    final long seed;
    final long optimum;

    Size(int demands, int claimants, int k, int capMax, long seed, long optimum) {
      this.demands = demands;
      this.claimants = claimants;
      this.k = k;
      this.capMax = capMax;
      this.seed = seed;
      this.optimum = optimum;
    }

    /** Returns the known optimum (all exact solvers of the anchors agree on it). */
    public long optimum() {
      return optimum;
    }
  }

  private final Size size;
  private final int[] capacity;
  private final int[] arcDemand;
  private final int[] arcClaimant;
  private final long[] arcScore;

  private MatchingInstance(Size size, int[] capacity, int[] arcDemand, int[] arcClaimant, long[] arcScore) {
    this.size = size;
    this.capacity = capacity;
    this.arcDemand = arcDemand;
    this.arcClaimant = arcClaimant;
    this.arcScore = arcScore;
  }

  /** Generates the instance of the given size. */
  public static MatchingInstance generate(Size size) {
    return generate(size, size.demands, size.claimants, size.k, size.capMax, size.seed);
  }

  static MatchingInstance generate(Size size, int demands, int claimants, int k, int capMax, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int w = Math.min(claimants, Math.max(2 * k, claimants / 10));
    int[] capacity = new int[claimants];
    for (int j = 0; j < claimants; j++) {
      capacity[j] = 1 + r.nextInt(capMax);
    }
    int m = demands * k;
    int[] arcDemand = new int[m];
    int[] arcClaimant = new int[m];
    long[] arcScore = new long[m];
    int[] chosenBy = new int[claimants];
    Arrays.fill(chosenBy, -1);
    int a = 0;
    for (int i = 0; i < demands; i++) {
      int centre = r.nextInt(claimants);
      int picked = 0;
      while (picked < k) {
        int c = r.nextInt(10) < 8 ? Math.floorMod(centre - w / 2 + r.nextInt(w), claimants) : r.nextInt(claimants);
        if (chosenBy[c] != i) {
          chosenBy[c] = i;
          arcDemand[a] = i;
          arcClaimant[a] = c;
          arcScore[a] = 1 + r.nextInt(1000);
          a++;
          picked++;
        }
      }
    }
    return new MatchingInstance(size, capacity, arcDemand, arcClaimant, arcScore);
  }

  /** Returns the size. */
  public Size size() {
    return size;
  }

  /** Returns the number of demands. */
  public int demands() {
    return size.demands;
  }

  /** Returns the claimants' capacities (shared, do not modify). */
  public int[] capacity() {
    return capacity;
  }

  /** Returns each arc's demand (shared, do not modify). */
  public int[] arcDemand() {
    return arcDemand;
  }

  /** Returns each arc's claimant (shared, do not modify). */
  public int[] arcClaimant() {
    return arcClaimant;
  }

  /** Returns each arc's score (shared, do not modify). */
  public long[] arcScore() {
    return arcScore;
  }

  /** Returns the number of arcs of the anchors' flow network: D + D*k + C + 1. */
  public int networkArcs() {
    return size.demands + arcDemand.length + capacity.length + 1;
  }
}
