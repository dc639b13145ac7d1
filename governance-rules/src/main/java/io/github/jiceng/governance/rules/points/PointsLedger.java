package io.github.jiceng.governance.rules.points;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
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
 *       rejected ({@link RejectionReason#OUT_OF_ORDER}). Before an operation at instant {@code t}
 *       the ledger books every expiry whose boundary is at or before {@code t}, as {@link Expiry}
 *       entries at the boundary instant itself (time passing is not a decision, so this happens
 *       even when the operation is then refused).
 *   <li><b>Caps.</b> An award is cut to the room left under the rule's caps and the member caps
 *       for the period holding the contribution's instant; the award records both the requested
 *       and the granted points. Awards of zero points are booked too, so a recomputation under
 *       another policy still sees the contribution.
 *   <li><b>Never negative.</b> A redemption beyond the balance is rejected
 *       ({@link RejectionReason#INSUFFICIENT_BALANCE}); a deduction takes at most the balance
 *       (扣完为止). Spending takes the soonest-expiring points first.
 * </ul>
 *
 * <p>A ledger is a journal: its state is a function of its entries alone, and
 * {@link #restore(PointsPolicy, ServiceCatalogue, List)} rebuilds the same state from them. It is
 * not thread-safe; one writer owns one ledger (one partition of the grid). Queries return values
 * and unmodifiable lists.
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
   * @throws IllegalArgumentException if an entry is refused: the entries are not this ledger's
   */
  public static PointsLedger restore(PointsPolicy policy, ServiceCatalogue catalogue, List<LedgerEntry> recorded) {
    PointsLedger ledger = open(policy, catalogue);
    for (LedgerEntry e : recorded) {
      LedgerOutcome o = ledger.append(e);
      checkArgument(o.isBooked(), "entry %s cannot be restored: %s", e.id(), o);
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
    return Optional.ofNullable(clock);
  }

  /** Returns every entry in the order booked; unmodifiable. */
  public List<LedgerEntry> entries() {
    return Collections.unmodifiableList(new ArrayList<>(entries));
  }

  /** Returns the entry with the id, if booked. */
  public Optional<LedgerEntry> entry(EntryId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /** Returns every member with an account, persons first, then by id. */
  public List<ActorId> members() {
    return List.copyOf(accounts.keySet());
  }

  // ---------------------------------------------------------------------------------------- awards

  /**
   * Awards the points a contribution earns under the policy, cut to the caps.
   *
   * @param contribution the contribution; its id is the award's id
   * @param at when the award is booked; its expiry counts from here
   * @return the outcome
   */
  public LedgerOutcome award(Contribution contribution, Instant at) {
    requireNonNull(contribution, "contribution");
    requireNonNull(at, "at");
    Optional<Rejected> reserved = reserved(contribution.id());
    if (reserved.isPresent()) {
      return reserved.get();
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
    advanceTo(at);
    PointsCalculator.Calculation calc = PointsCalculator.calculate(policy, contribution);
    if (calc instanceof Refused) {
      return new Rejected(((Refused) calc).reason(), ((Refused) calc).detail());
    }
    Calculated c = (Calculated) calc;
    Account account = account(contribution.actor());
    StringBuilder text = new StringBuilder(c.arithmetic());
    long granted = c.points().value();
    granted = cut(granted, c.rule().caps(), account, c.rule().id().value(), contribution.occurredAt(), "rule", text);
    granted = cut(granted, policy.memberCaps(), account, "*", contribution.occurredAt(), "member", text);
    Award award = new Award(contribution, at, Points.of(granted), c.points(), c.rule().id(), policy.label(),
        text.toString());
    book(award);
    return new Appended(award);
  }

  private long cut(long points, List<Cap> caps, Account account, String scope, Instant occurred, String kind,
      StringBuilder text) {
    long granted = points;
    for (Cap cap : caps) {
      long used = account.capUsed.getOrDefault(capKey(scope, cap.period(), occurred), 0L);
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
   * @return the outcome
   */
  public LedgerOutcome redeem(EntryId id, ActorId actor, OfferId service, int quantity, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(service, "service");
    requireNonNull(at, "at");
    checkArgument(quantity > 0, "quantity must be positive: %s", quantity);
    Optional<Rejected> reserved = reserved(id);
    if (reserved.isPresent()) {
      return reserved.get();
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
    advanceTo(at);
    Optional<ServiceOffer> found = catalogue.offer(service);
    if (found.isEmpty()) {
      return new Rejected(RejectionReason.UNKNOWN_SERVICE, "no service " + service + " in the catalogue");
    }
    ServiceOffer offer = found.get();
    Points price = offer.price().times(quantity);
    Optional<Rejected> refused = checkRedemption(offer, actor, quantity, price, at);
    if (refused.isPresent()) {
      return refused.get();
    }
    Redemption r = new Redemption(id, actor, at, service, quantity, price);
    book(r);
    return new Appended(r);
  }

  private static boolean sameRedemption(Redemption r, ActorId actor, OfferId service, int quantity) {
    return r.actor().equals(actor) && r.service().equals(service) && r.quantity() == quantity;
  }

  private Optional<Rejected> checkRedemption(ServiceOffer offer, ActorId actor, int quantity, Points price,
      Instant at) {
    long used = redeemedUnits.getOrDefault(offer.id(), 0L);
    if (offer.stock().isPresent() && used + quantity > offer.stock().getAsLong()) {
      return Optional.of(new Rejected(RejectionReason.OUT_OF_STOCK, offer.id() + ": " + (offer.stock().getAsLong()
          - used) + " left, " + quantity + " asked"));
    }
    Account account = accounts.get(actor);
    if (offer.perMemberLimit().isPresent()) {
      long mine = account == null ? 0 : account.serviceUsed.getOrDefault(limitKey(offer, at), 0L);
      if (mine + quantity > offer.perMemberLimit().getAsInt()) {
        return Optional.of(new Rejected(RejectionReason.MEMBER_LIMIT_REACHED, offer.id() + ": limit "
            + offer.perMemberLimit().getAsInt() + " per " + offer.limitPeriod() + ", " + mine + " redeemed, "
            + quantity + " asked"));
      }
    }
    long balance = account == null ? 0 : account.balance;
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
   * @return the outcome
   */
  public LedgerOutcome deduct(EntryId id, ActorId actor, RuleId rule, Instant at, String note) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(rule, "rule");
    requireNonNull(at, "at");
    requireNonNull(note, "note");
    Optional<Rejected> reserved = reserved(id);
    if (reserved.isPresent()) {
      return reserved.get();
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
    advanceTo(at);
    Optional<DeductionRule> found = policy.deductionRule(rule);
    if (found.isEmpty()) {
      return new Rejected(RejectionReason.UNKNOWN_RULE, "policy " + policy.label() + " has no deduction " + rule);
    }
    long balance = accounts.containsKey(actor) ? accounts.get(actor).balance : 0;
    Points requested = found.get().forfeitAll() ? Points.of(balance) : found.get().points();
    Deduction d = new Deduction(id, actor, at, rule, requested, Points.of(Math.min(balance, requested.value())),
        note);
    book(d);
    return new Appended(d);
  }

  // -------------------------------------------------------------------------------- recorded entries

  /**
   * Appends a recorded entry as it is, for restoring a ledger from storage: awards, redemptions
   * and deductions keep their recorded points (checked against the balance); an expiry must be
   * one the ledger derives itself at that instant.
   *
   * @param entry the entry
   * @return the outcome
   */
  public LedgerOutcome append(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    Optional<Rejected> reserved = entry instanceof Expiry ? Optional.empty() : reserved(entry.id());
    if (reserved.isPresent()) {
      return reserved.get();
    }
    LedgerEntry existing = byId.get(entry.id());
    if (existing != null) {
      return existing.equals(entry) ? new Duplicate(existing) : conflict(entry.id(), existing);
    }
    Optional<Rejected> late = checkOrder(entry.at());
    if (late.isPresent()) {
      return late.get();
    }
    advanceTo(entry.at());
    if (entry instanceof Expiry) {
      LedgerEntry derived = byId.get(entry.id());
      if (derived == null) {
        return new Rejected(RejectionReason.EXPIRY_NOT_DUE, "no points of " + entry.actor() + " expire at "
            + entry.at());
      }
      return derived.equals(entry) ? new Duplicate(derived) : conflict(entry.id(), derived);
    }
    long balance = accounts.containsKey(entry.actor()) ? accounts.get(entry.actor()).balance : 0;
    if (!(entry instanceof Award) && entry.points().value() > balance) {
      return new Rejected(RejectionReason.INSUFFICIENT_BALANCE, "balance " + balance + " pt, entry takes "
          + entry.points().value() + " pt");
    }
    if (entry instanceof Redemption) {
      Redemption r = (Redemption) entry;
      long used = redeemedUnits.getOrDefault(r.service(), 0L);
      Optional<ServiceOffer> offer = catalogue.offer(r.service());
      if (offer.isEmpty()) {
        return new Rejected(RejectionReason.UNKNOWN_SERVICE, "no service " + r.service() + " in the catalogue");
      }
      if (offer.get().stock().isPresent() && used + r.quantity() > offer.get().stock().getAsLong()) {
        return new Rejected(RejectionReason.OUT_OF_STOCK, r.service() + ": stock used up");
      }
    }
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
   * @throws IllegalArgumentException if the instant is before the clock
   */
  public List<Expiry> advanceTo(Instant instant) {
    requireNonNull(instant, "instant");
    checkArgument(clock == null || !instant.isBefore(clock), "the ledger is at %s, cannot go back to %s", clock,
        instant);
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
          LocalDate day = LocalDate.ofInstant(due.getKey(), zone);
          Expiry e = new Expiry(EntryId.of(EXPIRY_PREFIX + (actor.isOrganization() ? "o" : "p") + ":" + actor.value()
              + ":" + day), actor, due.getKey(), Points.of(expired), "points awarded before " + day + " expire: "
              + policy.expiry().describe());
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

  // --------------------------------------------------------------------------------------- queries

  /** Returns the member's balance as of the clock. */
  public Points balance(ActorId actor) {
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
   * @throws IllegalArgumentException if the instant is before the clock
   */
  public Points balanceAt(ActorId actor, Instant instant) {
    requireNonNull(actor, "actor");
    requireNonNull(instant, "instant");
    checkArgument(clock == null || !instant.isBefore(clock), "the ledger is at %s; %s is in its past", clock,
        instant);
    Account a = accounts.get(actor);
    if (a == null) {
      return Points.ZERO;
    }
    long left = 0;
    for (Lot lot : a.lots) {
      if (lot.boundary == null || lot.boundary.isAfter(instant)) {
        left += lot.remaining;
      }
    }
    return Points.of(left);
  }

  /** Returns the member's totals as of the clock; zeros for a member without entries. */
  public AccountTotals totals(ActorId actor) {
    Account a = accounts.get(requireNonNull(actor, "actor"));
    if (a == null) {
      return new AccountTotals(actor, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO, Points.ZERO);
    }
    return new AccountTotals(actor, Points.of(a.earned), Points.of(a.redeemed), Points.of(a.expired),
        Points.of(a.deducted), Points.of(a.balance));
  }

  /** Returns the totals of every member, persons first, then by id; unmodifiable. */
  public List<AccountTotals> allTotals() {
    List<AccountTotals> out = new ArrayList<>(accounts.size());
    for (ActorId actor : accounts.keySet()) {
      out.add(totals(actor));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the points the member earned in a calendar year of the policy's zone, less deductions. */
  public Points earnedInYear(ActorId actor, int year) {
    Account a = accounts.get(requireNonNull(actor, "actor"));
    return Points.of(a == null ? 0 : Math.max(0, a.netEarnedByYear.getOrDefault(year, 0L)));
  }

  /** Returns the member's red-star grade for a calendar year, if a threshold is reached. */
  public Optional<StarGrade> grade(ActorId actor, int year) {
    return policy.grade(earnedInYear(actor, year));
  }

  /** Returns how many units of the service have been redeemed in all. */
  public long redeemedUnits(OfferId service) {
    return redeemedUnits.getOrDefault(requireNonNull(service, "service"), 0L);
  }

  /** Returns {@code PointsLedger[policy, n entries, m members]}. */
  @Override
  public String toString() {
    return "PointsLedger[" + policy.label() + ", " + entries.size() + " entries, " + accounts.size() + " members]";
  }

  // -------------------------------------------------------------------------------------- internals

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
