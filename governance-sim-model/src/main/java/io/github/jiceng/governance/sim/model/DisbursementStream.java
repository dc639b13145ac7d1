package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * How requests to pay out of the fund of one category come in (支出申请发生率): this many per day
 * on average (in thousandths), each of an amount in the range, for a resident (or, where the
 * category's rule allows only organizations, a social organization). Directed projects are not
 * drawn here: they come from issue clues decided as directed projects.
 *
 * @param category the category; not {@link OutflowCategory#DIRECTED_PROJECT}
 * @param milliPerDay expected requests per day, in thousandths
 * @param amount the amounts asked, in whole yuan
 */
public record DisbursementStream(OutflowCategory category, int milliPerDay, MoneyRange amount) {

  /**
   * Validates the stream.
   *
   * @throws DomainValidationException if the rate is out of range or the category is a directed project
   */
  public DisbursementStream {
    requireNonNull(category, "category");
    requireNonNull(amount, "amount");
    String subject = "DisbursementStream[" + category + "]";
    Checks.rate(subject, "milliPerDay", milliPerDay);
    if (category.needsProject()) {
      throw new DomainValidationException(subject, "category", "no-directed-project",
          "directed projects come from issue clues, not from a request stream");
    }
  }
}
