package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.List;

/**
 * How residents rate services (评价分布): the relative weights of the ratings 1 to 5.
 *
 * @param weights five weights, for the ratings 1, 2, 3, 4 and 5; at least one positive
 */
public record RatingWeights(List<Integer> weights) {

  /**
   * Validates and copies the weights.
   *
   * @throws DomainValidationException if there are not five weights or none is positive
   */
  public RatingWeights {
    requireNonNull(weights, "weights");
    if (weights.size() != 5) {
      throw new DomainValidationException(new Violation("RatingWeights", "weights", "five-weights",
          "one weight per rating 1-5, was " + weights.size() + " weights").with("count", weights.size()));
    }
    Checks.weights("RatingWeights", "weights", weights);
    weights = List.copyOf(DomainChecks.noNullElements(weights, "weights"));
  }

  /** Returns the weights of the ratings 1 to 5, in order. */
  public static RatingWeights of(int one, int two, int three, int four, int five) {
    return new RatingWeights(List.of(one, two, three, four, five));
  }

  /** Returns the weight of a rating. */
  public int weight(int rating) {
    DomainChecks.inRange("RatingWeights", "rating", rating, 1, 5);
    return weights.get(rating - 1);
  }
}
