package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.AuditAction;
import io.github.jiceng.governance.model.fund.AuditRecord;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Payment;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One fund's books (基金账簿): its ledger, its disbursement policy, its cases and the audit trail
 * of who requested, approved, declined and paid what. A book is the state of the fund's {@link
 * FundRules}: the fold of its {@link FundEvent}s, an immutable value with value equality, and so
 * safe to share between threads.
 *
 * <p>Money moves in three steps, each checked against the policy:
 *
 * <ol>
 *   <li>{@link #request}: the category must have a rule; the recipient must be of the kind it
 *       allows; the amount within the cap per case, the category's cap for the calendar period
 *       and the money the request may use; the recipient within their limit (say one award a
 *       year).
 *   <li>{@link #approve}, by distinct approvers of the policy, never the requester, until the
 *       amount's tier is met ({@link #approvalsRemaining}); or {@link #decline}.
 *   <li>{@link #pay}, by anyone but the requester: draws from the project's earmark, then the
 *       category's, then unrestricted money, and books a {@link Disbursement} that carries the
 *       request, the approvals and the payer.
 * </ol>
 *
 * <p>Each step method is a convenience over {@link FundRules}: it decides the matching {@link
 * FundCommand} on this book and answers a {@link Step}, the {@link Decision} and the book after
 * it. A refused step, for the policy's reasons or for a declared limit (an instant outside {@link
 * TimeLimits}, a fund's income past {@code Money.MAX_TOTAL}: {@link FundRefusal#OUT_OF_RANGE}),
 * and a step already taken ({@link Decision.Unchanged}) answer this book.
 *
 * <p>Pledges (认领) are recorded through {@link #pledge} and paid by donations that name them
 * ({@link Donation#pledge()}): the book keeps what each pledge has been paid ({@link #pledges}),
 * refuses a donation that would pay more than its pledge has outstanding, and never counts a
 * pledge as money: balances, draws and requests see only the donations that paid it.
 *
 * <p>Donations go in through {@link #donate}. Entries kept in storage are loaded through {@link
 * #record} or {@link #recordAll}, which check each disbursement's approvals against the policy
 * again. Repeating a step with the same content (the same entry, the same request, the same
 * payment) is a no-op; caps and limits count pending, approved and paid cases, not declined ones.
 *
 * <pre>{@code
 * FundBook book = FundBook.open(lantian, policy);
 * book = book.donate(donation).book();
 * book = book.request(request).book();
 * book = book.approve(request.id(), secretary, at).book();
 * book.approvalsRemaining(request.id());                 // 0 once approved
 * FundBook.Step paid = book.pay(request.id(), EntryId.of("pay-0001"), treasurer, later);
 * paid.decision();                                       // Applied[Booked[the disbursement]]
 * }</pre>
 */
public final class FundBook {

  private final FundRules rules;
  private final Ledger ledger;
  private final ImmutableSortedMap<RequestId, DisbursementCase> cases;
  private final ImmutableList<AuditRecord> audit;
  private final ImmutableSortedMap<PledgeId, PledgeStanding> pledges;

  private FundBook(FundRules rules, Ledger ledger, ImmutableSortedMap<RequestId, DisbursementCase> cases,
      ImmutableList<AuditRecord> audit, ImmutableSortedMap<PledgeId, PledgeStanding> pledges) {
    this.rules = rules;
    this.ledger = ledger;
    this.cases = cases;
    this.audit = audit;
    this.pledges = pledges;
  }

  /**
   * What a step came to, and the book after it: the same book unless the decision is {@link
   * Decision.Applied}.
   *
   * @param decision the decision: applied with the events folded into the book, unchanged, or
   *     refused
   * @param book the book after the step
   */
  public record Step(Decision<FundEvent> decision, FundBook book) {
    /** Checks the parts are present. */
    public Step {
      requireNonNull(decision, "decision");
      requireNonNull(book, "book");
    }
  }

  /**
   * Returns the empty book of a fund: {@code FundRules.of(fund, policy).initialState()}.
   *
   * @param fund the fund
   * @param policy its disbursement policy
   * @return a book with no entries and no cases
   */
  public static FundBook open(Fund fund, DisbursementPolicy policy) {
    return FundRules.of(fund, policy).initialState();
  }

  /** The empty book of the rules' fund. */
  static FundBook empty(FundRules rules) {
    return new FundBook(rules, Ledger.empty(rules.fund()), ImmutableSortedMap.of(), ImmutableList.of(),
        ImmutableSortedMap.of());
  }

  /** Returns the rules whose state this book is. */
  public FundRules rules() {
    return rules;
  }

  /** Returns the fund. */
  public Fund fund() {
    return ledger.fund();
  }

  /** Returns the disbursement policy. */
  public DisbursementPolicy policy() {
    return rules.policy();
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

  /**
   * Returns how many more distinct approvals the request needs before it may be paid: positive
   * for a pending case short of its amount's tier, zero for a case approved, paid or declined, and
   * for a request the book does not know.
   *
   * @param id the request
   * @return the approvals still needed
   */
  public int approvalsRemaining(RequestId id) {
    requireNonNull(id, "id");
    @Nullable DisbursementCase c = cases.get(id);
    if (c == null || c.status() != CaseStatus.PENDING) {
      return 0;
    }
    return Math.max(0, policy().approvalsRequired(c.request().amount()) - c.approvals().size());
  }

  /** Returns every pledge with what has been paid against it, by pledge id. */
  public List<PledgeStanding> pledges() {
    return pledges.values().asList();
  }

  /** Returns the pledge with the id and what has been paid against it, if known. */
  public Optional<PledgeStanding> findPledge(PledgeId id) {
    return Optional.ofNullable(pledges.get(requireNonNull(id, "id")));
  }

  /**
   * Returns what the pledges promise and is not yet paid. It is not money of the fund: {@link
   * Ledger#balance()} and every draw ignore it.
   */
  public Money outstandingPledges() {
    long fen = 0;
    for (PledgeStanding p : pledges.values()) {
      fen = Math.addExact(fen, p.outstanding().fen());
    }
    return Money.ofFen(fen);
  }

  /** Returns the audit trail: every request, approval, decline and payment, in the order they were recorded. */
  public List<AuditRecord> audit() {
    return audit;
  }

  /**
   * Records a donation in the ledger: {@link FundCommand.Donate}.
   *
   * @param donation the donation
   * @return applied with {@link FundEvent.Booked}, unchanged if already recorded, or refused
   *     (another fund, before the launch, out of order, its id taken by another entry, or past the
   *     fund's total income)
   */
  public Step donate(Donation donation) {
    return step(new FundCommand.Donate(donation));
  }

  /**
   * Records a pledge: {@link FundCommand.Pledge}.
   *
   * @param pledge the pledge
   * @return applied with {@link FundEvent.Pledged}, unchanged if the same pledge is recorded, or
   *     refused (another fund, before the launch, its id taken by another pledge, or past the
   *     fund's declared total)
   */
  public Step pledge(Pledge pledge) {
    return step(new FundCommand.Pledge(pledge));
  }

  /**
   * Records a stored entry: a donation, or a disbursement with its request, approvals and payer:
   * {@link FundCommand.Record}. A disbursement is checked against the policy (the category has a
   * rule; the approvers are the policy's and as many as its amount needs) and against the case of
   * its request, if any; caps and limits bind new requests and are not checked again.
   *
   * @param entry the entry
   * @return applied with {@link FundEvent.Booked}, unchanged if already recorded, or refused
   */
  public Step record(LedgerEntry entry) {
    return step(new FundCommand.Record(entry));
  }

  /**
   * Records stored entries in booking order, all or nothing: {@link FundCommand.RecordAll}.
   *
   * @param entries stored entries, in booking order
   * @return applied with a {@link FundEvent.Booked} per entry not yet recorded, unchanged if every
   *     entry was recorded already, or refused naming the first entry refused (this book)
   * @throws DomainValidationException (rule {@code entries-present}) if there are no entries
   */
  public Step recordAll(Collection<? extends LedgerEntry> entries) {
    requireNonNull(entries, "entries");
    return step(new FundCommand.RecordAll(new ArrayList<>(entries)));
  }

  /**
   * Opens a case for the request, if the policy allows it: {@link FundCommand.Request}.
   *
   * @param request the request
   * @return applied with {@link FundEvent.Requested}, unchanged if the same request is already
   *     known, or refused
   */
  public Step request(DisbursementRequest request) {
    return step(new FundCommand.Request(request));
  }

  /**
   * Records an approval of a pending request: {@link FundCommand.Approve}.
   *
   * @param id the request
   * @param approver who approves: one of the policy's approvers, not the requester, not already an approver of it
   * @param at when; not before the request or its last approval
   * @return applied with {@link FundEvent.Approved} (the case is approved when {@link
   *     #approvalsRemaining} of the book after it is zero), or refused
   */
  public Step approve(RequestId id, PersonId approver, Instant at) {
    return step(new FundCommand.Approve(id, approver, at));
  }

  /**
   * Records an approver's refusal of an open request; the case is closed: {@link
   * FundCommand.Decline}.
   *
   * @param id the request
   * @param approver who declines: one of the policy's approvers, not the requester
   * @param at when; not before the request or its last approval
   * @param reason why, in a sentence; no personal data
   * @return applied with {@link FundEvent.Declined}, or refused
   */
  public Step decline(RequestId id, PersonId approver, Instant at, String reason) {
    return step(new FundCommand.Decline(id, approver, at, reason));
  }

  /**
   * Pays an approved request: draws the amount from the project's earmark, then the category's,
   * then unrestricted money, and books it as a {@link Disbursement}: {@link FundCommand.Pay}.
   *
   * @param id the request
   * @param entry the id of the ledger entry to book
   * @param payer who pays; not the requester
   * @param at when; not before the last approval or the ledger's last entry
   * @return applied with {@link FundEvent.Booked} of the disbursement, unchanged (with the
   *     recorded entry) if the request is already paid by this entry, or refused
   */
  public Step pay(RequestId id, EntryId entry, PersonId payer, Instant at) {
    return step(new FundCommand.Pay(id, entry, payer, at));
  }

  private Step step(FundCommand command) {
    Decision<FundEvent> d = rules.decide(command, this);
    return new Step(d, d instanceof Decision.Applied<FundEvent> a ? rules.fold(this, a.events()) : this);
  }

  /**
   * A book being changed by events, copied from its base on the first change only, so that
   * reading it (to check a command) copies nothing. Not thread-safe; never handed out.
   */
  static final class Draft {

    private final FundBook base;
    private final Ledger.Draft ledger;
    private @Nullable TreeMap<RequestId, DisbursementCase> cases;
    private @Nullable List<AuditRecord> audit;
    private @Nullable TreeMap<PledgeId, PledgeStanding> pledges;

    Draft(FundBook base) {
      this.base = base;
      this.ledger = new Ledger.Draft(base.ledger);
    }

    FundBook base() {
      return base;
    }

    Ledger.Draft ledger() {
      return ledger;
    }

    @Nullable DisbursementCase caseOf(RequestId id) {
      return cases != null ? cases.get(id) : base.cases.get(id);
    }

    @Nullable PledgeStanding pledgeOf(PledgeId id) {
      return pledges != null ? pledges.get(id) : base.pledges.get(id);
    }

    /** The sum of every pledge recorded so far. */
    long pledgedFen() {
      long fen = 0;
      for (PledgeStanding p : (pledges != null ? pledges : base.pledges).values()) {
        fen = Math.addExact(fen, p.pledge().amount().fen());
      }
      return fen;
    }

    private void putPledge(PledgeStanding p) {
      if (pledges == null) {
        pledges = new TreeMap<>(base.pledges);
      }
      pledges.put(p.pledge().id(), p);
    }

    private void put(DisbursementCase c, AuditRecord... records) {
      if (cases == null) {
        cases = new TreeMap<>(base.cases);
        audit = new ArrayList<>(base.audit);
      }
      cases.put(c.id(), c);
      audit.addAll(List.of(records));
    }

    /**
     * Applies one event.
     *
     * @throws IllegalStateException if the event cannot follow the book: an entry the ledger
     *     refuses or already holds, a case that is unknown, known already, or not in the status
     *     the event needs, or a maker-checker step the case forbids
     */
    void apply(FundEvent event) {
      if (event instanceof FundEvent.Booked b) {
        book(b.entry());
      } else if (event instanceof FundEvent.Pledged p) {
        Pledge pledge = p.pledge();
        if (!pledge.fund().equals(base.fund().id()) || pledgeOf(pledge.id()) != null) {
          throw impossible(event, pledge.fund().equals(base.fund().id()) ? "the pledge is known already"
              : "the pledge is of another fund");
        }
        putPledge(new PledgeStanding(pledge, Money.ZERO));
      } else if (event instanceof FundEvent.Requested r) {
        DisbursementRequest request = r.request();
        if (!request.fund().equals(base.fund().id()) || caseOf(request.id()) != null) {
          throw impossible(event, request.fund().equals(base.fund().id()) ? "the request is known already"
              : "the request is of another fund");
        }
        put(DisbursementCase.opened(request),
            audit(request.requestedAt(), request.requestedBy(), AuditAction.REQUESTED, request, null, null));
      } else if (event instanceof FundEvent.Approved a) {
        DisbursementCase c = pending(event, a.id(), a.approval().approver(), a.approval().at());
        int needed = base.policy().approvalsRequired(c.request().amount());
        put(c.withApproval(a.approval(), c.approvals().size() + 1 >= needed),
            audit(a.approval().at(), a.approval().approver(), AuditAction.APPROVED, c.request(), null, null));
      } else {
        FundEvent.Declined d = (FundEvent.Declined) event;
        Decline decline = d.decline();
        DisbursementCase c = pending(event, d.id(), decline.by(), decline.at());
        put(c.declined(decline), audit(decline.at(), decline.by(), AuditAction.DECLINED, c.request(), null,
            decline.reason()));
      }
    }

    /** The pending case a decision by the person at the instant may follow. */
    private DisbursementCase pending(FundEvent event, RequestId id, PersonId by, Instant at) {
      @Nullable DisbursementCase c = caseOf(id);
      if (c == null || c.status() != CaseStatus.PENDING) {
        throw impossible(event, c == null ? "the request is unknown" : "the request is " + c.status());
      }
      if (by.equals(c.request().requestedBy()) || c.approvals().stream().anyMatch(x -> x.approver().equals(by))) {
        throw impossible(event, by + " requested or approved it already");
      }
      if (at.isBefore(latest(c))) {
        throw impossible(event, "it is dated before " + latest(c));
      }
      return c;
    }

    private void book(LedgerEntry entry) {
      Optional<io.github.jiceng.governance.rules.decider.Refusal> refused = ledger.check(entry);
      if (refused.isPresent() || ledger.recorded(entry)) {
        throw impossible(new FundEvent.Booked(entry), refused.map(Object::toString).orElse("the entry is recorded already"));
      }
      if (entry instanceof Donation donation) {
        @Nullable PledgeStanding paid = donation.pledge().isEmpty() ? null : paying(donation);
        ledger.add(entry);
        if (paid != null) {
          putPledge(new PledgeStanding(paid.pledge(), paid.paid().plus(donation.amount())));
        }
        return;
      }
      Disbursement d = (Disbursement) entry;
      DisbursementRequest r = d.request();
      @Nullable DisbursementCase before = caseOf(r.id());
      if (before != null && (!before.request().equals(r) || !before.status().isOpen())) {
        throw impossible(new FundEvent.Booked(entry), "its request is " + (before.request().equals(r)
            ? before.status().toString() : "known with other content"));
      }
      ledger.add(entry);
      DisbursementCase paid = DisbursementCase.builder().request(r).status(CaseStatus.PAID)
          .addAllApprovals(d.approvals()).payment(new Payment(d.id(), d.paidBy(), d.at())).build();
      List<AuditRecord> trail = new ArrayList<>();
      if (before == null) {
        trail.add(audit(r.requestedAt(), r.requestedBy(), AuditAction.REQUESTED, r, null, null));
      }
      for (Approval a : d.approvals()) {
        if (before == null || !before.approvals().contains(a)) {
          trail.add(audit(a.at(), a.approver(), AuditAction.APPROVED, r, null, null));
        }
      }
      trail.add(audit(d.at(), d.paidBy(), AuditAction.PAID, r, d.id(), null));
      put(paid, trail.toArray(new AuditRecord[0]));
    }

    /** The standing of the pledge the donation pays, which it may pay. */
    private PledgeStanding paying(Donation donation) {
      @Nullable PledgeStanding p = pledgeOf(donation.pledge().orElseThrow());
      if (p == null || !donation.donor().equals(Optional.of(p.pledge().donor()))
          || donation.amount().compareTo(p.outstanding()) > 0) {
        throw impossible(new FundEvent.Booked(donation), p == null ? "its pledge is unknown"
            : "it pays " + donation.amount() + " against pledge " + p.pledge().id() + " of another donor or with "
                + p.outstanding() + " outstanding");
      }
      return p;
    }

    private static IllegalStateException impossible(FundEvent event, String why) {
      return new IllegalStateException("the fund's books cannot follow " + describe(event) + ": " + why);
    }

    private static String describe(FundEvent event) {
      if (event instanceof FundEvent.Booked b) {
        return "the entry " + b.entry().id();
      } else if (event instanceof FundEvent.Requested r) {
        return "the request " + r.request().id();
      } else if (event instanceof FundEvent.Pledged p) {
        return "the pledge " + p.pledge().id();
      } else if (event instanceof FundEvent.Approved a) {
        return "the approval of " + a.id() + " by " + a.approval().approver();
      }
      FundEvent.Declined d = (FundEvent.Declined) event;
      return "the decline of " + d.id() + " by " + d.decline().by();
    }

    /** Returns the book after the events applied; the base itself if none was. */
    FundBook build() {
      Ledger l = ledger.build();
      ImmutableSortedMap<PledgeId, PledgeStanding> p = pledges == null ? base.pledges
          : ImmutableSortedMap.copyOfSorted(pledges);
      if (cases == null) {
        return l == base.ledger && p == base.pledges ? base : new FundBook(base.rules, l, base.cases, base.audit, p);
      }
      return new FundBook(base.rules, l, ImmutableSortedMap.copyOfSorted(cases), ImmutableList.copyOf(audit), p);
    }
  }

  /** The latest instant of the case so far: its request or its last approval. */
  static Instant latest(DisbursementCase c) {
    Instant t = c.request().requestedAt();
    for (Approval a : c.approvals()) {
      if (a.at().isAfter(t)) {
        t = a.at();
      }
    }
    return t;
  }

  private static AuditRecord audit(Instant at, PersonId actor, AuditAction action, DisbursementRequest r,
      @Nullable EntryId entry, @Nullable String note) {
    return new AuditRecord(at, actor, action, r.id(), r.amount(), Optional.ofNullable(entry), Optional.ofNullable(note));
  }

  /**
   * Two books are equal when they hold the same fund, policy, ledger, cases, audit trail and
   * pledges: the same events folded under the same rules give equal books.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof FundBook b && b.policy().equals(policy()) && b.ledger.equals(ledger) && b.cases.equals(cases)
        && b.audit.equals(audit) && b.pledges.equals(pledges);
  }

  @Override
  public int hashCode() {
    return (((policy().hashCode() * 31 + ledger.hashCode()) * 31 + cases.hashCode()) * 31 + audit.hashCode()) * 31
        + pledges.hashCode();
  }

  /** Returns {@code FundBook[fund, n entries, m cases, balance CNY x]}. */
  @Override
  public String toString() {
    return "FundBook[" + fund().id() + ", " + ledger.size() + " entries, " + cases.size() + " cases, balance "
        + ledger.balance() + "]";
  }
}
