package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.ID;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.applied;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.ok;
import static io.github.jiceng.governance.rules.fund.Funds.rejectedFor;
import static io.github.jiceng.governance.rules.fund.Funds.request;
import static io.github.jiceng.governance.rules.fund.Funds.unchanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FundPledgesTest {

  private static final OrganizationId POWER = OrganizationId.of("unit-power");
  private static final OrganizationId HEATING = OrganizationId.of("unit-heating");
  private static final PledgeId P1 = PledgeId.of("pledge-power");

  private static Pledge pledge(PledgeId id, OrganizationId donor, String yuan, Instant at) {
    return Pledge.builder().id(id).fund(ID).at(at).channel(DonationChannel.DIRECTED)
        .donorKind(DonorKind.CO_BUILDING_UNIT).donor(donor).amount(Money.ofYuan(yuan))
        .dueOn(LocalDate.of(2021, 12, 31)).build();
  }

  private static Donation paying(String id, PledgeId pledge, OrganizationId donor, String yuan, Instant at) {
    return Donation.builder().id(EntryId.of(id)).fund(ID).at(at).channel(DonationChannel.DIRECTED)
        .donorKind(DonorKind.CO_BUILDING_UNIT).donor(donor).amount(Money.ofYuan(yuan)).pledge(pledge).build();
  }

  private static FundBook pledged() {
    return ok(FundBook.open(LANTIAN, POLICY).pledge(pledge(P1, POWER, "500000", day(0))));
  }

  @Test
  void aPledgeIsPaidInTwoDonationsThatNameIt() {
    FundBook book = pledged();
    assertThat(book.findPledge(P1).orElseThrow().outstanding()).isEqualTo(Money.ofYuan("500000"));
    book = ok(book.donate(paying("d1", P1, POWER, "420000", day(1))));
    assertThat(book.findPledge(P1).orElseThrow().paid()).isEqualTo(Money.ofYuan("420000"));
    assertThat(book.outstandingPledges()).isEqualTo(Money.ofYuan("80000"));
    book = ok(book.donate(paying("d2", P1, POWER, "80000", day(2))));
    PledgeStanding standing = book.findPledge(P1).orElseThrow();
    assertThat(standing.fulfilled()).isTrue();
    assertThat(book.outstandingPledges()).isEqualTo(Money.ZERO);
    assertThat(book.ledger().balance()).isEqualTo(Money.ofYuan("500000"));
  }

  @Test
  void aPledgeIsNoMoneyTheFundCanSpend() {
    FundBook book = pledged();
    assertThat(book.ledger().balance()).isEqualTo(Money.ZERO);
    assertThat(book.ledger().totalIn()).isEqualTo(Money.ZERO);
    assertThat(book.ledger().size()).isZero();
    DisbursementRequest r = request("r1", OutflowCategory.EMERGENCY, PersonId.of("res-1"), "1000", day(1));
    assertThat(rejectedFor(book.request(r))).isEqualTo(FundRefusal.INSUFFICIENT_BALANCE);
    book = ok(book.donate(paying("d1", P1, POWER, "600", day(1))));
    assertThat(book.ledger().fundable(OutflowCategory.EMERGENCY, Optional.empty())).isEqualTo(Money.ofYuan("600"));
    FundBook.Step asked = book.request(r);
    assertThat(rejectedFor(asked)).isEqualTo(FundRefusal.INSUFFICIENT_BALANCE);
    assertThat(asked.decision().refusalIfAny().orElseThrow().arguments()).containsEntry("available", Money.ofYuan("600").toString());
  }

  @Test
  void aDonationOverWhatIsOutstandingIsRefusedAndChangesNothing() {
    FundBook book = ok(pledged().donate(paying("d1", P1, POWER, "499999", day(1))));
    FundBook.Step over = book.donate(paying("d2", P1, POWER, "2", day(2)));
    assertThat(rejectedFor(over)).isEqualTo(FundRefusal.OVER_PLEDGE);
    assertThat(over.decision().refusalIfAny().orElseThrow().arguments())
        .containsEntry("pledge", P1.value()).containsEntry("amount", Money.ofYuan("2").toString())
        .containsEntry("outstanding", Money.ofYuan("1").toString());
    assertThat(over.book()).isSameAs(book);
    assertThat(ok(book.donate(paying("d2", P1, POWER, "1", day(2)))).findPledge(P1).orElseThrow().fulfilled()).isTrue();
  }

  @Test
  void aDonationNamingAPledgeNeverMadeOrMadeByAnotherDonorIsRefused() {
    FundBook book = pledged();
    assertThat(rejectedFor(book.donate(paying("d1", PledgeId.of("pledge-none"), POWER, "10", day(1)))))
        .isEqualTo(FundRefusal.UNKNOWN_PLEDGE);
    assertThat(rejectedFor(book.donate(paying("d1", P1, HEATING, "10", day(1)))))
        .isEqualTo(FundRefusal.PLEDGE_DONOR_MISMATCH);
    FundBook later = ok(FundBook.open(LANTIAN, POLICY).pledge(pledge(P1, POWER, "500000", day(5))));
    assertThat(rejectedFor(later.donate(paying("d1", P1, POWER, "10", day(1))))).isEqualTo(FundRefusal.OUT_OF_ORDER);
  }

  @Test
  void aBatchOfStoredDonationsIsCheckedAgainstWhatTheBatchPaidBeforeThem() {
    FundBook book = pledged();
    FundBook.Step both = book.recordAll(List.of(paying("d1", P1, POWER, "300000", day(1)),
        paying("d2", P1, POWER, "300000", day(2))));
    assertThat(rejectedFor(both)).isEqualTo(FundRefusal.OVER_PLEDGE);
    assertThat(both.book()).isSameAs(book);
    FundBook paid = ok(book.recordAll(List.of(paying("d1", P1, POWER, "300000", day(1)),
        paying("d2", P1, POWER, "200000", day(2)))));
    assertThat(paid.findPledge(P1).orElseThrow().fulfilled()).isTrue();
    assertThat(unchanged(paid.record(paying("d2", P1, POWER, "200000", day(2))))).isSameAs(paid);
  }

  @Test
  void theSamePledgeAgainChangesNothingAndItsIdWithOtherContentIsRefused() {
    FundBook book = pledged();
    assertThat(unchanged(book.pledge(pledge(P1, POWER, "500000", day(0))))).isSameAs(book);
    assertThat(rejectedFor(book.pledge(pledge(P1, POWER, "500001", day(0))))).isEqualTo(FundRefusal.CONFLICTING_ID);
    Pledge other = Pledge.builder().id(PledgeId.of("pledge-x")).fund(FundId.of("other-fund")).at(day(0))
        .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT).donor(POWER)
        .amount(Money.ofYuan("1")).build();
    assertThat(rejectedFor(book.pledge(other))).isEqualTo(FundRefusal.WRONG_FUND);
    assertThat(rejectedFor(book.pledge(pledge(PledgeId.of("pledge-early"), POWER, "1", LAUNCH.minusSeconds(1)))))
        .isEqualTo(FundRefusal.BEFORE_LAUNCH);
    assertThat(applied(book.pledge(pledge(PledgeId.of("pledge-heating"), HEATING, "1", day(3))),
        FundEvent.Pledged.class).pledge().donor()).isEqualTo(HEATING);
  }

  @Test
  void theBooksCannotFollowADonationThatOverpaysItsPledge() {
    FundRules rules = FundRules.of(LANTIAN, POLICY);
    FundBook book = pledged();
    FundEvent over = new FundEvent.Booked(paying("d1", P1, POWER, "500001", day(1)));
    assertThatThrownBy(() -> rules.evolve(book, over)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("pledge-power");
    FundEvent unknown = new FundEvent.Booked(paying("d1", PledgeId.of("pledge-none"), POWER, "1", day(1)));
    assertThatThrownBy(() -> rules.evolve(book, unknown)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown");
    assertThatThrownBy(() -> rules.evolve(book, new FundEvent.Pledged(pledge(P1, POWER, "1", day(1)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("known already");
  }

  @Test
  void aDonationThatPaysAPledgeNamesItsDonor() {
    assertThatThrownBy(() -> Donation.builder().id(EntryId.of("d1")).fund(ID).at(day(1))
        .channel(DonationChannel.DIRECTED).donorKind(DonorKind.CO_BUILDING_UNIT).amount(Money.ofYuan("1"))
        .pledge(P1).build())
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("pledge-names-donor"));
  }

  @Test
  void theTransparencyReportListsPledgedPaidAndOutstandingPerUnitBesideTheMoney() {
    FundBook book = pledged();
    book = ok(book.pledge(pledge(PledgeId.of("pledge-heating"), HEATING, "100000", day(0))));
    book = ok(book.pledge(pledge(PledgeId.of("pledge-power-2"), POWER, "50000", day(40))));
    book = ok(book.donate(paying("d1", P1, POWER, "420000", day(1))));
    book = ok(book.donate(paying("d2", PledgeId.of("pledge-heating"), HEATING, "81600", day(2))));
    book = ok(book.donate(Funds.donation("d3", day(3), DonationChannel.CHARITY, "1000", Optional.empty())));
    book = ok(book.donate(paying("d4", P1, POWER, "80000", day(45))));

    TransparencyReport first = TransparencyReports.of(book, Interval.of(LAUNCH, day(30)));
    assertThat(first.pledges()).containsExactly(
        new TransparencyReport.PledgeLine(HEATING, DonorKind.CO_BUILDING_UNIT, 1, Money.ofYuan("100000"),
            Money.ofYuan("81600")),
        new TransparencyReport.PledgeLine(POWER, DonorKind.CO_BUILDING_UNIT, 1, Money.ofYuan("500000"),
            Money.ofYuan("420000")));
    assertThat(first.outstandingPledges()).isEqualTo(Money.ofYuan("98400"));
    assertThat(first.totalIn()).isEqualTo(Money.ofYuan("502600"));
    assertThat(first.closingBalance()).isEqualTo(Money.ofYuan("502600"));

    TransparencyReport second = TransparencyReports.of(book, Interval.of(day(30), day(60)));
    assertThat(second.pledges()).extracting(TransparencyReport.PledgeLine::donor, TransparencyReport.PledgeLine::pledges,
        TransparencyReport.PledgeLine::outstanding).containsExactly(
            org.assertj.core.groups.Tuple.tuple(HEATING, 1, Money.ofYuan("18400")),
            org.assertj.core.groups.Tuple.tuple(POWER, 2, Money.ofYuan("50000")));
    assertThat(second.totalIn()).isEqualTo(Money.ofYuan("80000"));

    String notice = NoticeBoard.render(first, LANTIAN.zone());
    assertThat(notice).contains("六、认领（截至期末，不计入余额）：认领600,000.00元  已缴501,600.00元  未缴98,400.00元\n")
        .contains("  unit-heating（共建单位）  1笔  认领100,000.00元  已缴81,600.00元  未缴18,400.00元\n")
        .contains("  unit-power（共建单位）  1笔  认领500,000.00元  已缴420,000.00元  未缴80,000.00元\n");
  }

  @Test
  void aNoticeOfAFundWithoutPledgesHasNoPledgeSection() {
    FundBook book = ok(FundBook.open(LANTIAN, POLICY).donate(Funds.donation("d1", day(1), "100")));
    TransparencyReport report = TransparencyReports.of(book, Interval.of(LAUNCH, day(30)));
    assertThat(report.pledges()).isEmpty();
    assertThat(NoticeBoard.render(report, LANTIAN.zone())).doesNotContain("认领");
  }

  @Test
  void aPledgeIsPartOfTheBookAndItsEquality() {
    FundBook book = pledged();
    assertThat(book).isNotEqualTo(FundBook.open(LANTIAN, POLICY)).isEqualTo(pledged());
    assertThat(book.hashCode()).isEqualTo(pledged().hashCode());
    assertThat(book.pledges()).extracting(p -> p.pledge().id()).containsExactly(P1);
  }

  @Test
  void aStandingPaysNoMoreThanItsPledge() {
    Pledge p = pledge(P1, POWER, "10", day(0));
    assertThatThrownBy(() -> new PledgeStanding(p, Money.ofYuan("10.01"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PledgeStanding(p, Money.ofFen(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(new PledgeStanding(p, Money.ofYuan("4")).outstanding()).isEqualTo(Money.ofYuan("6"));
  }
}
