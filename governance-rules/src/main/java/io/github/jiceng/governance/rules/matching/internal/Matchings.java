package io.github.jiceng.governance.rules.matching.internal;

import java.util.Arrays;

/**
 * The two solvers over arc lists: {@link #optimal} (exact, through {@link ShortestPathSolver}) and
 * {@link #greedy} (the ½-approximation). Arc {@code a} joins demand {@code arcDemand[a]} to
 * claimant {@code arcClaimant[a]} with score {@code score[a]}; each demand takes at most one arc,
 * each claimant at most {@code capacity} arcs. Both return, per demand, the chosen arc or -1.
 */
public final class Matchings {

  private Matchings() {}

  /**
   * The maximum total score, optionally with at most {@code maxMatched} demands matched. Scores
   * are below {@link ShortestPathSolver#MAX_SCORE} (the cap's dummy claimant adds one to the
   * largest); the caller checks the counts (demands plus arcs must fit an array).
   *
   * <p>The cap is exact: a dummy claimant takes {@code active - maxMatched} demands (those with a
   * positive arc) at a score above any real one, so every optimum fills it first and leaves at
   * most {@code maxMatched} demands to the real claimants, choosing them optimally.
   */
  public static int[] optimal(int demands, int claimants, int[] arcDemand, int[] arcClaimant, long[] score,
      int[] capacity, int maxMatched) {
    int m = arcDemand.length;
    boolean[] active = new boolean[demands];
    int activeCount = 0;
    long maxScore = 0;
    for (int a = 0; a < m; a++) {
      if (score[a] > 0) {
        if (!active[arcDemand[a]]) {
          active[arcDemand[a]] = true;
          activeCount++;
        }
        maxScore = Math.max(maxScore, score[a]);
      }
    }
    if (maxScore >= ShortestPathSolver.MAX_SCORE) {
      throw new IllegalArgumentException("a score is below " + ShortestPathSolver.MAX_SCORE + ", was " + maxScore);
    }
    if (activeCount > maxMatched) {
      int extra = activeCount;
      int[] d2 = Arrays.copyOf(arcDemand, m + extra);
      int[] c2 = Arrays.copyOf(arcClaimant, m + extra);
      long[] s2 = Arrays.copyOf(score, m + extra);
      int[] cap2 = Arrays.copyOf(capacity, claimants + 1);
      cap2[claimants] = activeCount - Math.max(0, maxMatched);
      int k = m;
      for (int i = 0; i < demands; i++) {
        if (active[i]) {
          d2[k] = i;
          c2[k] = claimants;
          s2[k] = maxScore + 1;
          k++;
        }
      }
      int[] chosen = solve(demands, claimants + 1, d2, c2, s2, cap2);
      for (int i = 0; i < demands; i++) {
        if (chosen[i] >= m) {
          chosen[i] = -1;
        }
      }
      return chosen;
    }
    return solve(demands, claimants, arcDemand, arcClaimant, score, capacity);
  }

  private static int[] solve(int demands, int claimants, int[] arcDemand, int[] arcClaimant, long[] score,
      int[] capacity) {
    int m = arcDemand.length;
    int[] degree = new int[claimants];
    boolean[] hasArc = new boolean[demands];
    int demandUnits = 0;
    for (int a = 0; a < m; a++) {
      if (score[a] > 0) {
        degree[arcClaimant[a]]++;
        if (!hasArc[arcDemand[a]]) {
          hasArc[arcDemand[a]] = true;
          demandUnits++;
        }
      }
    }
    long claimantUnits = 0;
    for (int j = 0; j < claimants; j++) {
      claimantUnits += Math.min(degree[j], capacity[j]);
    }
    boolean demandsSend = demandUnits <= claimantUnits;
    int sources = demandsSend ? demands : claimants;
    int sinks = demandsSend ? claimants : demands;
    int[] from = demandsSend ? arcDemand : arcClaimant;
    int[] to = demandsSend ? arcClaimant : arcDemand;
    // CSR by the source side, positive arcs only, keeping each arc's original index
    int[] start = new int[sources + 1];
    int kept = 0;
    for (int a = 0; a < m; a++) {
      if (score[a] > 0) {
        start[from[a] + 1]++;
        kept++;
      }
    }
    for (int x = 0; x < sources; x++) {
      start[x + 1] += start[x];
    }
    int[] fill = Arrays.copyOf(start, sources);
    int[] head = new int[kept];
    long[] s = new long[kept];
    int[] original = new int[kept];
    for (int a = 0; a < m; a++) {
      if (score[a] > 0) {
        int p = fill[from[a]]++;
        head[p] = to[a];
        s[p] = score[a];
        original[p] = a;
      }
    }
    int[] ones = new int[demands];
    Arrays.fill(ones, 1);
    ShortestPathSolver solver = demandsSend
        ? new ShortestPathSolver(sources, sinks, start, head, s, ones, capacity)
        : new ShortestPathSolver(sources, sinks, start, head, s, capacity, ones);
    solver.solve();
    int[] chosen = new int[demands];
    Arrays.fill(chosen, -1);
    for (int p = 0; p < kept; p++) {
      if (solver.used(p)) {
        int a = original[p];
        chosen[arcDemand[a]] = a;
      }
    }
    return chosen;
  }

  /**
   * Greedy: arcs by descending score, ties on arc order, each taken if its demand is free, its
   * claimant has room, fewer than {@code maxMatched} demands are matched and its cost fits what is
   * left of the budget. Arcs of score 0 or less are never taken.
   *
   * <p>Without a budget this is the classic ½-approximation of maximum-weight b-matching: every
   * arc of an optimum is either taken or blocked by a taken arc of at least its score at its
   * demand or its claimant, and each taken arc blocks at most two optimum arcs. With a budget it
   * is a heuristic with no such bound.
   *
   * @param cost per arc what it spends, or null when nothing is spent
   * @param budget what may be spent in total
   */
  public static int[] greedy(int demands, int claimants, int[] arcDemand, int[] arcClaimant, long[] score,
      int[] capacity, long[] cost, long budget, int maxMatched) {
    int m = arcDemand.length;
    int[] order = descendingByScore(score);
    int[] chosen = new int[demands];
    Arrays.fill(chosen, -1);
    int[] load = new int[claimants];
    long left = budget;
    int matched = 0;
    for (int k = 0; k < m && matched < maxMatched; k++) {
      int a = order[k];
      if (score[a] <= 0) {
        break;
      }
      int i = arcDemand[a];
      int j = arcClaimant[a];
      if (chosen[i] >= 0 || load[j] >= capacity[j]) {
        continue;
      }
      if (cost != null) {
        if (cost[a] > left) {
          continue;
        }
        left -= cost[a];
      }
      chosen[i] = a;
      load[j]++;
      matched++;
    }
    return chosen;
  }

  /** Arc indices by descending score, ties by ascending index: a counting sort when the range is small. */
  static int[] descendingByScore(long[] score) {
    int m = score.length;
    int[] order = new int[m];
    if (m == 0) {
      return order;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long s : score) {
      min = Math.min(min, s);
      max = Math.max(max, s);
    }
    long range = max - min;
    if (range >= 0 && range <= Math.max(1L << 16, 4L * m)) {
      int buckets = (int) range + 1;
      int[] count = new int[buckets + 1];
      for (long s : score) {
        count[(int) (max - s) + 1]++;
      }
      for (int b = 0; b < buckets; b++) {
        count[b + 1] += count[b];
      }
      for (int a = 0; a < m; a++) {
        order[count[(int) (max - score[a])]++] = a;
      }
      return order;
    }
    for (int a = 0; a < m; a++) {
      order[a] = a;
    }
    int[] buffer = new int[m];
    mergeSort(order, buffer, 0, m, score);
    return order;
  }

  private static void mergeSort(int[] a, int[] buf, int lo, int hi, long[] score) {
    if (hi - lo <= 16) {
      for (int i = lo + 1; i < hi; i++) {
        int v = a[i];
        int k = i - 1;
        while (k >= lo && score[a[k]] < score[v]) {
          a[k + 1] = a[k];
          k--;
        }
        a[k + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, buf, lo, mid, score);
    mergeSort(a, buf, mid, hi, score);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) {
      buf[k++] = score[a[j]] > score[a[i]] ? a[j++] : a[i++];
    }
    while (i < mid) {
      buf[k++] = a[i++];
    }
    while (j < hi) {
      buf[k++] = a[j++];
    }
    System.arraycopy(buf, lo, a, lo, hi - lo);
  }
}
