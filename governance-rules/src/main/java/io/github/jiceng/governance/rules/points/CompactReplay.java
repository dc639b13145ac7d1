package io.github.jiceng.governance.rules.points;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.rules.points.internal.LongOpenSet;

/**
 * Replays millions of ledger events into balances (积分回放), with the semantics of
 * {@link PointsLedger} for the common shape of a policy: a member cap per period, expiry after a
 * number of periods, credits cut to the cap, debits refused beyond the balance and taking the
 * soonest-expiring points first, and duplicate ids skipped.
 *
 * <p>It is the fast path of {@link PointsLedger}: where the ledger keeps every entry as an object
 * with its explanation, the replay keeps only primitive arrays. Ids go into an open-addressing
 * {@code long} set sized for the batch; each member's state is a block of {@code 2 + 2 × W} ints
 * in one array (the period and points of the current cap, then one slot per period of the expiry
 * window {@code W}: the slot's period and its points left). Nothing is boxed, and nothing is
 * allocated per event.
 *
 * <p>Equivalence with {@link PointsLedger}: a credit of {@code x} points in period {@code p} is an
 * award of {@code x} points for a contribution occurring and booked in {@code p} under a policy
 * whose only cap is the member cap per period and whose expiry is {@code afterMonths(W)}; a debit
 * is a redemption of a service priced 1 point per unit, {@code x} units. A refused debit leaves
 * its id free, as a rejected ledger operation does. A test replays the same random events through
 * both and compares every balance.
 */
public final class CompactReplay {

  private CompactReplay() {}

  /**
   * Replays the batch and returns every member's balance at the end of period {@code asOfPeriod}.
   *
   * @param batch the events, in booking order
   * @param settings the cap and the expiry
   * @param asOfPeriod the period whose end the balances are for; at or after the batch's last
   * @return balances and counts
   * @throws IllegalArgumentException if {@code asOfPeriod} is before the batch's last period
   */
  public static ReplayResult replay(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    requireNonNull(batch, "batch");
    requireNonNull(settings, "settings");
    checkArgument(asOfPeriod >= batch.lastPeriod(), "asOfPeriod %s is before the batch's last period %s", asOfPeriod,
        batch.lastPeriod());
    final long[] ids = batch.ids();
    final int[] members = batch.members();
    final int[] periods = batch.periods();
    final int[] points = batch.points();
    final int n = ids.length;
    final int cap = settings.periodCap() == 0 ? Integer.MAX_VALUE : settings.periodCap();
    final boolean expiring = settings.expiryPeriods() > 0;
    final int window = expiring ? settings.expiryPeriods() : 1;
    final int block = 2 + 2 * window;
    final int memberCount = batch.memberCount();
    checkArgument((long) memberCount * block <= Integer.MAX_VALUE - 8, "too many members for the window: %s x %s",
        memberCount, block);
    // per member: [0] cap period + 1, [1] points credited in it, then per slot: period + 1, points left
    final int[] state = new int[memberCount * block];
    final LongOpenSet seen = new LongOpenSet(n);

    long duplicates = 0;
    long credited = 0;
    long clipped = 0;
    long debited = 0;
    long rejectedDebits = 0;
    long expired = 0;
    int currentPeriod = -1;
    int slotOffset = 2;
    for (int i = 0; i < n; i++) {
      final int p = periods[i];
      if (p != currentPeriod) {
        currentPeriod = p;
        slotOffset = 2 + 2 * (expiring ? p % window : 0);
      }
      final int x = points[i];
      final int base = members[i] * block;
      final int stamp = p + 1;
      if (x > 0) {
        if (!seen.add(ids[i])) {
          duplicates++;
          continue;
        }
        if (state[base] != stamp) {
          state[base] = stamp;
          state[base + 1] = 0;
        }
        int room = cap - state[base + 1];
        int granted = x <= room ? x : room;
        clipped += x - granted;
        state[base + 1] += granted;
        credited += granted;
        final int s = base + slotOffset;
        if (state[s] != stamp) {
          if (expiring) {
            expired += state[s + 1]; // an older period of this slot: p - W or earlier, so expired
            state[s + 1] = 0;
          }
          state[s] = stamp;
        }
        state[s + 1] += granted;
      } else {
        if (seen.contains(ids[i])) {
          duplicates++;
          continue;
        }
        final int amount = -x;
        if (!debit(state, base, window, expiring, p, amount)) {
          rejectedDebits++;
          continue;
        }
        seen.add(ids[i]);
        debited += amount;
      }
    }

    long[] balances = new long[memberCount];
    for (int m = 0; m < memberCount; m++) {
      int base = m * block;
      long sum = 0;
      for (int j = 0; j < window; j++) {
        int s = base + 2 + 2 * j;
        int slotPeriod = state[s] - 1;
        if (!expiring || slotPeriod > asOfPeriod - window) {
          sum += state[s + 1];
        } else {
          expired += state[s + 1];
        }
      }
      balances[m] = sum;
    }
    return new ReplayResult(balances, duplicates, credited, clipped, debited, rejectedDebits, expired);
  }

  /** Takes {@code amount} from the member's live slots, oldest first, if they hold enough. */
  private static boolean debit(int[] state, int base, int window, boolean expiring, int p, int amount) {
    if (!expiring) {
      int s = base + 2;
      if (state[s + 1] < amount) {
        return false;
      }
      state[s + 1] -= amount;
      return true;
    }
    long available = 0;
    for (int k = Math.max(0, p - window + 1); k <= p; k++) {
      int s = base + 2 + 2 * (k % window);
      if (state[s] == k + 1) {
        available += state[s + 1];
      }
    }
    if (available < amount) {
      return false;
    }
    int left = amount;
    for (int k = Math.max(0, p - window + 1); left > 0; k++) {
      int s = base + 2 + 2 * (k % window);
      if (state[s] == k + 1) {
        int take = Math.min(left, state[s + 1]);
        state[s + 1] -= take;
        left -= take;
      }
    }
    return true;
  }
}
