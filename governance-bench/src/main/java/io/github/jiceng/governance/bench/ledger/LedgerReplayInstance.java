package io.github.jiceng.governance.bench.ledger;

import io.github.jiceng.governance.rules.points.ReplayBatch;
import io.github.jiceng.governance.rules.points.ReplaySettings;
import java.util.SplittableRandom;

/**
 * The B-LEDGER-REPLAY instance (performance anchors, sections 3 and 7), generated from a fixed
 * seed: {@value #ANCHOR_EVENTS} credit events for {@value #ANCHOR_MEMBERS} members over
 * {@value #MONTHS} monthly periods, a cap of {@value #MONTHLY_CAP} points per member per month and
 * a {@value #EXPIRY_MONTHS}-month expiry, so the balance at the end is what each member was
 * credited in the last twelve months.
 *
 * <p>Event {@code i} is booked in month {@code i × 24 / n} (booking order). With probability
 * 1 % it re-delivers an earlier event: the same id, member and points, drawn uniformly from the
 * events before it. Otherwise its id is a random 63-bit number, its member is drawn uniformly and
 * its points uniformly from 1 to 100. All draws come from one {@link SplittableRandom} seeded
 * with {@value #SEED}. This is the generator as the anchor describes it, not the anchor's code:
 * its total balance is not the anchor's 249,910,073 but is fixed by the seed and printed by every
 * fork.
 *
 * <p>The naive peer reads the same events with text keys: ids as decimal strings and members as
 * {@code "m<index>"}, built once here so that the replay is timed without them.
 */
public final class LedgerReplayInstance {

  /** The seed of the anchor instance. */
  public static final long SEED = 20_240_609L;

  /** Events of the anchor instance. */
  public static final int ANCHOR_EVENTS = 10_000_000;

  /** Members of the anchor instance. */
  public static final int ANCHOR_MEMBERS = 1_000_000;

  /** Monthly periods. */
  public static final int MONTHS = 24;

  /** The cap per member per month. */
  public static final int MONTHLY_CAP = 500;

  /** The months after which points expire. */
  public static final int EXPIRY_MONTHS = 12;

  /** The share of re-delivered events, in per cent. */
  public static final int DUPLICATE_PERCENT = 1;

  private final long[] ids;
  private final int[] members;
  private final int[] periods;
  private final int[] points;
  private final int memberCount;
  private final int duplicates;
  private String[] idKeys;
  private String[] memberKeys;

  private LedgerReplayInstance(long[] ids, int[] members, int[] periods, int[] points, int memberCount,
      int duplicates) {
    this.ids = ids;
    this.members = members;
    this.periods = periods;
    this.points = points;
    this.memberCount = memberCount;
    this.duplicates = duplicates;
  }

  /**
   * Generates an instance.
   *
   * @param events the number of events
   * @param memberCount the number of members
   * @return the instance
   */
  public static LedgerReplayInstance generate(int events, int memberCount) {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] ids = new long[events];
    int[] members = new int[events];
    int[] periods = new int[events];
    int[] points = new int[events];
    int duplicates = 0;
    for (int i = 0; i < events; i++) {
      periods[i] = (int) ((long) i * MONTHS / events);
      if (i > 0 && random.nextInt(100) < DUPLICATE_PERCENT) {
        int j = random.nextInt(i);
        ids[i] = ids[j];
        members[i] = members[j];
        points[i] = points[j];
        duplicates++;
      } else {
        ids[i] = random.nextLong() >>> 1;
        members[i] = random.nextInt(memberCount);
        points[i] = 1 + random.nextInt(100);
      }
    }
    return new LedgerReplayInstance(ids, members, periods, points, memberCount, duplicates);
  }

  /** Returns the settings every implementation replays under. */
  public static ReplaySettings settings() {
    return new ReplaySettings(MONTHLY_CAP, EXPIRY_MONTHS);
  }

  /** Returns the last month, whose end the balances are for. */
  public int asOfPeriod() {
    return MONTHS - 1;
  }

  /** Returns the events as the SDK's columnar batch. */
  public ReplayBatch batch() {
    return ReplayBatch.wrap(ids, members, periods, points, memberCount);
  }

  /** Returns the number of events. */
  public int size() {
    return ids.length;
  }

  /** Returns the number of members. */
  public int memberCount() {
    return memberCount;
  }

  /** Returns the number of re-delivered events the generator drew. */
  public int duplicates() {
    return duplicates;
  }

  /** Returns the event periods; the instance's own array. */
  public int[] periods() {
    return periods;
  }

  /** Returns the signed points; the instance's own array. */
  public int[] points() {
    return points;
  }

  /** Returns the ids as decimal text, built on first use; the instance's own array. */
  public synchronized String[] idKeys() {
    if (idKeys == null) {
      String[] keys = new String[ids.length];
      for (int i = 0; i < ids.length; i++) {
        keys[i] = Long.toString(ids[i]);
      }
      idKeys = keys;
    }
    return idKeys;
  }

  /** Returns each event's member as {@code "m<index>"}, one string per member; the instance's own array. */
  public synchronized String[] memberKeys() {
    if (memberKeys == null) {
      String[] names = new String[memberCount];
      for (int m = 0; m < memberCount; m++) {
        names[m] = memberKey(m);
      }
      String[] keys = new String[members.length];
      for (int i = 0; i < members.length; i++) {
        keys[i] = names[members[i]];
      }
      memberKeys = keys;
    }
    return memberKeys;
  }

  /** Returns the text key of a member. */
  public static String memberKey(int member) {
    return "m" + member;
  }
}
