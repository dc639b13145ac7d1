package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.DEPUTY;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.OUTSIDER;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.donation;
import static io.github.jiceng.governance.rules.fund.Funds.applied;
import static io.github.jiceng.governance.rules.fund.Funds.ok;
import static io.github.jiceng.governance.rules.fund.Funds.projectRequest;
import static io.github.jiceng.governance.rules.fund.Funds.rejectedFor;
import static io.github.jiceng.governance.rules.fund.Funds.request;
import static io.github.jiceng.governance.rules.fund.Funds.unchanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.AuditAction;
import io.github.jiceng.governance.model.fund.AuditRecord;
import io.github.jiceng.governance.model.fund.CaseStatus;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FundBookTest {

  private static final PersonId STUDENT = PersonId.of("p-student");
  private static final RequestId R1 = RequestId.of("r1");

  private static FundBook funded(String yuan) {
    return ok(FundBook.open(LANTIAN, POLICY).donate(donation("d0", LAUNCH, yuan)));
  }

  private static FundBook approved(FundBook book, DisbursementRequest r) {
    FundBook b = ok(book.request(r));
    int needed = POLICY.approvalsRequired(r.amount());
    List<PersonId> approvers = List.of(SECRETARY, TREASURER, DEPUTY);
    for (int i = 0; i < needed; i++) {
      b = ok(b.approve(r.id(), approvers.get(i), r.requestedAt().plusSeconds(60L * (i + 1))));
    }
    return b;
  }

  @Test
  void oneApproverSufficesOneFenBelowTheThresholdAndTwoAreNeededAtIt() {
    FundBook book = funded("100000");
    DisbursementRequest below = projectRequest("below", "pr-a", "9999.99", day(1), 10);
    DisbursementRequest at = projectRequest("at", "pr-b", "10000", day(1), 10);
    book = ok(book.request(below));
    book = ok(book.request(at));
    FundBook.Step once = book.approve(below.id(), SECRETARY, day(2));
    assertThat(applied(once, FundEvent.Approved.class)).isEqualTo(new FundEvent.Approved(below.id(), new Approval(SECRETARY, day(2))));
    assertThat(once.book().findCase(below.id()).orElseThrow().status()).isEqualTo(CaseStatus.APPROVED);
    assertThat(once.book().approvalsRemaining(below.id())).isZero();
    FundBook.Step first = book.approve(at.id(), SECRETARY, day(2));
    applied(first, FundEvent.Approved.class);
    assertThat(first.book().approvalsRemaining(at.id())).isEqualTo(1);
    assertThat(first.book().findCase(at.id()).orElseThrow().status()).isEqualTo(CaseStatus.PENDING);
    FundBook.Step second = first.book().approve(at.id(), TREASURER, day(2));
    applied(second, FundEvent.Approved.class);
    assertThat(second.book().approvalsRemaining(at.id())).isZero();
    assertThat(second.book().findCase(at.id()).orElseThrow()).satisfies(c -> {
      assertThat(c.status()).isEqualTo(CaseStatus.APPROVED);
      assertThat(c.approvals()).extracting(Approval::approver).containsExactly(SECRETARY, TREASURER);
    });
  }

  @Test
  void theRequesterCanNeitherApproveNorDeclineNorPay() {
    FundBook book = ok(funded("1000").request(request("r1", OutflowCategory.ELDERLY, PersonId.of("p-old"), "500", day(1))));
    FundPolicyCheck.requesterIsRefused(book, R1);
    FundBook approved = ok(book.approve(R1, SECRETARY, day(2)));
    assertThat(rejectedFor(approved.pay(R1, EntryId.of("pay1"), CLERK, day(3)))).isEqualTo(FundRefusal.REQUESTER_CANNOT_PAY);
    assertThat(applied(approved.pay(R1, EntryId.of("pay1"), SECRETARY, day(3)), FundEvent.Booked.class).entry().id())
        .isEqualTo(EntryId.of("pay1"));
  }

  @Test
  void aSecondApprovalByTheSameApproverIsRejectedAndTheCaseStaysPending() {
    FundBook book = ok(funded("100000").request(projectRequest("r1", "pr-a", "20000", day(1), 50)));
    FundBook once = ok(book.approve(R1, SECRETARY, day(2)));
    FundBook.Step twice = once.approve(R1, SECRETARY, day(3));
    assertThat(rejectedFor(twice)).isEqualTo(FundRefusal.DUPLICATE_APPROVER);
    assertThat(twice.book()).isSameAs(once);
    assertThat(once.findCase(R1).orElseThrow().status()).isEqualTo(CaseStatus.PENDING);
    assertThat(rejectedFor(once.pay(R1, EntryId.of("pay1"), TREASURER, day(4)))).isEqualTo(FundRefusal.NOT_APPROVED);
  }

  @Test
  void onlyThePolicysApproversApproveAndOnlyAfterTheRequest() {
    FundBook book = ok(funded("1000").request(request("r1", OutflowCategory.ELDERLY, PersonId.of("p-old"), "500", day(1))));
    assertThat(rejectedFor(book.approve(R1, OUTSIDER, day(2)))).isEqualTo(FundRefusal.NOT_AN_APPROVER);
    assertThat(rejectedFor(book.approve(R1, SECRETARY, day(1).minusNanos(1)))).isEqualTo(FundRefusal.OUT_OF_ORDER);
    assertThat(rejectedFor(book.approve(RequestId.of("nope"), SECRETARY, day(2)))).isEqualTo(FundRefusal.UNKNOWN_REQUEST);
  }

  @Test
  void aDeclinedRequestIsClosedAndCannotBePaidOrApproved() {
    FundBook book = ok(funded("1000").request(request("r1", OutflowCategory.ELDERLY, PersonId.of("p-old"), "500", day(1))));
    FundBook.Step declined = book.decline(R1, SECRETARY, day(2), "不符合扶老条件");
    assertThat(applied(declined, FundEvent.Declined.class).decline().reason()).isEqualTo("不符合扶老条件");
    FundBook after = declined.book();
    assertThat(rejectedFor(after.approve(R1, TREASURER, day(3)))).isEqualTo(FundRefusal.NOT_PENDING);
    assertThat(rejectedFor(after.pay(R1, EntryId.of("p"), TREASURER, day(3)))).isEqualTo(FundRefusal.NOT_APPROVED);
    assertThat(after.findCase(R1).orElseThrow().decline().orElseThrow().reason()).isEqualTo("不符合扶老条件");
  }

  @Test
  void paysFromTheProjectsEarmarkFirstThenTheCategorysThenUnrestrictedMoney() {
    Earmark square = Earmark.forProject(ProjectId.of("square"));
    Earmark directed = Earmark.forCategory(OutflowCategory.DIRECTED_PROJECT);
    FundBook book = FundBook.open(LANTIAN, POLICY);
    book = ok(book.donate(donation("d1", LAUNCH, DonationChannel.DIRECTED, "6000", Optional.of(square))));
    book = ok(book.donate(donation("d2", LAUNCH, DonationChannel.DIRECTED, "3000", Optional.of(directed))));
    book = ok(book.donate(donation("d3", LAUNCH, DonationChannel.LEAD, "5000", Optional.empty())));
    book = ok(book.donate(donation("d4", LAUNCH, DonationChannel.DIRECTED, "7000",
        Optional.of(Earmark.forProject(ProjectId.of("other"))))));
    DisbursementRequest r = projectRequest("r1", "square", "10000", day(1), 300);
    FundBook.Step paid = approved(book, r).pay(R1, EntryId.of("pay1"), TREASURER, day(2));
    Disbursement entry = (Disbursement) applied(paid, FundEvent.Booked.class).entry();
    assertThat(paid.book().findCase(R1).orElseThrow().payment().orElseThrow().entry()).isEqualTo(entry.id());
    assertThat(entry.draws()).containsExactly(
        new Draw(Optional.of(square), Money.ofYuan("6000")),
        new Draw(Optional.of(directed), Money.ofYuan("3000")),
        new Draw(Optional.empty(), Money.ofYuan("1000")));
    Ledger l = paid.book().ledger();
    assertThat(l.balance(Account.Holding.of(Earmark.forProject(ProjectId.of("other"))))).isEqualTo(Money.ofYuan("7000"));
    assertThat(l.balance(Account.Holding.UNRESTRICTED)).isEqualTo(Money.ofYuan("4000"));
  }

  @Test
  void moneyEarmarkedForAnotherProjectOrCategoryCannotPay() {
    FundBook book = FundBook.open(LANTIAN, POLICY);
    book = ok(book.donate(donation("d1", LAUNCH, DonationChannel.DIRECTED, "50000",
        Optional.of(Earmark.forProject(ProjectId.of("other"))))));
    book = ok(book.donate(donation("d2", LAUNCH, DonationChannel.CHARITY, "50000",
        Optional.of(Earmark.forCategory(OutflowCategory.ELDERLY)))));
    assertThat(book.ledger().balance()).isEqualTo(Money.ofYuan("100000"));
    assertThat(rejectedFor(book.request(projectRequest("r1", "square", "1", day(1), 1))))
        .isEqualTo(FundRefusal.INSUFFICIENT_BALANCE);
    applied(book.request(request("r2", OutflowCategory.ELDERLY, PersonId.of("p-old"), "2000", day(1))), FundEvent.Requested.class);
  }

  @Test
  void paymentIsRefusedWhenTheMoneyWasSpentSinceTheRequest() {
    FundBook book = funded("3000");
    book = approved(book, request("r1", OutflowCategory.ELDERLY, PersonId.of("p-a"), "2000", day(1)));
    book = approved(book, request("r2", OutflowCategory.ELDERLY, PersonId.of("p-b"), "2000", day(1)));
    book = ok(book.pay(R1, EntryId.of("pay1"), TREASURER, day(2)));
    FundBook.Step second = book.pay(RequestId.of("r2"), EntryId.of("pay2"), TREASURER, day(2));
    assertThat(rejectedFor(second)).isEqualTo(FundRefusal.INSUFFICIENT_BALANCE);
    assertThat(second.book().ledger().balance()).isEqualTo(Money.ofYuan("1000"));
  }

  @Test
  void capsPerCaseAndPerPeriodBindNewRequests() {
    FundBook book = funded("1000000");
    assertThat(rejectedFor(book.request(request("big", OutflowCategory.EMERGENCY, PersonId.of("p-a"), "5000.01", day(1)))))
        .isEqualTo(FundRefusal.OVER_CASE_CAP);
    applied(book.request(request("max", OutflowCategory.EMERGENCY, PersonId.of("p-a"), "5000", day(1))), FundEvent.Requested.class);
    // 200,000 a year for hardship: 20 cases of 10,000 fill it, the 21st passes it
    FundBook b = book;
    for (int i = 0; i < 20; i++) {
      b = ok(b.request(request("h" + i, OutflowCategory.HARDSHIP, PersonId.of("p-h" + i), "10000", day(1))));
    }
    assertThat(rejectedFor(b.request(request("h20", OutflowCategory.HARDSHIP, PersonId.of("p-h20"), "0.01", day(2)))))
        .isEqualTo(FundRefusal.OVER_PERIOD_CAP);
    // a declined case frees its room
    FundBook freed = ok(b.decline(RequestId.of("h0"), SECRETARY, day(2), "重复申请"));
    applied(freed.request(request("h20", OutflowCategory.HARDSHIP, PersonId.of("p-h20"), "10000", day(2))), FundEvent.Requested.class);
    // the next calendar year (in the fund's zone) starts empty
    Instant nextYear = LocalDate.of(2022, 1, 1).atStartOfDay(LANTIAN.zone()).toInstant();
    assertThat(rejectedFor(b.request(request("h21", OutflowCategory.HARDSHIP, PersonId.of("p-h21"), "1", nextYear.minusNanos(1)))))
        .isEqualTo(FundRefusal.OVER_PERIOD_CAP);
    applied(b.request(request("h21", OutflowCategory.HARDSHIP, PersonId.of("p-h21"), "1", nextYear)), FundEvent.Requested.class);
  }

  @Test
  void oneAwardOfAnyKindPerPersonPerYear() {
    FundBook book = ok(funded("100000").request(request("a1", OutflowCategory.OUTSTANDING_STUDENTS, STUDENT, "3000", day(80))));
    assertThat(rejectedFor(book.request(request("a2", OutflowCategory.ROLE_MODELS, STUDENT, "500", day(90)))))
        .isEqualTo(FundRefusal.OVER_RECIPIENT_LIMIT);
    applied(book.request(request("a3", OutflowCategory.ROLE_MODELS, PersonId.of("p-other"), "500", day(90))), FundEvent.Requested.class);
    applied(book.request(request("a4", OutflowCategory.OUTSTANDING_STUDENTS, STUDENT, "3000", day(80 + 366))), FundEvent.Requested.class);
    assertThat(rejectedFor(book.request(request("a5", OutflowCategory.NEW_RECRUITS, OrganizationId.of("unit"), "100", day(90)))))
        .isEqualTo(FundRefusal.RECIPIENT_NOT_ELIGIBLE);
  }

  @Test
  void repeatingARequestOrAPaymentIsANoOpAndChangingItIsAConflict() {
    DisbursementRequest r = request("r1", OutflowCategory.ELDERLY, PersonId.of("p-old"), "500", day(1));
    FundBook book = ok(funded("1000").request(r));
    FundBook.Step again = book.request(r);
    assertThat(again.decision()).isEqualTo(Decision.unchanged(List.of()));
    assertThat(again.book()).isSameAs(book);
    assertThat(rejectedFor(book.request(request("r1", OutflowCategory.ELDERLY, PersonId.of("p-old"), "501", day(1)))))
        .isEqualTo(FundRefusal.CONFLICTING_ID);
    FundBook paid = ok(ok(book.approve(R1, SECRETARY, day(2))).pay(R1, EntryId.of("pay1"), TREASURER, day(3)));
    FundBook.Step repaid = paid.pay(R1, EntryId.of("pay1"), TREASURER, day(4));
    assertThat(repaid.decision()).isEqualTo(Decision.unchanged(List.of(new FundEvent.Booked(
        paid.ledger().entry(EntryId.of("pay1")).orElseThrow()))));
    assertThat(repaid.book()).isSameAs(paid);
    assertThat(rejectedFor(paid.pay(R1, EntryId.of("pay2"), TREASURER, day(4)))).isEqualTo(FundRefusal.NOT_APPROVED);
    assertThat(paid.ledger().totalOut()).isEqualTo(Money.ofYuan("500"));
  }

  @Test
  void theAuditTrailSaysWhoRequestedApprovedAndPaidWhat() {
    FundBook book = approved(funded("100000"), projectRequest("r1", "square", "20000", day(1), 80));
    book = ok(book.pay(R1, EntryId.of("pay1"), DEPUTY, day(2)));
    assertThat(book.audit()).extracting(AuditRecord::action, AuditRecord::actor).containsExactly(
        org.assertj.core.groups.Tuple.tuple(AuditAction.REQUESTED, CLERK),
        org.assertj.core.groups.Tuple.tuple(AuditAction.APPROVED, SECRETARY),
        org.assertj.core.groups.Tuple.tuple(AuditAction.APPROVED, TREASURER),
        org.assertj.core.groups.Tuple.tuple(AuditAction.PAID, DEPUTY));
    assertThat(book.audit().get(3).entry()).contains(EntryId.of("pay1"));
    Disbursement d = (Disbursement) book.ledger().entry(EntryId.of("pay1")).orElseThrow();
    assertThat(d.approvals()).extracting(Approval::approver).containsExactly(SECRETARY, TREASURER);
    assertThat(d.request().requestedBy()).isEqualTo(CLERK);
    assertThat(d.paidBy()).isEqualTo(DEPUTY);
  }

  @Test
  void storedDisbursementsAreCheckedAgainstThePolicyWhenRecorded() {
    DisbursementRequest big = projectRequest("r1", "square", "20000", day(1), 80);
    Disbursement oneApproval = Disbursement.builder().id(EntryId.of("pay1")).at(day(2)).request(big)
        .addApproval(new Approval(SECRETARY, day(1))).paidBy(TREASURER)
        .addDraw(new Draw(Optional.empty(), big.amount())).build();
    assertThat(rejectedFor(funded("100000").record(oneApproval))).isEqualTo(FundRefusal.INSUFFICIENT_APPROVALS);
    Disbursement outsider = Disbursement.builder().id(EntryId.of("pay1")).at(day(2)).request(big)
        .addApprovals(new Approval(SECRETARY, day(1)), new Approval(OUTSIDER, day(1))).paidBy(TREASURER)
        .addDraw(new Draw(Optional.empty(), big.amount())).build();
    assertThat(rejectedFor(funded("100000").record(outsider))).isEqualTo(FundRefusal.NOT_AN_APPROVER);
  }

  @Test
  void replayingTheLedgerIntoAFreshBookRebuildsItsBalancesCasesAndAudit() {
    FundBook book = approved(funded("100000"), projectRequest("r1", "square", "20000", day(1), 80));
    book = ok(book.pay(R1, EntryId.of("pay1"), DEPUTY, day(2)));
    book = ok(book.donate(donation("d9", day(3), DonationChannel.MUTUAL_AID, "36", Optional.empty())));
    FundBook fresh = ok(FundBook.open(LANTIAN, POLICY).recordAll(book.ledger().entries()));
    assertThat(fresh.ledger()).isEqualTo(book.ledger());
    assertThat(fresh.ledger().balances()).isEqualTo(book.ledger().balances());
    assertThat(fresh.cases()).isEqualTo(book.cases());
    assertThat(fresh.audit()).containsExactlyInAnyOrderElementsOf(book.audit());
    assertThat(fresh).isEqualTo(FundRules.of(LANTIAN, POLICY).fold(FundRules.of(LANTIAN, POLICY).initialState(),
        book.ledger().entries().stream().<FundEvent>map(FundEvent.Booked::new).toList()));
    FundBook.Step again = fresh.recordAll(book.ledger().entries());
    assertThat(unchanged(again)).isSameAs(fresh);
    assertThat(again.decision().events()).hasSize(book.ledger().size());
  }
}
