package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.DEPUTY;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.donation;
import static io.github.jiceng.governance.rules.fund.Funds.ok;
import static io.github.jiceng.governance.rules.fund.Funds.projectRequest;
import static io.github.jiceng.governance.rules.fund.Funds.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementPolicy;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stored disbursement recorded into a book (a replay, an import) is checked as a request paid
 * through the book would be: the fund, the category, the approvers, the number of approvals and,
 * when the book already knows the request, that it is the same request and still open.
 */
final class RecordedDisbursementTest {

  private static FundBook funded() {
    return ok(FundBook.open(LANTIAN, POLICY).donate(donation("d0", LAUNCH, "100000")));
  }

  /** A directed-project request of the square, as {@link Funds#projectRequest} but for any fund and amount. */
  private static DisbursementRequest squareRequest(FundId fund, String yuan) {
    return DisbursementRequest.builder().id(RequestId.of("r1")).fund(fund).category(OutflowCategory.DIRECTED_PROJECT)
        .project(ProjectId.of("square")).recipient(OrganizationId.of("contractor")).beneficiaries(10)
        .amount(Money.ofYuan(yuan)).requestedBy(CLERK).requestedAt(day(1)).purpose("项目 square").build();
  }

  private static Disbursement paying(DisbursementRequest r, String entry) {
    return Disbursement.builder().id(EntryId.of(entry)).at(day(3)).request(r)
        .addApprovals(new Approval(SECRETARY, day(2)), new Approval(TREASURER, day(2))).paidBy(DEPUTY)
        .addDraw(new Draw(Optional.empty(), r.amount())).build();
  }

  @Test
  void aDisbursementOfAnotherFundIsRefused() {
    DisbursementRequest r = squareRequest(FundId.of("other-fund"), "500");

    assertThat(rejectedFor(funded().record(paying(r, "pay1")))).isEqualTo(FundRefusal.WRONG_FUND);
  }

  @Test
  void aDisbursementOfACategoryThePolicyLeavesOutIsRefused() {
    DisbursementPolicy withoutProjects = DisbursementPolicy.builder().label("lantian-fund@no-projects")
        .addAllApprovers(POLICY.approvers()).addAllApprovalTiers(POLICY.approvalTiers())
        .addAllCategoryRules(POLICY.categoryRules().stream()
            .filter(rule -> rule.category() != OutflowCategory.DIRECTED_PROJECT).toList())
        .build();
    FundBook book = ok(FundBook.open(LANTIAN, withoutProjects).donate(donation("d0", LAUNCH, "100000")));

    assertThat(rejectedFor(book.record(paying(projectRequest("r1", "square", "500", day(1), 10), "pay1"))))
        .isEqualTo(FundRefusal.CATEGORY_NOT_ALLOWED);
  }

  @Test
  void aDisbursementOfAKnownRequestMustCarryThatRequestAndFindItOpen() {
    DisbursementRequest r = squareRequest(Funds.ID, "500");
    assertThat(r).isEqualTo(projectRequest("r1", "square", "500", day(1), 10));
    FundBook requested = ok(funded().request(r));
    DisbursementRequest altered = squareRequest(Funds.ID, "600");

    assertThat(rejectedFor(requested.record(paying(altered, "pay1")))).isEqualTo(FundRefusal.CONFLICTING_ID);
    FundBook paid = ok(requested.record(paying(r, "pay1")));
    assertThat(paid.findCase(RequestId.of("r1")).orElseThrow().status().isOpen()).isFalse();
    assertThat(rejectedFor(paid.record(paying(r, "pay2")))).isEqualTo(FundRefusal.NOT_APPROVED);
  }

  @Test
  void equalBooksHaveEqualHashCodesAndTheLedgerKnowsItsLastInstant() {
    FundBook a = ok(funded().request(projectRequest("r1", "square", "500", day(1), 10)));
    FundBook b = ok(funded().request(projectRequest("r1", "square", "500", day(1), 10)));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(funded());
    assertThat(a.ledger().lastAt()).contains(LAUNCH);
    assertThat(FundBook.open(LANTIAN, POLICY).ledger().lastAt()).isEmpty();
    PersonId nobody = PersonId.of("p-nobody");
    assertThat(a.approve(RequestId.of("r1"), nobody, day(2)).book()).isEqualTo(a);
  }
}
