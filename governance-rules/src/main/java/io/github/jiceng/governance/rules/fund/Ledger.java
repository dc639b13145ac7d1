package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Posting;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The append-only, idempotent double-entry ledger of one fund (基金台账).
 *
 * <p>A ledger is immutable, and so safe to share between threads: {@link #append} returns a new
 * ledger in a {@link LedgerOutcome}, and a refusal holds this ledger unchanged. It
 * appends an entry only if
 *
 * <ul>
 *   <li>the entry belongs to this fund and is booked no earlier than the fund's launch;
 *   <li>it is booked no earlier than the last entry, so balances are never negative at any
 *       instant, not only at the end;
 *   <li>its postings balance, and no holding (unrestricted money or an earmark's money) goes
 *       below zero;
 *   <li>the fund's total income stays at most {@link Money#MAX_TOTAL}, so that no balance or
 *       total the ledger keeps can overflow ({@link Rejection.Reason#OUT_OF_RANGE} otherwise).
 * </ul>
 *
 * <p>Appending an entry whose id is already recorded with the same content changes nothing
 * ({@link LedgerOutcome.Replayed}); with different content it is refused as {@link
 * Rejection.Reason#CONFLICTING_ID}, naming both versions. Balances are derived from the entries,
 * so conservation holds to the fen: {@code totalIn() == totalOut() + balance()}.
 *
 * <p>Appending copies the ledger's lists, so a single append costs time proportional to the
 * ledger's size; load stored entries with {@link #appendAll} or {@link #of}, which copy once.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.empty(lantian);
 * LedgerOutcome o = ledger.append(donation);
 * if (o instanceof LedgerOutcome.Appended a) {
 *   ledger = a.ledger();
 * }
 * ledger.append(donation);   // Replayed: the same entry again is a no-op
 * }</pre>
 */
public final class Ledger {

  private final Fund fund;
  private final ImmutableList<LedgerEntry> entries;
  private final ImmutableMap<EntryId, LedgerEntry> byId;
  private final ImmutableSortedMap<Account, Long> balances;

  private Ledger(Fund fund, ImmutableList<LedgerEntry> entries, ImmutableMap<EntryId, LedgerEntry> byId,
      ImmutableSortedMap<Account, Long> balances) {
    this.fund = fund;
    this.entries = entries;
    this.byId = byId;
    this.balances = balances;
  }

  /** Returns the empty ledger of the fund. */
  public static Ledger empty(Fund fund) {
    requireNonNull(fund, "fund");
    return new Ledger(fund, ImmutableList.of(), ImmutableMap.of(), ImmutableSortedMap.of());
  }

  /**
   * Returns the ledger of the fund holding the entries, in order; entries repeated with the same
   * content are recorded once.
   *
   * @param fund the fund
   * @param entries the stored entries, in the order they were booked
   * @return the ledger; never null
   * @throws DomainValidationException naming the first entry refused, and why
   */
  public static Ledger of(Fund fund, List<? extends LedgerEntry> entries) {
    requireNonNull(fund, "fund");
    DomainChecks.noNullElements(entries, "entries");
    if (entries.isEmpty()) {
      return empty(fund);
    }
    LedgerOutcome o = empty(fund).appendAll(entries);
    if (o instanceof LedgerOutcome.Rejected r) {
      throw new DomainValidationException("Ledger[" + fund.id() + "]", "entries", r.rejection().reason().name(),
          r.rejection().detail());
    }
    return o.ledger();
  }

  /** Returns the fund whose money this ledger records. */
  public Fund fund() {
    return fund;
  }

  /** Returns the entries in the order they were appended, which is also the order of their instants. */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /** Returns the number of entries. */
  public int size() {
    return entries.size();
  }

  /** Returns the entry with the id, if recorded. */
  public Optional<LedgerEntry> entry(EntryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Returns the instant of the last entry, if any; later entries may not be booked before it. */
  public Optional<Instant> lastAt() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).at());
  }

  /**
   * Returns the balance of the account: what a holding holds, what an income took in, what an
   * expense paid out. An account never posted to has a zero balance.
   */
  public Money balance(Account account) {
    return Money.ofFen(balances.getOrDefault(account, 0L));
  }

  /** Returns what the fund holds: the sum of every holding. */
  public Money balance() {
    return sum(Account.Holding.class);
  }

  /** Returns everything that came in: the sum of every income account. */
  public Money totalIn() {
    return sum(Account.Income.class);
  }

  /** Returns everything that went out: the sum of every expense account. */
  public Money totalOut() {
    return sum(Account.Expense.class);
  }

  /** Returns the balance of every account posted to, in account order. */
  public SortedMap<Account, Money> balances() {
    SortedMap<Account, Money> out = new TreeMap<>();
    balances.forEach((a, fen) -> out.put(a, Money.ofFen(fen)));
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Returns the money a disbursement of the category and project may use: the holdings whose
   * earmark admits it (the project's, then the category's) and the unrestricted money.
   *
   * @param category the disbursement's category
   * @param project its project, present exactly for directed projects
   * @return the sum of the usable holdings
   */
  public Money fundable(OutflowCategory category, Optional<ProjectId> project) {
    Money total = Money.ZERO;
    for (Account.Holding h : sources(category, project)) {
      total = total.plus(balance(h));
    }
    return total;
  }

  /** The holdings a disbursement may draw from, most restricted first. */
  static List<Account.Holding> sources(OutflowCategory category, Optional<ProjectId> project) {
    List<Account.Holding> out = new ArrayList<>(3);
    project.ifPresent(p -> out.add(Account.Holding.of(Earmark.forProject(p))));
    out.add(Account.Holding.of(Earmark.forCategory(category)));
    out.add(Account.Holding.UNRESTRICTED);
    return out;
  }

  private Money sum(Class<? extends Account> kind) {
    long fen = 0;
    for (Map.Entry<Account, Long> e : balances.entrySet()) {
      if (kind.isInstance(e.getKey())) {
        fen = Math.addExact(fen, e.getValue());
      }
    }
    return Money.ofFen(fen);
  }

  /**
   * Appends one entry, or finds it already recorded, or refuses it.
   *
   * @param entry the entry
   * @return {@link LedgerOutcome.Appended} with the new ledger, {@link LedgerOutcome.Replayed} if
   *     the same entry is already recorded, or {@link LedgerOutcome.Rejected} with the reason
   */
  public LedgerOutcome append(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    return appendAll(List.of(entry));
  }

  /**
   * Appends the entries in order, all or nothing: if one is refused, none is appended.
   *
   * @param batch the entries, in booking order
   * @return {@link LedgerOutcome.Appended} with the last entry appended, {@link
   *     LedgerOutcome.Replayed} if every entry was already recorded, or {@link
   *     LedgerOutcome.Rejected} naming the first entry refused
   * @throws DomainValidationException if the batch is empty
   */
  public LedgerOutcome appendAll(List<? extends LedgerEntry> batch) {
    requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      throw new DomainValidationException("Ledger.appendAll", "batch", "batch-present",
          "an empty batch appends nothing; pass at least one entry");
    }
    List<LedgerEntry> list = new ArrayList<>(entries);
    Map<EntryId, LedgerEntry> index = new HashMap<>(byId);
    TreeMap<Account, Long> bal = new TreeMap<>(balances);
    @Nullable LedgerEntry lastAppended = null;
    @Nullable LedgerEntry lastSeen = null;
    long income = totalIn().fen();
    for (LedgerEntry e : batch) {
      requireNonNull(e, "batch contains null");
      Optional<Rejection> refused = check(e, list, index, bal);
      if (refused.isPresent()) {
        return new LedgerOutcome.Rejected(this, refused.get());
      }
      lastSeen = e;
      if (index.containsKey(e.id())) {
        continue;
      }
      if (e instanceof Donation) {
        if (e.amount().fen() > Money.MAX_TOTAL.fen() - income) {
          return new LedgerOutcome.Rejected(this, new Rejection(Rejection.Reason.OUT_OF_RANGE, "entry " + e.id()
              + " brings " + e.amount() + " to a fund that has taken in " + Money.ofFen(income) + "; a fund takes in"
              + " at most " + Money.MAX_TOTAL));
        }
        income += e.amount().fen();
      }
      for (Posting p : e.postings()) {
        bal.merge(p.account(), p.signedFen(), Math::addExact);
      }
      list.add(e);
      index.put(e.id(), e);
      lastAppended = e;
    }
    if (lastAppended == null) {
      return new LedgerOutcome.Replayed(this, requireNonNull(lastSeen));
    }
    return new LedgerOutcome.Appended(
        new Ledger(fund, ImmutableList.copyOf(list), ImmutableMap.copyOf(index), ImmutableSortedMap.copyOfSorted(bal)),
        lastAppended);
  }

  private Optional<Rejection> check(LedgerEntry e, List<LedgerEntry> list, Map<EntryId, LedgerEntry> index,
      Map<Account, Long> bal) {
    if (!e.fund().equals(fund.id())) {
      return reject(Rejection.Reason.WRONG_FUND, "entry " + e.id() + " belongs to fund " + e.fund() + ", not " + fund.id());
    }
    LedgerEntry known = index.get(e.id());
    if (known != null) {
      return known.equals(e) ? Optional.empty()
          : reject(Rejection.Reason.CONFLICTING_ID, "entry " + e.id() + " is recorded as " + describe(known)
              + "; the new one is " + describe(e));
    }
    if (e.at().isBefore(fund.launchedAt())) {
      return reject(Rejection.Reason.BEFORE_LAUNCH, "entry " + e.id() + " at " + e.at() + " is before the fund's launch on "
          + fund.launchedOn());
    }
    if (!list.isEmpty() && e.at().isBefore(list.get(list.size() - 1).at())) {
      return reject(Rejection.Reason.OUT_OF_ORDER, "entry " + e.id() + " at " + e.at() + " is before the last entry "
          + list.get(list.size() - 1).id() + " at " + list.get(list.size() - 1).at());
    }
    if (!e.debits().equals(e.credits())) {
      // unreachable for the entries of the model, kept as the ledger's own guard
      throw new IllegalStateException("entry " + e.id() + " does not balance: " + e.debits() + " vs " + e.credits());
    }
    for (Posting p : e.postings()) {
      if (p.account() instanceof Account.Holding) {
        long after = Math.addExact(bal.getOrDefault(p.account(), 0L), p.signedFen());
        if (after < 0) {
          return reject(Rejection.Reason.INSUFFICIENT_BALANCE, "entry " + e.id() + " takes " + p.amount() + " from "
              + p.account() + ", which holds " + Money.ofFen(bal.getOrDefault(p.account(), 0L)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> reject(Rejection.Reason reason, String detail) {
    return Optional.of(new Rejection(reason, detail));
  }

  /** A short description of an entry for conflict messages: kind, amount, instant and what it moves. */
  static String describe(LedgerEntry e) {
    if (e instanceof Donation d) {
      return "a donation of " + d.amount() + " at " + d.at() + " via " + d.channel()
          + d.earmark().map(m -> " earmarked " + m).orElse("");
    }
    Disbursement d = (Disbursement) e;
    return "a disbursement of " + d.amount() + " at " + d.at() + " for request " + d.request().id() + " ("
        + d.category() + ")";
  }

  /** Returns the balance of every account over the entries booked before the instant. */
  SortedMap<Account, Long> balancesBefore(Instant instant) {
    TreeMap<Account, Long> out = new TreeMap<>();
    for (LedgerEntry e : entries) {
      if (!e.at().isBefore(instant)) {
        break;
      }
      for (Posting p : e.postings()) {
        out.merge(p.account(), p.signedFen(), Math::addExact);
      }
    }
    return out;
  }

  /** Two ledgers are equal when they record the same fund and the same entries in the same order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Ledger l && l.fund.equals(fund) && l.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return fund.hashCode() * 31 + entries.hashCode();
  }

  /** Returns {@code Ledger[fund, n entries, balance CNY x]}. */
  @Override
  public String toString() {
    return "Ledger[" + fund.id() + ", " + entries.size() + " entries, balance " + balance() + "]";
  }
}
