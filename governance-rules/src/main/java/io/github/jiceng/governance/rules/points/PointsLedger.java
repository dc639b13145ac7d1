package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * An append-only, idempotent red-star points ledger (积分账本) under one policy and one service
 * catalogue: one stream of {@link LedgerEntry}s decided by {@link PointsRules}, with a single
 * writer.
 *
 * <p>Every operation is a {@link PointsCommand} decided on the ledger's {@link PointsState} and
 * answers the {@link Decision}: {@link Decision.Applied} with the entries booked (the expiries due
 * by the operation's instant first, the operation's own entry {@link Decision.Applied#last()
 * last}), {@link Decision.Unchanged} with the entry booked earlier for a repeated operation, or
 * {@link Decision.Refused} with a {@link PointsRefusal} code. The rules — idempotency, forward
 * time, caps, balances that never go negative, the declared limits — are {@link PointsRules}'.
 * A refused operation, or one that throws (a null, a non-positive quantity), leaves the ledger
 * exactly as it was: entries, balances, clock and expiries.
 *
 * <p>The ledger's clock is the instant of its latest entry, or the instant it was last {@linkplain
 * #advanceTo advanced to} if that is later; an operation dated before the clock is refused ({@link
 * PointsRefusal#OUT_OF_ORDER}).
 *
 * <p>A ledger is a journal: its state is a function of its entries alone, and
 * {@link #restore(PointsPolicy, ServiceCatalogue, List)} rebuilds the same state from them.
 * Queries return values and unmodifiable lists.
 *
 * <p><b>Single-writer, detected.</b> A ledger is not thread-safe: one writer owns one ledger (one
 * partition of the grid), and calls on it must not overlap. An operation that starts while
 * another is still running on a different thread fails fast with a {@link
 * ConcurrentModificationException} and changes nothing; a query that starts while an operation
 * runs fails the same way. The check is one uncontended compare-and-set per operation and one
 * volatile read per query. It catches overlapping calls, not every unsafe publication: hand a
 * ledger from one thread to another through a happens-before edge (a queue, an executor).
 *
 * <pre>{@code
 * PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), catalogue);
 * ledger.award(contribution, bookedAt);                       // Applied[[Award[... 25 pt ...]]]
 * ledger.redeem(EntryId.of("r-1"), member, OfferId.of("moxibustion"), 1, later);
 * ledger.totals(member);                                       // earned, redeemed, ..., balance
 * }</pre>
 */
public final class PointsLedger {

  /** How the ids of the ledger's own expiries begin; no other entry's id may. */
  public static final String EXPIRY_PREFIX = PointsRules.EXPIRY_PREFIX;

  private final PointsRules rules;
  private final List<LedgerEntry> entries = new ArrayList<>();
  private PointsState state;
  /** The instant of the latest {@link #advanceTo}, which moves the clock without booking an entry. */
  private @Nullable Instant advancedTo;
  /** The thread running an operation, or null; the single-writer check. */
  private final AtomicReference<@Nullable Thread> writer = new AtomicReference<>();

  private PointsLedger(PointsRules rules) {
    this.rules = rules;
    this.state = rules.initialState();
  }

  /**
   * Opens an empty ledger.
   *
   * @param policy the points policy applied to awards, deductions and expiry
   * @param catalogue the services that can be redeemed
   * @return the ledger
   */
  public static PointsLedger open(PointsPolicy policy, ServiceCatalogue catalogue) {
    return new PointsLedger(PointsRules.of(policy, catalogue));
  }

  /**
   * Rebuilds a ledger from its recorded entries, in their order, with {@link #append}; expiries
   * missing from them are derived as they fall due. O(n log n) in the number of entries.
   *
   * @param policy the policy the entries were booked under
   * @param catalogue the catalogue
   * @param recorded the entries, as {@link #entries()} returned them
   * @return the ledger
   * @throws DomainValidationException if an entry is refused: the entries are not this ledger's
   */
  public static PointsLedger restore(PointsPolicy policy, ServiceCatalogue catalogue, List<LedgerEntry> recorded) {
    PointsLedger ledger = open(policy, catalogue);
    for (LedgerEntry e : recorded) {
      Decision<LedgerEntry> d = ledger.handle(new PointsCommand.Append(e));
      if (d.isRefused()) {
        throw new DomainValidationException("PointsLedger.restore", "entries", "restorable",
            "entry " + e.id() + " cannot be restored: " + d);
      }
    }
    return ledger;
  }

  /** Returns the rules the ledger runs. */
  public PointsRules rules() {
    return rules;
  }

  /** Returns the policy. */
  public PointsPolicy policy() {
    return rules.policy();
  }

  /** Returns the catalogue. */
  public ServiceCatalogue catalogue() {
    return rules.catalogue();
  }

  /**
   * Returns the state: the fold of {@link #entries()}, an immutable value.
   *
   * @throws ConcurrentModificationException if an operation on the ledger is running
   */
  public PointsState state() {
    checkNoWriter("state");
    return state;
  }

  /** Returns the instant of the latest entry or of the latest {@link #advanceTo}, if any. */
  public Optional<Instant> clock() {
    checkNoWriter("clock");
    return Optional.ofNullable(clockOrNull());
  }

  private @Nullable Instant clockOrNull() {
    @Nullable Instant latest = state.clockOrNull();
    return latest == null || advancedTo != null && advancedTo.isAfter(latest) ? advancedTo : latest;
  }

  /** Returns every entry in the order booked; unmodifiable. */
  public List<LedgerEntry> entries() {
    checkNoWriter("entries");
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /** Returns the entry with the id, if booked. */
  public Optional<LedgerEntry> entry(EntryId id) {
    checkNoWriter("entry");
    return state.entry(id);
  }

  /** Returns every member with an account, persons first, then by id. */
  public List<ActorId> members() {
    checkNoWriter("members");
    return state.members();
  }

  // ------------------------------------------------------------------------------------ operations

  /**
   * Decides a command on the ledger's state and books what was applied; an {@link
   * PointsCommand.AdvanceTo} that is not refused also moves the clock, as {@link #advanceTo} does.
   *
   * @param command the command
   * @return the decision
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public Decision<LedgerEntry> handle(PointsCommand command) {
    requireNonNull(command, "command");
    String name = command.getClass().getSimpleName();
    enter(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    try {
      return apply(command);
    } finally {
      exit();
    }
  }

  private Decision<LedgerEntry> apply(PointsCommand command) {
    Decision<LedgerEntry> decision = rules.decide(command, state, advancedTo);
    if (decision instanceof Decision.Applied<LedgerEntry> applied) {
      PointsState next = rules.fold(state, applied.events());
      entries.addAll(applied.events());
      state = next;
    }
    if (command instanceof PointsCommand.AdvanceTo a && !decision.isRefused()) {
      advancedTo = a.instant();
    }
    return decision;
  }

  /**
   * Awards the points a contribution earns under the policy, cut to the caps.
   *
   * @param contribution the contribution; its id is the award's id
   * @param at when the award is booked; its expiry counts from here
   * @return the decision; applied with the expiries due by {@code at} and the award last; {@link
   *     PointsRefusal#OUT_OF_RANGE} for an instant outside {@link TimeLimits}, a calculation above
   *     {@link Points#MAX_ENTRY} or an award that would take the member's earned points above
   *     {@link Points#MAX_BALANCE}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public Decision<LedgerEntry> award(Contribution contribution, Instant at) {
    return handle(new PointsCommand.Award(contribution, at));
  }

  /**
   * Redeems a service from the catalogue (积分兑换), if stock, the member's limit and the balance
   * allow.
   *
   * @param id the redemption's id
   * @param actor the member
   * @param service the service
   * @param quantity how many units; positive
   * @param at when
   * @return the decision; {@link PointsRefusal#OUT_OF_RANGE} for an instant outside {@link
   *     TimeLimits} or a price times quantity above {@link Points#MAX_ENTRY}
   * @throws DomainValidationException if the quantity is not positive
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public Decision<LedgerEntry> redeem(EntryId id, ActorId actor, OfferId service, int quantity, Instant at) {
    return handle(new PointsCommand.Redeem(id, actor, service, quantity, at));
  }

  /**
   * Deducts points for a violation (扣分): the rule's points, or the whole balance if smaller or
   * if the rule forfeits all. Booked even when it takes nothing, as the record of the violation.
   *
   * @param id the deduction's id
   * @param actor the member
   * @param rule the deduction rule
   * @param at when
   * @param note the reason as recorded
   * @return the decision; {@link PointsRefusal#OUT_OF_RANGE} for an instant outside {@link
   *     TimeLimits}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public Decision<LedgerEntry> deduct(EntryId id, ActorId actor, RuleId rule, Instant at, String note) {
    return handle(new PointsCommand.Deduct(id, actor, rule, at, note));
  }

  /**
   * Appends a recorded entry as it is, for restoring a ledger from storage: awards, redemptions
   * and deductions keep their recorded points (checked against the balance and, for awards,
   * {@link Points#MAX_BALANCE}); an expiry must be one the ledger derives itself at that instant.
   *
   * @param entry the entry
   * @return the decision; applied with the expiries due first and the entry last
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public Decision<LedgerEntry> append(LedgerEntry entry) {
    return handle(new PointsCommand.Append(entry));
  }

  /**
   * Books every expiry whose boundary is at or before the instant, in order of boundary, then of
   * member, and moves the clock there.
   *
   * @param instant the new clock; not before the current one
   * @return the expiries booked, in order; unmodifiable
   * @throws DomainValidationException if the instant is before the clock or outside {@link
   *     TimeLimits}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public List<Expiry> advanceTo(Instant instant) {
    requireNonNull(instant, "instant");
    TimeLimits.check("PointsLedger[" + rules.policy().label() + "]", "instant", instant);
    enter("advanceTo");
    try {
      Decision<LedgerEntry> d = apply(new PointsCommand.AdvanceTo(instant));
      if (d.isRefused()) {
        throw new DomainValidationException("PointsLedger.advanceTo", "instant", "not-before-clock",
            "the ledger is at " + clockOrNull() + ", cannot go back to " + instant);
      }
      List<Expiry> booked = new ArrayList<>(d instanceof Decision.Applied ? d.events().size() : 0);
      if (d instanceof Decision.Applied) {
        for (LedgerEntry e : d.events()) {
          booked.add((Expiry) e);
        }
      }
      return Collections.unmodifiableList(booked);
    } finally {
      exit();
    }
  }

  // --------------------------------------------------------------------------------------- queries

  /** Returns the member's balance as of the clock. */
  public Points balance(ActorId actor) {
    checkNoWriter("balance");
    return state.balance(actor);
  }

  /**
   * Returns what the member's balance will be at a later instant if nothing else is booked: the
   * balance less the points whose expiry boundary is at or before it. Changes nothing.
   *
   * @param actor the member
   * @param instant an instant at or after the clock
   * @return the balance then
   * @throws DomainValidationException if the instant is before the clock
   */
  public Points balanceAt(ActorId actor, Instant instant) {
    requireNonNull(actor, "actor");
    requireNonNull(instant, "instant");
    checkNoWriter("balanceAt");
    @Nullable Instant clock = clockOrNull();
    if (clock != null && instant.isBefore(clock)) {
      throw new DomainValidationException("PointsLedger", "at", "not-before-clock",
          "the ledger is at " + clock + "; " + instant + " is in its past");
    }
    return state.balanceAt(actor, instant);
  }

  /** Returns the member's totals as of the clock; zeros for a member without entries. */
  public AccountTotals totals(ActorId actor) {
    checkNoWriter("totals");
    return state.totals(actor);
  }

  /** Returns the totals of every member, persons first, then by id; unmodifiable. */
  public List<AccountTotals> allTotals() {
    checkNoWriter("allTotals");
    return state.allTotals();
  }

  /** Returns the points the member earned in a calendar year of the policy's zone, less deductions. */
  public Points earnedInYear(ActorId actor, int year) {
    checkNoWriter("earnedInYear");
    return state.earnedInYear(actor, year);
  }

  /** Returns the member's red-star grade for a calendar year, if a threshold is reached. */
  public Optional<StarGrade> grade(ActorId actor, int year) {
    return rules.policy().grade(earnedInYear(actor, year));
  }

  /** Returns how many units of the service have been redeemed in all. */
  public long redeemedUnits(OfferId service) {
    checkNoWriter("redeemedUnits");
    return state.redeemedUnits(service);
  }

  /** Returns {@code PointsLedger[policy, n entries, m members]}. */
  @Override
  public String toString() {
    return "PointsLedger[" + rules.policy().label() + ", " + entries.size() + " entries, " + state.members().size()
        + " members]";
  }

  // -------------------------------------------------------------------------------------- internals

  /** Marks an operation as running on this thread, or fails if another one runs. */
  private void enter(String operation) {
    Thread me = Thread.currentThread();
    if (!writer.compareAndSet(null, me)) {
      throw overlap(operation);
    }
  }

  private void exit() {
    writer.set(null);
  }

  /** Fails a query that starts while an operation runs. */
  private void checkNoWriter(String query) {
    if (writer.get() != null) {
      throw overlap(query);
    }
  }

  private ConcurrentModificationException overlap(String call) {
    @Nullable Thread other = writer.get();
    return new ConcurrentModificationException("PointsLedger[" + rules.policy().label() + "] is single-writer: "
        + call + " was called on thread '" + Thread.currentThread().getName() + "' while an operation runs on "
        + (other == null ? "another thread" : "thread '" + other.getName() + "'")
        + "; give each ledger one writer, or serialise the calls");
  }
}
