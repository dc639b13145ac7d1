package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.LAUNCH;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static io.github.jiceng.governance.rules.fund.Funds.DEPUTY;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.donation;
import static io.github.jiceng.governance.rules.fund.Funds.ok;
import static io.github.jiceng.governance.rules.fund.Funds.projectRequest;
import static io.github.jiceng.governance.rules.fund.Funds.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Earmark;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.FundId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.OutflowGroup;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class TransparencyReportTest {

  /** Two donations, a square paid in two parts, one award paid, one elderly request left open. */
  private static FundBook book() {
    FundBook b = FundBook.open(LANTIAN, POLICY);
    b = ok(b.donate(donation("d1", LAUNCH, DonationChannel.DIRECTED, "30000", Optional.of(Earmark.forProject(ProjectId.of("square"))))));
    b = ok(b.donate(donation("d2", day(1), DonationChannel.LEAD, "5000.50", Optional.empty())));
    b = ok(b.request(projectRequest("r1", "square", "12000", day(2), 3000)));
    b = ok(b.approve(RequestId.of("r1"), SECRETARY, day(2)));
    b = ok(b.approve(RequestId.of("r1"), TREASURER, day(2)));
    b = ok(b.pay(RequestId.of("r1"), EntryId.of("p1"), DEPUTY, day(3)));
    b = ok(b.request(projectRequest("r2", "square", "8000", day(40), 3000)));
    b = ok(b.approve(RequestId.of("r2"), SECRETARY, day(40)));
    b = ok(b.pay(RequestId.of("r2"), EntryId.of("p2"), TREASURER, day(41)));
    b = ok(b.request(request("r3", OutflowCategory.OUTSTANDING_STUDENTS, PersonId.of("p-s"), "2000", day(42))));
    b = ok(b.approve(RequestId.of("r3"), SECRETARY, day(42)));
    b = ok(b.pay(RequestId.of("r3"), EntryId.of("p3"), TREASURER, day(43)));
    b = ok(b.request(request("r4", OutflowCategory.ELDERLY, PersonId.of("p-o"), "500", day(44))));
    return b;
  }

  @Test
  void reportsEveryChannelAndCategoryAndCountsAProjectsBeneficiariesOnce() {
    TransparencyReport r = TransparencyReports.of(book(), Interval.of(LAUNCH, day(60)));
    assertThat(r.openingBalance()).isEqualTo(Money.ZERO);
    assertThat(r.totalIn()).isEqualTo(Money.ofYuan("35000.50"));
    assertThat(r.totalOut()).isEqualTo(Money.ofYuan("22000"));
    assertThat(r.closingBalance()).isEqualTo(Money.ofYuan("13000.50"));
    assertThat(r.inflows()).extracting(TransparencyReport.ChannelLine::channel).containsExactly(DonationChannel.values());
    assertThat(r.inflows().get(DonationChannel.LEAD.ordinal()).amount()).isEqualTo(Money.ofYuan("5000.50"));
    assertThat(r.donors().get(DonorKind.CO_BUILDING_UNIT.ordinal()).donations()).isEqualTo(1);
    assertThat(r.outflows()).extracting(TransparencyReport.CategoryLine::category).containsExactly(OutflowCategory.values());
    TransparencyReport.CategoryLine directed = r.outflows().get(OutflowCategory.DIRECTED_PROJECT.ordinal());
    assertThat(directed.disbursements()).isEqualTo(2);
    assertThat(directed.beneficiaries()).as("one project paid twice").isEqualTo(3000);
    assertThat(r.beneficiaries()).isEqualTo(3001);
    assertThat(r.totalOut(OutflowGroup.AWARD)).isEqualTo(Money.ofYuan("2000"));
    assertThat(r.projects()).singleElement().satisfies(p -> {
      assertThat(p.project()).isEqualTo(ProjectId.of("square"));
      assertThat(p.title()).isEqualTo("项目 square");
      assertThat(p.paidToDate()).isEqualTo(Money.ofYuan("20000"));
    });
    assertThat(r.holdings()).extracting(TransparencyReport.HoldingLine::balance)
        .containsExactly(Money.ofYuan("3000.50"), Money.ofYuan("10000"));
    assertThat(r.openRequests()).isEqualTo(1);
    assertThat(r.openAmount()).isEqualTo(Money.ofYuan("500"));
  }

  @Test
  void aLaterPeriodStartsFromTheEarlierOnesClosingBalance() {
    FundBook b = book();
    TransparencyReport first = TransparencyReports.of(b, Interval.of(LAUNCH, day(30)));
    TransparencyReport second = TransparencyReports.of(b, Interval.of(day(30), day(60)));
    assertThat(second.openingBalance()).isEqualTo(first.closingBalance()).isEqualTo(Money.ofYuan("23000.50"));
    assertThat(second.projects()).singleElement().satisfies(p -> {
      assertThat(p.paidInPeriod()).isEqualTo(Money.ofYuan("8000"));
      assertThat(p.paidToDate()).isEqualTo(Money.ofYuan("20000"));
    });
    assertThat(first.openRequests()).isZero();
  }

  @Test
  void aReportThatDoesNotAddUpCannotBeBuilt() {
    assertThatThrownBy(() -> TransparencyReport.builder().fund(FundId.of("f")).fundName("f")
        .period(Interval.of(LAUNCH, day(1))).openingBalance(Money.ofYuan("1"))
        .addInflow(new TransparencyReport.ChannelLine(DonationChannel.LEAD, 1, Money.ofYuan("2")))
        .addDonor(new TransparencyReport.DonorKindLine(DonorKind.PARTY_MEMBER, 1, Money.ofYuan("2")))
        .closingBalance(Money.ofYuan("2.99")).openRequests(0).openAmount(Money.ZERO)
        .addHolding(new TransparencyReport.HoldingLine(Optional.empty(), Money.ofYuan("2.99"))).build())
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("conservation");
  }

  @Test
  void writesTheNoticeInChineseWithEveryAmountToTheFen() {
    String text = NoticeBoard.render(TransparencyReports.of(book(), Interval.of(LAUNCH, day(60))), LANTIAN.zone());
    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("蓝天街道共建实践金收支公示");
    assertThat(lines.get(1)).isEqualTo("公示期间：2021-06-09 至 2021-08-07");
    assertThat(lines).contains(
        "一、收入：35,000.50元",
        "  带头捐（党员干部）  1笔  5,000.50元",
        "  公益捐（文明先锋）  0笔  0.00元",
        "    定向投项目  2笔  20,000.00元  受益3000人",
        "    奖励优秀学子  1笔  2,000.00元  受益1人",
        "三、期末余额：13,000.50元",
        "  非定向资金：3,000.50元",
        "  限定用于项目square的资金：10,000.00元",
        "  square 项目 square  本期拨付20,000.00元  累计拨付20,000.00元  受益3000人",
        "五、待拨付申请：1件 500.00元",
        "核对：期初余额 + 收入 − 支出 = 期末余额，0.00元 + 35,000.50元 − 22,000.00元 = 13,000.50元");
    assertThat(text).endsWith("\n");
  }
}
