package io.github.jiceng.governance.rules.fund;

import static io.github.jiceng.governance.rules.fund.Funds.CLERK;
import static io.github.jiceng.governance.rules.fund.Funds.ID;
import static io.github.jiceng.governance.rules.fund.Funds.LANTIAN;
import static io.github.jiceng.governance.rules.fund.Funds.POLICY;
import static io.github.jiceng.governance.rules.fund.Funds.SECRETARY;
import static io.github.jiceng.governance.rules.fund.Funds.TREASURER;
import static io.github.jiceng.governance.rules.fund.Funds.day;
import static io.github.jiceng.governance.rules.fund.Funds.ok;
import static io.github.jiceng.governance.rules.fund.Funds.rejectedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.CalendarPeriod;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.DonationChannel;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.PeriodCap;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fund's declared limits: each accepted at the limit and refused one past it, never thrown as an overflow. */
final class FundLimitsTest {

  private static Donation donation(String id, Instant at, long fen) {
    return Donation.builder().id(EntryId.of(id)).fund(ID).at(at).channel(DonationChannel.DIRECTED)
        .donorKind(DonationChannel.DIRECTED.donorKind()).amount(Money.ofFen(fen)).build();
  }

  private static DisbursementRequest request(String id, long fen, Instant at) {
    return DisbursementRequest.builder().id(RequestId.of(id)).fund(ID).category(OutflowCategory.EMERGENCY)
        .recipient(PersonId.of("p-needy")).amount(Money.ofFen(fen)).requestedBy(CLERK).requestedAt(at)
        .purpose("救急").build();
  }

  @Test
  void aDonationMovesAtMostTheEntryLimit() {
    assertThat(donation("d-1", day(1), Money.MAX_ENTRY.fen()).amount()).isEqualTo(Money.MAX_ENTRY);
    assertThatThrownBy(() -> donation("d-2", day(1), Money.MAX_ENTRY.fen() + 1))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("amount-range");
    assertThatThrownBy(() -> donation("d-3", day(1), Long.MAX_VALUE))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("amount-range");
  }

  @Test
  void aRequestAndAPeriodCapAreDeclaredWithinTheLimits() {
    assertThat(request("r-1", Money.MAX_ENTRY.fen(), day(1)).amount()).isEqualTo(Money.MAX_ENTRY);
    assertThatThrownBy(() -> request("r-2", Money.MAX_ENTRY.fen() + 1, day(1)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("amount-range");
    assertThat(new PeriodCap(Money.MAX_TOTAL, CalendarPeriod.YEAR).amount()).isEqualTo(Money.MAX_TOTAL);
    assertThatThrownBy(() -> new PeriodCap(Money.ofFen(Money.MAX_TOTAL.fen() + 1), CalendarPeriod.YEAR))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("amount-range");
  }

  @Test
  void entriesAreDatedWithinTheTimeLimits() {
    assertThat(donation("d-1", TimeLimits.LATEST, 100).at()).isEqualTo(TimeLimits.LATEST);
    assertThatThrownBy(() -> donation("d-2", TimeLimits.LATEST.plusNanos(1), 100))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("instant-range");
    assertThatThrownBy(() -> request("r-1", 100, Instant.MAX))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("requestedAt");
  }

  @Test
  void aFundTakesInUpToItsTotalLimitAndRefusesTheNextFen() {
    FundBook book = FundBook.open(LANTIAN, POLICY);
    long entries = Money.MAX_TOTAL.fen() / Money.MAX_ENTRY.fen();
    for (int i = 0; i < entries; i++) {
      book = ok(book.donate(donation("d-" + i, day(1), Money.MAX_ENTRY.fen())));
    }
    assertThat(book.ledger().totalIn()).isEqualTo(Money.MAX_TOTAL);
    assertThat(book.ledger().balance()).isEqualTo(Money.MAX_TOTAL);
    FundBook.Step past = book.donate(donation("d-past", day(2), 1));
    assertThat(rejectedFor(past)).isEqualTo(FundRefusal.OUT_OF_RANGE);
    assertThat(past.book()).isSameAs(book);
  }

  @Test
  void aBatchThatWouldPassTheTotalLimitAppendsNothing() {
    List<Donation> batch = new ArrayList<>();
    for (int i = 0; i <= Money.MAX_TOTAL.fen() / Money.MAX_ENTRY.fen(); i++) {
      batch.add(donation("d-" + i, day(1), Money.MAX_ENTRY.fen()));
    }
    Ledger empty = Ledger.empty(LANTIAN);
    Ledger.Step o = empty.appendAll(batch);
    assertThat(rejectedFor(o)).isEqualTo(FundRefusal.OUT_OF_RANGE);
    assertThat(o.decision().refusalIfAny().orElseThrow().arguments())
        .containsEntry("value", Money.ofFen(Money.MAX_TOTAL.fen() + Money.MAX_ENTRY.fen()).toString())
        .containsEntry("max", Money.MAX_TOTAL.toString());
    assertThat(o.ledger()).isSameAs(empty);
    assertThat(empty.appendAll(batch.subList(0, batch.size() - 1)).ledger().totalIn()).isEqualTo(Money.MAX_TOTAL);
    assertThatThrownBy(() -> Ledger.of(LANTIAN, batch)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("OUT_OF_RANGE");
  }

  @Test
  void aDecisionOrPaymentAtAnInstantOutsideTheLimitsIsRefusedAndChangesNothing() {
    FundBook funded = ok(FundBook.open(LANTIAN, POLICY).donate(donation("d-1", day(1), 100_000)));
    FundBook requested = ok(funded.request(request("r-1", 500, day(2))));
    RequestId r = RequestId.of("r-1");
    for (Instant bad : List.of(Instant.MAX, Instant.MIN, TimeLimits.LATEST.plusNanos(1))) {
      FundBook.Step approve = requested.approve(r, SECRETARY, bad);
      assertThat(rejectedFor(approve)).isEqualTo(FundRefusal.OUT_OF_RANGE);
      assertThat(approve.book()).isSameAs(requested);
      assertThat(rejectedFor(requested.decline(r, SECRETARY, bad, "不符合"))).isEqualTo(FundRefusal.OUT_OF_RANGE);
    }
    FundBook approved = ok(requested.approve(r, SECRETARY, day(3)));
    FundBook.Step pay = approved.pay(r, EntryId.of("pay-1"), TREASURER, Instant.MAX);
    assertThat(rejectedFor(pay)).isEqualTo(FundRefusal.OUT_OF_RANGE);
    assertThat(pay.book()).isSameAs(approved);
    assertThat(approved.pay(r, EntryId.of("pay-1"), TREASURER, day(4)).decision()).isInstanceOf(Decision.Applied.class);
  }
}
