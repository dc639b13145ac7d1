package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.CategoryRule;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.LimitScope;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.PeriodCap;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.RecipientLimit;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of one co-building fund (共建实践金规则) in the SDK's one shape: {@link FundCommand}s
 * decided against a {@link FundBook} into {@link FundEvent}s or a {@link Refusal} coded by {@link
 * FundRefusal}, and the book a fold of the events. The rules hold the fund and its disbursement
 * policy; the events do not repeat them.
 *
 * <p>What each command comes to:
 *
 * <table>
 *   <caption>Decisions of the fund</caption>
 *   <tr><th>command</th><th>applied</th><th>unchanged</th></tr>
 *   <tr><td>{@link FundCommand.Donate}, {@link FundCommand.Record}</td>
 *       <td>{@link FundEvent.Booked} of the entry</td><td>the same entry is recorded: its {@code Booked}</td></tr>
 *   <tr><td>{@link FundCommand.RecordAll}</td>
 *       <td>a {@code Booked} per entry not yet recorded</td><td>every entry is recorded: their {@code Booked}</td></tr>
 *   <tr><td>{@link FundCommand.Pledge}</td>
 *       <td>{@link FundEvent.Pledged}</td><td>the same pledge is recorded: its {@code Pledged}</td></tr>
 *   <tr><td>{@link FundCommand.Request}</td>
 *       <td>{@link FundEvent.Requested}</td><td>the same request is known (no events)</td></tr>
 *   <tr><td>{@link FundCommand.Approve}</td>
 *       <td>{@link FundEvent.Approved}; {@link FundBook#approvalsRemaining} says how many more the
 *       case needs (zero: approved)</td><td>never</td></tr>
 *   <tr><td>{@link FundCommand.Decline}</td><td>{@link FundEvent.Declined}</td><td>never</td></tr>
 *   <tr><td>{@link FundCommand.Pay}</td>
 *       <td>{@code Booked} of the {@link Disbursement}, whose id is the command's entry</td>
 *       <td>the request is paid by that entry: its {@code Booked}</td></tr>
 * </table>
 *
 * <p>A donation that names a pledge ({@link Donation#pledge()}) is refused unless the book knows
 * the pledge ({@link FundRefusal#UNKNOWN_PLEDGE}), the donation's donor made it ({@link
 * FundRefusal#PLEDGE_DONOR_MISMATCH}), it is dated no earlier than the pledge ({@link
 * FundRefusal#OUT_OF_ORDER}) and it pays no more than the pledge has outstanding ({@link
 * FundRefusal#OVER_PLEDGE}). Its channel and earmark are its own: a pledge says what was promised,
 * each donation what came in. A pledge is never money: no balance, draw or request counts it. An
 * outstanding remainder stays outstanding; the rules neither cancel nor lapse it (its due day is
 * information for the notice board).
 *
 * <p>{@link #evolve} checks what keeps a book consistent (ids, booking order, balances, the case's
 * status, maker-checker) and throws {@link IllegalStateException} for an event no decision could
 * have produced; the policy's caps and limits are decided once, by {@link #decide}. {@link #fold}
 * replays many events with one copy of the book.
 *
 * <pre>{@code
 * FundRules rules = FundRules.of(lantian, policy);
 * InMemoryStream<FundCommand, FundBook, FundEvent> fund = InMemoryStream.open(rules);
 * fund.handle(new FundCommand.Donate(donation));
 * Decision<FundEvent> d = fund.handle(new FundCommand.Approve(requestId, clerk, at));
 * d.refusalIfAny().map(r -> r.code().key());      // Optional[fund.requester-cannot-approve]
 * }</pre>
 */
public final class FundRules implements Decider<FundCommand, FundBook, FundEvent> {

  private static final Logger log = LoggerFactory.getLogger(FundRules.class);

  private final Fund fund;
  private final DisbursementPolicy policy;
  private final FundBook initial;

  private FundRules(Fund fund, DisbursementPolicy policy) {
    this.fund = fund;
    this.policy = policy;
    this.initial = FundBook.empty(this);
  }

  /**
   * Returns the rules of a fund under its disbursement policy.
   *
   * @param fund the fund
   * @param policy its disbursement policy
   * @return the rules
   */
  public static FundRules of(Fund fund, DisbursementPolicy policy) {
    requireNonNull(fund, "fund");
    requireNonNull(policy, "policy");
    return new FundRules(fund, policy);
  }

  /** Returns the fund. */
  public Fund fund() {
    return fund;
  }

  /** Returns the disbursement policy. */
  public DisbursementPolicy policy() {
    return policy;
  }

  /** Returns the empty book of the fund. */
  @Override
  public FundBook initialState() {
    return initial;
  }

  /**
   * Decides a command against a book of this fund, changing nothing.
   *
   * @param command the command
   * @param state the book
   * @return the events to append, unchanged for a step already taken, or a refusal
   * @throws IllegalArgumentException if the book is of another fund or policy
   */
  @Override
  public Decision<FundEvent> decide(FundCommand command, FundBook state) {
    requireNonNull(command, "command");
    mine(state);
    if (command instanceof FundCommand.Donate c) {
      return record(state, c.donation());
    } else if (command instanceof FundCommand.Record c) {
      return record(state, c.entry());
    } else if (command instanceof FundCommand.RecordAll c) {
      return recordAll(state, c.entries());
    } else if (command instanceof FundCommand.Pledge c) {
      return pledge(state, c.pledge());
    } else if (command instanceof FundCommand.Request c) {
      return request(state, c.request());
    } else if (command instanceof FundCommand.Approve c) {
      return approve(state, c);
    } else if (command instanceof FundCommand.Decline c) {
      return decline(state, c);
    }
    return pay(state, (FundCommand.Pay) command);
  }

  /**
   * Returns the book after one event.
   *
   * @throws IllegalStateException if the event cannot follow the book
   */
  @Override
  public FundBook evolve(FundBook state, FundEvent event) {
    requireNonNull(event, "event");
    mine(state);
    FundBook.Draft draft = new FundBook.Draft(state);
    draft.apply(event);
    return draft.build();
  }

  /**
   * Returns the book after the events, copying the book once however many they are; equal to
   * evolving one event at a time.
   *
   * @throws IllegalStateException if an event cannot follow the book before it
   */
  @Override
  public FundBook fold(FundBook state, Iterable<? extends FundEvent> events) {
    requireNonNull(events, "events");
    mine(state);
    FundBook.Draft draft = new FundBook.Draft(state);
    for (FundEvent e : events) {
      draft.apply(requireNonNull(e, "events contains null"));
    }
    return draft.build();
  }

  private void mine(FundBook state) {
    requireNonNull(state, "state");
    if (state.rules() != this && !(state.fund().equals(fund) && state.policy().equals(policy))) {
      throw new IllegalArgumentException("the book of " + state.fund().id() + " under policy " + state.policy().label()
          + " is not a book of these rules (" + fund.id() + ", " + policy.label() + ")");
    }
  }

  // ------------------------------------------------------------------------------ entries

  private Decision<FundEvent> record(FundBook state, LedgerEntry entry) {
    FundBook.Draft draft = new FundBook.Draft(state);
    Optional<Refusal> refused = checkEntry(draft, entry);
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    FundEvent.Booked booked = new FundEvent.Booked(entry);
    return draft.ledger().recorded(entry) ? Decision.unchanged(List.of(booked)) : Decision.applied(booked);
  }

  private Decision<FundEvent> recordAll(FundBook state, List<LedgerEntry> entries) {
    FundBook.Draft draft = new FundBook.Draft(state);
    List<FundEvent> applied = new ArrayList<>();
    List<FundEvent> recorded = new ArrayList<>();
    for (LedgerEntry entry : entries) {
      Optional<Refusal> refused = checkEntry(draft, entry);
      if (refused.isPresent()) {
        return Decision.refused(refused.get());
      }
      FundEvent.Booked booked = new FundEvent.Booked(entry);
      if (draft.ledger().recorded(entry)) {
        recorded.add(booked);
      } else {
        draft.apply(booked);
        applied.add(booked);
      }
    }
    return applied.isEmpty() ? Decision.unchanged(recorded) : Decision.applied(applied);
  }

  /**
   * The policy's checks of a stored disbursement not yet recorded, then the ledger's, then, for a
   * donation not yet recorded that pays a pledge, the pledge's.
   */
  private Optional<Refusal> checkEntry(FundBook.Draft draft, LedgerEntry entry) {
    if (entry instanceof Disbursement d && draft.ledger().entry(d.id()) == null) {
      Optional<Refusal> refused = checkRecorded(draft, d);
      if (refused.isPresent()) {
        return refused;
      }
    }
    Optional<Refusal> refused = draft.ledger().check(entry);
    if (refused.isEmpty() && entry instanceof Donation d && d.pledge().isPresent()
        && draft.ledger().entry(d.id()) == null) {
      return checkPledgePayment(draft, d);
    }
    return refused;
  }

  private static Optional<Refusal> checkPledgePayment(FundBook.Draft draft, Donation d) {
    PledgeId id = d.pledge().orElseThrow();
    @Nullable PledgeStanding standing = draft.pledgeOf(id);
    if (standing == null) {
      return reject(FundRefusal.UNKNOWN_PLEDGE, "donation " + d.id() + " pays pledge " + id + ", which is not known",
          "id", d.id(), "pledge", id);
    }
    Pledge p = standing.pledge();
    if (!d.donor().equals(Optional.of(p.donor()))) {
      return reject(FundRefusal.PLEDGE_DONOR_MISMATCH, "donation " + d.id() + " by " + d.donor().orElseThrow()
          + " pays pledge " + id + ", which " + p.donor() + " made", "id", d.id(), "pledge", id);
    }
    if (d.at().isBefore(p.at())) {
      return reject(FundRefusal.OUT_OF_ORDER, "donation " + d.id() + " at " + d.at() + " pays pledge " + id
          + " made at " + p.at(), "id", d.id(), "at", d.at(), "after", p.at());
    }
    if (d.amount().compareTo(standing.outstanding()) > 0) {
      return reject(FundRefusal.OVER_PLEDGE, "donation " + d.id() + " pays " + d.amount() + " against pledge " + id
          + ", which has " + standing.outstanding() + " of " + p.amount() + " outstanding",
          "id", d.id(), "pledge", id, "amount", d.amount(), "outstanding", standing.outstanding());
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------ pledges

  private Decision<FundEvent> pledge(FundBook state, Pledge pledge) {
    if (!pledge.fund().equals(fund.id())) {
      return refused(FundRefusal.WRONG_FUND, "pledge " + pledge.id() + " belongs to fund " + pledge.fund() + ", not "
          + fund.id(), "id", pledge.id(), "fund", pledge.fund(), "expected", fund.id());
    }
    Optional<PledgeStanding> known = state.findPledge(pledge.id());
    if (known.isPresent()) {
      return known.get().pledge().equals(pledge)
          ? Decision.unchanged(List.of(new FundEvent.Pledged(pledge)))
          : refused(FundRefusal.CONFLICTING_ID, "pledge " + pledge.id() + " is already recorded with other content",
              "id", pledge.id());
    }
    if (pledge.at().isBefore(fund.launchedAt())) {
      return refused(FundRefusal.BEFORE_LAUNCH, "pledge " + pledge.id() + " is dated before the launch on "
          + fund.launchedOn(), "id", pledge.id(), "at", pledge.at(), "launchedOn", fund.launchedOn());
    }
    long pledged = new FundBook.Draft(state).pledgedFen();
    if (pledge.amount().fen() > Money.MAX_TOTAL.fen() - pledged) {
      return refused(FundRefusal.OUT_OF_RANGE, "pledge " + pledge.id() + " brings " + pledge.amount()
          + " to a fund pledged " + Money.ofFen(pledged) + "; a fund is pledged at most " + Money.MAX_TOTAL,
          "value", Money.ofFen(pledged).plus(pledge.amount()), "min", Money.ZERO, "max", Money.MAX_TOTAL);
    }
    return Decision.applied(new FundEvent.Pledged(pledge));
  }

  private Optional<Refusal> checkRecorded(FundBook.Draft draft, Disbursement d) {
    DisbursementRequest r = d.request();
    if (!r.fund().equals(fund.id())) {
      return reject(FundRefusal.WRONG_FUND, "request " + r.id() + " belongs to fund " + r.fund(),
          "id", r.id(), "fund", r.fund(), "expected", fund.id());
    }
    if (policy.rule(r.category()).isEmpty()) {
      return categoryNotAllowed(r);
    }
    for (Approval a : d.approvals()) {
      if (!policy.approvers().contains(a.approver())) {
        return reject(FundRefusal.NOT_AN_APPROVER, a.approver() + " approved entry " + d.id()
            + " but is not an approver of policy " + policy.label(), "approver", a.approver(), "policy", policy.label());
      }
    }
    int needed = policy.approvalsRequired(r.amount());
    if (d.approvals().size() < needed) {
      return reject(FundRefusal.INSUFFICIENT_APPROVALS, "entry " + d.id() + " of " + r.amount() + " has "
          + d.approvals().size() + " approvals; policy " + policy.label() + " needs " + needed,
          "id", d.id(), "amount", r.amount(), "approvals", d.approvals().size(), "needed", needed);
    }
    @Nullable DisbursementCase known = draft.caseOf(r.id());
    if (known != null) {
      if (!known.request().equals(r)) {
        return reject(FundRefusal.CONFLICTING_ID, "request " + r.id() + " is recorded with other content than entry "
            + d.id() + " pays", "id", r.id());
      }
      if (!known.status().isOpen()) {
        return reject(FundRefusal.NOT_APPROVED, "request " + r.id() + " is already " + known.status()
            + known.payment().map(p -> " as entry " + p.entry()).orElse(""), "id", r.id(), "status", known.status());
      }
    }
    return Optional.empty();
  }

  // ----------------------------------------------------------------------------- requests

  private Decision<FundEvent> request(FundBook state, DisbursementRequest request) {
    Optional<DisbursementCase> known = state.findCase(request.id());
    if (known.isPresent()) {
      return known.get().request().equals(request)
          ? Decision.unchanged(List.of())
          : refused(FundRefusal.CONFLICTING_ID, "request " + request.id() + " is already known with other content",
              "id", request.id());
    }
    Optional<Refusal> refused = checkRequest(state, request);
    if (refused.isPresent()) {
      log.debug("fund {} refused request {}: {}", fund.id(), request.id(), refused.get());
      return Decision.refused(refused.get());
    }
    return Decision.applied(new FundEvent.Requested(request));
  }

  private Optional<Refusal> checkRequest(FundBook state, DisbursementRequest r) {
    if (!r.fund().equals(fund.id())) {
      return reject(FundRefusal.WRONG_FUND, "request " + r.id() + " belongs to fund " + r.fund() + ", not " + fund.id(),
          "id", r.id(), "fund", r.fund(), "expected", fund.id());
    }
    if (r.requestedAt().isBefore(fund.launchedAt())) {
      return reject(FundRefusal.BEFORE_LAUNCH, "request " + r.id() + " is dated before the launch on " + fund.launchedOn(),
          "id", r.id(), "at", r.requestedAt(), "launchedOn", fund.launchedOn());
    }
    Optional<CategoryRule> found = policy.rule(r.category());
    if (found.isEmpty()) {
      return categoryNotAllowed(r);
    }
    CategoryRule rule = found.get();
    if (!rule.recipients().admits(r.recipient())) {
      return reject(FundRefusal.RECIPIENT_NOT_ELIGIBLE, r.category() + " is paid to " + rule.recipients()
          + " recipients only; request " + r.id() + " names "
          + (r.recipient().isOrganization() ? "an organization" : "a person"),
          "id", r.id(), "category", r.category(), "recipients", rule.recipients());
    }
    if (rule.caseCap().isPresent() && r.amount().compareTo(rule.caseCap().get()) > 0) {
      return reject(FundRefusal.OVER_CASE_CAP, "request " + r.id() + " asks " + r.amount() + "; the cap per case of "
          + r.category() + " is " + rule.caseCap().get(),
          "id", r.id(), "amount", r.amount(), "category", r.category(), "cap", rule.caseCap().get());
    }
    if (rule.recipientLimit().isPresent()) {
      RecipientLimit limit = rule.recipientLimit().get();
      Interval period = limit.period().around(r.requestedAt(), fund.zone());
      long had = state.cases().stream()
          .filter(c -> c.status() != CaseStatus.DECLINED)
          .filter(c -> c.request().recipient().equals(r.recipient()))
          .filter(c -> limit.scope() == LimitScope.CATEGORY
              ? c.request().category() == r.category()
              : c.request().category().group() == r.category().group())
          .filter(c -> period.contains(c.request().requestedAt()))
          .count();
      if (had >= limit.cases()) {
        return reject(FundRefusal.OVER_RECIPIENT_LIMIT, "recipient " + r.recipient() + " already has " + had
            + " case(s) of " + (limit.scope() == LimitScope.CATEGORY ? r.category() : r.category().group())
            + " in the " + limit.period() + " " + period + "; the limit is " + limit.cases(),
            "id", r.id(), "cases", had, "limit", limit.cases(), "period", limit.period());
      }
    }
    if (rule.periodCap().isPresent()) {
      PeriodCap cap = rule.periodCap().get();
      Interval period = cap.period().around(r.requestedAt(), fund.zone());
      // every amount is at most Money.MAX_ENTRY and the cap at most Money.MAX_TOTAL: stopping
      // once past the cap keeps the sum far from overflowing, however many cases there are
      long committedFen = 0;
      for (DisbursementCase c : state.cases()) {
        if (c.status() != CaseStatus.DECLINED && c.request().category() == r.category()
            && period.contains(c.request().requestedAt())) {
          committedFen += c.request().amount().fen();
          if (committedFen > cap.amount().fen()) {
            break;
          }
        }
      }
      Money committed = Money.ofFen(committedFen);
      if (committedFen + r.amount().fen() > cap.amount().fen()) {
        return reject(FundRefusal.OVER_PERIOD_CAP, r.category() + " has " + committed + " requested in the "
            + cap.period() + " " + period + "; with " + r.amount() + " more it would pass the cap of " + cap.amount(),
            "id", r.id(), "category", r.category(), "committed", committed, "amount", r.amount(), "cap", cap.amount(),
            "period", cap.period());
      }
    }
    Money usable = state.ledger().fundable(r.category(), r.project());
    if (usable.compareTo(r.amount()) < 0) {
      return reject(FundRefusal.INSUFFICIENT_BALANCE, "request " + r.id() + " asks " + r.amount() + " but only " + usable
          + " may pay for " + r.category() + r.project().map(p -> " of project " + p).orElse(""),
          "id", r.id(), "amount", r.amount(), "available", usable);
    }
    return Optional.empty();
  }

  private Optional<Refusal> categoryNotAllowed(DisbursementRequest r) {
    return reject(FundRefusal.CATEGORY_NOT_ALLOWED, "policy " + policy.label() + " has no rule for " + r.category(),
        "category", r.category(), "policy", policy.label());
  }

  // ---------------------------------------------------------------------------- decisions

  private Decision<FundEvent> approve(FundBook state, FundCommand.Approve c) {
    if (!TimeLimits.accepts(c.at())) {
      return outOfRange(c.at());
    }
    Optional<Refusal> refused = checkDecision(state, c.id(), c.approver(), c.at());
    return refused.isPresent() ? Decision.refused(refused.get())
        : Decision.applied(new FundEvent.Approved(c.id(), new Approval(c.approver(), c.at())));
  }

  private Decision<FundEvent> decline(FundBook state, FundCommand.Decline c) {
    if (!TimeLimits.accepts(c.at())) {
      return outOfRange(c.at());
    }
    Optional<Refusal> refused = checkDecision(state, c.id(), c.approver(), c.at());
    return refused.isPresent() ? Decision.refused(refused.get())
        : Decision.applied(new FundEvent.Declined(c.id(), new Decline(c.approver(), c.at(), c.reason())));
  }

  private Optional<Refusal> checkDecision(FundBook state, RequestId id, PersonId approver, Instant at) {
    Optional<DisbursementCase> found = state.findCase(id);
    if (found.isEmpty()) {
      return reject(FundRefusal.UNKNOWN_REQUEST, "no request " + id + " is known", "id", id);
    }
    DisbursementCase c = found.get();
    if (c.status() != CaseStatus.PENDING) {
      return reject(FundRefusal.NOT_PENDING, "request " + id + " is " + c.status() + ", not pending",
          "id", id, "status", c.status());
    }
    if (approver.equals(c.request().requestedBy())) {
      return reject(FundRefusal.REQUESTER_CANNOT_APPROVE, approver + " requested " + id + " and cannot decide on it",
          "id", id, "approver", approver);
    }
    if (!policy.approvers().contains(approver)) {
      return reject(FundRefusal.NOT_AN_APPROVER, approver + " is not an approver of policy " + policy.label(),
          "approver", approver, "policy", policy.label());
    }
    if (c.approvals().stream().anyMatch(a -> a.approver().equals(approver))) {
      return reject(FundRefusal.DUPLICATE_APPROVER, approver + " has already approved request " + id
          + "; another approver must decide on it", "id", id, "approver", approver);
    }
    Instant after = FundBook.latest(c);
    if (at.isBefore(after)) {
      return reject(FundRefusal.OUT_OF_ORDER, "a decision on " + id + " at " + at + " is before " + after,
          "id", id, "at", at, "after", after);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------ payment

  private Decision<FundEvent> pay(FundBook state, FundCommand.Pay c) {
    RequestId id = c.id();
    if (!TimeLimits.accepts(c.at())) {
      return outOfRange(c.at());
    }
    Optional<DisbursementCase> found = state.findCase(id);
    if (found.isEmpty()) {
      return refused(FundRefusal.UNKNOWN_REQUEST, "no request " + id + " is known", "id", id);
    }
    DisbursementCase k = found.get();
    if (k.status() == CaseStatus.PAID) {
      Payment p = k.payment().orElseThrow();
      return p.entry().equals(c.entry())
          ? Decision.unchanged(List.of(new FundEvent.Booked(state.ledger().entry(p.entry()).orElseThrow())))
          : refused(FundRefusal.NOT_APPROVED, "request " + id + " is already paid as entry " + p.entry(),
              "id", id, "status", k.status());
    }
    if (k.status() != CaseStatus.APPROVED) {
      return refused(FundRefusal.NOT_APPROVED, "request " + id + " is " + k.status() + ", not approved",
          "id", id, "status", k.status());
    }
    DisbursementRequest r = k.request();
    if (c.payer().equals(r.requestedBy())) {
      return refused(FundRefusal.REQUESTER_CANNOT_PAY, c.payer() + " requested " + id + " and cannot pay it",
          "id", id, "payer", c.payer());
    }
    Instant after = FundBook.latest(k);
    if (c.at().isBefore(after)) {
      return refused(FundRefusal.OUT_OF_ORDER, "the payment of " + id + " at " + c.at() + " is before its approval at "
          + after, "id", id, "at", c.at(), "after", after);
    }
    Ledger ledger = state.ledger();
    List<Draw> draws = new ArrayList<>(3);
    long remaining = r.amount().fen();
    for (Account.Holding h : Ledger.sources(r.category(), r.project())) {
      long take = Math.min(remaining, ledger.balance(h).fen());
      if (take > 0) {
        draws.add(new Draw(h.earmark(), Money.ofFen(take)));
        remaining -= take;
      }
    }
    if (remaining > 0) {
      Money usable = ledger.fundable(r.category(), r.project());
      return refused(FundRefusal.INSUFFICIENT_BALANCE, "request " + id + " needs " + r.amount() + " but only "
          + usable + " may pay for it", "id", id, "amount", r.amount(), "available", usable);
    }
    Disbursement d = Disbursement.builder().id(c.entry()).at(c.at()).request(r).addAllApprovals(k.approvals())
        .paidBy(c.payer()).addAllDraws(draws).build();
    Ledger.Draft draft = new Ledger.Draft(ledger);
    Optional<Refusal> refused = draft.check(d);
    if (refused.isPresent()) {
      return Decision.refused(refused.get());
    }
    if (draft.recorded(d)) {
      // the entry id is recorded with this exact content, yet the case is not paid: only possible
      // if the case and the ledger were built apart; refuse rather than pay twice
      return refused(FundRefusal.CONFLICTING_ID, "entry " + c.entry() + " is already recorded", "id", c.entry());
    }
    return Decision.applied(new FundEvent.Booked(d));
  }

  // ----------------------------------------------------------------------------- refusals

  private static Decision<FundEvent> outOfRange(Instant at) {
    return refused(FundRefusal.OUT_OF_RANGE, "a step is dated from " + TimeLimits.EARLIEST + " to "
        + TimeLimits.LATEST + ", was " + at, "value", at, "min", TimeLimits.EARLIEST, "max", TimeLimits.LATEST);
  }

  private static Decision<FundEvent> refused(FundRefusal code, String detail, Object... arguments) {
    return Decision.refused(refusal(code, detail, arguments));
  }

  private static Optional<Refusal> reject(FundRefusal code, String detail, Object... arguments) {
    return Optional.of(refusal(code, detail, arguments));
  }

  /** A refusal with its arguments given as name, value, name, value. */
  private static Refusal refusal(FundRefusal code, String detail, Object... arguments) {
    Refusal r = Refusal.of(code, detail);
    for (int i = 0; i < arguments.length; i += 2) {
      r = r.with((String) arguments[i], arguments[i + 1]);
    }
    return r;
  }

  /** Returns {@code FundRules[fund, policy label]}. */
  @Override
  public String toString() {
    return "FundRules[" + fund.id() + ", " + policy.label() + "]";
  }
}
