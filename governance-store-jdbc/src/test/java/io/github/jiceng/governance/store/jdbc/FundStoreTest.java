package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FundStoreTest {

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("fund");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  @Test
  void aDonationAndAMakerCheckerDisbursementAreStoredAndReplayedAsTheFundsBook() {
    FundFixture lantian = new FundFixture("lantian-fund");
    List<FundCommand> commands = List.of(
        lantian.donate("don-1", "30000"),
        lantian.request("req-1", "12000"),
        lantian.approve("req-1", FundFixture.CLERK),
        lantian.approve("req-1", FundFixture.SECRETARY),
        lantian.pay("req-1", "pay-1"),
        lantian.approve("req-1", FundFixture.TREASURER),
        lantian.pay("req-1", "pay-1"));
    InMemoryStream<FundCommand, FundBook, FundEvent> oracle = InMemoryStream.open(lantian.rules);

    for (int i = 0; i < commands.size(); i++) {
      Decision<FundEvent> expected = oracle.handle(commands.get(i));
      assertThat(store.handle(lantian.rule, lantian.stream(), "lantian-" + i, commands.get(i))).as("command %d", i)
          .isEqualTo(expected);
    }

    FundBook book = store.load(lantian.rule, lantian.stream()).state();
    assertThat(book).isEqualTo(oracle.state());
    assertThat(book.ledger().balance()).isEqualTo(Money.ofYuan("18000"));
    assertThat(store.events(lantian.rule, lantian.stream())).extracting(e -> e.event().getClass().getSimpleName())
        .containsExactly("Booked", "Requested", "Approved", "Approved", "Booked");
    assertThat(store.handle(lantian.rule, lantian.stream(), "lantian-2", commands.get(2)).refusalIfAny())
        .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo(FundRefusal.REQUESTER_CANNOT_APPROVE));
    assertThat(store.handle(lantian.rule, lantian.stream(), "lantian-4", commands.get(4)).refusalIfAny())
        .as("a payment refused before its second approval answers its refusal when re-sent").isPresent();
    assertThat(store.handle(lantian.rule, lantian.stream(), "lantian-6", commands.get(6)))
        .isEqualTo(Decision.unchanged(List.of(oracle.events().get(4))));
  }

  @Test
  void everyFundEventReadsBackEqualFromItsPayload() {
    FundFixture fixture = new FundFixture("codec-fund");
    InMemoryStream<FundCommand, FundBook, FundEvent> fund = InMemoryStream.open(fixture.rules);
    fund.handle(fixture.donate("don-1", "500"));
    fund.handle(fixture.request("req-1", "100"));
    fund.handle(fixture.request("req-2", "100"));
    fund.handle(fixture.approve("req-1", FundFixture.SECRETARY));
    fund.handle(new FundCommand.Decline(io.github.jiceng.governance.model.fund.RequestId.of("req-2"), FundFixture.DEPUTY,
        fixture.at, "预算不足"));
    fund.handle(fixture.pay("req-1", "pay-1"));
    io.github.jiceng.governance.model.fund.PledgeId pledge = io.github.jiceng.governance.model.fund.PledgeId.of("pledge-1");
    io.github.jiceng.governance.model.actor.OrganizationId unit =
        io.github.jiceng.governance.model.actor.OrganizationId.of("unit-1");
    fund.handle(new FundCommand.Pledge(io.github.jiceng.governance.model.fund.Pledge.builder().id(pledge)
        .fund(fixture.fund.id()).at(fixture.at).channel(io.github.jiceng.governance.model.fund.DonationChannel.DIRECTED)
        .donorKind(io.github.jiceng.governance.model.fund.DonorKind.CO_BUILDING_UNIT).donor(unit)
        .amount(io.github.jiceng.governance.model.money.Money.ofYuan("1000"))
        .dueOn(java.time.LocalDate.of(2021, 12, 31)).build()));
    fund.handle(new FundCommand.Donate(io.github.jiceng.governance.model.fund.Donation.builder()
        .id(io.github.jiceng.governance.model.fund.EntryId.of("don-2")).fund(fixture.fund.id()).at(fixture.at)
        .channel(io.github.jiceng.governance.model.fund.DonationChannel.DIRECTED)
        .donorKind(io.github.jiceng.governance.model.fund.DonorKind.CO_BUILDING_UNIT).donor(unit)
        .amount(io.github.jiceng.governance.model.money.Money.ofYuan("400")).pledge(pledge).build()));
    EventCodec<FundEvent> codec = StoreCodecs.fundEvents();

    assertThat(fund.events()).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("Booked", "Requested", "Requested", "Approved", "Declined", "Booked", "Pledged", "Booked");
    assertThat(codec.encode(fund.events().get(6))).startsWith("{\"type\":\"pledged\",\"pledge\":{");
    assertThat(codec.encode(fund.events().get(7))).contains("\"pledge\":\"pledge-1\"");
    for (FundEvent event : fund.events()) {
      assertThat(codec.decode(codec.encode(event))).isEqualTo(event);
    }
  }
}
