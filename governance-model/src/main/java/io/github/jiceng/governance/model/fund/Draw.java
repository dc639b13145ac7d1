package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.money.Money;
import java.util.Optional;

/**
 * The part of a disbursement taken from one holding (动用): an earmark's money, or unrestricted
 * money.
 *
 * @param earmark the holding's earmark, or empty for unrestricted money
 * @param amount the amount taken; positive
 */
public record Draw(Optional<Earmark> earmark, Money amount) {

  /**
   * Checks the parts are present and the amount positive and at most {@link Money#MAX_ENTRY}.
   *
   * @throws DomainValidationException if the amount is not positive
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if it is above the limit
   */
  public Draw {
    requireNonNull(earmark, "earmark");
    requireNonNull(amount, "amount");
    Checks.positive("Draw", "amount", amount);
  }

  /** Returns the holding drawn from. */
  public Account.Holding holding() {
    return new Account.Holding(earmark);
  }
}
