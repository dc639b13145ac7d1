package io.github.jiceng.governance.model.matching;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The weight of each score component: data, so that a district sets its own. A pair's score is
 * {@code 1 + sum(weight * component)}, an integer, so the exact solver works on it unchanged; the
 * 1 makes every eligible pair worth taking. With weights of at most {@link #MAX_WEIGHT} and
 * components of at most 1000 points, a score is 1 to {@link #MAX_SCORE}.
 *
 * @param capabilityFit weight of {@link ScoreComponent#CAPABILITY_FIT}
 * @param gridDistance weight of {@link ScoreComponent#GRID_DISTANCE}
 * @param pastRating weight of {@link ScoreComponent#PAST_RATING}
 * @param loadBalance weight of {@link ScoreComponent#LOAD_BALANCE}
 * @param urgency weight of {@link ScoreComponent#URGENCY}
 */
public record ScoreWeights(int capabilityFit, int gridDistance, int pastRating, int loadBalance, int urgency) {

  /** The largest weight accepted. */
  public static final int MAX_WEIGHT = 1000;

  /**
   * The largest score a pair can have: {@code 1 + 5 * MAX_WEIGHT * 1000} = 5,000,001, every
   * component at full points under the largest weight.
   */
  public static final long MAX_SCORE = 1L + (long) ScoreComponent.values().length * MAX_WEIGHT * 1000;

  /**
   * Checks that every weight is 0 to {@link #MAX_WEIGHT}.
   *
   * @throws DomainValidationException naming each weight out of range (rule {@code weight-range})
   */
  public ScoreWeights {
    List<Violation> violations = new ArrayList<>();
    String[] names = {"capabilityFit", "gridDistance", "pastRating", "loadBalance", "urgency"};
    int[] weights = {capabilityFit, gridDistance, pastRating, loadBalance, urgency};
    for (int k = 0; k < weights.length; k++) {
      if (weights[k] < 0 || weights[k] > MAX_WEIGHT) {
        violations.add(new Violation("ScoreWeights", names[k], "weight-range",
            "a weight is 0 to " + MAX_WEIGHT + ", was " + weights[k])
                    .with("min", 0).with("max", MAX_WEIGHT).with("value", weights[k]));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The shipped default: capability 3, distance 2, past rating 2, load 1, urgency 2. */
  public static ScoreWeights standard() {
    return new ScoreWeights(3, 2, 2, 1, 2);
  }

  /** Returns the weight of one component. */
  public int weight(ScoreComponent component) {
    switch (component) {
      case CAPABILITY_FIT:
        return capabilityFit;
      case GRID_DISTANCE:
        return gridDistance;
      case PAST_RATING:
        return pastRating;
      case LOAD_BALANCE:
        return loadBalance;
      case URGENCY:
        return urgency;
      default:
        throw new AssertionError(component);
    }
  }
}
