package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;

/**
 * How often one recipient may receive money (受助次数限制), such as one award per person per
 * year: at most {@code cases} cases per calendar {@code period}, counting the category or its
 * whole group. Declined cases do not count; open and paid ones do.
 *
 * @param cases the most cases per period; positive
 * @param period the calendar period
 * @param scope whether to count the category or the group
 */
public record RecipientLimit(int cases, CalendarPeriod period, LimitScope scope) {

  /**
   * Validates the limit.
   *
   * @throws DomainValidationException if {@code cases} is not positive
   */
  public RecipientLimit {
    requireNonNull(period, "period");
    requireNonNull(scope, "scope");
    if (cases < 1) {
      throw new DomainValidationException("RecipientLimit", "cases", "cases-positive",
          "a limit allows at least one case, was " + cases);
    }
  }
}
