package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.DonorKind;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.fund.TransparencyReport;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.TransparencyReports;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FundFlowsTest {

  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    database = TestDatabase.freshSchema("fund_flows");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterEach
  void dropSchema() {
    database.close();
  }

  @Test
  void eachMonthsFiguresEqualTheTransparencyReportOfTheReplayedBookAndARebuildGivesIdenticalRows() throws SQLException {
    FundFixture lantian = new FundFixture("lantian-fund");
    StoredRule<FundCommand, FundBook, FundEvent> rule = lantian.rule.withProjection(FundFlows.of(lantian.fund));
    store.prepare(rule);
    SplittableRandom random = new SplittableRandom(11);
    Instant at = lantian.at;
    int booked = 0;
    for (int i = 0; i < 120; i++) {
      at = at.plusSeconds(3_600L * random.nextInt(60));
      if (random.nextInt(2) == 0) {
        DonationChannel channel = DonationChannel.values()[random.nextInt(DonationChannel.values().length)];
        store.handle(rule, lantian.stream(), "don-" + i, new FundCommand.Donate(Donation.builder().id(EntryId.of("don-" + i))
            .fund(lantian.fund.id()).at(at).channel(channel).donorKind(channel.donorKind())
            .amount(Money.ofFen(10_000 + random.nextInt(500_000))).build()));
      } else {
        RequestId request = RequestId.of("req-" + i);
        store.handle(rule, lantian.stream(), "req-" + i, new FundCommand.Request(DisbursementRequest.builder().id(request)
            .fund(lantian.fund.id()).category(OutflowCategory.PUBLIC_WELFARE).recipient(OrganizationId.of("org-" + i))
            .beneficiaries(1 + random.nextInt(30)).amount(Money.ofFen(10_000 + random.nextInt(300_000)))
            .requestedBy(FundFixture.CLERK).requestedAt(at).purpose("公益 " + i).build()));
        store.handle(rule, lantian.stream(), "approve-" + i, new FundCommand.Approve(request, FundFixture.SECRETARY, at));
        if (store.handle(rule, lantian.stream(), "pay-" + i,
            new FundCommand.Pay(request, EntryId.of("pay-" + i), FundFixture.TREASURER, at)) instanceof
            io.github.jiceng.governance.rules.decider.Decision.Applied) {
          booked++;
        }
      }
    }
    FundBook book = store.replay(rule, lantian.stream()).state();
    YearMonth first = YearMonth.from(lantian.at.atZone(lantian.fund.zone()));
    YearMonth last = YearMonth.from(at.atZone(lantian.fund.zone()));
    assertThat(booked).as("payments reach the ledger").isPositive();
    assertThat(last).as("the entries span months").isAfter(first.plusMonths(2));

    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      Interval period = Interval.of(month.atDay(1).atStartOfDay(lantian.fund.zone()).toInstant(),
          month.plusMonths(1).atDay(1).atStartOfDay(lantian.fund.zone()).toInstant());
      TransparencyReport report = TransparencyReports.of(book, period);
      FundFlows.Month figures = FundFlows.month(database, lantian.stream(), month);

      assertThat(figures.openingBalance()).as("%s opening", month).isEqualTo(report.openingBalance());
      assertThat(figures.closingBalance()).as("%s closing", month).isEqualTo(report.closingBalance());
      Map<DonationChannel, FundFlows.Line> inflows = new EnumMap<>(DonationChannel.class);
      report.inflows().stream().filter(l -> l.donations() > 0)
          .forEach(l -> inflows.put(l.channel(), new FundFlows.Line(l.donations(), l.amount(), 0)));
      Map<DonorKind, FundFlows.Line> donors = new EnumMap<>(DonorKind.class);
      report.donors().stream().filter(l -> l.donations() > 0)
          .forEach(l -> donors.put(l.kind(), new FundFlows.Line(l.donations(), l.amount(), 0)));
      Map<OutflowCategory, FundFlows.Line> outflows = new EnumMap<>(OutflowCategory.class);
      report.outflows().stream().filter(l -> l.disbursements() > 0)
          .forEach(l -> outflows.put(l.category(), new FundFlows.Line(l.disbursements(), l.amount(), l.beneficiaries())));
      assertThat(figures.inflows()).as("%s inflows", month).isEqualTo(inflows);
      assertThat(figures.donors()).as("%s donors", month).isEqualTo(donors);
      assertThat(figures.outflows()).as("%s outflows", month).isEqualTo(outflows);
    }

    List<String> live = rows();
    store.rebuild(rule);
    assertThat(rows()).isNotEmpty().isEqualTo(live);
  }

  private List<String> rows() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT fund, month, kind, line, entries, amount_fen, beneficiaries "
            + "FROM gov_fund_flow ORDER BY fund, month, kind, line")) {
      while (result.next()) {
        rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getString(3) + " " + result.getString(4) + " "
            + result.getLong(5) + " " + result.getLong(6) + " " + result.getLong(7));
      }
    }
    return rows;
  }
}
