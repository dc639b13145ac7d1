package io.github.jiceng.governance.rules.matching;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The maximum total score by JGraphT's {@code CapacityScalingMinimumCostFlow} on the network of
 * the performance anchors: source to each demand (1), demand to claimant (1, cost -score),
 * claimant to sink (capacity), and a free bypass from source to sink.
 */
final class JGraphTOracle {

  private JGraphTOracle() {}

  static long maximumScore(int demands, int[] capacity, int[] arcDemand, int[] arcClaimant, long[] arcScore) {
    Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    int claimants = capacity.length;
    int source = demands + claimants;
    int sink = source + 1;
    for (int v = 0; v <= sink; v++) {
      g.addVertex(v);
    }
    Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
    for (int i = 0; i < demands; i++) {
      upper.put(edge(g, source, i, 0), 1);
    }
    for (int a = 0; a < arcDemand.length; a++) {
      if (arcScore[a] > 0) {
        // parallel arcs are not allowed in a simple graph: keep the best of a repeated pair
        DefaultWeightedEdge e = g.getEdge(arcDemand[a], demands + arcClaimant[a]);
        if (e == null) {
          upper.put(edge(g, arcDemand[a], demands + arcClaimant[a], -arcScore[a]), 1);
        } else if (-arcScore[a] < g.getEdgeWeight(e)) {
          g.setEdgeWeight(e, -arcScore[a]);
        }
      }
    }
    for (int j = 0; j < claimants; j++) {
      upper.put(edge(g, demands + j, sink, 0), capacity[j]);
    }
    upper.put(edge(g, source, sink, 0), demands);
    Map<Integer, Integer> supply = new HashMap<>();
    supply.put(source, demands);
    supply.put(sink, -demands);
    MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
        g, v -> supply.getOrDefault(v, 0), upper::get);
    double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem).getCost();
    return -Math.round(cost);
  }

  private static DefaultWeightedEdge edge(Graph<Integer, DefaultWeightedEdge> g, int from, int to, double cost) {
    DefaultWeightedEdge e = g.addEdge(from, to);
    g.setEdgeWeight(e, cost);
    return e;
  }
}
