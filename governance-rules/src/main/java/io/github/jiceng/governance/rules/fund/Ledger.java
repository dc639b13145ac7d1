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
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
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
 * <p>A ledger is immutable, and so safe to share between threads: {@link #append} answers a
 * {@link Step}, the {@link Decision} and the ledger after it; a refusal holds this ledger
 * unchanged. It appends an entry only if
 *
 * <ul>
 *   <li>the entry belongs to this fund and is booked no earlier than the fund's launch;
 *   <li>it is booked no earlier than the last entry, so balances are never negative at any
 *       instant, not only at the end;
 *   <li>its postings balance, and no holding (unrestricted money or an earmark's money) goes
 *       below zero;
 *   <li>the fund's total income stays at most {@link Money#MAX_TOTAL}, so that no balance or
 *       total the ledger keeps can overflow ({@link FundRefusal#OUT_OF_RANGE} otherwise).
 * </ul>
 *
 * <p>Appending an entry whose id is already recorded with the same content changes nothing
 * ({@link Decision.Unchanged}, carrying the entry as recorded); with different content it is
 * refused as {@link FundRefusal#CONFLICTING_ID}, naming both versions. Balances are derived from
 * the entries, so conservation holds to the fen: {@code totalIn() == totalOut() + balance()}.
 *
 * <p>The ledger checks money only; the {@link FundRules} of a fund check its policy and its
 * cases as well, and are how a fund's books are written. Appending copies the ledger's lists,
 * so a single append costs time proportional to the ledger's size; load stored entries with
 * {@link #appendAll} or {@link #of}, which copy once.
 *
 * <pre>{@code
 * Ledger ledger = Ledger.empty(lantian);
 * Ledger.Step s = ledger.append(donation);      // Applied, with the new ledger
 * ledger = s.ledger();
 * ledger.append(donation).decision();           // Unchanged: the same entry again is a no-op
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

  /**
   * What an append came to, and the ledger after it: the same ledger unless the decision is
   * {@link Decision.Applied}.
   *
   * @param decision applied with the entries appended, unchanged with the entries found already
   *     recorded, or refused
   * @param ledger the ledger after the append
   */
  public record Step(Decision<LedgerEntry> decision, Ledger ledger) {
    /** Checks the parts are present. */
    public Step {
      requireNonNull(decision, "decision");
      requireNonNull(ledger, "ledger");
    }
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
    Step s = empty(fund).appendAll(entries);
    if (s.decision() instanceof Decision.Refused<LedgerEntry> r) {
      throw new DomainValidationException("Ledger[" + fund.id() + "]", "entries",
          ((FundRefusal) r.refusal().code()).name(), r.refusal().detail());
    }
    return s.ledger();
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
   * @return {@link Decision.Applied} with the entry and the new ledger, {@link Decision.Unchanged}
   *     with the entry as recorded if the same entry is already recorded, or {@link
   *     Decision.Refused} with this ledger
   */
  public Step append(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    return appendAll(List.of(entry));
  }

  /**
   * Appends the entries in order, all or nothing: if one is refused, none is appended.
   *
   * @param batch the entries, in booking order
   * @return {@link Decision.Applied} with the entries appended (those not already recorded) and
   *     the new ledger, {@link Decision.Unchanged} with the entries as recorded if every entry was
   *     already recorded, or {@link Decision.Refused} naming the first entry refused, with this
   *     ledger
   * @throws DomainValidationException if the batch is empty
   */
  public Step appendAll(List<? extends LedgerEntry> batch) {
    requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      throw new DomainValidationException("Ledger.appendAll", "batch", "batch-present",
          "an empty batch appends nothing; pass at least one entry");
    }
    Draft draft = new Draft(this);
    List<LedgerEntry> appended = new ArrayList<>();
    List<LedgerEntry> recorded = new ArrayList<>();
    for (LedgerEntry e : batch) {
      requireNonNull(e, "batch contains null");
      Optional<Refusal> refused = draft.check(e);
      if (refused.isPresent()) {
        return new Step(Decision.refused(refused.get()), this);
      }
      if (draft.recorded(e)) {
        recorded.add(e);
      } else {
        draft.add(e);
        appended.add(e);
      }
    }
    return appended.isEmpty()
        ? new Step(Decision.unchanged(recorded), this)
        : new Step(Decision.applied(appended), draft.build());
  }

  /**
   * A ledger being appended to, copied from its base on the first append only, so that checking
   * an entry against a ledger copies nothing. Not thread-safe; never handed out.
   */
  static final class Draft {

    private final Ledger base;
    private @Nullable List<LedgerEntry> list;
    private @Nullable Map<EntryId, LedgerEntry> index;
    private @Nullable TreeMap<Account, Long> bal;
    private long income;

    Draft(Ledger base) {
      this.base = base;
      this.income = base.totalIn().fen();
    }

    /** The entry with the id, as recorded so far. */
    @Nullable LedgerEntry entry(EntryId id) {
      return index != null ? index.get(id) : base.byId.get(id);
    }

    /** Whether this very entry (same id, same content) is already recorded. */
    boolean recorded(LedgerEntry e) {
      LedgerEntry known = entry(e.id());
      return known != null && known.equals(e);
    }

    private @Nullable LedgerEntry last() {
      List<LedgerEntry> l = list != null ? list : base.entries;
      return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    private long balance(Account account) {
      return bal != null ? bal.getOrDefault(account, 0L) : base.balances.getOrDefault(account, 0L);
    }

    /** The money a disbursement of the category and project may use, so far. */
    long fundable(OutflowCategory category, Optional<ProjectId> project) {
      long total = 0;
      for (Account.Holding h : sources(category, project)) {
        total += balance(h);
      }
      return total;
    }

    /**
     * Why the ledger refuses the entry, if it does; an entry already recorded with the same
     * content is not refused (it is a no-op: see {@link #recorded}).
     */
    Optional<Refusal> check(LedgerEntry e) {
      Fund fund = base.fund;
      if (!e.fund().equals(fund.id())) {
        return reject(FundRefusal.WRONG_FUND, "entry " + e.id() + " belongs to fund " + e.fund() + ", not " + fund.id())
            .map(r -> r.with("id", e.id()).with("fund", e.fund()).with("expected", fund.id()));
      }
      LedgerEntry known = entry(e.id());
      if (known != null) {
        return known.equals(e) ? Optional.empty()
            : reject(FundRefusal.CONFLICTING_ID, "entry " + e.id() + " is recorded as " + describe(known)
                + "; the new one is " + describe(e)).map(r -> r.with("id", e.id()));
      }
      if (e.at().isBefore(fund.launchedAt())) {
        return reject(FundRefusal.BEFORE_LAUNCH, "entry " + e.id() + " at " + e.at() + " is before the fund's launch on "
            + fund.launchedOn()).map(r -> r.with("id", e.id()).with("at", e.at()).with("launchedOn", fund.launchedOn()));
      }
      LedgerEntry last = last();
      if (last != null && e.at().isBefore(last.at())) {
        return reject(FundRefusal.OUT_OF_ORDER, "entry " + e.id() + " at " + e.at() + " is before the last entry "
            + last.id() + " at " + last.at()).map(r -> r.with("id", e.id()).with("at", e.at()).with("after", last.at()));
      }
      if (!e.debits().equals(e.credits())) {
        // unreachable for the entries of the model, kept as the ledger's own guard
        throw new IllegalStateException("entry " + e.id() + " does not balance: " + e.debits() + " vs " + e.credits());
      }
      for (Posting p : e.postings()) {
        if (p.account() instanceof Account.Holding) {
          long held = balance(p.account());
          long after = Math.addExact(held, p.signedFen());
          if (after < 0) {
            return reject(FundRefusal.INSUFFICIENT_BALANCE, "entry " + e.id() + " takes " + p.amount() + " from "
                + p.account() + ", which holds " + Money.ofFen(held))
                .map(r -> r.with("id", e.id()).with("amount", p.amount()).with("available", Money.ofFen(held)));
          }
        }
      }
      if (e instanceof Donation && e.amount().fen() > Money.MAX_TOTAL.fen() - income) {
        return reject(FundRefusal.OUT_OF_RANGE, "entry " + e.id() + " brings " + e.amount()
            + " to a fund that has taken in " + Money.ofFen(income) + "; a fund takes in at most " + Money.MAX_TOTAL)
            .map(r -> r.with("value", Money.ofFen(income).plus(e.amount())).with("min", Money.ZERO)
                .with("max", Money.MAX_TOTAL));
      }
      return Optional.empty();
    }

    /** Appends an entry {@link #check} accepted and that is not yet recorded. */
    void add(LedgerEntry e) {
      if (list == null) {
        list = new ArrayList<>(base.entries);
        index = new HashMap<>(base.byId);
        bal = new TreeMap<>(base.balances);
      }
      if (e instanceof Donation) {
        income += e.amount().fen();
      }
      for (Posting p : e.postings()) {
        bal.merge(p.account(), p.signedFen(), Math::addExact);
      }
      list.add(e);
      index.put(e.id(), e);
    }

    /** Returns the ledger with the entries added; the base itself if none was. */
    Ledger build() {
      if (list == null) {
        return base;
      }
      return new Ledger(base.fund, ImmutableList.copyOf(list), ImmutableMap.copyOf(index),
          ImmutableSortedMap.copyOfSorted(bal));
    }
  }

  private static Optional<Refusal> reject(FundRefusal code, String detail) {
    return Optional.of(Refusal.of(code, detail));
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
