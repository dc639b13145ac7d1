package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Resource;
import java.util.Optional;

/**
 * Whether a resource can serve a demand: its channel is allowed, it has every capability the
 * demand needs, it covers the demand's grid (a coverage root is the grid or above it), it is
 * available at some time of the demand's window, and it has capacity left.
 */
public final class Eligibility {

  private Eligibility() {}

  /**
   * Checks one pair.
   *
   * @param demand the demand
   * @param resource the resource
   * @param hierarchy the hierarchy both grids belong to
   * @param policy the channel policy
   * @param capacityLeft what is left of the resource's capacity this period
   * @return empty if eligible, else the first reason it is not, in {@link Ineligibility} order
   */
  public static Optional<Ineligibility> check(Demand demand, Resource resource, GridHierarchy hierarchy,
      ChannelPolicy policy, int capacityLeft) {
    requireNonNull(demand, "demand");
    requireNonNull(resource, "resource");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(policy, "policy");
    if (!policy.allows(resource.channel())) {
      return Optional.of(Ineligibility.CHANNEL_NOT_ALLOWED);
    }
    if (!resource.capabilities().containsAll(demand.requiredCapabilities())) {
      return Optional.of(Ineligibility.CAPABILITY_MISSING);
    }
    if (coverageDepth(demand.grid(), resource, hierarchy) < 0) {
      return Optional.of(Ineligibility.OUTSIDE_COVERAGE);
    }
    if (!resource.available().overlaps(demand.window())) {
      return Optional.of(Ineligibility.OUTSIDE_WINDOW);
    }
    if (capacityLeft <= 0) {
      return Optional.of(Ineligibility.NO_CAPACITY);
    }
    return Optional.empty();
  }

  /**
   * Returns how many levels the grid lies below the nearest coverage root that contains it, or -1
   * if none does.
   */
  static int coverageDepth(GridId grid, Resource resource, GridHierarchy hierarchy) {
    if (!hierarchy.contains(grid)) {
      return -1;
    }
    int g = hierarchy.position(grid);
    int best = -1;
    for (GridId root : resource.coverage()) {
      if (!hierarchy.contains(root)) {
        continue;
      }
      int r = hierarchy.position(root);
      if (r == g || hierarchy.isAncestorOf(r, g)) {
        int d = hierarchy.depth(grid) - hierarchy.depth(root);
        if (best < 0 || d < best) {
          best = d;
        }
      }
    }
    return best;
  }
}
