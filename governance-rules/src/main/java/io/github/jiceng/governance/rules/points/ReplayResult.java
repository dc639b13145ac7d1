package io.github.jiceng.governance.rules.points;

import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;

/**
 * The balances and counts of a {@link CompactReplay}. Conservation holds:
 * {@code credited - debited - expired = totalBalance()}.
 */
public final class ReplayResult {

  private final long[] balances;
  private final long duplicates;
  private final long credited;
  private final long clipped;
  private final long debited;
  private final long rejectedDebits;
  private final long expired;

  ReplayResult(long[] balances, long duplicates, long credited, long clipped, long debited, long rejectedDebits,
      long expired) {
    this.balances = balances;
    this.duplicates = duplicates;
    this.credited = credited;
    this.clipped = clipped;
    this.debited = debited;
    this.rejectedDebits = rejectedDebits;
    this.expired = expired;
  }

  /** Returns the balance of a member. */
  public long balance(int member) {
    checkElementIndex(member, balances.length, "member");
    return balances[member];
  }

  /** Returns a copy of every member's balance, by member index. */
  public long[] balances() {
    return balances.clone();
  }

  /** Returns the sum of all balances. */
  public long totalBalance() {
    long sum = 0;
    for (long b : balances) {
      sum += b;
    }
    return sum;
  }

  /** Returns the number of events skipped because their id was seen before. */
  public long duplicates() {
    return duplicates;
  }

  /** Returns the points credited, after the period cap. */
  public long credited() {
    return credited;
  }

  /** Returns the points cut by the period cap. */
  public long clipped() {
    return clipped;
  }

  /** Returns the points debited by accepted debits. */
  public long debited() {
    return debited;
  }

  /** Returns the number of debits refused because the balance did not cover them. */
  public long rejectedDebits() {
    return rejectedDebits;
  }

  /** Returns the points that expired up to the replay's period. */
  public long expired() {
    return expired;
  }

  /** Returns whether the balances hold exactly what was credited less what was debited or expired. */
  public boolean conserves() {
    return credited - debited - expired == totalBalance();
  }

  /** Returns the counts, without the balances. */
  @Override
  public String toString() {
    return "ReplayResult[members=" + balances.length + ", total=" + totalBalance() + ", duplicates=" + duplicates
        + ", credited=" + credited + ", clipped=" + clipped + ", debited=" + debited + ", rejectedDebits="
        + rejectedDebits + ", expired=" + expired + "]";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ReplayResult)) {
      return false;
    }
    ReplayResult r = (ReplayResult) o;
    return duplicates == r.duplicates && credited == r.credited && clipped == r.clipped && debited == r.debited
        && rejectedDebits == r.rejectedDebits && expired == r.expired && Arrays.equals(balances, r.balances);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(balances) * 31 + Long.hashCode(credited);
  }
}
