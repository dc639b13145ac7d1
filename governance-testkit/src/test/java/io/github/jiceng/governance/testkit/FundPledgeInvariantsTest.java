package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.PledgeId;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.PledgeStanding;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Over the fund generator's seeded streams, after every event: the money the fund can spend is
 * its donations less its disbursements and never includes a pledge (a pledge changes no balance),
 * and no pledge is paid more than it promised, what the book says paid being exactly the
 * donations that name it.
 */
final class FundPledgeInvariantsTest {

  private static final int SEEDS = 200;
  private static final CommandGenerator<FundCommand, FundBook, FundEvent> FUND = Generators.fund();

  @Test
  void spendableMoneyNeverIncludesAPledgeAndNoPledgeIsOverpaid() {
    AtomicInteger pledges = new AtomicInteger();
    AtomicInteger payments = new AtomicInteger();
    Seeds.forEachSeed(SEEDS, seed -> {
      Decider<FundCommand, FundBook, FundEvent> rules = FUND.rules(seed);
      FundBook book = rules.initialState();
      for (FundCommand command : FUND.commands(seed)) {
        Decision<FundEvent> d = rules.decide(command, book);
        if (!(d instanceof Decision.Applied<FundEvent> applied)) {
          continue;
        }
        for (FundEvent e : applied.events()) {
          FundBook before = book;
          book = rules.evolve(book, e);
          if (e instanceof FundEvent.Pledged) {
            pledges.incrementAndGet();
            assertThat(book.ledger()).as("a pledge moves no money").isEqualTo(before.ledger());
          } else if (e instanceof FundEvent.Booked b && b.entry() instanceof Donation don && don.pledge().isPresent()) {
            payments.incrementAndGet();
          }
          check(book);
        }
      }
    });
    assertThat(pledges.get()).as("pledges recorded over all seeds").isGreaterThan(SEEDS);
    assertThat(payments.get()).as("donations paying pledges over all seeds").isGreaterThan(SEEDS);
  }

  private static void check(FundBook book) {
    long money = 0;
    Map<PledgeId, Long> paid = new HashMap<>();
    for (LedgerEntry entry : book.ledger().entries()) {
      if (entry instanceof Donation d) {
        money += d.amount().fen();
        d.pledge().ifPresent(p -> paid.merge(p, d.amount().fen(), Long::sum));
      } else {
        money -= ((Disbursement) entry).amount().fen();
      }
    }
    assertThat(book.ledger().balance().fen()).as("the balance is the donations less the disbursements")
        .isEqualTo(money);
    for (PledgeStanding standing : book.pledges()) {
      long byDonations = paid.getOrDefault(standing.pledge().id(), 0L);
      assertThat(standing.paid().fen()).as("paid on %s", standing.pledge().id()).isEqualTo(byDonations);
      assertThat(byDonations).as("paid on %s", standing.pledge().id()).isLessThanOrEqualTo(
          standing.pledge().amount().fen());
    }
    assertThat(paid.keySet()).as("every pledge a donation pays is known")
        .allMatch(p -> book.findPledge(p).isPresent());
  }
}
