package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.points.internal.LongOpenSet;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays millions of ledger events into balances (积分回放), with the semantics of
 * {@link PointsLedger} for the common shape of a policy: a member cap per period, expiry after a
 * number of periods, credits cut to the cap, debits refused beyond the balance and taking the
 * soonest-expiring points first, and duplicate ids skipped.
 *
 * <p>It is the fast path of {@link PointsLedger}: where the ledger keeps every entry as an object
 * with its explanation, the replay keeps only primitive arrays, and it orders its memory accesses
 * so that they hit the cache. A straightforward replay pays two cache misses per event: one in a
 * set of every id seen (ten million ids do not fit in any cache) and one in the state of a random
 * member. This replay instead works in three passes over the batch:
 *
 * <ol>
 *   <li><b>Duplicates.</b> Events are scattered by a hash of their id into a few hundred buckets,
 *       keeping their order; each bucket is deduplicated with an open-addressing table that stays
 *       in cache, and a later occurrence of an id is marked in a bit set.
 *   <li><b>Members.</b> The events that are not duplicates are scattered, in order, into buckets
 *       of 2,048 consecutive members.
 *   <li><b>Balances.</b> Each member bucket is replayed against a state block that stays in
 *       cache: per member one 16-byte slot per period of the expiry window (the slot's period,
 *       its points left, the points credited in it for the cap).
 * </ol>
 *
 * <p>Every member's events keep their order, and all state is per member, so the result is that
 * of replaying the events one by one. Nothing is boxed and nothing is allocated per event. An
 * engine from {@link #withWorkspace()} keeps its buffers between replays, so a replay writes
 * memory it has used before instead of asking the operating system for hundreds of megabytes.
 *
 * <p>One case is replayed one event at a time instead, with an open-addressing set of the ids:
 * an id whose first occurrence is a debit and that occurs again, because a refused debit leaves
 * its id free and whether it was refused is only known in order.
 *
 * <p>Equivalence with {@link PointsLedger}: a credit of {@code x} points in period {@code p} is an
 * award of {@code x} points for a contribution occurring and booked in {@code p} under a policy
 * whose only cap is the member cap per period and whose expiry is {@code afterMonths(W)}; a debit
 * is a redemption of a service priced 1 point per unit, {@code x} units. A test replays the same
 * random events through both and compares every balance.
 *
 * <p>An engine is single-writer, detected: {@link #run} on one engine from two threads at once
 * fails fast with a {@link java.util.ConcurrentModificationException} (one compare-and-set per
 * replay, none per event). The static {@link #replay} is thread-safe.
 */
public final class CompactReplay {

  /** Ints per period slot of a member. */
  private static final int SLOT = 4;

  /** Members per member bucket, as a power of two: 2,048 members of a 12-month window take 384 KiB. */
  private static final int MEMBER_BUCKET_BITS = 11;

  /**
   * The most events per id bucket on average (the bucket count is a power of two): ten million
   * events go into 512 buckets of about 20,000, whose tables of 65,536 slots stay in cache while
   * the scatter writes to only 512 places at a time. Measured on the benchmark instance, smaller
   * buckets make the scatter slower than they make the deduplication faster.
   */
  private static final int ID_BUCKET_EVENTS = 32768;

  private static final long PHI = 0x9E3779B97F4A7C15L;

  private long[] bucketIds = new long[0];
  private int[] bucketEvents = new int[0];
  private long[] duplicate = new long[0];
  private int[] eventMembers = new int[0];
  private long[] eventPeriodPoints = new long[0];
  private long[] keys = new long[0];
  private int[] firsts = new int[0];
  private int[] local = new int[0];
  private final AtomicBoolean running = new AtomicBoolean();

  private CompactReplay() {}

  /**
   * Returns an engine that keeps its buffers (about 25 bytes per event) between replays. Not
   * thread-safe.
   *
   * @return the engine
   */
  public static CompactReplay withWorkspace() {
    return new CompactReplay();
  }

  /**
   * Replays the batch with fresh buffers and returns every member's balance at the end of period
   * {@code asOfPeriod}.
   *
   * @param batch the events, in booking order
   * @param settings the cap and the expiry
   * @param asOfPeriod the period whose end the balances are for; at or after the batch's last
   * @return balances and counts
   * @throws DomainValidationException if {@code asOfPeriod} is before the batch's last period
   * @throws ArithmeticException if a member's points in one slot would pass
   *     {@link Integer#MAX_VALUE} (the ledger's limit, {@code Points.MAX_BALANCE}, is higher)
   */
  public static ReplayResult replay(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    return new CompactReplay().run(batch, settings, asOfPeriod);
  }

  /**
   * Replays the batch with this engine's buffers; same result as {@link #replay}.
   *
   * @param batch the events, in booking order
   * @param settings the cap and the expiry
   * @param asOfPeriod the period whose end the balances are for; at or after the batch's last
   * @return balances and counts
   * @throws DomainValidationException if {@code asOfPeriod} is before the batch's last period
   * @throws ArithmeticException if a member's points in one slot would pass
   *     {@link Integer#MAX_VALUE} (the ledger's limit, {@code Points.MAX_BALANCE}, is higher)
   * @throws java.util.ConcurrentModificationException if another replay runs on this engine
   */
  public ReplayResult run(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    requireNonNull(batch, "batch");
    requireNonNull(settings, "settings");
    if (!running.compareAndSet(false, true)) {
      throw new java.util.ConcurrentModificationException("a CompactReplay engine is single-writer: a replay"
          + " started on thread '" + Thread.currentThread().getName() + "' while another runs on it; use one engine"
          + " per thread, or the static replay");
    }
    try {
      return runOwned(batch, settings, asOfPeriod);
    } finally {
      running.set(false);
    }
  }

  private ReplayResult runOwned(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    if (!(asOfPeriod >= batch.lastPeriod())) {
      throw new DomainValidationException("CompactReplay", "asOfPeriod", "not-before-batch",
          "asOfPeriod " + asOfPeriod + " is before the batch's last period " + batch.lastPeriod());
    }
    if (!((long) Math.min(batch.memberCount(), 1 << MEMBER_BUCKET_BITS) * SLOT * Math.max(1, settings.expiryPeriods()) <= Integer.MAX_VALUE - 8)) {
      throw new DomainValidationException("CompactReplay", "batch", "window-size",
          "expiry window too long");
    }
    int n = batch.size();
    ensureCapacity(n);
    if (!markDuplicates(batch.ids(), batch.points(), n)) {
      return replaySequential(batch, settings, asOfPeriod);
    }
    return replayByMemberBucket(batch, settings, asOfPeriod);
  }

  private void ensureCapacity(int n) {
    if (bucketIds.length < n) {
      bucketIds = new long[n];
      bucketEvents = new int[n];
      eventMembers = new int[n];
      eventPeriodPoints = new long[n];
    }
    int words = (n + 63) >>> 6;
    if (duplicate.length < words) {
      duplicate = new long[words];
    }
  }

  /**
   * Pass 1: marks every event whose id occurred before. Returns false, leaving the marks
   * incomplete, if an id first seen on a debit occurs again.
   */
  private boolean markDuplicates(long[] ids, int[] points, int n) {
    int bucketBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n / ID_BUCKET_EVENTS)));
    int buckets = 1 << bucketBits;
    int shift = 64 - bucketBits;
    int[] starts = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      starts[(int) ((ids[i] * PHI) >>> shift) + 1]++;
    }
    int largest = 0;
    for (int b = 0; b < buckets; b++) {
      largest = Math.max(largest, starts[b + 1]);
      starts[b + 1] += starts[b];
    }
    int[] next = Arrays.copyOf(starts, buckets);
    long[] bIds = bucketIds;
    int[] bEvents = bucketEvents;
    for (int i = 0; i < n; i++) {
      long id = ids[i];
      int p = next[(int) ((id * PHI) >>> shift)]++;
      bIds[p] = id;
      bEvents[p] = i;
    }
    long[] dup = duplicate;
    Arrays.fill(dup, 0, (n + 63) >>> 6, 0L);
    int tableSize = Math.max(16, Integer.highestOneBit(Math.max(1, largest)) << 2);
    if (keys.length < tableSize) {
      keys = new long[tableSize];
      firsts = new int[tableSize];
    }
    long[] k = keys;
    int[] first = firsts;
    for (int b = 0; b < buckets; b++) {
      int start = starts[b];
      int end = starts[b + 1];
      int size = Math.max(16, Integer.highestOneBit(Math.max(1, end - start)) << 2);
      int tableBits = Integer.numberOfTrailingZeros(size);
      int mask = size - 1;
      Arrays.fill(k, 0, size, 0L);
      int firstZero = -1; // zero marks an empty slot, so the id 0 is tracked apart
      for (int e = start; e < end; e++) {
        long id = bIds[e];
        int event = bEvents[e];
        int firstEvent;
        if (id == 0) {
          if (firstZero < 0) {
            firstZero = event;
            continue;
          }
          firstEvent = firstZero;
        } else {
          int h = (int) (((id * PHI) << bucketBits) >>> (64 - tableBits));
          long v;
          while ((v = k[h]) != 0 && v != id) {
            h = (h + 1) & mask;
          }
          if (v == 0) {
            k[h] = id;
            first[h] = event;
            continue;
          }
          firstEvent = first[h];
        }
        if (points[firstEvent] < 0) {
          return false;
        }
        dup[event >>> 6] |= 1L << event;
      }
    }
    return true;
  }

  /** Passes 2 and 3: scatters the events that are not duplicates by member, then replays each bucket. */
  private ReplayResult replayByMemberBucket(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    final int n = batch.size();
    final int[] members = batch.members();
    final int[] periods = batch.periods();
    final int[] points = batch.points();
    final long[] dup = duplicate;
    final int memberCount = batch.memberCount();
    final int buckets = ((memberCount - 1) >>> MEMBER_BUCKET_BITS) + 1;
    final int localMask = (1 << MEMBER_BUCKET_BITS) - 1;
    int[] starts = new int[buckets + 1];
    for (int i = 0; i < n; i++) {
      if ((dup[i >>> 6] & (1L << i)) == 0) {
        starts[(members[i] >>> MEMBER_BUCKET_BITS) + 1]++;
      }
    }
    for (int b = 0; b < buckets; b++) {
      starts[b + 1] += starts[b];
    }
    final long duplicates = n - starts[buckets];
    int[] next = Arrays.copyOf(starts, buckets);
    final int[] evMembers = eventMembers;
    final long[] evPeriodPoints = eventPeriodPoints;
    for (int i = 0; i < n; i++) {
      if ((dup[i >>> 6] & (1L << i)) == 0) {
        int m = members[i];
        int p = next[m >>> MEMBER_BUCKET_BITS]++;
        evMembers[p] = m & localMask;
        evPeriodPoints[p] = ((long) periods[i] << 32) | (points[i] & 0xFFFF_FFFFL);
      }
    }

    final long cap = settings.periodCap() == 0 ? Long.MAX_VALUE : settings.periodCap();
    final boolean expiring = settings.expiryPeriods() > 0;
    final int window = expiring ? settings.expiryPeriods() : 1;
    final int block = SLOT * window;
    final int localSize = Math.min(memberCount, 1 << MEMBER_BUCKET_BITS) * block;
    if (local.length < localSize) {
      local = new int[localSize];
    }
    final int[] state = local;
    final long[] balances = new long[memberCount];
    long credited = 0;
    long clipped = 0;
    long debited = 0;
    long rejectedDebits = 0;
    long expired = 0;
    for (int b = 0; b < buckets; b++) {
      int firstMember = b << MEMBER_BUCKET_BITS;
      int bucketMembers = Math.min(memberCount - firstMember, 1 << MEMBER_BUCKET_BITS);
      Arrays.fill(state, 0, bucketMembers * block, 0);
      int currentPeriod = -1;
      int slotOffset = 0;
      for (int e = starts[b], end = starts[b + 1]; e < end; e++) {
        final long pp = evPeriodPoints[e];
        final int p = (int) (pp >>> 32);
        final int x = (int) pp;
        if (p != currentPeriod) {
          currentPeriod = p;
          slotOffset = SLOT * (expiring ? p % window : 0);
        }
        final int base = evMembers[e] * block;
        if (x > 0) {
          final int s = base + slotOffset;
          final int stamp = p + 1;
          if (state[s] != stamp) {
            if (expiring) {
              expired += state[s + 1]; // an older period of this slot: p - W or earlier, so expired
              state[s + 1] = 0;
            }
            state[s] = stamp;
            state[s + 2] = 0;
          }
          final int granted = credit(state, s, x, cap);
          clipped += x - granted;
          credited += granted;
        } else if (debit(state, base, window, expiring, p, -x)) {
          debited -= x;
        } else {
          rejectedDebits++;
        }
      }
      expired += settle(state, bucketMembers, window, expiring, asOfPeriod, balances, firstMember);
    }
    return new ReplayResult(balances, duplicates, credited, clipped, debited, rejectedDebits, expired);
  }

  /**
   * Credits {@code x} points to the slot at {@code s}, cut to the room left under the period cap,
   * and returns what was granted.
   *
   * @throws ArithmeticException if the slot's points would pass {@link Integer#MAX_VALUE}
   */
  private static int credit(int[] state, int s, int x, long cap) {
    final long room = cap - state[s + 2];
    final int granted = x <= room ? x : (int) room;
    if (granted > Integer.MAX_VALUE - state[s + 1] || granted > Integer.MAX_VALUE - state[s + 2]) {
      throw new ArithmeticException("a member's points in one period pass " + Integer.MAX_VALUE
          + ", the most a compact replay holds; replay such a ledger with PointsLedger");
    }
    state[s + 2] += granted;
    state[s + 1] += granted;
    return granted;
  }

  /**
   * Replays event by event over one member-state array and an open-addressing set of ids; exact
   * for every batch, and the fallback when a debit's id occurs again.
   */
  static ReplayResult replaySequential(ReplayBatch batch, ReplaySettings settings, int asOfPeriod) {
    final long[] ids = batch.ids();
    final int[] members = batch.members();
    final int[] periods = batch.periods();
    final int[] points = batch.points();
    final int n = ids.length;
    final long cap = settings.periodCap() == 0 ? Long.MAX_VALUE : settings.periodCap();
    final boolean expiring = settings.expiryPeriods() > 0;
    final int window = expiring ? settings.expiryPeriods() : 1;
    final int block = SLOT * window;
    final int memberCount = batch.memberCount();
    if (!((long) memberCount * block <= Integer.MAX_VALUE - 8)) {
      throw new DomainValidationException("CompactReplay", "memberCount", "window-size",
          "too many members for the window: " + memberCount + " x " + block);
    }
    final int[] state = new int[memberCount * block];
    final LongOpenSet seen = new LongOpenSet(n);
    long duplicates = 0;
    long credited = 0;
    long clipped = 0;
    long debited = 0;
    long rejectedDebits = 0;
    long expired = 0;
    for (int i = 0; i < n; i++) {
      final int p = periods[i];
      final int x = points[i];
      final int base = members[i] * block;
      if (x > 0) {
        if (!seen.add(ids[i])) {
          duplicates++;
          continue;
        }
        final int s = base + SLOT * (expiring ? p % window : 0);
        if (state[s] != p + 1) {
          if (expiring) {
            expired += state[s + 1];
            state[s + 1] = 0;
          }
          state[s] = p + 1;
          state[s + 2] = 0;
        }
        final int granted = credit(state, s, x, cap);
        clipped += x - granted;
        credited += granted;
      } else {
        if (seen.contains(ids[i])) {
          duplicates++;
          continue;
        }
        if (!debit(state, base, window, expiring, p, -x)) {
          rejectedDebits++;
          continue;
        }
        seen.add(ids[i]);
        debited -= x;
      }
    }
    long[] balances = new long[memberCount];
    expired += settle(state, memberCount, window, expiring, asOfPeriod, balances, 0);
    return new ReplayResult(balances, duplicates, credited, clipped, debited, rejectedDebits, expired);
  }

  /**
   * Writes the balance of each of {@code count} member blocks at the end of {@code asOfPeriod}
   * into {@code balances} from {@code offset}, and returns the points left in expired slots.
   * Branch-free: whether a slot is live is a sign mask, so half-live members cost no mispredictions.
   */
  private static long settle(int[] state, int count, int window, boolean expiring, int asOfPeriod, long[] balances,
      int offset) {
    final int block = SLOT * window;
    // a slot is live when its period is after asOfPeriod - window, i.e. stamp - 1 > threshold
    final long threshold = expiring ? (long) asOfPeriod - window : Long.MIN_VALUE / 2;
    long gone = 0;
    for (int m = 0, base = 0; m < count; m++, base += block) {
      long live = 0;
      long dead = 0;
      for (int s = base, end = base + block; s < end; s += SLOT) {
        long liveMask = (threshold - (state[s] - 1L)) >> 63;
        long v = state[s + 1];
        live += v & liveMask;
        dead += v & ~liveMask;
      }
      balances[offset + m] = live;
      gone += dead;
    }
    return gone;
  }

  /** Takes {@code amount} from the member's live slots, oldest first, if they hold enough. */
  private static boolean debit(int[] state, int base, int window, boolean expiring, int p, int amount) {
    if (!expiring) {
      if (state[base + 1] < amount) {
        return false;
      }
      state[base + 1] -= amount;
      return true;
    }
    long available = 0;
    for (int k = Math.max(0, p - window + 1); k <= p; k++) {
      int s = base + SLOT * (k % window);
      if (state[s] == k + 1) {
        available += state[s + 1];
      }
    }
    if (available < amount) {
      return false;
    }
    int left = amount;
    for (int k = Math.max(0, p - window + 1); left > 0; k++) {
      int s = base + SLOT * (k % window);
      if (state[s] == k + 1) {
        int take = Math.min(left, state[s + 1]);
        state[s + 1] -= take;
        left -= take;
      }
    }
    return true;
  }
}
