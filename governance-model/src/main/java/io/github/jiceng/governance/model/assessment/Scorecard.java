package io.github.jiceng.governance.model.assessment;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import java.math.BigDecimal;
import java.util.List;

/**
 * One subject's score for one period (考核得分表), item by item.
 *
 * @param subject the party member or unit
 * @param grid the grid it was assessed in
 * @param period the period
 * @param scheme the label of the scheme, such as {@code "zhungeer-member-assessment@1"}
 * @param items the item scores, in the scheme's order
 * @param totalCenti the total in hundredths of a point: the sum of the items
 */
public record Scorecard(ActorId subject, GridId grid, Interval period, String scheme, List<ItemScore> items,
    long totalCenti) {

  /** Validates and copies. */
  public Scorecard {
    requireNonNull(subject, "subject");
    requireNonNull(grid, "grid");
    requireNonNull(period, "period");
    requireNonNull(scheme, "scheme");
    items = List.copyOf(DomainChecks.noNullElements(items, "items"));
    long sum = 0;
    for (ItemScore i : items) {
      sum = Math.addExact(sum, i.centi());
    }
    if (sum != totalCenti) {
      throw new DomainValidationException(new Violation("Scorecard", "totalCenti", "total-of-items",
          "total " + totalCenti + " is not the sum of the items, " + sum).with("total", totalCenti).with("sum", sum));
    }
  }

  /** Returns the total as text with two decimals, such as {@code "87.50"}. */
  public String total() {
    return text(totalCenti);
  }

  static String text(long centi) {
    return BigDecimal.valueOf(centi, 2).toPlainString();
  }
}
