package io.github.jiceng.governance.model.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class DisbursementModelTest {

  private static final FundId FUND = FundId.of("f");
  private static final Instant T = Instant.parse("2022-01-01T00:00:00Z");
  private static final PersonId MAKER = PersonId.of("maker");
  private static final PersonId CHECKER = PersonId.of("checker");
  private static final ProjectId SQUARE = ProjectId.of("square");

  private static DisbursementRequest.Builder request() {
    return DisbursementRequest.builder().id(RequestId.of("r")).fund(FUND).category(OutflowCategory.DIRECTED_PROJECT)
        .project(SQUARE).recipient(OrganizationId.of("contractor")).amount(Money.ofYuan("100")).requestedBy(MAKER)
        .requestedAt(T).purpose("广场");
  }

  private static Disbursement.Builder paid(List<Draw> draws) {
    return Disbursement.builder().id(EntryId.of("p")).at(T.plusSeconds(10)).request(request().build())
        .addApproval(new Approval(CHECKER, T.plusSeconds(5))).paidBy(CHECKER).addAllDraws(draws);
  }

  @Test
  void aRequestNamesAProjectExactlyForDirectedProjects() {
    assertThat(request().build().project()).contains(SQUARE);
    assertThatThrownBy(() -> DisbursementRequest.builder().id(RequestId.of("r")).fund(FUND).category(OutflowCategory.DIRECTED_PROJECT)
        .recipient(OrganizationId.of("c")).amount(Money.ofYuan("1")).requestedBy(MAKER).requestedAt(T).purpose("x").build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("project-iff-directed");
    assertThatThrownBy(() -> DisbursementRequest.builder().id(RequestId.of("r")).fund(FUND).category(OutflowCategory.ELDERLY)
        .project(SQUARE).recipient(MAKER).amount(Money.ofYuan("1")).requestedBy(CHECKER).requestedAt(T).purpose("x").build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("names no project, was square");
    assertThatThrownBy(() -> DisbursementRequest.builder().id(RequestId.of("r")).fund(FUND).category(OutflowCategory.ELDERLY)
        .recipient(MAKER).amount(Money.ZERO).requestedBy(MAKER).requestedAt(T).purpose("x").build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("amount-positive");
  }

  @Test
  void aDisbursementsDrawsAddUpToItsAmountFromHoldingsThatAdmitIt() {
    Disbursement ok = paid(List.of(new Draw(Optional.of(Earmark.forProject(SQUARE)), Money.ofYuan("60")),
        new Draw(Optional.empty(), Money.ofYuan("40")))).build();
    assertThat(ok.debits()).isEqualTo(ok.credits()).isEqualTo(Money.ofYuan("100"));
    assertThat(ok.postings()).hasSize(3);
    assertThatThrownBy(() -> paid(List.of(new Draw(Optional.empty(), Money.ofYuan("99.99")))).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("draws-balance");
    assertThatThrownBy(() -> paid(List.of(new Draw(Optional.empty(), Money.ofYuan("50")),
        new Draw(Optional.empty(), Money.ofYuan("50")))).build()).hasMessageContaining("draws-distinct");
    assertThatThrownBy(() -> paid(List.of(new Draw(Optional.of(Earmark.forProject(ProjectId.of("other"))), Money.ofYuan("100"))))
        .build()).hasMessageContaining("earmark-admits");
    assertThatThrownBy(() -> paid(List.of(new Draw(Optional.of(Earmark.forCategory(OutflowCategory.ELDERLY)),
        Money.ofYuan("100")))).build()).hasMessageContaining("earmark-admits");
  }

  @Test
  void aDisbursementKeepsMakerAndCheckerApart() {
    List<Draw> all = List.of(new Draw(Optional.empty(), Money.ofYuan("100")));
    assertThatThrownBy(() -> paid(all).paidBy(MAKER).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Disbursement.builder().id(EntryId.of("p")).at(T.plusSeconds(10)).request(request().build())
        .addApproval(new Approval(CHECKER, T)).paidBy(MAKER).addAllDraws(all).build()).hasMessageContaining("paidBy");
    assertThatThrownBy(() -> Disbursement.builder().id(EntryId.of("p")).at(T.plusSeconds(10)).request(request().build())
        .addApprovals(new Approval(CHECKER, T), new Approval(CHECKER, T)).paidBy(CHECKER).addAllDraws(all).build())
        .hasMessageContaining("approvers-distinct");
    assertThatThrownBy(() -> Disbursement.builder().id(EntryId.of("p")).at(T.plusSeconds(10)).request(request().build())
        .addApproval(new Approval(CHECKER, T.plusSeconds(11))).paidBy(CHECKER).addAllDraws(all).build())
        .hasMessageContaining("approval-in-time");
    assertThatThrownBy(() -> Disbursement.builder().id(EntryId.of("p")).at(T.plusSeconds(10)).request(request().build())
        .paidBy(CHECKER).addAllDraws(all).build()).hasMessageContaining("approved");
  }

  @Test
  void aCaseMovesByNamedTransitionsAndStaysConsistent() {
    DisbursementCase c = DisbursementCase.opened(request().build());
    assertThat(c.status()).isEqualTo(CaseStatus.PENDING);
    DisbursementCase approved = c.withApproval(new Approval(CHECKER, T), true);
    assertThat(approved.status()).isEqualTo(CaseStatus.APPROVED);
    DisbursementCase paid = approved.paid(new Payment(EntryId.of("p"), CHECKER, T));
    assertThat(paid.status()).isEqualTo(CaseStatus.PAID);
    assertThat(paid.approvals()).containsExactly(new Approval(CHECKER, T));
    assertThat(c.declined(new Decline(CHECKER, T, "不符合条件")).status().isOpen()).isFalse();
    assertThatThrownBy(() -> c.withApproval(new Approval(MAKER, T), true)).hasMessageContaining("maker-checker");
    assertThatThrownBy(() -> DisbursementCase.builder().request(request().build()).status(CaseStatus.PAID).build())
        .hasMessageContaining("payment-iff-paid");
  }

  @Test
  void earmarksAndAccountsHaveOneOrder() {
    Earmark elderly = Earmark.forCategory(OutflowCategory.ELDERLY);
    Earmark emergency = Earmark.forCategory(OutflowCategory.EMERGENCY);
    Earmark a = Earmark.forProject(ProjectId.of("a"));
    assertThat(List.of(a, elderly, emergency).stream().sorted()).containsExactly(emergency, elderly, a);
    assertThat(a.admits(OutflowCategory.DIRECTED_PROJECT, Optional.of(ProjectId.of("a")))).isTrue();
    assertThat(a.admits(OutflowCategory.DIRECTED_PROJECT, Optional.empty())).isFalse();
    List<Account> accounts = List.of(new Account.Expense(OutflowCategory.ELDERLY, Optional.empty()),
        new Account.Income(DonationChannel.LEAD), Account.Holding.of(elderly), Account.Holding.UNRESTRICTED,
        new Account.Income(DonationChannel.DIRECTED));
    assertThat(accounts.stream().sorted().map(Account::toString)).containsExactly("held:unrestricted",
        "held:category:ELDERLY", "income:DIRECTED", "income:LEAD", "expense:ELDERLY");
    assertThat(new Posting(Account.Holding.UNRESTRICTED, Posting.Side.CREDIT, Money.ofFen(5)).signedFen()).isEqualTo(-5);
    assertThat(new Posting(new Account.Income(DonationChannel.LEAD), Posting.Side.CREDIT, Money.ofFen(5)).signedFen()).isEqualTo(5);
  }

  @Test
  void publicConstructorsAndFactoriesRejectNulls() {
    NullPointerTester t = new NullPointerTester().setDefault(Money.class, Money.ofFen(1)).setDefault(Instant.class, T)
        .setDefault(PersonId.class, MAKER).setDefault(EntryId.class, EntryId.of("e")).setDefault(RequestId.class, RequestId.of("r"))
        .setDefault(ProjectId.class, SQUARE).setDefault(DisbursementRequest.class, request().build())
        .setDefault(Account.class, Account.Holding.UNRESTRICTED).setDefault(Earmark.class, Earmark.forProject(SQUARE));
    for (Class<?> c : List.of(Approval.class, Decline.class, Payment.class, Draw.class, Posting.class, AuditRecord.class,
        PeriodCap.class, ApprovalTier.class, RecipientLimit.class, Account.Holding.class, Account.Income.class,
        Earmark.ForCategory.class, Earmark.ForProject.class)) {
      t.testAllPublicConstructors(c);
    }
    t.testAllPublicStaticMethods(Earmark.class);
    t.testAllPublicStaticMethods(DisbursementCase.class);
  }
}
