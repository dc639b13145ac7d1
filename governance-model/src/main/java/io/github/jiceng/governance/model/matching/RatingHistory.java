package io.github.jiceng.governance.model.matching;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * A claimant's past ratings, summed: how many outcomes and how many stars in all.
 *
 * @param count outcomes rated; not negative
 * @param stars the sum of their ratings, each 1 to 5
 */
public record RatingHistory(int count, long stars) {

  /** Checks that the sum fits the count. */
  public RatingHistory {
    DomainChecks.notNegative("RatingHistory", "count", count);
    if (!(stars >= count && stars <= 5L * count)) {
      throw new DomainValidationException(new Violation("RatingHistory", "stars", "stars-per-rating",
          count + " ratings sum to " + count + "-" + 5L * count + " stars, not " + stars)
              .with("count", count).with("min", count).with("max", 5L * count).with("value", stars));
    }
  }

  /** Returns the mean mapped to 0 (1 star) to 1000 (5 stars), rounded down; 500 without ratings. */
  public int points() {
    return count == 0 ? 500 : (int) ((stars - count) * 1000 / (4L * count));
  }
}
