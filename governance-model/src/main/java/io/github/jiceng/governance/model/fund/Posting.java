package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * One line of a ledger entry (记账分录行): a positive amount debited or credited to one account.
 * The postings of every entry balance: their debits equal their credits to the fen.
 *
 * @param account the account moved
 * @param side debit or credit
 * @param amount the amount; positive
 */
public record Posting(Account account, Side side, Money amount) {

  /**
   * Checks the parts are present and the amount positive.
   *
   * @throws DomainValidationException if the amount is zero or negative
   */
  public Posting {
    requireNonNull(account, "account");
    requireNonNull(side, "side");
    requireNonNull(amount, "amount");
    if (amount.isNegative() || amount.isZero()) {
      throw new DomainValidationException(new Violation("Posting[" + account + "]", "amount", "amount-positive",
          "a posting moves a positive amount, was " + amount).with("value", amount));
    }
  }

  /** Returns the amount with its sign for the account: positive when it increases the account's natural balance. */
  public long signedFen() {
    boolean debitNatural = account instanceof Account.Holding || account instanceof Account.Expense;
    boolean increases = (side == Side.DEBIT) == debitNatural;
    return increases ? amount.fen() : -amount.fen();
  }

  /** The side of a posting. */
  public enum Side {
    /** 借: increases a holding or an expense. */
    DEBIT,
    /** 贷: increases an income, decreases a holding. */
    CREDIT
  }
}
