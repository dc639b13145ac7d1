package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * One immutable entry of a fund ledger (分录): a {@link Donation} or a {@link Disbursement}.
 *
 * <p>Every entry has an id (appending the same entry twice records it once), belongs to one fund,
 * is booked at one instant and moves one amount, as postings whose debits equal their credits to
 * the fen.
 */
public sealed interface LedgerEntry permits Donation, Disbursement {

  /** Returns the entry's id, the key of idempotency. */
  EntryId id();

  /** Returns the fund whose ledger holds the entry. */
  FundId fund();

  /** Returns when the entry was booked. */
  Instant at();

  /** Returns the amount the entry moves; positive. */
  Money amount();

  /** Returns the entry's postings; their debits equal their credits. */
  List<Posting> postings();

  /** Returns the sum of the entry's debits. */
  default Money debits() {
    return postings().stream().filter(p -> p.side() == Posting.Side.DEBIT).map(Posting::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /** Returns the sum of the entry's credits. */
  default Money credits() {
    return postings().stream().filter(p -> p.side() == Posting.Side.CREDIT).map(Posting::amount)
        .reduce(Money.ZERO, Money::plus);
  }
}
