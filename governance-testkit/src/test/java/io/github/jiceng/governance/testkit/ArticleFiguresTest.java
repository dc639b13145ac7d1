package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.LantianFund.AS_OF;
import static io.github.jiceng.governance.testkit.LantianFund.FUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.clue.ClueCategory;
import io.github.jiceng.governance.model.clue.ClueStatus;
import io.github.jiceng.governance.model.clue.ClueSummary;
import io.github.jiceng.governance.model.clue.ImplementationMode;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fund.NoticeBoard;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The article's figures follow from the fixture by the rules: the fund's report and the clue register's summary. */
@DisplayName("共建实践金：文章中的数字")
final class ArticleFiguresTest {

  private static LantianFund fixture;
  private static TransparencyReport report;
  private static ClueSummary clues;

  @BeforeAll
  static void build() {
    fixture = ArticleFixtures.lantianFund();
    report = TransparencyReports.of(fixture.book(), Interval.of(FUND.launchedAt(), AS_OF));
    clues = fixture.clues().summary();
  }

  @Test
  @DisplayName("自2021年6月9日启动")
  void theFundStartedOnTheNinthOfJune2021() {
    assertThat(FUND.launchedOn()).isEqualTo(LocalDate.of(2021, 6, 9));
    LedgerEntry first = fixture.book().ledger().entries().get(0);
    assertThat(LocalDate.ofInstant(first.at(), FUND.zone())).isEqualTo(LocalDate.of(2021, 6, 9));
    assertThat(report.openingBalance()).isEqualTo(Money.ZERO);
  }

  @Test
  @DisplayName("共建单位筹集资金300多万元")
  void coBuildingUnitsRaisedOverThreeMillionYuan() {
    Money units = donorKind(DonorKind.CO_BUILDING_UNIT);
    assertThat(units).isGreaterThanOrEqualTo(Money.ofYuan("3000000")).isLessThan(Money.ofYuan("4000000"));
    assertThat(channel(DonationChannel.DIRECTED)).isEqualTo(units);
  }

  @Test
  @DisplayName("通过认领的方式筹集资金：共建单位认领，再以定向捐缴付")
  void theUnitsPledgedTheirDirectedMoneyAndPaidItInDonationsNamingThePledges() {
    List<PledgeStanding> pledges = fixture.pledges();
    assertThat(pledges).hasSize(LantianFund.UNIT_DONATIONS.size());
    assertThat(pledges).allSatisfy(p -> assertThat(LocalDate.ofInstant(p.pledge().at(), FUND.zone()))
        .isEqualTo(FUND.launchedOn()));
    List<Donation> directed = fixture.book().ledger().entries().stream().filter(e -> e instanceof Donation)
        .map(e -> (Donation) e).filter(d -> d.channel() == DonationChannel.DIRECTED).toList();
    assertThat(directed).hasSize(16).allSatisfy(d -> assertThat(d.pledge()).isPresent());
    Money paid = pledges.stream().map(PledgeStanding::paid).reduce(Money.ZERO, Money::plus);
    assertThat(paid).as("paid on pledges is the units' money").isEqualTo(donorKind(DonorKind.CO_BUILDING_UNIT));
    assertThat(fixture.book().outstandingPledges()).isEqualTo(LantianFund.LAST_UNIT_PLEDGE
        .minus(Money.ofYuan(LantianFund.UNIT_DONATIONS.get(LantianFund.UNIT_DONATIONS.size() - 1))));
    assertThat(report.outstandingPledges()).isEqualTo(fixture.book().outstandingPledges());
    assertThat(report.pledges()).filteredOn(l -> !l.outstanding().isZero())
        .extracting(l -> l.donor().value()).containsExactly("unit-15");
    assertThat(report.closingBalance()).as("what is outstanding is not in the balance")
        .isEqualTo(report.totalIn().minus(report.totalOut()));
    assertThat(NoticeBoard.render(report, FUND.zone())).contains("六、认领（截至期末，不计入余额）");
  }

  @Test
  @DisplayName("场景文件中的资金分录与账簿的资金一致，只是不引用认领")
  void theScenarioEntriesAreTheLedgersMoneyWithoutPledgeReferences() {
    List<LedgerEntry> ledger = fixture.book().ledger().entries();
    List<LedgerEntry> entries = fixture.entries();
    assertThat(entries).hasSameSizeAs(ledger);
    for (int i = 0; i < entries.size(); i++) {
      LedgerEntry e = entries.get(i);
      assertThat(e.id()).isEqualTo(ledger.get(i).id());
      assertThat(e.postings()).isEqualTo(ledger.get(i).postings());
      if (e instanceof Donation d) {
        assertThat(d.pledge()).isEmpty();
      } else {
        assertThat(e).isEqualTo(ledger.get(i));
      }
    }
  }

  @Test
  @DisplayName("驻地商铺、党员、居民共筹集资金3.6万元")
  void merchantsPartyMembersAndResidentsRaisedThirtySixThousandYuan() {
    Money others = report.donors().stream().filter(l -> l.kind() != DonorKind.CO_BUILDING_UNIT)
        .map(TransparencyReport.DonorKindLine::amount).reduce(Money.ZERO, Money::plus);
    assertThat(others).isEqualTo(Money.ofYuan("36000"));
    assertThat(report.totalIn()).isEqualTo(donorKind(DonorKind.CO_BUILDING_UNIT).plus(others));
    for (DonationChannel c : DonationChannel.values()) {
      assertThat(channel(c)).as("every channel was used: %s", c).isGreaterThan(Money.ZERO);
    }
  }

  @Test
  @DisplayName("征集问题线索66条，涉及生活、出行、健身、垃圾处理")
  void sixtySixCluesOnDailyLifeTravelFitnessAndWaste() {
    assertThat(clues.collected()).isEqualTo(66);
    assertThat(clues.byCategory().keySet()).containsExactlyInAnyOrderElementsOf(ClueCategory.ARTICLE_FOUR);
    assertThat(clues.byStatus().get(ClueStatus.MERGED)).as("群众反映集中的问题 merged").isPositive();
    assertThat(clues.byStatus().get(ClueStatus.REJECTED)).isPositive();
  }

  @Test
  @DisplayName("已完成12个定向投项目，其他项目也相继开工")
  void twelveDirectedProjectsAreCompletedAndTheOthersStarted() {
    assertThat(clues.completed().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(12);
    long started = fixture.clues().cases().stream()
        .filter(c -> c.implementation().map(i -> i.mode() == ImplementationMode.FUND_DIRECTED_PROJECT).orElse(false))
        .filter(c -> c.status() == ClueStatus.IN_PROGRESS).count();
    assertThat(started).isPositive();
    assertThat(clues.decided().get(ImplementationMode.FUND_DIRECTED_PROJECT)).isEqualTo(12 + (int) started);
  }

  @Test
  @DisplayName("预计受益群众达22000余人")
  void overTwentyTwoThousandResidentsAreExpectedToBenefit() {
    assertThat(clues.expectedBeneficiaries().get(ImplementationMode.FUND_DIRECTED_PROJECT))
        .isGreaterThanOrEqualTo(22_000L).isLessThan(23_000L);
  }

  @Test
  @DisplayName("完成的定向投项目由实践金足额拨付，公示表列出每个项目")
  void everyCompletedDirectedProjectWasPaidItsEvaluatedCostByTheFund() {
    Map<ProjectId, Money> paid = new TreeMap<>();
    for (LedgerEntry e : fixture.book().ledger().entries()) {
      if (e instanceof Disbursement d && d.request().project().isPresent()) {
        paid.merge(d.request().project().get(), d.amount(), Money::plus);
      }
    }
    List<ClueCase> directed = fixture.clues().cases().stream()
        .filter(c -> c.implementation().map(i -> i.mode() == ImplementationMode.FUND_DIRECTED_PROJECT).orElse(false))
        .toList();
    for (ClueCase c : directed) {
      ProjectId p = c.implementation().orElseThrow().project();
      Money cost = c.evaluation().orElseThrow().estimatedCost();
      if (c.status() == ClueStatus.COMPLETED) {
        assertThat(paid.get(p)).as("project %s", p).isEqualTo(cost);
      } else {
        assertThat(paid.get(p)).as("project %s", p).isGreaterThan(Money.ZERO).isLessThan(cost);
      }
    }
    assertThat(paid.keySet()).isEqualTo(new HashSet<>(directed.stream().map(c -> c.implementation().orElseThrow().project()).toList()));
    assertThat(report.projects()).extracting(TransparencyReport.ProjectLine::project).containsExactlyElementsOf(paid.keySet());
  }

  @Test
  @DisplayName("收支平衡到分，公示栏文字")
  void theBooksBalanceToTheFenAndTheNoticeSaysSo() {
    assertThat(report.closingBalance()).isEqualTo(fixture.book().ledger().balance())
        .isEqualTo(report.totalIn().minus(report.totalOut()));
    String notice = NoticeBoard.render(report, FUND.zone());
    assertThat(notice).startsWith("蓝天街道共建实践金收支公示\n公示期间：2021-06-09 至 2023-12-31\n")
        .contains("  定向捐（共建单位）  16笔  " + yuan(channel(DonationChannel.DIRECTED)))
        .contains("四、定向投项目：16个");
  }

  @Test
  void theFixtureIsTheSameEveryTimeItIsBuilt() {
    LantianFund again = ArticleFixtures.lantianFund();
    assertThat(again.book().ledger()).isEqualTo(fixture.book().ledger());
    assertThat(again.clues().cases()).isEqualTo(fixture.clues().cases());
    assertThat(again.book().audit()).isEqualTo(fixture.book().audit());
  }

  private static Money donorKind(DonorKind k) {
    return report.donors().get(k.ordinal()).amount();
  }

  private static Money channel(DonationChannel c) {
    return report.inflows().get(c.ordinal()).amount();
  }

  private static String yuan(Money m) {
    return String.format(java.util.Locale.ROOT, "%,d.%02d元", m.fen() / 100, m.fen() % 100);
  }
}
