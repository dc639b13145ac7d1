package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/** The checks the fund's value types share. */
final class Checks {

  private Checks() {}

  static void text(String subject, String field, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new DomainValidationException(subject, field, field + "-length",
          "a " + field + " is 1-" + max + " characters and not blank, was " + value.length() + " characters");
    }
  }

  static void positive(String subject, String field, Money amount) {
    if (amount.isNegative() || amount.isZero()) {
      throw new DomainValidationException(subject, field, field + "-positive",
          "the " + field + " is positive, was " + amount);
    }
  }
}
