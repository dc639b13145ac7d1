package io.github.jiceng.governance.sim.engine.internal;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.Organization;
import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.CategoryRule;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.RecipientKind;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.Ledger;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.sim.model.DisbursementStream;
import io.github.jiceng.governance.sim.model.DonationStream;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.EventPayload;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The co-building fund (共建实践金): donations come in by channel; requests come from the handler
 * of the recipient's grid; approvers allowed by scoped authority approve (never the requester) and
 * the payer pays (maker-checker); requests that wait too long for approval are declined. Every
 * step goes through the {@link FundBook} it owns. Owns the requests pending, the directed projects
 * paid for, the numbering of donations, requests and payments, its random streams and the day's
 * money in and out. Clues ask it for money through {@link #request} and read {@link #status}
 * and {@link #paidFor}; donations earn points through the points phase.
 */
final class FundPhase {

  private final Setting scenario;
  private final SimulationParameters params;
  private final GridHierarchy hierarchy;
  private final RunClock clock;
  private final Indexes index;
  private final EventLog log;
  private final PostsPhase posts;
  private final PointsPhase points;
  private final SplittableRandom donations;
  private final SplittableRandom disbursements;
  private final Optional<FundSetup> setup;
  private @Nullable FundBook book;
  private final Map<RequestId, Pending> pending = new HashMap<>();
  /** The directed projects paid for, before the start or during the run; looked up, never iterated. */
  private final Set<ProjectId> paidProjects = new HashSet<>();
  private long donationSeq;
  private long requestSeq;
  private long paymentSeq;
  private Money inToday = Money.ZERO;
  private Money outToday = Money.ZERO;

  /**
   * Where a request acts (its recipient's grid), when it came, whether a failed payment was
   * logged, whether a lack of approvers was logged.
   */
  private record Pending(GridId grid, int day, boolean payRefusalLogged, boolean approvalRefusalLogged) {}

  FundPhase(Setting scenario, RunClock clock, Indexes index, EventLog log, PostsPhase posts, PointsPhase points,
      SplittableRandom donations, SplittableRandom disbursements) {
    this.scenario = scenario;
    this.params = scenario.parameters();
    this.hierarchy = scenario.hierarchy();
    this.clock = clock;
    this.index = index;
    this.log = log;
    this.posts = posts;
    this.points = points;
    this.donations = donations;
    this.disbursements = disbursements;
    this.setup = scenario.fund();
    this.book = setup.map(s -> FundBook.open(s.fund(), s.policy())).orElse(null);
  }

  /** Starts a day's flows. */
  void beginDay() {
    inToday = Money.ZERO;
    outToday = Money.ZERO;
  }

  /** The donations received today. */
  Money inToday() {
    return inToday;
  }

  /** The payments made today. */
  Money outToday() {
    return outToday;
  }

  /** The fund's books, if the scenario has a fund. */
  Optional<FundBook> book() {
    return Optional.ofNullable(book);
  }

  /** The fund's ledger, if the scenario has a fund. */
  Optional<Ledger> ledger() {
    return book == null ? Optional.empty() : Optional.of(book.ledger());
  }

  /** The fund's balance; zero without a fund. */
  Money balance() {
    return book == null ? Money.ZERO : book.ledger().balance();
  }

  private SortedMap<String, String> fundIds(String key, String value) {
    SortedMap<String, String> ids = EventLog.ids(key, value);
    setup.ifPresent(s -> ids.put(SimulationEvent.FUND, s.fund().id().value()));
    return ids;
  }

  /** Opens the fund and records the donations received before the start. */
  void open() {
    if (setup.isEmpty()) {
      return;
    }
    FundSetup s = setup.get();
    log.emit(EventKind.FUND_OPENED, s.fund().launchedAt(), null, s.fund().grid(), null,
        EventLog.ids(SimulationEvent.FUND, s.fund().id().value()), "fund " + s.fund().id() + " (" + s.fund().name()
            + ") launched " + s.fund().launchedOn() + " under policy " + s.policy().label(),
        new EventPayload.OfFund(s.fund(), s.policy()));
    // pledges first: the donations of the history name the pledges they pay
    for (Pledge p : scenario.initialPledges()) {
      pledge(p);
    }
    for (LedgerEntry entry : scenario.initialFundEntries()) {
      if (entry instanceof Donation d) {
        donate(d, false); // before the start: in the books, not in the run's daily flows
      } else {
        recordPaid((Disbursement) entry);
      }
    }
  }

  /** Records a pledge (认领) in the books beside the ledger: a promise, never money. */
  private void pledge(Pledge p) {
    FundBook.Step o = book.pledge(p);
    SortedMap<String, String> ids = fundIds(SimulationEvent.PLEDGE, p.id().value());
    ids.put(p.donor().isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON, p.donor().value());
    if (o.decision() instanceof Decision.Applied) {
      book = o.book();
      log.emit(EventKind.PLEDGE_MADE, p.at(), p.donor(), null, null, ids, p.donorKind().chinese() + " pledges "
          + p.amount() + " through " + p.channel().chinese() + p.dueOn().map(d -> ", due " + d).orElse(""),
          new EventPayload.OfPledge(p));
    } else if (o.decision() instanceof Decision.Refused<FundEvent> r) {
      log.refused(p.at(), p.donor(), null, ids, "the fund refuses pledge " + p.id() + ": " + why(r.refusal()));
    }
  }

  /**
   * The donor's oldest pledge with money outstanding, if any: a donation of the run pays it first,
   * up to what is outstanding.
   */
  private Optional<PledgeStanding> outstandingPledgeOf(ActorId donor) {
    PledgeStanding oldest = null;
    for (PledgeStanding p : book.pledges()) {
      if (p.pledge().donor().equals(donor) && p.outstanding().compareTo(Money.ZERO) > 0 && (oldest == null
          || p.pledge().at().isBefore(oldest.pledge().at()))) {
        oldest = p;
      }
    }
    return Optional.ofNullable(oldest);
  }

  /** The pledges recorded and what was paid on each; empty without a fund. */
  List<PledgeStanding> pledges() {
    return book == null ? List.of() : book.pledges();
  }

  /** Records a disbursement paid before the start, checked against the policy by the books. */
  private void recordPaid(Disbursement d) {
    FundBook.Step o = book.record(d);
    SortedMap<String, String> ids = fundIds(SimulationEvent.ENTRY, d.id().value());
    ids.put(SimulationEvent.REQUEST, d.request().id().value());
    if (o.decision() instanceof Decision.Applied) {
      book = o.book();
      d.request().project().ifPresent(paidProjects::add);
      log.emit(EventKind.DISBURSEMENT_PAID, d.at(), d.paidBy(), null, null, ids, d.paidBy() + " paid " + d.amount()
          + " for " + d.request().id() + " (" + d.category().chinese() + ") before the simulation",
          new EventPayload.OfFundEntry(d));
    } else if (o.decision() instanceof Decision.Refused<FundEvent> r) {
      log.refused(d.at(), d.paidBy(), null, ids, "the fund refuses entry " + d.id() + ": " + why(r.refusal()));
    }
  }

  /** Records a donation; {@code duringRun} says whether it counts in the day's flows and earns points. */
  private void donate(Donation d, boolean duringRun) {
    FundBook.Step o = book.donate(d);
    SortedMap<String, String> ids = fundIds(SimulationEvent.ENTRY, d.id().value());
    d.donor().ifPresent(a -> ids.put(a.isOrganization() ? SimulationEvent.ORGANIZATION : SimulationEvent.PERSON, a.value()));
    d.pledge().ifPresent(p -> ids.put(SimulationEvent.PLEDGE, p.value()));
    if (o.decision() instanceof Decision.Applied) {
      book = o.book();
      if (duringRun) {
        inToday = inToday.plus(d.amount());
      }
      log.emit(EventKind.DONATION_RECEIVED, d.at(), d.donor().orElse(null), null, null, ids, d.channel().chinese() + " "
          + d.amount() + " from " + d.donorKind().chinese() + d.earmark().map(m -> " for " + m).orElse("")
          + d.pledge().map(p -> ", paying pledge " + p).orElse(""),
          new EventPayload.OfFundEntry(d));
      if (duringRun && d.donor().isPresent()) {
        points.award(Contribution.builder().id(io.github.jiceng.governance.model.points.EntryId.of("donation:"
            + d.id().value())).actor(d.donor().get()).kind(ContributionKind.DONATION).occurredAt(d.at())
            .amount(d.amount()).reference(d.id().value()).build(), d.at());
      }
    } else if (o.decision() instanceof Decision.Refused<FundEvent> r) {
      log.refused(d.at(), d.donor().orElse(null), null, ids, "the fund refuses donation " + d.id() + ": "
          + why(r.refusal()));
    }
  }

  /** Today's donations and requests at {@code at}; approvals and payments at {@code decideAt}. */
  void day(Instant at, Instant decideAt) {
    if (setup.isEmpty()) {
      return;
    }
    for (DonationStream s : params.donations()) {
      int n = Draws.poisson(donations, s.milliPerDay());
      for (int k = 0; k < n; k++) {
        Optional<ActorId> donor = donor(s.channel());
        if (donor.isEmpty()) {
          continue;
        }
        Money amount = Draws.yuan(donations, s.amount());
        // a donor with a pledge outstanding pays it (认领后捐赠), up to what is outstanding
        Optional<PledgeStanding> pledged = outstandingPledgeOf(donor.get());
        if (pledged.isPresent() && amount.compareTo(pledged.get().outstanding()) > 0) {
          amount = pledged.get().outstanding();
        }
        Donation d = Donation.builder().id(EntryId.of(EventLog.id("don-", ++donationSeq, 7)))
            .fund(setup.get().fund().id()).at(at).channel(s.channel()).donorKind(s.channel().donorKind())
            .donor(donor.get()).amount(amount).earmark(s.earmark().map(Earmark::forCategory))
            .pledge(pledged.map(p -> p.pledge().id())).build();
        donate(d, true);
      }
    }
    for (DisbursementStream s : params.disbursements()) {
      int n = Draws.poisson(disbursements, s.milliPerDay());
      for (int k = 0; k < n; k++) {
        Optional<CategoryRule> rule = book.policy().rule(s.category());
        RecipientKind kind = rule.map(CategoryRule::recipients).orElse(RecipientKind.ANY);
        Optional<Recipient> who = recipient(kind);
        if (who.isEmpty()) {
          continue;
        }
        request(s.category(), Optional.empty(), who.get().actor(), who.get().grid(),
            Draws.yuan(disbursements, s.amount()), at, s.category().chinese() + "申请");
      }
    }
    decide(decideAt);
  }

  private record Recipient(ActorId actor, GridId grid) {}

  private Optional<Recipient> recipient(RecipientKind kind) {
    if (kind == RecipientKind.ORGANIZATION) {
      List<Organization> orgs = index.organizations(OrganizationKind.SOCIAL_ORGANIZATION);
      List<Organization> placed = orgs.stream().filter(o -> !o.grids().isEmpty() && serves(o.grids().first())).toList();
      if (placed.isEmpty()) {
        return Optional.empty();
      }
      Organization o = Draws.pick(disbursements, placed);
      return Optional.of(new Recipient(o.id(), o.grids().first()));
    }
    // the fund helps the households of its own territory
    GridId home = book.fund().grid();
    int[] range = hierarchy.contains(home) ? index.householdRange(home) : new int[] {0, index.households().size()};
    if (range[1] <= range[0]) {
      return Optional.empty();
    }
    var h = index.households().get(range[0] + disbursements.nextInt(range[1] - range[0]));
    return Optional.of(new Recipient(Draws.pick(disbursements, index.residents(h.id())), h.grid()));
  }

  private Optional<ActorId> donor(DonationChannel channel) {
    switch (channel) {
      case DIRECTED:
        return index.coBuildingUnits().isEmpty() ? Optional.empty()
            : Optional.of(Draws.pick(donations, index.coBuildingUnits()).id());
      case CHARITY: {
        List<Organization> shops = index.organizations(OrganizationKind.RESIDENT_MERCHANT);
        return shops.isEmpty() ? Optional.empty() : Optional.of(Draws.pick(donations, shops).id());
      }
      case LEAD:
        return index.partyMembers().isEmpty() ? Optional.empty()
            : Optional.of(Draws.pick(donations, index.partyMembers()));
      default: {
        if (index.households().isEmpty()) {
          return Optional.empty();
        }
        var h = index.households().get(donations.nextInt(index.households().size()));
        return Optional.of(Draws.pick(donations, index.residents(h.id())));
      }
    }
  }

  /**
   * Opens a request through the handler of the recipient's grid, who raises it under scoped authority.
   *
   * @return the request's id, or empty if it was refused (logged)
   */
  Optional<RequestId> request(OutflowCategory category, Optional<ProjectId> project, ActorId recipient, GridId grid,
      Money amount, Instant at, String purpose) {
    return request(category, project, recipient, 1, grid, amount, at, purpose);
  }

  /** Opens a request for the given number of beneficiaries; see {@link #request(OutflowCategory, Optional, ActorId, GridId, Money, Instant, String)}. */
  Optional<RequestId> request(OutflowCategory category, Optional<ProjectId> project, ActorId recipient,
      int beneficiaries, GridId grid, Money amount, Instant at, String purpose) {
    if (book == null) {
      return Optional.empty();
    }
    RequestId id = RequestId.of(EventLog.id("req-", ++requestSeq, 7));
    SortedMap<String, String> ids = fundIds(SimulationEvent.REQUEST, id.value());
    project.ifPresent(p -> ids.put(SimulationEvent.PROJECT, p.value()));
    // maker-checker: the request is raised by the nearest handler who does not approve the fund's spending
    Optional<PersonId> by = posts.handler(grid, Action.RAISE, at, ids, "request money for " + recipient.value(),
        book.policy().approvers());
    if (by.isEmpty()) {
      return Optional.empty();
    }
    DisbursementRequest r = DisbursementRequest.builder().id(id).fund(book.fund().id()).category(category)
        .project(project).recipient(recipient).beneficiaries(beneficiaries).amount(amount).requestedBy(by.get()).requestedAt(at).purpose(purpose)
        .build();
    FundBook.Step o = book.request(r);
    if (o.decision() instanceof Decision.Applied) {
      book = o.book();
      pending.put(id, new Pending(grid, clock.day(), false, false));
      log.emit(EventKind.DISBURSEMENT_REQUESTED, at, by.get(), grid, Action.RAISE, ids, by.get() + " requests " + amount
          + " of " + category + " (" + category.chinese() + ") for " + recipient.value(), null);
      return Optional.of(id);
    }
    if (o.decision() instanceof Decision.Refused<FundEvent> rej) {
      log.refused(at, by.get(), grid, ids, "the fund refuses request " + id + ": " + why(rej.refusal()));
    }
    return Optional.empty();
  }

  /**
   * Whether the fund serves the grid: its own grid or a node below it. A fund pays only for what
   * happens where it was raised (蓝天街道's fund for 蓝天街道).
   */
  boolean serves(GridId grid) {
    if (book == null) {
      return false;
    }
    GridId home = book.fund().grid();
    return hierarchy.contains(home) && index.within(home, grid);
  }

  /** Whether the books hold a payment for the directed project (paid now or before the start). */
  boolean paidFor(ProjectId project) {
    return paidProjects.contains(project);
  }

  /** The status of a request, if known. */
  Optional<CaseStatus> status(RequestId id) {
    return book == null ? Optional.empty() : book.findCase(id).map(DisbursementCase::status);
  }

  private void decide(Instant at) {
    for (DisbursementCase c : book.cases()) {
      Pending p = pending.get(c.id());
      if (p == null) {
        continue;
      }
      if (c.status() == CaseStatus.PENDING) {
        approve(c, p, at);
      }
      DisbursementCase now = book.findCase(c.id()).orElseThrow();
      if (now.status() == CaseStatus.APPROVED) {
        pay(now, p, at);
      }
      if (book.findCase(c.id()).map(x -> !x.status().isOpen()).orElse(true)) {
        pending.remove(c.id());
      }
    }
  }

  private void approve(DisbursementCase c, Pending p, Instant at) {
    DisbursementRequest r = c.request();
    SortedMap<String, String> ids = fundIds(SimulationEvent.REQUEST, r.id().value());
    boolean tooLong = clock.day() - p.day > params.disbursementPatienceDays();
    for (PersonId approver : book.policy().approvers()) {
      if (approver.equals(r.requestedBy()) || c.approvals().stream().anyMatch(a -> a.approver().equals(approver))
          || !posts.mayAct(approver, p.grid(), Action.APPROVE, at)) {
        continue;
      }
      if (tooLong) {
        FundBook.Step o = book.decline(r.id(), approver, at, "waited more than " + params.disbursementPatienceDays()
            + " days");
        if (o.decision() instanceof Decision.Applied) {
          book = o.book();
          log.emit(EventKind.DISBURSEMENT_DECLINED, at, approver, p.grid(), Action.APPROVE, ids, approver + " declines "
              + r.id() + ": waited too long", null);
        }
        return;
      }
      FundBook.Step o = book.approve(r.id(), approver, at);
      if (o.decision() instanceof Decision.Applied) {
        book = o.book();
        int remaining = book.approvalsRemaining(r.id());
        log.emit(EventKind.DISBURSEMENT_APPROVED, at, approver, p.grid(), Action.APPROVE, ids, approver + " approves "
            + r.id() + (remaining > 0 ? "; " + remaining + " more approval(s) needed" : "; approved"), null);
        if (remaining == 0) {
          return;
        }
        c = book.findCase(r.id()).orElseThrow();
      } else if (o.decision() instanceof Decision.Refused<FundEvent> rej) {
        log.refused(at, approver, p.grid(), ids, "the fund refuses the approval of " + r.id() + ": "
            + why(rej.refusal()));
        return;
      }
    }
    if (!p.approvalRefusalLogged()) {
      // no approver left who may approve here: say so once, the request waits
      pending.put(r.id(), new Pending(p.grid(), p.day(), p.payRefusalLogged(), true));
      log.refused(at, null, p.grid(), ids, "no further approver of the fund may approve " + r.id() + " at " + p.grid()
          + "; it waits");
    }
  }

  private void pay(DisbursementCase c, Pending p, Instant at) {
    DisbursementRequest r = c.request();
    PersonId payer = scenario.payer().orElseThrow();
    EntryId entry = EntryId.of(EventLog.id("pay-", ++paymentSeq, 7));
    SortedMap<String, String> ids = fundIds(SimulationEvent.REQUEST, r.id().value());
    FundBook.Step o = book.pay(r.id(), entry, payer, at);
    if (o.decision() instanceof Decision.Applied<FundEvent> done) {
      book = o.book();
      r.project().ifPresent(paidProjects::add);
      outToday = outToday.plus(r.amount());
      ids.put(SimulationEvent.ENTRY, entry.value());
      log.emit(EventKind.DISBURSEMENT_PAID, at, payer, p.grid(), null, ids, payer + " pays " + r.amount() + " for "
          + r.id() + " (" + r.category().chinese() + ")",
          new EventPayload.OfFundEntry(((FundEvent.Booked) done.last()).entry()));
    } else if (o.decision() instanceof Decision.Refused<FundEvent> rej && !p.payRefusalLogged()) {
      pending.put(r.id(), new Pending(p.grid(), p.day(), true, p.approvalRefusalLogged()));
      log.refused(at, payer, p.grid(), ids, "the fund refuses paying " + r.id() + ": " + why(rej.refusal()));
    }
  }

  /** A refusal as the log words it: the code's constant, then the detail ({@code OVER_CASE_CAP: request ...}). */
  private static String why(Refusal refusal) {
    return refusal.code() + ": " + refusal.detail();
  }
}
