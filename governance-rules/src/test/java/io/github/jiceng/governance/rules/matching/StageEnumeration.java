package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle of the matcher's stages: the best total of one stage found by trying every
 * assignment, under the capacities left after the problem's current load, the stage's share and
 * its budget. Small problems only: the search is exponential in the stage's demands.
 */
final class StageEnumeration {

  private StageEnumeration() {}

  /** The best total of a stage by enumeration under capacities left, the share and the budget. */
  static long best(MatchingProblem p, List<ScoreBreakdown> arcs, Map<ResourceId, Resource> resources, int cap,
      long budget) {
    List<DemandId> demands = arcs.stream().map(ScoreBreakdown::demand).distinct().sorted().toList();
    Map<ResourceId, Long> left = new HashMap<>();
    for (Resource res : resources.values()) {
      left.put(res.id(), Math.max(0, (long) res.capacityPerPeriod() - p.currentLoad().getOrDefault(res.id(), 0)));
    }
    return search(demands, 0, arcs, resources, left, cap, budget);
  }

  private static long search(List<DemandId> demands, int k, List<ScoreBreakdown> arcs,
      Map<ResourceId, Resource> resources, Map<ResourceId, Long> left, int cap, long budget) {
    if (k == demands.size()) {
      return 0;
    }
    long best = search(demands, k + 1, arcs, resources, left, cap, budget);
    if (cap == 0) {
      return best;
    }
    for (ScoreBreakdown b : arcs) {
      if (!b.demand().equals(demands.get(k))) {
        continue;
      }
      Resource res = resources.get(b.resource());
      long cost = res.channel() == Channel.PURCHASE ? res.costPerService().fen() : 0;
      if (left.get(res.id()) > 0 && cost <= budget) {
        left.merge(res.id(), -1L, Long::sum);
        best = Math.max(best, Math.addExact(b.total(),
            search(demands, k + 1, arcs, resources, left, cap - 1, budget - cost)));
        left.merge(res.id(), 1L, Long::sum);
      }
    }
    return best;
  }
}
