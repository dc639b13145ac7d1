package io.github.jiceng.governance.model.assessment;

import static java.util.Objects.requireNonNull;

/**
 * One item of a scorecard: what went in, how it was computed, and the score.
 *
 * @param key the item's key
 * @param name the item's display name
 * @param input the value that went in, such as {@code "12 counted"} or {@code "4.5 average of 8 ratings"}
 * @param arithmetic how the score was computed, such as {@code "2.00 × 12 = 24.00"}
 * @param centi the score in hundredths of a point; negative for a deduction
 */
public record ItemScore(String key, String name, String input, String arithmetic, long centi) {

  /** Validates the item. */
  public ItemScore {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(input, "input");
    requireNonNull(arithmetic, "arithmetic");
  }

  /** Returns the score as text with two decimals, such as {@code "24.00"} or {@code "-4.00"}. */
  public String score() {
    return Scorecard.text(centi);
  }
}
