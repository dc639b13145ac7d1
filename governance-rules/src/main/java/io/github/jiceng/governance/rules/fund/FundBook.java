package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.AuditAction;
import io.github.jiceng.governance.model.fund.AuditRecord;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.CategoryRule;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.LimitScope;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.PeriodCap;
import io.github.jiceng.governance.model.fund.RecipientLimit;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fund's books (基金账簿): its ledger, its disbursement policy, its cases and the audit trail
 * of who requested, approved, declined and paid what.
 *
 * <p>A book is immutable; each step returns a {@link FundOutcome} holding the book after it.
 * Money moves in three steps, each checked against the policy:
 *
 * <ol>
 *   <li>{@link #request}: the category must have a rule; the recipient must be of the kind it
 *       allows; the amount within the cap per case, the category's cap for the calendar period
 *       and the money the request may use; the recipient within their limit (say one award a
 *       year).
 *   <li>{@link #approve}, by distinct approvers of the policy, never the requester, until the
 *       amount's tier is met; or {@link #decline}.
 *   <li>{@link #pay}, by anyone but the requester: draws from the project's earmark, then the
 *       category's, then unrestricted money, and books a {@link Disbursement} that carries the
 *       request, the approvals and the payer.
 * </ol>
 *
 * <p>Every step that is refused, for the policy's reasons or for a declared limit (an instant
 * outside {@link TimeLimits}, a fund's income past {@code Money.MAX_TOTAL}: {@link
 * Rejection.Reason#OUT_OF_RANGE}), returns this book unchanged in a {@link FundOutcome.Rejected}.
 * A book is immutable and so safe to share between threads.
 *
 * <p>Donations go in through {@link #donate}. Entries kept in storage are loaded through {@link
 * #record}, which checks each disbursement's approvals against the policy again. Repeating a step
 * with the same content (the same entry, the same request, the same payment) is a no-op; caps and
 * limits count pending, approved and paid cases, not declined ones.
 *
 * <pre>{@code
 * FundBook book = FundBook.open(lantian, policy);
 * book = book.donate(donation).book();
 * book = book.request(request).book();
 * FundOutcome o = book.approve(request.id(), secretary, at);   // Approved, or AwaitingApproval
 * o = o.book().pay(request.id(), EntryId.of("pay-0001"), treasurer, later);   // Paid
 * }</pre>
 */
public final class FundBook {

  private static final Logger log = LoggerFactory.getLogger(FundBook.class);

  private final DisbursementPolicy policy;
  private final Ledger ledger;
  private final ImmutableSortedMap<RequestId, DisbursementCase> cases;
  private final ImmutableList<AuditRecord> audit;

  private FundBook(DisbursementPolicy policy, Ledger ledger, ImmutableSortedMap<RequestId, DisbursementCase> cases,
      ImmutableList<AuditRecord> audit) {
    this.policy = policy;
    this.ledger = ledger;
    this.cases = cases;
    this.audit = audit;
  }

  /**
   * Returns the empty book of a fund.
   *
   * @param fund the fund
   * @param policy its disbursement policy
   * @return a book with no entries and no cases
   */
  public static FundBook open(Fund fund, DisbursementPolicy policy) {
    requireNonNull(policy, "policy");
    return new FundBook(policy, Ledger.empty(fund), ImmutableSortedMap.of(), ImmutableList.of());
  }

  /** Returns the fund. */
  public Fund fund() {
    return ledger.fund();
  }

  /** Returns the disbursement policy. */
  public DisbursementPolicy policy() {
    return policy;
  }

  /** Returns the ledger. */
  public Ledger ledger() {
    return ledger;
  }

  /** Returns every case, by request id. */
  public List<DisbursementCase> cases() {
    return cases.values().asList();
  }

  /** Returns the case of the request, if known. */
  public Optional<DisbursementCase> findCase(RequestId id) {
    return Optional.ofNullable(cases.get(id));
  }

  /** Returns the audit trail: every request, approval, decline and payment, in the order they were recorded. */
  public List<AuditRecord> audit() {
    return audit;
  }

  /**
   * Records a donation in the ledger.
   *
   * @param donation the donation
   * @return {@link FundOutcome.Recorded}, {@link FundOutcome.Replayed} if already recorded, or
   *     {@link FundOutcome.Rejected} (another fund, before the launch, out of order, or its id
   *     taken by another entry)
   */
  public FundOutcome donate(Donation donation) {
    return record(donation);
  }

  /**
   * Records a stored entry: a donation, or a disbursement with its request, approvals and payer.
   * A disbursement is checked against the policy (the category has a rule; the approvers are the
   * policy's and as many as its amount needs) and against the case of its request, if any;
   * caps and limits bind new requests and are not checked again.
   *
   * @param entry the entry
   * @return {@link FundOutcome.Recorded}, {@link FundOutcome.Replayed} or {@link FundOutcome.Rejected}
   */
  public FundOutcome record(LedgerEntry entry) {
    requireNonNull(entry, "entry");
    if (entry instanceof Disbursement d && ledger.entry(d.id()).isEmpty()) {
      Optional<Rejection> refused = checkRecorded(d);
      if (refused.isPresent()) {
        return rejected(refused.get());
      }
    }
    LedgerOutcome o = ledger.append(entry);
    if (o instanceof LedgerOutcome.Rejected r) {
      return rejected(r.rejection());
    }
    if (o instanceof LedgerOutcome.Replayed) {
      return new FundOutcome.Replayed(this, "entry " + entry.id() + " is already recorded");
    }
    if (entry instanceof Disbursement d) {
      @Nullable DisbursementCase before = cases.get(d.request().id());
      DisbursementCase paid = DisbursementCase.builder().request(d.request()).status(CaseStatus.PAID)
          .addAllApprovals(d.approvals()).payment(new Payment(d.id(), d.paidBy(), d.at())).build();
      List<AuditRecord> trail = new ArrayList<>(audit);
      if (before == null) {
        trail.add(audit(d.request().requestedAt(), d.request().requestedBy(), AuditAction.REQUESTED, d.request(), null, null));
      }
      for (Approval a : d.approvals()) {
        if (before == null || !before.approvals().contains(a)) {
          trail.add(audit(a.at(), a.approver(), AuditAction.APPROVED, d.request(), null, null));
        }
      }
      trail.add(audit(d.at(), d.paidBy(), AuditAction.PAID, d.request(), d.id(), null));
      return new FundOutcome.Recorded(new FundBook(policy, o.ledger(), with(paid), ImmutableList.copyOf(trail)), entry);
    }
    return new FundOutcome.Recorded(new FundBook(policy, o.ledger(), cases, audit), entry);
  }

  private Optional<Rejection> checkRecorded(Disbursement d) {
    DisbursementRequest r = d.request();
    if (!r.fund().equals(fund().id())) {
      return reject(Rejection.Reason.WRONG_FUND, "request " + r.id() + " belongs to fund " + r.fund());
    }
    if (policy.rule(r.category()).isEmpty()) {
      return reject(Rejection.Reason.CATEGORY_NOT_ALLOWED, "policy " + policy.label() + " has no rule for " + r.category());
    }
    for (Approval a : d.approvals()) {
      if (!policy.approvers().contains(a.approver())) {
        return reject(Rejection.Reason.NOT_AN_APPROVER, a.approver() + " approved entry " + d.id()
            + " but is not an approver of policy " + policy.label());
      }
    }
    int needed = policy.approvalsRequired(r.amount());
    if (d.approvals().size() < needed) {
      return reject(Rejection.Reason.INSUFFICIENT_APPROVALS, "entry " + d.id() + " of " + r.amount() + " has "
          + d.approvals().size() + " approvals; policy " + policy.label() + " needs " + needed);
    }
    @Nullable DisbursementCase known = cases.get(r.id());
    if (known != null) {
      if (!known.request().equals(r)) {
        return reject(Rejection.Reason.CONFLICTING_ID, "request " + r.id() + " is recorded with other content than entry "
            + d.id() + " pays");
      }
      if (!known.status().isOpen()) {
        return reject(Rejection.Reason.NOT_APPROVED, "request " + r.id() + " is already " + known.status()
            + known.payment().map(p -> " as entry " + p.entry()).orElse(""));
      }
    }
    return Optional.empty();
  }

  /**
   * Opens a case for the request, if the policy allows it.
   *
   * @param request the request
   * @return {@link FundOutcome.Requested}, {@link FundOutcome.Replayed} if the same request is
   *     already known, or {@link FundOutcome.Rejected}
   */
  public FundOutcome request(DisbursementRequest request) {
    requireNonNull(request, "request");
    @Nullable DisbursementCase known = cases.get(request.id());
    if (known != null) {
      return known.request().equals(request)
          ? new FundOutcome.Replayed(this, "request " + request.id() + " is already " + known.status())
          : rejected(Rejection.Reason.CONFLICTING_ID, "request " + request.id() + " is already known with other content");
    }
    Optional<Rejection> refused = checkRequest(request);
    if (refused.isPresent()) {
      log.debug("fund {} refused request {}: {}", fund().id(), request.id(), refused.get());
      return rejected(refused.get());
    }
    DisbursementCase opened = DisbursementCase.opened(request);
    return new FundOutcome.Requested(
        new FundBook(policy, ledger, with(opened), appended(audit(request.requestedAt(), request.requestedBy(),
            AuditAction.REQUESTED, request, null, null))), opened);
  }

  private Optional<Rejection> checkRequest(DisbursementRequest r) {
    if (!r.fund().equals(fund().id())) {
      return reject(Rejection.Reason.WRONG_FUND, "request " + r.id() + " belongs to fund " + r.fund() + ", not " + fund().id());
    }
    if (r.requestedAt().isBefore(fund().launchedAt())) {
      return reject(Rejection.Reason.BEFORE_LAUNCH, "request " + r.id() + " is dated before the launch on " + fund().launchedOn());
    }
    Optional<CategoryRule> found = policy.rule(r.category());
    if (found.isEmpty()) {
      return reject(Rejection.Reason.CATEGORY_NOT_ALLOWED, "policy " + policy.label() + " has no rule for " + r.category());
    }
    CategoryRule rule = found.get();
    if (!rule.recipients().admits(r.recipient())) {
      return reject(Rejection.Reason.RECIPIENT_NOT_ELIGIBLE, r.category() + " is paid to " + rule.recipients()
          + " recipients only; request " + r.id() + " names " + (r.recipient().isOrganization() ? "an organization" : "a person"));
    }
    if (rule.caseCap().isPresent() && r.amount().compareTo(rule.caseCap().get()) > 0) {
      return reject(Rejection.Reason.OVER_CASE_CAP, "request " + r.id() + " asks " + r.amount() + "; the cap per case of "
          + r.category() + " is " + rule.caseCap().get());
    }
    if (rule.recipientLimit().isPresent()) {
      RecipientLimit limit = rule.recipientLimit().get();
      Interval period = limit.period().around(r.requestedAt(), fund().zone());
      long had = cases.values().stream()
          .filter(c -> c.status() != CaseStatus.DECLINED)
          .filter(c -> c.request().recipient().equals(r.recipient()))
          .filter(c -> limit.scope() == LimitScope.CATEGORY
              ? c.request().category() == r.category()
              : c.request().category().group() == r.category().group())
          .filter(c -> period.contains(c.request().requestedAt()))
          .count();
      if (had >= limit.cases()) {
        return reject(Rejection.Reason.OVER_RECIPIENT_LIMIT, "recipient " + r.recipient() + " already has " + had + " case(s) of "
            + (limit.scope() == LimitScope.CATEGORY ? r.category() : r.category().group()) + " in the " + limit.period()
            + " " + period + "; the limit is " + limit.cases());
      }
    }
    if (rule.periodCap().isPresent()) {
      PeriodCap cap = rule.periodCap().get();
      Interval period = cap.period().around(r.requestedAt(), fund().zone());
      // every amount is at most Money.MAX_ENTRY and the cap at most Money.MAX_TOTAL: stopping
      // once past the cap keeps the sum far from overflowing, however many cases there are
      long committedFen = 0;
      for (DisbursementCase c : cases.values()) {
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
        return reject(Rejection.Reason.OVER_PERIOD_CAP, r.category() + " has " + committed + " requested in the " + cap.period()
            + " " + period + "; with " + r.amount() + " more it would pass the cap of " + cap.amount());
      }
    }
    Money usable = ledger.fundable(r.category(), r.project());
    if (usable.compareTo(r.amount()) < 0) {
      return reject(Rejection.Reason.INSUFFICIENT_BALANCE, "request " + r.id() + " asks " + r.amount() + " but only " + usable
          + " may pay for " + r.category() + r.project().map(p -> " of project " + p).orElse(""));
    }
    return Optional.empty();
  }

  /**
   * Records an approval of a pending request.
   *
   * @param id the request
   * @param approver who approves: one of the policy's approvers, not the requester, not already an approver of it
   * @param at when; not before the request or its last approval
   * @return {@link FundOutcome.Approved} when the approvals are complete, {@link
   *     FundOutcome.AwaitingApproval} when more are needed, or {@link FundOutcome.Rejected}
   */
  public FundOutcome approve(RequestId id, PersonId approver, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(approver, "approver");
    requireNonNull(at, "at");
    if (!TimeLimits.accepts(at)) {
      return outOfRange(at);
    }
    @Nullable DisbursementCase c = cases.get(id);
    Optional<Rejection> refused = checkDecision(id, c, approver, at);
    if (refused.isPresent()) {
      return rejected(refused.get());
    }
    requireNonNull(c);
    int needed = policy.approvalsRequired(c.request().amount());
    int have = c.approvals().size() + 1;
    DisbursementCase next = c.withApproval(new Approval(approver, at), have >= needed);
    FundBook book = new FundBook(policy, ledger, with(next),
        appended(audit(at, approver, AuditAction.APPROVED, c.request(), null, null)));
    return have >= needed ? new FundOutcome.Approved(book, next) : new FundOutcome.AwaitingApproval(book, next, needed - have);
  }

  /**
   * Records an approver's refusal of an open request; the case is closed.
   *
   * @param id the request
   * @param approver who declines: one of the policy's approvers, not the requester
   * @param at when; not before the request or its last approval
   * @param reason why, in a sentence; no personal data
   * @return {@link FundOutcome.Declined} or {@link FundOutcome.Rejected}
   */
  public FundOutcome decline(RequestId id, PersonId approver, Instant at, String reason) {
    requireNonNull(id, "id");
    requireNonNull(approver, "approver");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    if (!TimeLimits.accepts(at)) {
      return outOfRange(at);
    }
    @Nullable DisbursementCase c = cases.get(id);
    Optional<Rejection> refused = checkDecision(id, c, approver, at);
    if (refused.isPresent()) {
      return rejected(refused.get());
    }
    requireNonNull(c);
    DisbursementCase next = c.declined(new Decline(approver, at, reason));
    return new FundOutcome.Declined(new FundBook(policy, ledger, with(next),
        appended(audit(at, approver, AuditAction.DECLINED, c.request(), null, reason))), next);
  }

  private Optional<Rejection> checkDecision(RequestId id, @Nullable DisbursementCase c, PersonId approver, Instant at) {
    if (c == null) {
      return reject(Rejection.Reason.UNKNOWN_REQUEST, "no request " + id + " is known");
    }
    if (c.status() != CaseStatus.PENDING) {
      return reject(Rejection.Reason.NOT_PENDING, "request " + id + " is " + c.status() + ", not pending");
    }
    if (approver.equals(c.request().requestedBy())) {
      return reject(Rejection.Reason.REQUESTER_CANNOT_APPROVE, approver + " requested " + id + " and cannot decide on it");
    }
    if (!policy.approvers().contains(approver)) {
      return reject(Rejection.Reason.NOT_AN_APPROVER, approver + " is not an approver of policy " + policy.label());
    }
    if (c.approvals().stream().anyMatch(a -> a.approver().equals(approver))) {
      return reject(Rejection.Reason.DUPLICATE_APPROVER, approver + " has already approved request " + id
          + "; another approver must decide on it");
    }
    Instant after = latest(c);
    if (at.isBefore(after)) {
      return reject(Rejection.Reason.OUT_OF_ORDER, "a decision on " + id + " at " + at + " is before " + after);
    }
    return Optional.empty();
  }

  private static Instant latest(DisbursementCase c) {
    Instant t = c.request().requestedAt();
    for (Approval a : c.approvals()) {
      if (a.at().isAfter(t)) {
        t = a.at();
      }
    }
    return t;
  }

  /**
   * Pays an approved request: draws the amount from the project's earmark, then the category's,
   * then unrestricted money, and books it as a {@link Disbursement}.
   *
   * @param id the request
   * @param entry the id of the ledger entry to book
   * @param payer who pays; not the requester
   * @param at when; not before the last approval or the ledger's last entry
   * @return {@link FundOutcome.Paid}, {@link FundOutcome.Replayed} if the request is already
   *     paid by this entry, or {@link FundOutcome.Rejected}
   */
  public FundOutcome pay(RequestId id, EntryId entry, PersonId payer, Instant at) {
    requireNonNull(id, "id");
    requireNonNull(entry, "entry");
    requireNonNull(payer, "payer");
    requireNonNull(at, "at");
    if (!TimeLimits.accepts(at)) {
      return outOfRange(at);
    }
    @Nullable DisbursementCase c = cases.get(id);
    if (c == null) {
      return rejected(Rejection.Reason.UNKNOWN_REQUEST, "no request " + id + " is known");
    }
    if (c.status() == CaseStatus.PAID) {
      Payment p = c.payment().orElseThrow();
      return p.entry().equals(entry)
          ? new FundOutcome.Replayed(this, "request " + id + " is already paid as entry " + entry)
          : rejected(Rejection.Reason.NOT_APPROVED, "request " + id + " is already paid as entry " + p.entry());
    }
    if (c.status() != CaseStatus.APPROVED) {
      return rejected(Rejection.Reason.NOT_APPROVED, "request " + id + " is " + c.status() + ", not approved");
    }
    DisbursementRequest r = c.request();
    if (payer.equals(r.requestedBy())) {
      return rejected(Rejection.Reason.REQUESTER_CANNOT_PAY, payer + " requested " + id + " and cannot pay it");
    }
    if (at.isBefore(latest(c))) {
      return rejected(Rejection.Reason.OUT_OF_ORDER, "the payment of " + id + " at " + at + " is before its approval at " + latest(c));
    }
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
      return rejected(Rejection.Reason.INSUFFICIENT_BALANCE, "request " + id + " needs " + r.amount() + " but only "
          + ledger.fundable(r.category(), r.project()) + " may pay for it");
    }
    Disbursement d = Disbursement.builder().id(entry).at(at).request(r).addAllApprovals(c.approvals()).paidBy(payer)
        .addAllDraws(draws).build();
    LedgerOutcome o = ledger.append(d);
    if (o instanceof LedgerOutcome.Rejected rej) {
      return rejected(rej.rejection());
    }
    if (o instanceof LedgerOutcome.Replayed) {
      // the entry id is recorded with this exact content, yet the case is not paid: only possible
      // if the case and the ledger were built apart; refuse rather than pay twice
      return rejected(Rejection.Reason.CONFLICTING_ID, "entry " + entry + " is already recorded");
    }
    DisbursementCase paid = c.paid(new Payment(entry, payer, at));
    return new FundOutcome.Paid(new FundBook(policy, o.ledger(), with(paid),
        appended(audit(at, payer, AuditAction.PAID, r, entry, null))), paid, d);
  }

  /**
   * Applies the entries in order through {@link #record}, stopping at the first refusal.
   *
   * @param entries stored entries, in booking order
   * @return the outcome of the last entry, or the first {@link FundOutcome.Rejected} (whose book
   *     holds the entries before it)
   * @throws DomainValidationException (rule {@code entries-present}) if there are no entries
   */
  public FundOutcome recordAll(Collection<? extends LedgerEntry> entries) {
    DomainChecks.noNullElements(entries, "entries");
    if (entries.isEmpty()) {
      throw new DomainValidationException("FundBook.recordAll", "entries", "entries-present", "no entries to record");
    }
    FundBook book = this;
    @Nullable FundOutcome last = null;
    for (LedgerEntry e : entries) {
      last = book.record(e);
      if (last instanceof FundOutcome.Rejected) {
        return last;
      }
      book = last.book();
    }
    return requireNonNull(last);
  }

  private ImmutableSortedMap<RequestId, DisbursementCase> with(DisbursementCase c) {
    ImmutableSortedMap.Builder<RequestId, DisbursementCase> b = ImmutableSortedMap.naturalOrder();
    cases.forEach((k, v) -> {
      if (!k.equals(c.id())) {
        b.put(k, v);
      }
    });
    b.put(c.id(), c);
    return b.build();
  }

  private ImmutableList<AuditRecord> appended(AuditRecord r) {
    return ImmutableList.<AuditRecord>builderWithExpectedSize(audit.size() + 1).addAll(audit).add(r).build();
  }

  private static AuditRecord audit(Instant at, PersonId actor, AuditAction action, DisbursementRequest r,
      @Nullable EntryId entry, @Nullable String note) {
    return new AuditRecord(at, actor, action, r.id(), r.amount(), Optional.ofNullable(entry), Optional.ofNullable(note));
  }

  private FundOutcome outOfRange(Instant at) {
    return rejected(Rejection.Reason.OUT_OF_RANGE, "a step is dated from " + TimeLimits.EARLIEST + " to "
        + TimeLimits.LATEST + ", was " + at);
  }

  private FundOutcome rejected(Rejection r) {
    return new FundOutcome.Rejected(this, r);
  }

  private FundOutcome rejected(Rejection.Reason reason, String detail) {
    return rejected(new Rejection(reason, detail));
  }

  private static Optional<Rejection> reject(Rejection.Reason reason, String detail) {
    return Optional.of(new Rejection(reason, detail));
  }

  /** Returns {@code FundBook[fund, n entries, m cases, balance CNY x]}. */
  @Override
  public String toString() {
    return "FundBook[" + fund().id() + ", " + ledger.size() + " entries, " + cases.size() + " cases, balance "
        + ledger.balance() + "]";
  }
}
