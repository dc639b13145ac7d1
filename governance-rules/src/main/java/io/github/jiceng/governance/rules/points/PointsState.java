package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one red-star points ledger (积分账本状态), the fold of its entries under {@link
 * PointsRules}: every entry by id (for idempotency), each member's account (totals, the points
 * lots with their expiry boundaries, what the caps and the per-member service limits have used),
 * the expiries due, the units redeemed per service, and the instant of the latest entry.
 *
 * <p>An immutable value with value equality: two states are equal when they hold the same
 * entries and accounts, whatever order of calls built them. Its parts share structure with the
 * state before, so evolving by one entry costs O(log n), not a copy: the accounts are persistent
 * maps, the entries an index whose hashed part a bulk fold builds once (ADR 0051) and whose
 * entries booked one at a time since are a persistent map.
 * Queries answer as of the latest entry; expiries due later are booked by the next command.
 */
public final class PointsState {

  static final PointsState EMPTY = new PointsState(null, EntryIndex.EMPTY, PersistentSortedMap.empty(),
      PersistentSortedMap.empty(), PersistentSortedMap.empty());

  private final @Nullable Instant clock;
  private final EntryIndex entries;
  private final PersistentSortedMap<ActorId, Account> accounts;
  private final PersistentSortedMap<Due, Boolean> due;
  private final PersistentSortedMap<OfferId, Long> redeemedUnits;

  PointsState(@Nullable Instant clock, EntryIndex entries,
      PersistentSortedMap<ActorId, Account> accounts, PersistentSortedMap<Due, Boolean> due,
      PersistentSortedMap<OfferId, Long> redeemedUnits) {
    this.clock = clock;
    this.entries = entries;
    this.accounts = accounts;
    this.due = due;
    this.redeemedUnits = redeemedUnits;
  }

  /** Returns the instant of the latest entry, if any. */
  public Optional<Instant> clock() {
    return Optional.ofNullable(clock);
  }

  /** Returns the number of entries. */
  public int entryCount() {
    return entries.size();
  }

  /** Returns the entry with the id, if booked. */
  public Optional<LedgerEntry> entry(EntryId id) {
    return Optional.ofNullable(entries.get(requireNonNull(id, "id")));
  }

  /** Returns every member with an account, persons first, then by id; unmodifiable. */
  public List<ActorId> members() {
    return accounts.keys();
  }

  /** Returns the member's balance as of the latest entry. */
  public Points balance(ActorId actor) {
    Account a = accounts.get(requireNonNull(actor, "actor"));
    return Points.of(a == null ? 0 : a.balance());
  }

  /**
   * Returns what the member's balance is at an instant if nothing else is booked: the balance
   * less the points whose expiry boundary is at or before it.
   *
   * @param actor the member
   * @param instant the instant
   * @return the balance then
   */
  public Points balanceAt(ActorId actor, Instant instant) {
    requireNonNull(instant, "instant");
    return Points.of(balanceAfterExpiries(accounts.get(requireNonNull(actor, "actor")), instant));
  }

  /** Returns the member's totals as of the latest entry; zeros for a member without entries. */
  public AccountTotals totals(ActorId actor) {
    return totals(actor, accounts.get(requireNonNull(actor, "actor")));
  }

  private static AccountTotals totals(ActorId actor, @Nullable Account a) {
    if (a == null) {
      return new AccountTotals(actor, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO);
    }
    return new AccountTotals(actor, Points.of(a.earned()), Points.of(a.redeemed()), Points.of(a.expired()),
        Points.of(a.deducted()), Points.of(a.balance()));
  }

  /** Returns the totals of every member, persons first, then by id; unmodifiable. */
  public List<AccountTotals> allTotals() {
    List<AccountTotals> out = new ArrayList<>(accounts.size());
    accounts.forEachEntry((actor, a) -> out.add(totals(actor, a)));
    return Collections.unmodifiableList(out);
  }

  /** Returns the points the member earned in a calendar year of the policy's zone, less deductions. */
  public Points earnedInYear(ActorId actor, int year) {
    Account a = accounts.get(requireNonNull(actor, "actor"));
    return Points.of(a == null ? 0 : Math.max(0, a.netEarnedByYear().getOrDefault(year, 0L)));
  }

  /** Returns how many units of the service have been redeemed in all. */
  public long redeemedUnits(OfferId service) {
    return redeemedUnits.getOrDefault(requireNonNull(service, "service"), 0L);
  }

  /** Returns whether the other state holds the same entries, accounts, expiries due and clock. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof PointsState s && Objects.equals(clock, s.clock) && accounts.equals(s.accounts)
        && due.equals(s.due) && redeemedUnits.equals(s.redeemedUnits) && entries.equals(s.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clock, entries, accounts, due, redeemedUnits);
  }

  /** Returns {@code PointsState[clock=..., n entries, m members, balance total]}; never the entries. */
  @Override
  public String toString() {
    long[] total = {0};
    accounts.forEachEntry((actor, a) -> total[0] += a.balance());
    return "PointsState[clock=" + clock + ", " + entries.size() + " entries, " + accounts.size() + " members, "
        + total[0] + " pt outstanding, " + due.size() + " expiries pending]";
  }

  // -------------------------------------------------------------------------- for PointsRules only

  @Nullable Instant clockOrNull() {
    return clock;
  }

  @Nullable LedgerEntry entryOrNull(EntryId id) {
    return entries.get(id);
  }

  @Nullable Account account(ActorId actor) {
    return accounts.get(actor);
  }

  EntryIndex entryIndex() {
    return entries;
  }

  PersistentSortedMap<ActorId, Account> accountsMap() {
    return accounts;
  }

  PersistentSortedMap<Due, Boolean> due() {
    return due;
  }

  /**
   * Returns the state after one entry, whose id the step found absent: the entry booked, the
   * account replaced, the clock at the entry.
   */
  PointsState with(LedgerEntry entry, Account account, PersistentSortedMap<Due, Boolean> nextDue,
      PersistentSortedMap<OfferId, Long> nextRedeemed) {
    Instant at = clock == null || entry.at().isAfter(clock) ? entry.at() : clock;
    return new PointsState(at, entries.plusNew(entry), accounts.plus(entry.actor(), account), nextDue,
        nextRedeemed);
  }

  PersistentSortedMap<OfferId, Long> redeemedUnitsMap() {
    return redeemedUnits;
  }

  /** The member's balance once the points whose boundary is at or before the instant have expired. */
  static long balanceAfterExpiries(@Nullable Account account, Instant at) {
    if (account == null) {
      return 0;
    }
    long left = 0;
    for (Lot lot : account.lots()) {
      if (lot.boundary() == null || lot.boundary().isAfter(at)) {
        left += lot.remaining();
      }
    }
    return left;
  }

  /**
   * Points awarded with the same expiry boundary (积分批次), soonest first.
   *
   * @param boundary when they expire; null for never
   * @param remaining the points left of them; positive
   */
  record Lot(@Nullable Instant boundary, long remaining) {}

  /**
   * An expiry due: the member has a lot with this boundary.
   *
   * @param boundary the boundary
   * @param actor the member
   */
  record Due(Instant boundary, ActorId actor) implements Comparable<Due> {
    @Override
    public int compareTo(Due o) {
      int c = boundary.compareTo(o.boundary);
      return c != 0 ? c : actor.compareTo(o.actor);
    }
  }

  /**
   * One member's account, immutable.
   *
   * @param earned points awarded
   * @param redeemed points spent on services
   * @param expired points expired
   * @param deducted points taken for violations
   * @param balance points left
   * @param lots the points left by expiry boundary, soonest first
   * @param capUsed points counted against each cap, by rule or member scope, period and period start
   * @param serviceUsed units redeemed against each per-member service limit, by service and period start
   * @param netEarnedByYear points earned less deducted, by calendar year
   */
  record Account(long earned, long redeemed, long expired, long deducted, long balance, ImmutableList<Lot> lots,
      PersistentSortedMap<String, Long> capUsed, PersistentSortedMap<String, Long> serviceUsed,
      PersistentSortedMap<Integer, Long> netEarnedByYear) {

    static final Account EMPTY = new Account(0, 0, 0, 0, 0, ImmutableList.of(), PersistentSortedMap.empty(),
        PersistentSortedMap.empty(), PersistentSortedMap.empty());
  }
}
