package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A batch of ledger events in columns, for {@link CompactReplay}: event {@code i} has the 64-bit
 * id {@code ids[i]}, the member index {@code members[i]} (0 to {@code memberCount - 1}), the
 * period index {@code periods[i]} (such as months since an epoch month) and the signed points
 * {@code points[i]}: positive for a credit (an award), negative for a debit (a redemption).
 *
 * <p>Events are in booking order, so periods never decrease. The batch wraps the arrays without
 * copying them (a replay of ten million events should not first copy 240 MB); the caller must not
 * change them afterwards.
 */
public final class ReplayBatch {

  /** The largest period index: 2^30, more than enough for months or days since any epoch. */
  public static final int MAX_PERIOD = 1 << 30;

  private final long[] ids;
  private final int[] members;
  private final int[] periods;
  private final int[] points;
  private final int memberCount;

  private ReplayBatch(long[] ids, int[] members, int[] periods, int[] points, int memberCount) {
    this.ids = ids;
    this.members = members;
    this.periods = periods;
    this.points = points;
    this.memberCount = memberCount;
  }

  /**
   * Wraps the columns after checking their lengths, the member indexes and the period order.
   *
   * @param ids the event ids; a repeated id is a duplicate and is skipped by the replay
   * @param members member indexes in {@code [0, memberCount)}
   * @param periods period indexes, non-decreasing, 0 to {@link #MAX_PERIOD}
   * @param points signed points, none zero
   * @param memberCount the number of members
   * @return the batch
   * @throws DomainValidationException if the columns do not fit together
   */
  public static ReplayBatch wrap(long[] ids, int[] members, int[] periods, int[] points, int memberCount) {
    requireNonNull(ids, "ids");
    requireNonNull(members, "members");
    requireNonNull(periods, "periods");
    requireNonNull(points, "points");
    int n = ids.length;
    if (!(members.length == n && periods.length == n && points.length == n)) {
      throw new DomainValidationException("ReplayBatch", "events", "same-length",
          "columns differ in length: " + n + " ids, " + members.length + " members, " + periods.length + " periods, " + points.length + " points");
    }
    if (memberCount <= 0) {
      throw new DomainValidationException(new Violation("ReplayBatch", "memberCount", "positive",
          "memberCount must be positive: " + memberCount).with("value", memberCount));
    }
    int last = 0;
    for (int i = 0; i < n; i++) {
      if (!(members[i] >= 0 && members[i] < memberCount)) {
        throw new DomainValidationException(new Violation("ReplayBatch", "members", "member-range",
            "event " + i + ": member " + members[i] + " outside [0, " + memberCount + ")").with("min", 0)
                .with("max", memberCount - 1).with("value", members[i]));
      }
      if (!(periods[i] >= last)) {
        throw new DomainValidationException("ReplayBatch", "periods", "booking-order",
            "event " + i + ": period " + periods[i] + " before " + last + "; events must be in booking order");
      }
      if (!(periods[i] <= MAX_PERIOD)) {
        throw new DomainValidationException(new Violation("ReplayBatch", "periods", "period-range",
            "event " + i + ": period " + periods[i] + " above " + MAX_PERIOD).with("max", MAX_PERIOD)
                .with("value", periods[i]));
      }
      if (!(points[i] != 0 && points[i] != Integer.MIN_VALUE)) {
        throw new DomainValidationException("ReplayBatch", "points", "non-zero",
            "event " + i + ": points must be non-zero");
      }
      last = periods[i];
    }
    return new ReplayBatch(ids, members, periods, points, memberCount);
  }

  /** Returns the number of events. */
  public int size() {
    return ids.length;
  }

  /** Returns the number of members. */
  public int memberCount() {
    return memberCount;
  }

  /** Returns the last event's period, or 0 for an empty batch. */
  public int lastPeriod() {
    return ids.length == 0 ? 0 : periods[ids.length - 1];
  }

  long[] ids() {
    return ids;
  }

  int[] members() {
    return members;
  }

  int[] periods() {
    return periods;
  }

  int[] points() {
    return points;
  }
}
