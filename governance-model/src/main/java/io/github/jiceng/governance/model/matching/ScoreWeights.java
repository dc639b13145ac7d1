package io.github.jiceng.governance.model.matching;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The weight of each score component: data, so that a district sets its own. A pair's score is
 * {@code 1 + sum(weight * component)}, an integer, so the exact solver works on it unchanged; the
 * 1 makes every eligible pair worth taking.
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

  /** Checks that every weight is 0 to {@link #MAX_WEIGHT}. */
  public ScoreWeights {
    for (int w : new int[] {capabilityFit, gridDistance, pastRating, loadBalance, urgency}) {
      checkArgument(w >= 0 && w <= MAX_WEIGHT, "a weight is 0-%s: %s", MAX_WEIGHT, w);
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
