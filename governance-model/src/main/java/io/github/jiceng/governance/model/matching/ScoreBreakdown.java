package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ResourceId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Why a pair scores what it scores: each component's points (0 to 1000), its weight, and the
 * total {@code 1 + sum(weight * points)}.
 *
 * @param demand the demand
 * @param resource the resource
 * @param points per component, 0 to 1000
 * @param weights the weights applied
 * @param total the pair's score
 */
public record ScoreBreakdown(DemandId demand, ResourceId resource, Map<ScoreComponent, Integer> points,
    ScoreWeights weights, long total) {

  /** Checks that nothing is null and copies the points. */
  public ScoreBreakdown {
    requireNonNull(demand, "demand");
    requireNonNull(resource, "resource");
    requireNonNull(weights, "weights");
    EnumMap<ScoreComponent, Integer> copy = new EnumMap<>(ScoreComponent.class);
    copy.putAll(DomainChecks.noNullEntries(points, "points"));
    points = Collections.unmodifiableMap(copy);
  }

  /** Returns one component's contribution: its weight times its points. */
  public long weighted(ScoreComponent component) {
    return (long) weights.weight(component) * points.getOrDefault(component, 0);
  }

  /** Returns a line a secretary can read, such as {@code d-1 -> r-2: 5301 = 1 + CAPABILITY_FIT 3x500 + ...}. */
  public String explain() {
    StringBuilder b = new StringBuilder().append(demand).append(" -> ").append(resource).append(": ").append(total)
        .append(" = 1");
    for (ScoreComponent c : ScoreComponent.values()) {
      b.append(" + ").append(c).append(' ').append(weights.weight(c)).append('x').append(points.getOrDefault(c, 0));
    }
    return b.toString();
  }
}
