package io.github.jiceng.governance.rules.points;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.CapPeriod;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.Deduction;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.points.StarGrade;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.points.LedgerOutcome.Appended;
import io.github.jiceng.governance.rules.points.LedgerOutcome.Duplicate;
import io.github.jiceng.governance.rules.points.LedgerOutcome.Rejected;
import io.github.jiceng.governance.rules.points.PointsCalculator.Calculated;
import io.github.jiceng.governance.rules.points.PointsCalculator.Refused;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * An append-only, idempotent red-star points ledger (积分账本) under one policy and one service
 * catalogue.
 *
 * <p>Every operation books at most one entry and answers with a {@link LedgerOutcome}:
 *
 * <ul>
 *   <li><b>Idempotent.</b> An operation whose id is already booked with the same content is a
 *       {@link Duplicate} and changes nothing; with different content it is rejected
 *       ({@link RejectionReason#ID_CONFLICT}), as is an id beginning with {@value #EXPIRY_PREFIX},
 *       which the ledger keeps for its own expiries. Rejected operations book nothing and leave
 *       their id free.
 *   <li><b>Forward in time.</b> Entries are booked at non-decreasing instants; an earlier one is
 *       rejected ({@link RejectionReason#OUT_OF_ORDER}). Before booking an operation at instant
 *       {@code t} the ledger books every expiry whose boundary is at or before {@code t}, as
 *       {@link Expiry} entries at the boundary instant itself; an operation is checked against the
 *       balance it would meet after those expiries.
 *   <li><b>Caps.</b> An award is cut to the room left under the rule's caps and the member caps
 *       for the period holding the contribution's instant; the award records both the requested
 *       and the granted points. Awards of zero points are booked too, so a recomputation under
 *       another policy still sees the contribution.
 *   <li><b>Never negative.</b> A redemption beyond the balance is rejected
 *       ({@link RejectionReason#INSUFFICIENT_BALANCE}); a deduction takes at most the balance
 *       (扣完为止). Spending takes the soonest-expiring points first.
 *   <li><b>Declared limits.</b> Instants lie within {@link TimeLimits}; one entry moves at most
 *       {@link Points#MAX_ENTRY} points (an award whose calculation, or a redemption whose price
 *       times quantity, comes to more is refused) and one member earns at most {@link
 *       Points#MAX_BALANCE} (an award or recorded award past it is refused), so no total the
 *       ledger keeps overflows. These refusals are {@link RejectionReason#OUT_OF_RANGE}.
 *   <li><b>Atomic.</b> A refused operation, or one that throws (a null, a non-positive
 *       quantity), leaves the ledger exactly as it was: entries, balances, clock and expiries.
 * </ul>
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
 * ledger.award(contribution, bookedAt);                       // Appended[Award[... 25 pt ...]]
 * ledger.redeem(EntryId.of("r-1"), member, OfferId.of("moxibustion"), 1, later);
 * ledger.totals(member);                                       // earned, redeemed, ..., balance
 * }</pre>
 */
public final class PointsLedger {

  private final PointsPolicy policy;
  private final ServiceCatalogue catalogue;
  private final ZoneId zone;
  private final List<LedgerEntry> entries = new ArrayList<>();
  /** How the ids of the ledger's own expiries begin; no other entry's id may. */
  public static final String EXPIRY_PREFIX = "expiry:";

  private final Map<EntryId, LedgerEntry> byId = new HashMap<>();
  private final Map<ActorId, Account> accounts = new TreeMap<>();
  private final TreeMap<Instant, TreeSet<ActorId>> dueExpiries = new TreeMap<>();
  private final Map<OfferId, Long> redeemedUnits = new HashMap<>();
  private @Nullable Instant clock;
  /** The thread running an operation, or null; the single-writer check. */
  private final AtomicReference<@Nullable Thread> writer = new AtomicReference<>();

  private PointsLedger(PointsPolicy policy, ServiceCatalogue catalogue) {
    this.policy = requireNonNull(policy, "policy");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.zone = policy.zone();
  }

  /**
   * Opens an empty ledger.
   *
   * @param policy the points policy applied to awards, deductions and expiry
   * @param catalogue the services that can be redeemed
   * @return the ledger
   */
  public static PointsLedger open(PointsPolicy policy, ServiceCatalogue catalogue) {
    return new PointsLedger(policy, catalogue);
  }

  /**
   * Rebuilds a ledger from its recorded entries, in their order, with {@link #append}.
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
      LedgerOutcome o = ledger.append(e);
      if (!(o.isBooked())) {
        throw new DomainValidationException("PointsLedger.restore", "entries", "restorable",
            "entry " + e.id() + " cannot be restored: " + o);
      }
    }
    return ledger;
  }

  /** Returns the policy. */
  public PointsPolicy policy() {
    return policy;
  }

  /** Returns the catalogue. */
  public ServiceCatalogue catalogue() {
    return catalogue;
  }

  /** Returns the instant of the latest operation or expiry, if any. */
  public Optional<Instant> clock() {
    checkNoWriter("clock");
    return Optional.ofNullable(clock);
  }

  /** Returns every entry in the order booked; unmodifiable. */
  public List<LedgerEntry> entries() {
    checkNoWriter("entries");
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /** Returns the entry with the id, if booked. */
  public Optional<LedgerEntry> entry(EntryId id) {
    checkNoWriter("entry");
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /** Returns every member with an account, persons first, then by id. */
  public List<ActorId> members() {
    checkNoWriter("members");
    return List.copyOf(accounts.keySet());
  }

  // ---------------------------------------------------------------------------------------- awards

  /**
   * Awards the points a contribution earns under the policy, cut to the caps.
   *
   * @param contribution the contribution; its id is the award's id
   * @param at when the award is booked; its expiry counts from here
   * @return the outcome; {@link RejectionReason#OUT_OF_RANGE} for an instant outside {@link
   *     TimeLimits}, a calculation above {@link Points#MAX_ENTRY} or an award that would take the
   *     member's earned points above {@link Points#MAX_BALANCE}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public LedgerOutcome award(Contribution contribution, Instant at) {
    requireNonNull(contribution, "contribution");
    requireNonNull(at, "at");
    enter("award");
    try {
      return doAward(contribution, at);
    } finally {
      exit();
    }
  }

  private LedgerOutcome doAward(Contribution contribution, Instant at) {
    Optional<Rejected> refused = checkCommand(contribution.id(), at);
    if (refused.isPresent()) {
      return refused.get();
    }
    LedgerEntry existing = byId.get(contribution.id());
    if (existing != null) {
      return existing instanceof Award && ((Award) existing).contribution().equals(contribution)
          ? new Duplicate(existing)
          : conflict(contribution.id(), existing);
    }
    Optional<Rejected> late = checkOrder(at);
    if (late.isPresent()) {
      return late.get();
    }
    PointsCalculator.Calculation calc = PointsCalculator.calculate(policy, contribution);
    if (calc instanceof Refused) {
      return new Rejected(((Refused) calc).reason(), ((Refused) calc).detail());
    }
    Calculated c = (Calculated) calc;
    @Nullable Account account = accounts.get(contribution.actor());
    StringBuilder text = new StringBuilder(c.arithmetic());
    long granted = c.points().value();
    granted = cut(granted, c.rule().caps(), account, c.rule().id().value(), contribution.occurredAt(), "rule", text);
    granted = cut(granted, policy.memberCaps(), account, "*", contribution.occurredAt(), "member", text);
    Optional<Rejected> over = checkEarned(contribution.actor(), account, granted);
    if (over.isPresent()) {
      return over.get();
    }
    Award award = new Award(contribution, at, Points.of(granted), c.points(), c.rule().id(), policy.label(),
        text.toString());
    advance(at);
    book(award);
    return new Appended(award);
  }

  private long cut(long points, List<Cap> caps, @Nullable Account account, String scope, Instant occurred,
      String kind, StringBuilder text) {
    long granted = points;
    for (Cap cap : caps) {
      long used = account == null ? 0 : account.capUsed.getOrDefault(capKey(scope, cap.period(), occurred), 0L);
      long room = Math.max(0, cap.limit().value() - used);
      if (granted > room) {
        text.append("; ").append(kind).append(' ').append(cap.period().name().toLowerCase(java.util.Locale.ROOT))
            .append(" cap ").append(cap.limit().value()).append(", ").append(used).append(" used: ")
            .append(granted).append(" → ").append(room);
        granted = room;
      }
    }
    return granted;
  }

  private String capKey(String scope, CapPeriod period, Instant occurred) {
    return scope + "|" + period + "|" + period.start(occurred, zone);
  }

  /** Refuses points that would take the member's earned total above {@link Points#MAX_BALANCE}. */
  private static Optional<Rejected> checkEarned(ActorId actor, @Nullable Account account, long points) {
    long earned = account == null ? 0 : account.earned;
    if (points > Points.MAX_BALANCE - earned) {
      return Optional.of(new Rejected(RejectionReason.OUT_OF_RANGE, actor + " has earned " + earned + " pt; "
          + points + " pt more would pass the " + Points.MAX_BALANCE + " pt one member may earn in a ledger"));
    }
    return Optional.empty();
  }

  // ----------------------------------------------------------------------------------- redemptions

  /**
   * Redeems a service from the catalogue (积分兑换), if stock, the member's limit and the balance
   * allow.
   *
   * @param id the redemption's id
   * @param actor the member
   * @param service the service
   * @param quantity how many units; positive
   * @param at when
   * @return the outcome; {@link RejectionReason#OUT_OF_RANGE} for an instant outside {@link
   *     TimeLimits} or a price times quantity above {@link Points#MAX_ENTRY}
   * @throws DomainValidationException if the quantity is not positive
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public LedgerOutcome redeem(EntryId id, ActorId actor, OfferId service, int quantity, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    if (quantity <= 0) {
      throw new DomainValidationException("PointsLedger.redeem", "quantity", "positive",
          "quantity must be positive: " + quantity);
    }
    enter("redeem");
    try {
      return doRedeem(id, actor, service, quantity, at);
    } finally {
      exit();
    }
  }

  private LedgerOutcome doRedeem(EntryId id, ActorId actor, OfferId service, int quantity, Instant at) {
    Optional<Rejected> refused = checkCommand(id, at);
    if (refused.isPresent()) {
      return refused.get();
    }
    LedgerEntry existing = byId.get(id);
    if (existing != null) {
      return existing instanceof Redemption && sameRedemption((Redemption) existing, actor, service, quantity)
          ? new Duplicate(existing)
          : conflict(id, existing);
    }
    Optional<Rejected> late = checkOrder(at);
    if (late.isPresent()) {
      return late.get();
    }
    Optional<ServiceOffer> found = catalogue.offer(service);
    if (found.isEmpty()) {
      return new Rejected(RejectionReason.UNKNOWN_SERVICE, "no service " + service + " in the catalogue");
    }
    ServiceOffer offer = found.get();
    if (offer.price().value() > Points.MAX_ENTRY / quantity) {
      return new Rejected(RejectionReason.OUT_OF_RANGE, offer.id() + ": " + quantity + " × " + offer.price()
          + " is more than the " + Points.MAX_ENTRY + " pt one entry may take");
    }
    Points price = offer.price().times(quantity);
    Optional<Rejected> over = checkRedemption(offer, actor, quantity, price, at);
    if (over.isPresent()) {
      return over.get();
    }
    Redemption r = new Redemption(id, actor, at, service, quantity, price);
    advance(at);
    book(r);
    return new Appended(r);
  }

  private static boolean sameRedemption(Redemption r, ActorId actor, OfferId service, int quantity) {
    return r.actor().equals(actor) && r.service().equals(service) && r.quantity() == quantity;
  }

  private Optional<Rejected> checkRedemption(ServiceOffer offer, ActorId actor, int quantity, Points price,
      Instant at) {
    long used = redeemedUnits.getOrDefault(offer.id(), 0L);
    if (offer.stock().isPresent() && quantity > offer.stock().getAsLong() - used) {
      return Optional.of(new Rejected(RejectionReason.OUT_OF_STOCK, offer.id() + ": " + (offer.stock().getAsLong()
          - used) + " left, " + quantity + " asked"));
    }
    @Nullable Account account = accounts.get(actor);
    if (offer.perMemberLimit().isPresent()) {
      long mine = account == null ? 0 : account.serviceUsed.getOrDefault(limitKey(offer, at), 0L);
      if (mine + quantity > offer.perMemberLimit().getAsInt()) {
        return Optional.of(new Rejected(RejectionReason.MEMBER_LIMIT_REACHED, offer.id() + ": limit "
            + offer.perMemberLimit().getAsInt() + " per " + offer.limitPeriod() + ", " + mine + " redeemed, "
            + quantity + " asked"));
      }
    }
    long balance = balanceAfterExpiries(account, at);
    if (balance < price.value()) {
      return Optional.of(new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "balance " + balance + " pt, price "
          + price.value() + " pt"));
    }
    return Optional.empty();
  }

  private String limitKey(ServiceOffer offer, Instant at) {
    return offer.id() + "|" + offer.limitPeriod() + "|" + offer.limitPeriod().start(at, zone);
  }

  // ------------------------------------------------------------------------------------ deductions

  /**
   * Deducts points for a violation (扣分): the rule's points, or the whole balance if smaller or
   * if the rule forfeits all. Booked even when it takes nothing, as the record of the violation.
   *
   * @param id the deduction's id
   * @param actor the member
   * @param rule the deduction rule
   * @param at when
   * @param note the reason as recorded
   * @return the outcome; {@link RejectionReason#OUT_OF_RANGE} for an instant outside {@link
   *     TimeLimits}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public LedgerOutcome deduct(EntryId id, ActorId actor, RuleId rule, Instant at, String note) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(rule, "rule");
    requireNonNull(at, "at");
    requireNonNull(note, "note");
    enter("deduct");
    try {
      return doDeduct(id, actor, rule, at, note);
    } finally {
      exit();
    }
  }

  private LedgerOutcome doDeduct(EntryId id, ActorId actor, RuleId rule, Instant at, String note) {
    Optional<Rejected> refused = checkCommand(id, at);
    if (refused.isPresent()) {
      return refused.get();
    }
    LedgerEntry existing = byId.get(id);
    if (existing != null) {
      return existing instanceof Deduction && existing.actor().equals(actor)
          && ((Deduction) existing).rule().equals(rule) && ((Deduction) existing).note().equals(note)
          ? new Duplicate(existing)
          : conflict(id, existing);
    }
    Optional<Rejected> late = checkOrder(at);
    if (late.isPresent()) {
      return late.get();
    }
    Optional<DeductionRule> found = policy.deductionRule(rule);
    if (found.isEmpty()) {
      return new Rejected(RejectionReason.UNKNOWN_RULE, "policy " + policy.label() + " has no deduction " + rule);
    }
    long balance = balanceAfterExpiries(accounts.get(actor), at);
    Points requested = found.get().forfeitAll() ? Points.of(balance) : found.get().points();
    Deduction d = new Deduction(id, actor, at, rule, requested, Points.of(Math.min(balance, requested.value())),
        note);
    advance(at);
    book(d);
    return new Appended(d);
  }

  // -------------------------------------------------------------------------------- recorded entries

  /**
   * Appends a recorded entry as it is, for restoring a ledger from storage: awards, redemptions
   * and deductions keep their recorded points (checked against the balance and, for awards,
   * {@link Points#MAX_BALANCE}); an expiry must be one the ledger derives itself at that instant.
   *
   * @param entry the entry
   * @return the outcome
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public LedgerOutcome append(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    enter("append");
    try {
      return doAppend(entry);
    } finally {
      exit();
    }
  }

  private LedgerOutcome doAppend(LedgerEntry entry) {
    Optional<Rejected> refused = entry instanceof Expiry ? checkInstant(entry.at()) : checkCommand(entry.id(),
        entry.at());
    if (refused.isPresent()) {
      return refused.get();
    }
    LedgerEntry existing = byId.get(entry.id());
    if (existing != null) {
      return existing.equals(entry) ? new Duplicate(existing) : conflict(entry.id(), existing);
    }
    Optional<Rejected> late = checkOrder(entry.at());
    if (late.isPresent()) {
      return late.get();
    }
    @Nullable Account account = accounts.get(entry.actor());
    if (entry instanceof Expiry) {
      Optional<Expiry> derived = dueExpiry(entry.actor(), entry.at());
      if (derived.isEmpty()) {
        return new Rejected(RejectionReason.EXPIRY_NOT_DUE, "no points of " + entry.actor() + " expire at "
            + entry.at());
      }
      if (!derived.get().equals(entry)) {
        return conflict(entry.id(), derived.get());
      }
      advance(entry.at());
      return new Duplicate(byId.get(entry.id()));
    }
    if (entry instanceof Award) {
      Optional<Rejected> over = checkEarned(entry.actor(), account, entry.points().value());
      if (over.isPresent()) {
        return over.get();
      }
    } else {
      long balance = balanceAfterExpiries(account, entry.at());
      if (entry.points().value() > balance) {
        return new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "balance " + balance + " pt, entry takes "
            + entry.points().value() + " pt");
      }
    }
    if (entry instanceof Redemption) {
      Redemption r = (Redemption) entry;
      long used = redeemedUnits.getOrDefault(r.service(), 0L);
      Optional<ServiceOffer> offer = catalogue.offer(r.service());
      if (offer.isEmpty()) {
        return new Rejected(RejectionReason.UNKNOWN_SERVICE, "no service " + r.service() + " in the catalogue");
      }
      if (offer.get().stock().isPresent() && r.quantity() > offer.get().stock().getAsLong() - used) {
        return new Rejected(RejectionReason.OUT_OF_STOCK, r.service() + ": stock used up");
      }
    }
    advance(entry.at());
    book(entry);
    return new Appended(entry);
  }

  // -------------------------------------------------------------------------------------- expiries

  /**
   * Books every expiry whose boundary is at or before the instant, in order of boundary, then of
   * member, and moves the clock there.
   *
   * @param instant the new clock; not before the current one
   * @return the expiries booked, in order; unmodifiable
   * @throws DomainValidationException if the instant is before the clock
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the instant is
   *     outside {@link TimeLimits}
   * @throws ConcurrentModificationException if another call on the ledger is running
   */
  public List<Expiry> advanceTo(Instant instant) {
    requireNonNull(instant, "instant");
    TimeLimits.check("PointsLedger[" + policy.label() + "]", "instant", instant);
    if (!(clock == null || !instant.isBefore(clock))) {
      throw new DomainValidationException("PointsLedger.advanceTo", "instant", "not-before-clock",
          "the ledger is at " + clock + ", cannot go back to " + instant);
    }
    enter("advanceTo");
    try {
      return advance(instant);
    } finally {
      exit();
    }
  }

  /** Books the expiries due at or before the instant and moves the clock; every check is done. */
  private List<Expiry> advance(Instant instant) {
    List<Expiry> booked = new ArrayList<>();
    while (!dueExpiries.isEmpty() && !dueExpiries.firstKey().isAfter(instant)) {
      Map.Entry<Instant, TreeSet<ActorId>> due = dueExpiries.pollFirstEntry();
      for (ActorId actor : due.getValue()) {
        Account account = accounts.get(actor);
        long expired = 0;
        while (!account.lots.isEmpty() && due.getKey().equals(account.lots.peekFirst().boundary)) {
          expired += account.lots.pollFirst().remaining;
        }
        if (expired > 0) {
          Expiry e = expiry(actor, due.getKey(), expired);
          bookEntry(e);
          account.expired += expired;
          account.balance -= expired;
          booked.add(e);
        }
      }
    }
    clock = clock == null || instant.isAfter(clock) ? instant : clock;
    return Collections.unmodifiableList(booked);
  }

  private Expiry expiry(ActorId actor, Instant boundary, long expired) {
    LocalDate day = LocalDate.ofInstant(boundary, zone);
    return new Expiry(EntryId.of(EXPIRY_PREFIX + (actor.isOrganization() ? "o" : "p") + ":" + actor.value() + ":"
        + day), actor, boundary, Points.of(expired), "points awarded before " + day + " expire: "
        + policy.expiry().describe());
  }

  /** The expiry the ledger would book for the member at exactly that boundary, without booking it. */
  private Optional<Expiry> dueExpiry(ActorId actor, Instant boundary) {
    TreeSet<ActorId> due = dueExpiries.get(boundary);
    @Nullable Account account = accounts.get(actor);
    if (due == null || !due.contains(actor) || account == null) {
      return Optional.empty();
    }
    long expired = 0;
    for (Lot lot : account.lots) {
      if (lot.boundary != null && lot.boundary.isAfter(boundary)) {
        break;
      }
      expired += boundary.equals(lot.boundary) ? lot.remaining : 0;
    }
    return expired > 0 ? Optional.of(expiry(actor, boundary, expired)) : Optional.empty();
  }

  /** The member's balance once the points whose boundary is at or before the instant have expired. */
  private static long balanceAfterExpiries(@Nullable Account account, Instant at) {
    if (account == null) {
      return 0;
    }
    long left = 0;
    for (Lot lot : account.lots) {
      if (lot.boundary == null || lot.boundary.isAfter(at)) {
        left += lot.remaining;
      }
    }
    return left;
  }

  // --------------------------------------------------------------------------------------- queries

  /** Returns the member's balance as of the clock. */
  public Points balance(ActorId actor) {
    checkNoWriter("balance");
    Account a = accounts.get(requireNonNull(actor, "actor"));
    return Points.of(a == null ? 0 : a.balance);
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
    if (!(clock == null || !instant.isBefore(clock))) {
      throw new DomainValidationException("PointsLedger", "at", "not-before-clock",
          "the ledger is at " + clock + "; " + instant + " is in its past");
    }
    return Points.of(balanceAfterExpiries(accounts.get(actor), instant));
  }

  /** Returns the member's totals as of the clock; zeros for a member without entries. */
  public AccountTotals totals(ActorId actor) {
    checkNoWriter("totals");
    Account a = accounts.get(requireNonNull(actor, "actor"));
    if (a == null) {
      return new AccountTotals(actor, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO);
    }
    return new AccountTotals(actor, Points.of(a.earned), Points.of(a.redeemed), Points.of(a.expired),
        Points.of(a.deducted), Points.of(a.balance));
  }

  /** Returns the totals of every member, persons first, then by id; unmodifiable. */
  public List<AccountTotals> allTotals() {
    checkNoWriter("allTotals");
    List<AccountTotals> out = new ArrayList<>(accounts.size());
    for (ActorId actor : accounts.keySet()) {
      out.add(totals(actor));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the points the member earned in a calendar year of the policy's zone, less deductions. */
  public Points earnedInYear(ActorId actor, int year) {
    checkNoWriter("earnedInYear");
    Account a = accounts.get(requireNonNull(actor, "actor"));
    return Points.of(a == null ? 0 : Math.max(0, a.netEarnedByYear.getOrDefault(year, 0L)));
  }

  /** Returns the member's red-star grade for a calendar year, if a threshold is reached. */
  public Optional<StarGrade> grade(ActorId actor, int year) {
    return policy.grade(earnedInYear(actor, year));
  }

  /** Returns how many units of the service have been redeemed in all. */
  public long redeemedUnits(OfferId service) {
    checkNoWriter("redeemedUnits");
    return redeemedUnits.getOrDefault(requireNonNull(service, "service"), 0L);
  }

  /** Returns {@code PointsLedger[policy, n entries, m members]}. */
  @Override
  public String toString() {
    return "PointsLedger[" + policy.label() + ", " + entries.size() + " entries, " + accounts.size() + " members]";
  }

  // -------------------------------------------------------------------------------------- internals

  /** Refuses an instant outside {@link TimeLimits} and an id the ledger keeps for its expiries. */
  private Optional<Rejected> checkCommand(EntryId id, Instant at) {
    Optional<Rejected> range = checkInstant(at);
    return range.isPresent() ? range : reserved(id);
  }

  private static Optional<Rejected> checkInstant(Instant at) {
    if (!TimeLimits.accepts(at)) {
      return Optional.of(new Rejected(RejectionReason.OUT_OF_RANGE, "an entry is dated from " + TimeLimits.EARLIEST
          + " to " + TimeLimits.LATEST + ", was " + at));
    }
    return Optional.empty();
  }

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
    return new ConcurrentModificationException("PointsLedger[" + policy.label() + "] is single-writer: " + call
        + " was called on thread '" + Thread.currentThread().getName() + "' while an operation runs on "
        + (other == null ? "another thread" : "thread '" + other.getName() + "'")
        + "; give each ledger one writer, or serialise the calls");
  }

  private Optional<Rejected> checkOrder(Instant at) {
    if (clock != null && at.isBefore(clock)) {
      return Optional.of(new Rejected(RejectionReason.OUT_OF_ORDER, "the ledger is at " + clock + ", entry at " + at));
    }
    return Optional.empty();
  }

  /** An id of the form the ledger gives its own expiries, which no caller's entry may take. */
  private static Optional<Rejected> reserved(EntryId id) {
    return id.value().startsWith(EXPIRY_PREFIX)
        ? Optional.of(new Rejected(RejectionReason.ID_CONFLICT, "id " + id + " starts with '" + EXPIRY_PREFIX
            + "', which the ledger keeps for the expiries it derives"))
        : Optional.empty();
  }

  private static Rejected conflict(EntryId id, LedgerEntry existing) {
    return new Rejected(RejectionReason.ID_CONFLICT, "id " + id + " is already used by a "
        + existing.getClass().getSimpleName() + " of " + existing.actor() + " at " + existing.at());
  }

  private Account account(ActorId actor) {
    return accounts.computeIfAbsent(actor, a -> new Account());
  }

  private void bookEntry(LedgerEntry e) {
    checkState(!byId.containsKey(e.id()), "id %s is booked already", e.id());
    entries.add(e);
    byId.put(e.id(), e);
  }

  /** Books an award, redemption or deduction and updates the member's state. */
  private void book(LedgerEntry e) {
    checkState(!(e instanceof Expiry), "expiries are derived, not booked directly");
    bookEntry(e);
    Account a = account(e.actor());
    long points = e.points().value();
    int year = e.at().atZone(zone).getYear();
    if (e instanceof Award) {
      Award award = (Award) e;
      Instant occurred = award.contribution().occurredAt();
      Optional<EarningRule> rule = policy.earningRule(award.rule());
      for (Cap cap : rule.map(EarningRule::caps).orElse(List.of())) {
        a.capUsed.merge(capKey(award.rule().value(), cap.period(), occurred), points, Long::sum);
      }
      for (Cap cap : policy.memberCaps()) {
        a.capUsed.merge(capKey("*", cap.period(), occurred), points, Long::sum);
      }
      a.earned += points;
      a.balance += points;
      a.netEarnedByYear.merge(year, points, Long::sum);
      if (points > 0) {
        addLot(e.actor(), a, policy.expiry().boundary(e.at(), zone).orElse(null), points);
      }
    } else if (e instanceof Redemption) {
      Redemption r = (Redemption) e;
      consume(a, points);
      a.redeemed += points;
      redeemedUnits.merge(r.service(), (long) r.quantity(), Long::sum);
      catalogue.offer(r.service()).ifPresent(o -> a.serviceUsed.merge(limitKey(o, r.at()), (long) r.quantity(),
          Long::sum));
    } else {
      consume(a, points);
      a.deducted += points;
      a.netEarnedByYear.merge(year, -points, Long::sum);
    }
  }

  private void addLot(ActorId actor, Account a, @Nullable Instant boundary, long points) {
    Lot last = a.lots.peekLast();
    if (last != null && java.util.Objects.equals(last.boundary, boundary)) {
      last.remaining += points;
    } else {
      a.lots.addLast(new Lot(boundary, points));
      if (boundary != null) {
        dueExpiries.computeIfAbsent(boundary, b -> new TreeSet<>()).add(actor);
      }
    }
  }

  private static void consume(Account a, long points) {
    checkState(points <= a.balance, "balance %s cannot cover %s", a.balance, points);
    long left = points;
    Iterator<Lot> it = a.lots.iterator();
    while (left > 0) {
      Lot lot = it.next();
      long take = Math.min(left, lot.remaining);
      lot.remaining -= take;
      left -= take;
      if (lot.remaining == 0) {
        it.remove();
      }
    }
    a.balance -= points;
  }

  /** Points awarded with the same expiry boundary; {@code null} boundary = never expire. */
  private static final class Lot {
    final @Nullable Instant boundary;
    long remaining;

    Lot(@Nullable Instant boundary, long remaining) {
      this.boundary = boundary;
      this.remaining = remaining;
    }
  }

  /** One member's mutable state. */
  private static final class Account {
    final ArrayDeque<Lot> lots = new ArrayDeque<>();
    final Map<String, Long> capUsed = new HashMap<>();
    final Map<String, Long> serviceUsed = new HashMap<>();
    final Map<Integer, Long> netEarnedByYear = new HashMap<>();
    long earned;
    long redeemed;
    long expired;
    long deducted;
    long balance;
  }
}
