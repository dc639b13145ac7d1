package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.internal.PersistentSortedMap;
import io.github.jiceng.governance.rules.points.PointsCalculator.Calculated;
import io.github.jiceng.governance.rules.points.PointsState.Account;
import io.github.jiceng.governance.rules.points.PointsState.Due;
import io.github.jiceng.governance.rules.points.PointsState.Lot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The red-star points ledger as a decider (积分规则): under one policy and one service catalogue,
 * decides {@link PointsCommand}s into the {@link LedgerEntry}s to append and evolves a {@link
 * PointsState} by them. {@link PointsLedger} is the single-writer facade a newcomer starts with;
 * a store or a stream processor runs this class directly.
 *
 * <ul>
 *   <li><b>Idempotent.</b> A command whose id is already booked with the same content is {@link
 *       Decision.Unchanged} with the entry booked earlier; with different content it is refused
 *       ({@link PointsRefusal#ID_CONFLICT}), as is an id beginning with {@value #EXPIRY_PREFIX},
 *       which the ledger keeps for its own expiries.
 *   <li><b>Forward in time.</b> Entries are booked at non-decreasing instants; an earlier one is
 *       refused ({@link PointsRefusal#OUT_OF_ORDER}). A command at instant {@code t} first books
 *       every expiry whose boundary is at or before {@code t}, as {@link Expiry} entries at the
 *       boundary itself, in order of boundary, then of member: the decision is {@code
 *       Applied([expiries..., entry])}, its {@link Decision.Applied#last()} the command's own
 *       entry. The command is checked against the balance it meets after those expiries.
 *   <li><b>Caps.</b> An award is cut to the room left under the rule's caps and the member caps
 *       for the period holding the contribution's instant; it records both the requested and the
 *       granted points. Awards of zero points are booked too.
 *   <li><b>Never negative.</b> A redemption beyond the balance is refused ({@link
 *       PointsRefusal#INSUFFICIENT_BALANCE}); a deduction takes at most the balance (扣完为止).
 *       Spending takes the soonest-expiring points first.
 *   <li><b>Declared limits.</b> Instants lie within {@link TimeLimits}; one entry moves at most
 *       {@link Points#MAX_ENTRY} points and one member earns at most {@link Points#MAX_BALANCE};
 *       past them a command is refused ({@link PointsRefusal#OUT_OF_RANGE}).
 * </ul>
 *
 * <p>The state holds each entry by id, and per member the totals, the lots and what the caps
 * have used, in persistent maps: deciding reads O(log n) of it and evolving by one entry copies
 * O(log n) of it, so replaying n entries is O(n log n). Pure and thread-safe; the state is an
 * immutable value.
 *
 * <pre>{@code
 * PointsRules rules = PointsRules.of(RedStarPolicies.article(), catalogue);
 * InMemoryStream<PointsCommand, PointsState, LedgerEntry> ledger = InMemoryStream.open(rules);
 * ledger.handle(new PointsCommand.Award(contribution, bookedAt));   // Applied[[Award[... 25 pt ...]]]
 * ledger.state().balance(member);
 * }</pre>
 */
public final class PointsRules implements Decider<PointsCommand, PointsState, LedgerEntry> {

  /** How the ids of the ledger's own expiries begin; no other entry's id may. */
  public static final String EXPIRY_PREFIX = "expiry:";

  private final PointsPolicy policy;
  private final ServiceCatalogue catalogue;
  private final ZoneId zone;
  private final Map<RuleId, List<Cap>> ruleCaps;
  private final Calendar direct;

  private PointsRules(PointsPolicy policy, ServiceCatalogue catalogue) {
    this.policy = requireNonNull(policy, "policy");
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.zone = policy.zone();
    Map<RuleId, List<Cap>> caps = new HashMap<>();
    for (EarningRule rule : policy.earningRules()) {
      caps.putIfAbsent(rule.id(), rule.caps());
    }
    this.ruleCaps = caps;
    this.direct = new Direct();
  }

  /**
   * Returns the rules of a ledger under a policy and a catalogue.
   *
   * @param policy the points policy applied to awards, deductions and expiry
   * @param catalogue the services that can be redeemed
   * @return the rules
   */
  public static PointsRules of(PointsPolicy policy, ServiceCatalogue catalogue) {
    return new PointsRules(policy, catalogue);
  }

  /** Returns the policy. */
  public PointsPolicy policy() {
    return policy;
  }

  /** Returns the catalogue. */
  public ServiceCatalogue catalogue() {
    return catalogue;
  }

  /** Returns the empty ledger. */
  @Override
  public PointsState initialState() {
    return PointsState.EMPTY;
  }

  /**
   * Decides a command against a state, changing nothing.
   *
   * @param command the command
   * @param state the ledger's state
   * @return the expiries due and the command's entry, the entry booked earlier for a repeated
   *     command, or a refusal
   */
  @Override
  public Decision<LedgerEntry> decide(PointsCommand command, PointsState state) {
    return decide(command, state, null);
  }

  /**
   * Decides a command as {@link #decide(PointsCommand, PointsState)} does, with the ledger's clock
   * no earlier than {@code notBefore}: a facade that moved its clock without booking an entry
   * refuses what comes before it as {@link PointsRefusal#OUT_OF_ORDER}.
   */
  Decision<LedgerEntry> decide(PointsCommand command, PointsState state, @Nullable Instant notBefore) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    @Nullable Instant clock = later(state.clockOrNull(), notBefore);
    if (command instanceof PointsCommand.Award a) {
      return award(a.contribution(), a.at(), state, clock);
    } else if (command instanceof PointsCommand.Redeem r) {
      return redeem(r, state, clock);
    } else if (command instanceof PointsCommand.Deduct d) {
      return deduct(d, state, clock);
    } else if (command instanceof PointsCommand.Append a) {
      return append(a.entry(), state, clock);
    }
    Instant instant = ((PointsCommand.AdvanceTo) command).instant();
    if (clock != null && instant.isBefore(clock)) {
      return outOfOrder(clock, instant);
    }
    List<LedgerEntry> expiries = dueExpiries(state, instant, null);
    return expiries.isEmpty() ? Decision.unchanged(List.of()) : Decision.applied(expiries);
  }

  private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
    return a == null ? b : b == null || !b.isAfter(a) ? a : b;
  }

  // ---------------------------------------------------------------------------------------- awards

  private Decision<LedgerEntry> award(Contribution contribution, Instant at, PointsState state,
      @Nullable Instant clock) {
    Optional<Refusal> refused = checkCommand(contribution.id(), at);
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    @Nullable LedgerEntry existing = state.entryOrNull(contribution.id());
    if (existing != null) {
      return existing instanceof Award earlier && earlier.contribution().equals(contribution)
          ? Decision.unchanged(List.of(existing))
          : Decision.refused(conflict(contribution.id(), existing));
    }
    if (clock != null && at.isBefore(clock)) {
      return outOfOrder(clock, at);
    }
    PointsCalculator.Calculation calc = PointsCalculator.calculate(policy, contribution);
    if (calc instanceof PointsCalculator.Refused r) {
      return Decision.refused(r.refusal());
    }
    Calculated c = (Calculated) calc;
    @Nullable Account account = state.account(contribution.actor());
    StringBuilder text = new StringBuilder(c.arithmetic());
    long granted = c.points().value();
    granted = cut(granted, c.rule().caps(), account, c.rule().id().value(), contribution.occurredAt(), "rule", text);
    granted = cut(granted, policy.memberCaps(), account, "*", contribution.occurredAt(), "member", text);
    Optional<Refusal> over = checkEarned(contribution.actor(), account, granted);
    if (over.isPresent()) {
      return Decision.refused(over.get());
    }
    Award award = new Award(contribution, at, Points.of(granted), c.points(), c.rule().id(), policy.label(),
        text.toString());
    return Decision.applied(dueExpiriesThen(state, award));
  }

  private long cut(long points, List<Cap> caps, @Nullable Account account, String scope, Instant occurred,
      String kind, StringBuilder text) {
    long granted = points;
    for (Cap cap : caps) {
      long used = account == null ? 0 : account.capUsed().getOrDefault(capKey(scope, cap.period(), occurred), 0L);
      long room = Math.max(0, cap.limit().value() - used);
      if (granted > room) {
        text.append("; ").append(kind).append(' ').append(cap.period().name().toLowerCase(Locale.ROOT))
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
  private static Optional<Refusal> checkEarned(ActorId actor, @Nullable Account account, long points) {
    long earned = account == null ? 0 : account.earned();
    if (points > Points.MAX_BALANCE - earned) {
      return Optional.of(Refusal.of(PointsRefusal.OUT_OF_RANGE, actor + " has earned " + earned + " pt; "
          + points + " pt more would pass the " + Points.MAX_BALANCE + " pt one member may earn in a ledger")
          .with("value", BigSum.of(earned, points)).with("range", "[0, " + Points.MAX_BALANCE + "]"));
    }
    return Optional.empty();
  }

  // ----------------------------------------------------------------------------------- redemptions

  private Decision<LedgerEntry> redeem(PointsCommand.Redeem command, PointsState state, @Nullable Instant clock) {
    EntryId id = command.id();
    Instant at = command.at();
    Optional<Refusal> refused = checkCommand(id, at);
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    @Nullable LedgerEntry existing = state.entryOrNull(id);
    if (existing != null) {
      return existing instanceof Redemption r && r.actor().equals(command.actor())
          && r.service().equals(command.service()) && r.quantity() == command.quantity()
          ? Decision.unchanged(List.of(existing))
          : Decision.refused(conflict(id, existing));
    }
    if (clock != null && at.isBefore(clock)) {
      return outOfOrder(clock, at);
    }
    Optional<ServiceOffer> found = catalogue.offer(command.service());
    if (found.isEmpty()) {
      return Decision.refused(unknownService(command.service()));
    }
    ServiceOffer offer = found.get();
    int quantity = command.quantity();
    if (offer.price().value() > Points.MAX_ENTRY / quantity) {
      return Decision.refused(Refusal.of(PointsRefusal.OUT_OF_RANGE, offer.id() + ": " + quantity + " × "
          + offer.price() + " is more than the " + Points.MAX_ENTRY + " pt one entry may take")
          .with("value", BigSum.product(offer.price().value(), quantity))
          .with("range", "[0, " + Points.MAX_ENTRY + "]"));
    }
    Points price = offer.price().times(quantity);
    Optional<Refusal> over = checkRedemption(offer, command.actor(), quantity, price, at, state);
    if (over.isPresent()) {
      return Decision.refused(over.get());
    }
    return Decision.applied(dueExpiriesThen(state,
        new Redemption(id, command.actor(), at, command.service(), quantity, price)));
  }

  private Optional<Refusal> checkRedemption(ServiceOffer offer, ActorId actor, int quantity, Points price,
      Instant at, PointsState state) {
    long used = state.redeemedUnits(offer.id());
    if (offer.stock().isPresent() && quantity > offer.stock().getAsLong() - used) {
      long left = offer.stock().getAsLong() - used;
      return Optional.of(Refusal.of(PointsRefusal.OUT_OF_STOCK, offer.id() + ": " + left + " left, " + quantity
          + " asked").with("service", offer.id()).with("left", left).with("asked", quantity));
    }
    @Nullable Account account = state.account(actor);
    if (offer.perMemberLimit().isPresent()) {
      long mine = account == null ? 0 : account.serviceUsed().getOrDefault(limitKey(offer, at), 0L);
      if (mine + quantity > offer.perMemberLimit().getAsInt()) {
        return Optional.of(Refusal.of(PointsRefusal.MEMBER_LIMIT_REACHED, offer.id() + ": limit "
            + offer.perMemberLimit().getAsInt() + " per " + offer.limitPeriod() + ", " + mine + " redeemed, "
            + quantity + " asked").with("service", offer.id()).with("limit", offer.perMemberLimit().getAsInt())
            .with("redeemed", mine).with("asked", quantity));
      }
    }
    long balance = PointsState.balanceAfterExpiries(account, at);
    if (balance < price.value()) {
      return Optional.of(insufficient("balance " + balance + " pt, price " + price.value() + " pt", balance,
          price.value()));
    }
    return Optional.empty();
  }

  private String limitKey(ServiceOffer offer, Instant at) {
    return offer.id() + "|" + offer.limitPeriod() + "|" + offer.limitPeriod().start(at, zone);
  }

  // ------------------------------------------------------------------------------------ deductions

  private Decision<LedgerEntry> deduct(PointsCommand.Deduct command, PointsState state, @Nullable Instant clock) {
    EntryId id = command.id();
    Instant at = command.at();
    Optional<Refusal> refused = checkCommand(id, at);
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    @Nullable LedgerEntry existing = state.entryOrNull(id);
    if (existing != null) {
      return existing instanceof Deduction d && d.actor().equals(command.actor()) && d.rule().equals(command.rule())
          && d.note().equals(command.note())
          ? Decision.unchanged(List.of(existing))
          : Decision.refused(conflict(id, existing));
    }
    if (clock != null && at.isBefore(clock)) {
      return outOfOrder(clock, at);
    }
    Optional<DeductionRule> found = policy.deductionRule(command.rule());
    if (found.isEmpty()) {
      return Decision.refused(Refusal.of(PointsRefusal.UNKNOWN_RULE, "policy " + policy.label()
          + " has no deduction " + command.rule()).with("policy", policy.label()).with("rule", command.rule()));
    }
    long balance = PointsState.balanceAfterExpiries(state.account(command.actor()), at);
    Points requested = found.get().forfeitAll() ? Points.of(balance) : found.get().points();
    Deduction d = new Deduction(id, command.actor(), at, command.rule(), requested,
        Points.of(Math.min(balance, requested.value())), command.note());
    return Decision.applied(dueExpiriesThen(state, d));
  }

  // -------------------------------------------------------------------------------- recorded entries

  private Decision<LedgerEntry> append(LedgerEntry entry, PointsState state, @Nullable Instant clock) {
    Optional<Refusal> refused = entry instanceof Expiry ? checkInstant(entry.at()) : checkCommand(entry.id(),
        entry.at());
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    @Nullable LedgerEntry existing = state.entryOrNull(entry.id());
    if (existing != null) {
      return existing.equals(entry) ? Decision.unchanged(List.of(existing))
          : Decision.refused(conflict(entry.id(), existing));
    }
    if (clock != null && entry.at().isBefore(clock)) {
      return outOfOrder(clock, entry.at());
    }
    @Nullable Account account = state.account(entry.actor());
    if (entry instanceof Expiry) {
      Optional<Expiry> derived = derivedExpiry(state, entry.actor(), entry.at());
      if (derived.isEmpty()) {
        return Decision.refused(Refusal.of(PointsRefusal.EXPIRY_NOT_DUE, "no points of " + entry.actor()
            + " expire at " + entry.at()).with("actor", entry.actor()).with("at", entry.at()));
      }
      if (!derived.get().equals(entry)) {
        return Decision.refused(conflict(entry.id(), derived.get()));
      }
      return Decision.applied(dueExpiries(state, entry.at(), new Due(entry.at(), entry.actor())));
    }
    if (entry instanceof Award) {
      Optional<Refusal> over = checkEarned(entry.actor(), account, entry.points().value());
      if (over.isPresent()) {
        return Decision.refused(over.get());
      }
    } else {
      long balance = PointsState.balanceAfterExpiries(account, entry.at());
      if (entry.points().value() > balance) {
        return Decision.refused(insufficient("balance " + balance + " pt, entry takes " + entry.points().value()
            + " pt", balance, entry.points().value()));
      }
    }
    if (entry instanceof Redemption r) {
      long used = state.redeemedUnits(r.service());
      Optional<ServiceOffer> offer = catalogue.offer(r.service());
      if (offer.isEmpty()) {
        return Decision.refused(unknownService(r.service()));
      }
      if (offer.get().stock().isPresent() && r.quantity() > offer.get().stock().getAsLong() - used) {
        long left = offer.get().stock().getAsLong() - used;
        return Decision.refused(Refusal.of(PointsRefusal.OUT_OF_STOCK, r.service() + ": stock used up")
            .with("service", r.service()).with("left", left).with("asked", r.quantity()));
      }
    }
    return Decision.applied(dueExpiriesThen(state, entry));
  }

  // -------------------------------------------------------------------------------------- expiries

  /** The expiries due at or before the instant, in order, then the entry. */
  private List<LedgerEntry> dueExpiriesThen(PointsState state, LedgerEntry entry) {
    List<LedgerEntry> out = dueExpiries(state, entry.at(), null);
    if (out.isEmpty()) {
      return List.of(entry);
    }
    out.add(entry);
    return out;
  }

  /**
   * The expiries due at or before the instant, in order of boundary, then of member; with {@code
   * upTo}, only those up to and including that one.
   */
  private List<LedgerEntry> dueExpiries(PointsState state, Instant instant, @Nullable Due upTo) {
    List<LedgerEntry> out = new ArrayList<>();
    for (Map.Entry<Due, Boolean> d : state.due()) {
      Due due = d.getKey();
      if (due.boundary().isAfter(instant) || (upTo != null && due.compareTo(upTo) > 0)) {
        break;
      }
      out.add(expiry(due.actor(), due.boundary(), lotAt(state.account(due.actor()), due.boundary())));
    }
    return out;
  }

  /** The points of the member's lot with exactly this boundary; zero if none. */
  private static long lotAt(@Nullable Account account, Instant boundary) {
    return account == null ? 0 : lotAt(account.lots(), boundary);
  }

  /** The points of the lot with exactly this boundary; zero if none. */
  private static long lotAt(List<Lot> lots, Instant boundary) {
    long points = 0;
    for (Lot lot : lots) {
      if (boundary.equals(lot.boundary())) {
        points += lot.remaining();
      }
    }
    return points;
  }

  private Expiry expiry(ActorId actor, Instant boundary, long expired) {
    LocalDate day = LocalDate.ofInstant(boundary, zone);
    return new Expiry(EntryId.of(EXPIRY_PREFIX + (actor.isOrganization() ? "o" : "p") + ":" + actor.value() + ":"
        + day), actor, boundary, Points.of(expired), "points awarded before " + day + " expire: "
        + policy.expiry().describe());
  }

  /** The expiry the ledger would book for the member at exactly that boundary, without booking it. */
  private Optional<Expiry> derivedExpiry(PointsState state, ActorId actor, Instant boundary) {
    if (!state.due().containsKey(new Due(boundary, actor))) {
      return Optional.empty();
    }
    return Optional.of(expiry(actor, boundary, lotAt(state.account(actor), boundary)));
  }

  // ------------------------------------------------------------------------------------- evolution

  /**
   * Returns the state after one entry.
   *
   * @param state the state before
   * @param event an entry decided for that state, or one of a stream of such entries
   * @return the state after it
   * @throws IllegalStateException if the entry cannot follow the state: its id is booked, it is
   *     dated before the latest entry or after an expiry not yet booked, an expiry is not the next
   *     one due or takes other points, or an entry spends more than the balance
   */
  @Override
  public PointsState evolve(PointsState state, LedgerEntry event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    OneStep step = new OneStep(state, direct);
    apply(step, event);
    return step.next();
  }

  /**
   * Returns the state after the entries, in order: equal to evolving one entry at a time, and
   * faster for many. From {@value #BULK_FOLD_MIN} entries on, the entries are applied to a
   * working copy of the ledger (hashed accounts, a mutable queue of expiries due) by the same
   * steps as {@link #evolve}, with each period's calendar answers worked out once, and the state's
   * parts are built once at the end, in O(n + m) for n entries before and m after (the entries
   * into one hashed index, without sorting them); an id booked twice among the entries shows when
   * they are added to the index. If anything fails, the entries are evolved again one at a time, so that the
   * exception is the one {@link #evolve} throws for the entry it stops at. Fewer entries are
   * evolved one at a time.
   *
   * @param state the state before
   * @param events the entries, in stream order
   * @return the state after the last entry
   * @throws IllegalStateException if an entry cannot follow the state before it, as {@link
   *     #evolve} says
   */
  @Override
  public PointsState fold(PointsState state, Iterable<? extends LedgerEntry> events) {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
    if (!(events instanceof Collection<?> c) || c.size() < BULK_FOLD_MIN) {
      return Decider.super.fold(state, events);
    }
    try {
      Draft draft = new Draft(state, c.size(), new Remembered());
      for (LedgerEntry event : events) {
        apply(draft, requireNonNull(event, "event"));
      }
      return draft.build();
    } catch (RuntimeException e) {
      // The stepwise fold throws what evolving one entry at a time throws, for the entry it stops at.
      return Decider.super.fold(state, events);
    }
  }

  /** How many entries a {@link #fold} takes at least before it works on a copy of the ledger. */
  static final int BULK_FOLD_MIN = 32;

  /**
   * Books one entry: the one evolution step shared by {@link #evolve} (on the persistent state)
   * and {@link #fold} (on a working copy), so that both give equal states. Checks everything
   * before it writes anything.
   */
  private void apply(Books books, LedgerEntry event) {
    if (books.entry(event.id()) != null) {
      throw impossible(event, "its id is booked already");
    }
    @Nullable Instant clock = books.clock();
    if (clock != null && event.at().isBefore(clock)) {
      throw impossible(event, "the ledger is at " + clock);
    }
    @Nullable Due first = books.firstDue();
    Working a = books.account(event.actor());
    if (event instanceof Expiry) {
      Due mine = new Due(event.at(), event.actor());
      if (first == null || !first.equals(mine)) {
        throw impossible(event, "the next expiry due is " + first);
      }
      long expired = lotAt(a.lots(), event.at());
      if (expired != event.points().value()) {
        throw impossible(event, "the lot expiring then holds " + expired + " pt");
      }
      a.ownLots().removeIf(l -> event.at().equals(l.boundary()));
      a.expired += expired;
      a.balance -= expired;
      books.removeDue(mine);
      books.book(event, a);
      return;
    }
    if (first != null && !first.boundary().isAfter(event.at())) {
      throw impossible(event, "the expiry " + first + " is due before it and not booked");
    }
    long points = event.points().value();
    Calendar calendar = books.calendar();
    Integer year = calendar.year(event.at());
    if (event instanceof Award award) {
      Instant occurred = award.contribution().occurredAt();
      for (Cap cap : ruleCaps.getOrDefault(award.rule(), List.of())) {
        a.capUsed.add(calendar.capKey(award.rule().value(), cap.period(), occurred), points);
      }
      for (Cap cap : policy.memberCaps()) {
        a.capUsed.add(calendar.capKey("*", cap.period(), occurred), points);
      }
      if (points > 0) {
        @Nullable Instant boundary = calendar.boundary(event.at());
        List<Lot> lots = a.lots();
        Lot last = lots.isEmpty() ? null : lots.get(lots.size() - 1);
        if (last != null && Objects.equals(last.boundary(), boundary)) {
          a.ownLots().set(lots.size() - 1, new Lot(boundary, last.remaining() + points));
        } else {
          a.ownLots().add(new Lot(boundary, points));
          if (boundary != null) {
            books.addDue(new Due(boundary, event.actor()));
          }
        }
      }
      a.earned += points;
      a.balance += points;
      a.netEarnedByYear.add(year, points);
      books.book(event, a);
      return;
    }
    if (points > a.balance) {
      throw impossible(event, "the balance is " + a.balance + " pt");
    }
    List<Lot> lots = a.ownLots();
    List<Due> spent = new ArrayList<>(0);
    long left = points;
    while (left > 0) {
      Lot lot = lots.get(0);
      long take = Math.min(left, lot.remaining());
      left -= take;
      if (take == lot.remaining()) {
        lots.remove(0);
        if (lot.boundary() != null) {
          spent.add(new Due(lot.boundary(), event.actor()));
        }
      } else {
        lots.set(0, new Lot(lot.boundary(), lot.remaining() - take));
      }
    }
    if (event instanceof Redemption r) {
      Optional<ServiceOffer> offer = catalogue.offer(r.service());
      if (offer.isPresent()) {
        a.serviceUsed.add(limitKey(offer.get(), r.at()), r.quantity());
      }
      a.redeemed += points;
      books.addRedeemedUnits(r.service(), r.quantity());
    } else {
      a.deducted += points;
      a.netEarnedByYear.add(year, -points);
    }
    a.balance -= points;
    for (Due due : spent) {
      books.removeDue(due);
    }
    books.book(event, a);
  }

  /**
   * A member's account as the steps write it: its totals and lots changed in place, its tallies
   * (cap use, service use, net earned by year) kept as changes over the persistent maps of the
   * account it began from. {@link #account} makes the immutable account once, however many entries
   * changed it, so a bulk fold builds each member's maps in one pass instead of copying a path per
   * entry.
   */
  private static final class Working {
    long earned;
    long redeemed;
    long expired;
    long deducted;
    long balance;
    private List<Lot> lots;
    private boolean ownsLots;
    final Tallies<String> capUsed;
    final Tallies<String> serviceUsed;
    final Tallies<Integer> netEarnedByYear;

    Working(@Nullable Account account) {
      Account a = account == null ? Account.EMPTY : account;
      earned = a.earned();
      redeemed = a.redeemed();
      expired = a.expired();
      deducted = a.deducted();
      balance = a.balance();
      lots = a.lots();
      capUsed = new Tallies<>(a.capUsed());
      serviceUsed = new Tallies<>(a.serviceUsed());
      netEarnedByYear = new Tallies<>(a.netEarnedByYear());
    }

    /** The lots as they are now, soonest first; not to be changed. */
    List<Lot> lots() {
      return lots;
    }

    /** The lots to change in place. */
    List<Lot> ownLots() {
      if (!ownsLots) {
        lots = new ArrayList<>(lots);
        ownsLots = true;
      }
      return lots;
    }

    Account account() {
      return new Account(earned, redeemed, expired, deducted, balance, ImmutableList.copyOf(lots), capUsed.build(),
          serviceUsed.build(), netEarnedByYear.build());
    }
  }

  /** Counts by key: the changes since a persistent map, which {@link #build} merges into it. */
  private static final class Tallies<K extends Comparable<? super K>> {
    private final PersistentSortedMap<K, Long> base;
    private @Nullable HashMap<K, Long> changed;

    Tallies(PersistentSortedMap<K, Long> base) {
      this.base = base;
    }

    void add(K key, long amount) {
      if (changed == null) {
        changed = new HashMap<>(4);
      }
      Long now = changed.get(key);
      changed.put(key, (now != null ? now : base.getOrDefault(key, 0L)) + amount);
    }

    PersistentSortedMap<K, Long> build() {
      HashMap<K, Long> changed = this.changed;
      if (changed == null) {
        return base;
      }
      if (changed.size() == 1) {
        Map.Entry<K, Long> only = changed.entrySet().iterator().next();
        return base.plus(only.getKey(), only.getValue());
      }
      List<Map.Entry<K, Long>> sorted = new ArrayList<>(changed.entrySet());
      sorted.sort(Map.Entry.comparingByKey());
      return Draft.merge(base, sorted);
    }
  }

  /** What one evolution step reads and writes: the persistent state, or a bulk fold's working copy. */
  private interface Books {
    @Nullable LedgerEntry entry(EntryId id);

    /** The calendar the step reads its period keys, years and expiry boundaries from. */
    Calendar calendar();

    @Nullable Instant clock();

    /** The member's account to write; one with zeros and no lots for a member without entries. */
    Working account(ActorId actor);

    @Nullable Due firstDue();

    void addDue(Due due);

    void removeDue(Due due);

    void addRedeemedUnits(OfferId service, long units);

    /** Books the entry with the member's account as the step left it, and moves the clock to the entry. */
    void book(LedgerEntry entry, Working account);
  }

  /**
   * What a step reads from the policy's calendar: the key of a cap's or a limit's period, the
   * year an entry counts in, and when the points of an award expire.
   */
  private interface Calendar {
    String capKey(String scope, CapPeriod period, Instant occurred);

    Integer year(Instant at);

    /** The expiry boundary of points awarded then; null for never. */
    @Nullable Instant boundary(Instant at);
  }

  /** The calendar worked out for every question: one step of {@link #evolve}. */
  private final class Direct implements Calendar {
    @Override
    public String capKey(String scope, CapPeriod period, Instant occurred) {
      return PointsRules.this.capKey(scope, period, occurred);
    }

    @Override
    public Integer year(Instant at) {
      return at.atZone(zone).getYear();
    }

    @Override
    public @Nullable Instant boundary(Instant at) {
      return policy.expiry().boundary(at, zone).orElse(null);
    }
  }

  /**
   * The calendar of a bulk fold: each answer is kept with the instants it holds for (the period,
   * the year, the month or year of an expiry), so that a fold over entries that are close in time
   * works out each period once and gives the same key object (whose hash is kept) to every entry
   * in it. Answers equal {@link Direct}'s for every instant: an instant outside {@link TimeLimits}
   * is asked of the policy, which refuses it as {@link Direct} does.
   */
  private final class Remembered implements Calendar {
    private final HashMap<String, Span[]> capKeys = new HashMap<>();
    private @Nullable Span year;
    private @Nullable Span expiry;

    @Override
    public String capKey(String scope, CapPeriod period, Instant occurred) {
      Span[] spans = capKeys.computeIfAbsent(scope, k -> new Span[CapPeriod.values().length]);
      Span span = spans[period.ordinal()];
      if (span == null || !span.holds(occurred)) {
        LocalDate start = period.start(occurred, zone);
        span = new Span(start.atStartOfDay(zone).toInstant(), next(start, period).atStartOfDay(zone).toInstant(),
            scope + "|" + period + "|" + start);
        spans[period.ordinal()] = span;
      }
      return (String) span.value;
    }

    @Override
    public Integer year(Instant at) {
      Span span = year;
      if (span == null || !span.holds(at)) {
        LocalDate start = CapPeriod.YEAR.start(at, zone);
        span = new Span(start.atStartOfDay(zone).toInstant(), start.plusYears(1).atStartOfDay(zone).toInstant(),
            Integer.valueOf(start.getYear()));
        year = span;
      }
      return (Integer) span.value;
    }

    @Override
    public @Nullable Instant boundary(Instant at) {
      if (!TimeLimits.accepts(at) || policy.expiry().unit() == ExpiryPolicy.Unit.NEVER) {
        return direct.boundary(at);
      }
      Span span = expiry;
      if (span == null || !span.holds(at)) {
        CapPeriod unit = policy.expiry().unit() == ExpiryPolicy.Unit.MONTHS ? CapPeriod.MONTH : CapPeriod.YEAR;
        LocalDate start = unit.start(at, zone);
        span = new Span(start.atStartOfDay(zone).toInstant(), next(start, unit).atStartOfDay(zone).toInstant(),
            requireNonNull(direct.boundary(at), "boundary"));
        expiry = span;
      }
      return (Instant) span.value;
    }

    private LocalDate next(LocalDate start, CapPeriod period) {
      switch (period) {
        case DAY:
          return start.plusDays(1);
        case MONTH:
          return start.plusMonths(1);
        default:
          return start.plusYears(1);
      }
    }
  }

  /** An answer of the calendar and the instants {@code [from, until)} it holds for. */
  private static final class Span {
    final Instant from;
    final Instant until;
    final Object value;

    Span(Instant from, Instant until, Object value) {
      this.from = from;
      this.until = until;
      this.value = value;
    }

    boolean holds(Instant at) {
      return !at.isBefore(from) && at.isBefore(until);
    }
  }

  /** One step on the persistent state: {@link #evolve}. */
  private static final class OneStep implements Books {
    private final Calendar direct;
    private final PointsState state;
    private PersistentSortedMap<Due, Boolean> due;
    private PersistentSortedMap<OfferId, Long> units;
    private @Nullable PointsState next;

    OneStep(PointsState state, Calendar direct) {
      this.direct = direct;
      this.state = state;
      this.due = state.due();
      this.units = state.redeemedUnitsMap();
    }

    @Override
    public @Nullable LedgerEntry entry(EntryId id) {
      return state.entryOrNull(id);
    }

    @Override
    public Calendar calendar() {
      return direct;
    }

    @Override
    public @Nullable Instant clock() {
      return state.clockOrNull();
    }

    @Override
    public Working account(ActorId actor) {
      return new Working(state.account(actor));
    }

    @Override
    public @Nullable Due firstDue() {
      return due.first().map(Map.Entry::getKey).orElse(null);
    }

    @Override
    public void addDue(Due d) {
      due = due.plus(d, Boolean.TRUE);
    }

    @Override
    public void removeDue(Due d) {
      due = due.minus(d);
    }

    @Override
    public void addRedeemedUnits(OfferId service, long quantity) {
      units = add(units, service, quantity);
    }

    @Override
    public void book(LedgerEntry entry, Working account) {
      next = state.with(entry, account.account(), due, units);
    }

    PointsState next() {
      return requireNonNull(next, "no entry was booked");
    }
  }

  /**
   * A bulk fold's working copy of the ledger: the entries booked since the fold began in a list,
   * the accounts they changed as {@link Working} accounts in a hash map over the state it began
   * from, the expiries due and the units redeemed in sorted maps; {@link #build} makes the
   * persistent state once.
   */
  private static final class Draft implements Books {
    private final Calendar calendar;
    private final PointsState base;
    private @Nullable Instant clock;
    private final List<LedgerEntry> booked;
    private final HashMap<ActorId, Working> accounts = new HashMap<>();
    private final TreeMap<Due, Boolean> due = new TreeMap<>();
    private final TreeMap<OfferId, Long> units = new TreeMap<>();

    Draft(PointsState base, int expected, Calendar calendar) {
      this.calendar = calendar;
      this.base = base;
      this.clock = base.clockOrNull();
      this.booked = new ArrayList<>(expected);
      base.due().forEachEntry(due::put);
      base.redeemedUnitsMap().forEachEntry(units::put);
    }

    /**
     * Looks in the state the fold began from only: an id booked twice within the fold is found
     * when {@link #build} adds the entries to the state's index, which then fails, and the fold evolves
     * them again one at a time. Nothing else in a step reads the entries.
     */
    @Override
    public @Nullable LedgerEntry entry(EntryId id) {
      return base.entryOrNull(id);
    }

    @Override
    public Calendar calendar() {
      return calendar;
    }

    @Override
    public @Nullable Instant clock() {
      return clock;
    }

    @Override
    public Working account(ActorId actor) {
      Working mine = accounts.get(actor);
      if (mine == null) {
        mine = new Working(base.account(actor));
        accounts.put(actor, mine);
      }
      return mine;
    }

    @Override
    public @Nullable Due firstDue() {
      return due.isEmpty() ? null : due.firstKey();
    }

    @Override
    public void addDue(Due d) {
      due.put(d, Boolean.TRUE);
    }

    @Override
    public void removeDue(Due d) {
      due.remove(d);
    }

    @Override
    public void addRedeemedUnits(OfferId service, long quantity) {
      units.merge(service, quantity, Long::sum);
    }

    @Override
    public void book(LedgerEntry entry, Working account) {
      clock = clock == null || entry.at().isAfter(clock) ? entry.at() : clock;
      booked.add(entry);
    }

    PointsState build() {
      List<Map.Entry<ActorId, Account>> changed = new ArrayList<>(accounts.size());
      accounts.forEach((actor, working) -> changed.add(new AbstractMap.SimpleImmutableEntry<>(actor, working.account())));
      changed.sort(Map.Entry.comparingByKey());
      return new PointsState(clock, base.entryIndex().plusAll(booked), merge(base.accountsMap(), changed),
          PersistentSortedMap.<Due, Boolean>empty().plusAll(new ArrayList<>(due.entrySet())),
          PersistentSortedMap.<OfferId, Long>empty().plusAll(new ArrayList<>(units.entrySet())));
    }

    /** Many updates are merged in one pass; a few into a large map by path copies. */
    static <K extends Comparable<? super K>, V> PersistentSortedMap<K, V> merge(PersistentSortedMap<K, V> map,
        List<Map.Entry<K, V>> sorted) {
      if (sorted.size() * 16L >= map.size()) {
        return map.plusAll(sorted);
      }
      PersistentSortedMap<K, V> out = map;
      for (Map.Entry<K, V> e : sorted) {
        out = out.plus(e.getKey(), e.getValue());
      }
      return out;
    }
  }

  private static <K extends Comparable<? super K>> PersistentSortedMap<K, Long> add(PersistentSortedMap<K, Long> map,
      K key, long points) {
    return map.plus(key, map.getOrDefault(key, 0L) + points);
  }

  private static IllegalStateException impossible(LedgerEntry event, String why) {
    return new IllegalStateException("entry " + event.id() + " (" + event.getClass().getSimpleName() + " of "
        + event.actor() + " at " + event.at() + ") cannot follow the ledger: " + why);
  }

  // -------------------------------------------------------------------------------------- refusals

  /** Refuses an instant outside {@link TimeLimits} and an id the ledger keeps for its expiries. */
  private static Optional<Refusal> checkCommand(EntryId id, Instant at) {
    Optional<Refusal> range = checkInstant(at);
    if (range.isPresent()) {
      return range;
    }
    return id.value().startsWith(EXPIRY_PREFIX)
        ? Optional.of(Refusal.of(PointsRefusal.ID_CONFLICT, "id " + id + " starts with '" + EXPIRY_PREFIX
            + "', which the ledger keeps for the expiries it derives").with("id", id))
        : Optional.empty();
  }

  private static Optional<Refusal> checkInstant(Instant at) {
    if (!TimeLimits.accepts(at)) {
      return Optional.of(Refusal.of(PointsRefusal.OUT_OF_RANGE, "an entry is dated from " + TimeLimits.EARLIEST
          + " to " + TimeLimits.LATEST + ", was " + at).with("value", at)
          .with("range", "[" + TimeLimits.EARLIEST + ", " + TimeLimits.LATEST + "]"));
    }
    return Optional.empty();
  }

  private static Decision<LedgerEntry> outOfOrder(Instant clock, Instant at) {
    return Decision.refused(Refusal.of(PointsRefusal.OUT_OF_ORDER, "the ledger is at " + clock + ", entry at " + at)
        .with("clock", clock).with("at", at));
  }

  private static Refusal conflict(EntryId id, LedgerEntry existing) {
    return Refusal.of(PointsRefusal.ID_CONFLICT, "id " + id + " is already used by a "
        + existing.getClass().getSimpleName() + " of " + existing.actor() + " at " + existing.at()).with("id", id);
  }

  private static Refusal unknownService(OfferId service) {
    return Refusal.of(PointsRefusal.UNKNOWN_SERVICE, "no service " + service + " in the catalogue")
        .with("service", service);
  }

  private static Refusal insufficient(String detail, long balance, long needed) {
    return Refusal.of(PointsRefusal.INSUFFICIENT_BALANCE, detail).with("balance", balance).with("needed", needed);
  }

  /** Returns {@code PointsRules[policy label]}. */
  @Override
  public String toString() {
    return "PointsRules[" + policy.label() + "]";
  }

  /** Exact sums and products of points for refusal arguments, which may pass a {@code long}. */
  private static final class BigSum {
    private BigSum() {}

    static String of(long a, long b) {
      return java.math.BigInteger.valueOf(a).add(java.math.BigInteger.valueOf(b)).toString();
    }

    static String product(long a, long b) {
      return java.math.BigInteger.valueOf(a).multiply(java.math.BigInteger.valueOf(b)).toString();
    }
  }
}
