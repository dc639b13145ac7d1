package com.example.consumer;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.Fund;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.FundPolicies;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import io.github.jiceng.governance.rules.fund.NoticeBoard;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The co-building fund (共建实践金) with maker-checker: donations come in, a clerk requests a
 * disbursement, a committee member other than the clerk approves it, another pays it, and the
 * transparency report (公示) accounts for every fen.
 */
public final class CoBuildingFund {

  private CoBuildingFund() {}

  public static void main(String[] args) {
    FundId id = FundId.of("lantian-fund");
    Fund fund = Fund.builder().id(id).name("蓝天街道共建实践金").grid(GridId.of("lantian"))
        .launchedOn(LocalDate.of(2021, 6, 9)).build();
    PersonId clerk = PersonId.of("p-clerk");
    PersonId secretary = PersonId.of("p-secretary");
    PersonId treasurer = PersonId.of("p-treasurer");
    Instant day0 = fund.launchedAt();
    FundBook book = FundBook.open(fund, FundPolicies.streetDefault("lantian-fund@2021",
        List.of(secretary, treasurer, PersonId.of("p-deputy"))));

    book = book.donate(Donation.builder().id(EntryId.of("don-1")).fund(id).at(day0)
        .channel(DonationChannel.DIRECTED).donorKind(DonationChannel.DIRECTED.donorKind())
        .donor(OrganizationId.of("org-power-supply")).amount(Money.ofYuan("30000")).build()).book();
    book = book.donate(Donation.builder().id(EntryId.of("don-2")).fund(id).at(day0.plus(Duration.ofDays(1)))
        .channel(DonationChannel.LEAD).donorKind(DonationChannel.LEAD.donorKind())
        .amount(Money.ofYuan("5000.50")).build()).book();
    RequestId r1 = RequestId.of("req-1");
    book = book.request(DisbursementRequest.builder().id(r1).fund(id).category(OutflowCategory.ELDERLY)
        .recipient(PersonId.of("p-wang-grandma")).amount(Money.ofYuan("800"))
        .requestedBy(clerk).requestedAt(day0.plus(Duration.ofDays(2))).purpose("扶老：独居老人冬季取暖").build()).book();

    FundBook.Step selfApproval = book.approve(r1, clerk, day0.plus(Duration.ofDays(3)));  // the maker cannot check
    FundBook.Step approval = book.approve(r1, secretary, day0.plus(Duration.ofDays(3)));
    FundBook.Step payment = approval.book().pay(r1, EntryId.of("pay-1"), treasurer, day0.plus(Duration.ofDays(4)));
    TransparencyReport report = TransparencyReports.of(payment.book(),
        Interval.of(day0, day0.plus(Duration.ofDays(30))));

    check(selfApproval.decision().refusalIfAny().map(r -> r.code()).orElse(null) == FundRefusal.REQUESTER_CANNOT_APPROVE
        && selfApproval.book() == book, "self-approval " + selfApproval.decision());
    check(approval.decision() instanceof Decision.Applied && approval.book().approvalsRemaining(r1) == 0,
        "approval " + approval.decision());                                           // one approval is enough here
    check(payment.decision() instanceof Decision.Applied<FundEvent> paid && paid.last() instanceof FundEvent.Booked b
        && b.entry().id().equals(EntryId.of("pay-1")), "payment " + payment.decision());
    check(report.totalIn().equals(Money.ofYuan("35000.50")), "in " + report.totalIn());
    check(report.totalOut().equals(Money.ofYuan("800")), "out " + report.totalOut());
    check(report.closingBalance().equals(Money.ofYuan("34200.50")), "closing " + report.closingBalance());
    check(report.openRequests() == 0 && report.beneficiaries() == 1, "open requests and beneficiaries");
    System.out.println("CoBuildingFund OK: self-approval " + selfApproval.decision() + "\n"
        + NoticeBoard.render(report, ZoneId.of("Asia/Shanghai")));
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("CoBuildingFund FAILED: " + what);
    }
  }
}
