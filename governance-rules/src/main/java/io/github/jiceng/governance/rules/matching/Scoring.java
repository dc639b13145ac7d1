package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreComponent;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Resource;
import java.util.EnumMap;

/** The score of an eligible pair, component by component (see {@link ScoreComponent}). */
final class Scoring {

  private Scoring() {}

  static ScoreBreakdown breakdown(Demand d, Resource r, MatchingProblem problem, int capacityLeft) {
    EnumMap<ScoreComponent, Integer> points = new EnumMap<>(ScoreComponent.class);
    int required = d.requiredCapabilities().size();
    points.put(ScoreComponent.CAPABILITY_FIT, required == 0 ? 1000 : required * 1000 / r.capabilities().size());
    int depth = Math.max(0, Eligibility.coverageDepth(d.grid(), r, problem.hierarchy()));
    points.put(ScoreComponent.GRID_DISTANCE, Math.max(0, 1000 - 125 * depth));
    RatingHistory history = problem.pastRatings().get(r.claimant());
    points.put(ScoreComponent.PAST_RATING, history == null ? 500 : history.points());
    int capacity = r.capacityPerPeriod();
    points.put(ScoreComponent.LOAD_BALANCE, capacity == 0 ? 0 : (int) ((long) capacityLeft * 1000 / capacity));
    points.put(ScoreComponent.URGENCY, (d.urgency().ordinal() + 1) * 250);
    ScoreWeights w = problem.weights();
    long total = 1;
    for (ScoreComponent c : ScoreComponent.values()) {
      total += (long) w.weight(c) * points.get(c);
    }
    return new ScoreBreakdown(d.id(), r.id(), points, w, total);
  }
}
