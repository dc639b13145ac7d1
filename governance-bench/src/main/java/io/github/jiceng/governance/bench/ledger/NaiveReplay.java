package io.github.jiceng.governance.bench.ledger;

import io.github.jiceng.governance.rules.points.ReplaySettings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The peer: what a typical implementation of the same replay looks like with JDK collections and
 * text keys. A {@code HashSet<String>} of the ids seen and a {@code HashMap<String, int[]>} of
 * member states, each state the same layout as the SDK's (cap period and points, then one slot of
 * period and points left per month of the expiry window). Same semantics as
 * {@link io.github.jiceng.governance.rules.points.CompactReplay}, so the balances must be equal.
 */
public final class NaiveReplay {

  private NaiveReplay() {}

  /**
   * Replays the events and returns every member's balance at the end of {@code asOfPeriod}.
   *
   * @param idKeys event ids as text
   * @param memberKeys event members as text
   * @param periods event periods, non-decreasing
   * @param points signed event points
   * @param memberCount the number of members, whose keys are {@code "m0"} to {@code "m<count-1>"}
   * @param settings cap and expiry
   * @param asOfPeriod the period whose end the balances are for
   * @return balances by member index
   */
  public static long[] replay(String[] idKeys, String[] memberKeys, int[] periods, int[] points, int memberCount,
      ReplaySettings settings, int asOfPeriod) {
    int window = Math.max(1, settings.expiryPeriods());
    boolean expiring = settings.expiryPeriods() > 0;
    int cap = settings.periodCap() == 0 ? Integer.MAX_VALUE : settings.periodCap();
    Set<String> seen = new HashSet<>();
    Map<String, int[]> states = new HashMap<>();
    for (int i = 0; i < idKeys.length; i++) {
      int p = periods[i];
      int x = points[i];
      int[] st = states.computeIfAbsent(memberKeys[i], k -> new int[2 + 2 * window]);
      if (x > 0) {
        if (!seen.add(idKeys[i])) {
          continue;
        }
        if (st[0] != p + 1) {
          st[0] = p + 1;
          st[1] = 0;
        }
        int granted = Math.min(x, cap - st[1]);
        st[1] += granted;
        int s = 2 + 2 * (expiring ? p % window : 0);
        if (st[s] != p + 1) {
          if (expiring) {
            st[s + 1] = 0;
          }
          st[s] = p + 1;
        }
        st[s + 1] += granted;
      } else {
        if (seen.contains(idKeys[i])) {
          continue;
        }
        int amount = -x;
        long available = 0;
        for (int k = Math.max(0, p - window + 1); k <= p; k++) {
          int s = 2 + 2 * (expiring ? k % window : 0);
          if (!expiring || st[s] == k + 1) {
            available += st[s + 1];
          }
        }
        if (available < amount) {
          continue;
        }
        int left = amount;
        for (int k = Math.max(0, p - window + 1); left > 0; k++) {
          int s = 2 + 2 * (expiring ? k % window : 0);
          if (!expiring || st[s] == k + 1) {
            int take = Math.min(left, st[s + 1]);
            st[s + 1] -= take;
            left -= take;
          }
        }
        seen.add(idKeys[i]);
      }
    }
    long[] balances = new long[memberCount];
    for (int m = 0; m < memberCount; m++) {
      int[] st = states.get(LedgerReplayInstance.memberKey(m));
      if (st == null) {
        continue;
      }
      long sum = 0;
      for (int j = 0; j < window; j++) {
        int s = 2 + 2 * j;
        if (!expiring || st[s] - 1 > asOfPeriod - window) {
          sum += st[s + 1];
        }
      }
      balances[m] = sum;
    }
    return balances;
  }
}
