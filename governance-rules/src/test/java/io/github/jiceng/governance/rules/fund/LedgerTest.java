package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.donation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Account;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.Draw;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Posting;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LedgerTest {

  private static final Earmark ELDERLY = Earmark.forCategory(OutflowCategory.ELDERLY);

  private static Ledger appended(Ledger l, Donation d) {
    Ledger.Step o = l.append(d);
    assertThat(o.decision()).isEqualTo(Decision.applied(d));
    return o.ledger();
  }

  private static Disbursement elderlyPayment(String id, String yuan, List<Draw> draws) {
    return Disbursement.builder().id(EntryId.of(id)).at(day(3))
        .request(Funds.request("r-" + id, OutflowCategory.ELDERLY, PersonId.of("p-old"), yuan, day(1)))
        .addApproval(new Approval(SECRETARY, day(2))).paidBy(TREASURER).addAllDraws(draws).build();
  }

  @Test
  void booksADonationAsADebitOfItsHoldingAndACreditOfItsChannel() {
    Donation d = donation("d1", LAUNCH, DonationChannel.CHARITY, "1000.01", Optional.of(ELDERLY));
    assertThat(d.postings()).containsExactly(
        new Posting(Account.Holding.of(ELDERLY), Posting.Side.DEBIT, Money.ofFen(100_001)),
        new Posting(new Account.Income(DonationChannel.CHARITY), Posting.Side.CREDIT, Money.ofFen(100_001)));
    Ledger l = appended(Ledger.empty(LANTIAN), d);
    assertThat(l.balance(Account.Holding.of(ELDERLY))).isEqualTo(Money.ofFen(100_001));
    assertThat(l.balance(Account.Holding.UNRESTRICTED)).isEqualTo(Money.ZERO);
    assertThat(l.totalIn()).isEqualTo(l.balance()).isEqualTo(Money.ofFen(100_001));
    assertThat(l.totalOut()).isEqualTo(Money.ZERO);
  }

  @Test
  void drawsADisbursementFromEachHoldingItNames() {
    Ledger l = appended(appended(Ledger.empty(LANTIAN),
        donation("d1", LAUNCH, DonationChannel.CHARITY, "300", Optional.of(ELDERLY))), donation("d2", day(1), "1000"));
    Disbursement pay = elderlyPayment("p1", "500",
        List.of(new Draw(Optional.of(ELDERLY), Money.ofYuan("300")), new Draw(Optional.empty(), Money.ofYuan("200"))));
    assertThat(pay.debits()).isEqualTo(pay.credits()).isEqualTo(Money.ofYuan("500"));
    Ledger.Step o = l.append(pay);
    assertThat(o.decision()).isInstanceOf(Decision.Applied.class);
    Ledger after = o.ledger();
    assertThat(after.balance(Account.Holding.of(ELDERLY))).isEqualTo(Money.ZERO);
    assertThat(after.balance(Account.Holding.UNRESTRICTED)).isEqualTo(Money.ofYuan("800"));
    assertThat(after.balance(new Account.Expense(OutflowCategory.ELDERLY, Optional.empty()))).isEqualTo(Money.ofYuan("500"));
    assertThat(after.totalIn().minus(after.totalOut())).isEqualTo(after.balance());
  }

  @Test
  void refusesAnEntryThatWouldDriveAHoldingBelowZero() {
    Ledger l = appended(Ledger.empty(LANTIAN), donation("d1", LAUNCH, DonationChannel.CHARITY, "300", Optional.of(ELDERLY)));
    Disbursement pay = elderlyPayment("p1", "300.01", List.of(new Draw(Optional.of(ELDERLY), Money.ofFen(30_001))));
    Ledger.Step o = l.append(pay);
    assertThat(reason(o)).isEqualTo(FundRefusal.INSUFFICIENT_BALANCE);
    assertThat(o.decision().refusalIfAny().orElseThrow()).satisfies(r -> {
      assertThat(r.detail()).contains("held:category:ELDERLY", "CNY 300.00", "CNY 300.01");
      assertThat(r.arguments()).containsExactly(Map.entry("id", "p1"), Map.entry("amount", "CNY 300.01"),
          Map.entry("available", "CNY 300.00"));
    });
    assertThat(o.ledger()).isSameAs(l);
  }

  @Test
  void replayingTheSameEntryChangesNothing() {
    Donation d = donation("d1", LAUNCH, "100");
    Ledger once = appended(Ledger.empty(LANTIAN), d);
    Ledger.Step again = once.append(donation("d1", LAUNCH, "100"));
    assertThat(again.decision()).isEqualTo(Decision.unchanged(List.of(d)));
    assertThat(again.ledger()).isSameAs(once);
    assertThat(once.entries()).containsExactly(d);
  }

  @Test
  void theSameIdWithOtherContentIsRejectedNamingBothVersions() {
    Ledger once = appended(Ledger.empty(LANTIAN), donation("d1", LAUNCH, "100"));
    Ledger.Step o = once.append(donation("d1", LAUNCH, "100.01"));
    assertThat(reason(o)).isEqualTo(FundRefusal.CONFLICTING_ID);
    assertThat(o.decision().refusalIfAny().orElseThrow().detail()).contains("entry d1", "CNY 100.00", "CNY 100.01");
    assertThat(o.ledger()).isSameAs(once);
  }

  @Test
  void refusesEntriesOfAnotherFundBeforeTheLaunchOrBeforeTheLastEntry() {
    Ledger l = appended(Ledger.empty(LANTIAN), donation("d1", day(5), "100"));
    Donation other = Donation.builder().id(EntryId.of("x")).fund(FundId.of("other")).at(day(6))
        .channel(DonationChannel.LEAD).donorKind(DonationChannel.LEAD.donorKind()).amount(Money.ofYuan("1")).build();
    assertThat(reason(l.append(other))).isEqualTo(FundRefusal.WRONG_FUND);
    assertThat(reason(Ledger.empty(LANTIAN).append(donation("early", LAUNCH.minusNanos(1), "1"))))
        .isEqualTo(FundRefusal.BEFORE_LAUNCH);
    assertThat(Ledger.empty(LANTIAN).append(donation("first", LAUNCH, "1")).decision()).isInstanceOf(Decision.Applied.class);
    assertThat(reason(l.append(donation("d2", day(5).minusNanos(1), "1")))).isEqualTo(FundRefusal.OUT_OF_ORDER);
    assertThat(l.append(donation("d2", day(5), "1")).decision()).isInstanceOf(Decision.Applied.class);
  }

  @Test
  void appendsABatchAllOrNothing() {
    Ledger l = Ledger.empty(LANTIAN);
    Ledger.Step o = l.appendAll(List.of(donation("d1", LAUNCH, "1"), donation("d2", day(1), "2"),
        donation("d1", day(2), "3")));
    assertThat(reason(o)).isEqualTo(FundRefusal.CONFLICTING_ID);
    assertThat(o.ledger().entries()).isEmpty();
    Ledger two = Ledger.of(LANTIAN, List.of(donation("d1", LAUNCH, "1"), donation("d2", day(1), "2"),
        donation("d1", LAUNCH, "1")));
    assertThat(two.entries()).extracting(e -> e.id().value()).containsExactly("d1", "d2");
    assertThat(two).isEqualTo(Ledger.of(LANTIAN, two.entries())).hasSameHashCodeAs(Ledger.of(LANTIAN, two.entries()));
    assertThat(two).hasToString("Ledger[lantian-fund, 2 entries, balance CNY 3.00]");
  }

  @Test
  void loadingStoredEntriesThatDoNotAddUpFailsWithTheEntryAndTheReason() {
    List<Donation> stored = List.of(donation("d1", day(2), "1"), donation("d2", day(1), "2"));
    assertThatThrownBy(() -> Ledger.of(LANTIAN, stored)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("Ledger[lantian-fund].entries").hasMessageContaining("entry d2").hasMessageContaining("OUT_OF_ORDER");
  }

  @Test
  void aDisbursementCannotBeApprovedByItsRequester() {
    assertThatThrownBy(() -> Disbursement.builder().id(EntryId.of("p")).at(day(3))
        .request(Funds.request("r", OutflowCategory.ELDERLY, PersonId.of("p-old"), "1", day(1)))
        .addApproval(new Approval(CLERK, day(2))).paidBy(TREASURER)
        .addDraw(new Draw(Optional.empty(), Money.ofYuan("1"))).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("maker-checker");
  }

  private static FundRefusal reason(Ledger.Step o) {
    FundRefusal code = Funds.rejectedFor(o);
    assertThat(o.decision().events()).isEmpty();
    return code;
  }
}
