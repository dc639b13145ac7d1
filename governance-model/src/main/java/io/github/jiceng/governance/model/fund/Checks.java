package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/** The checks the fund's value types share. */
final class Checks {

  private Checks() {}

  static void text(String subject, String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new DomainValidationException(new Violation(subject, field, field + "-length",
          "a " + field + " is 1-" + max + " characters and not blank, was " + value.length() + " characters")
              .with("max", max).with("length", value.length()));
    }
  }

  /** Checks an amount is positive and at most {@link Money#MAX_ENTRY}. */
  static void positive(String subject, String field, Money amount) {
    positive(subject, field, amount, Money.MAX_ENTRY);
  }

  /** Checks an amount is positive and at most {@code max}. */
  static void positive(String subject, String field, Money amount, Money max) {
    if (amount.isNegative() || amount.isZero()) {
      throw new DomainValidationException(new Violation(subject, field, field + "-positive",
          "the " + field + " is positive, was " + amount).with("value", amount));
    }
    if (amount.compareTo(max) > 0) {
      throw new DomainValidationException(new Violation(subject, field, field + "-range",
          "the " + field + " is at most " + max + ", was " + amount).with("max", max).with("value", amount));
    }
  }
}
