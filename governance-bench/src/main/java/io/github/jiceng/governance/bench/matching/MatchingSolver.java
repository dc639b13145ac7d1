package io.github.jiceng.governance.bench.matching;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import io.github.jiceng.governance.rules.matching.BipartiteMatching;
import io.github.jiceng.governance.rules.matching.BipartiteSolution;
import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The peers, each solving one {@link MatchingInstance} from its arc arrays, graph building or arc
 * loading included, and returning the total score it found.
 *
 * <p>OR-Tools and JGraphT solve the anchors' flow network: source to each demand (capacity 1),
 * demand to claimant (capacity 1, cost -score), claimant to sink (capacity), and a free bypass from
 * source to sink of capacity D; the source supplies D, the sink takes D.
 */
public enum MatchingSolver {
  /** The SDK's exact mode: {@link BipartiteMatching#optimal}. */
  SDK_OPTIMAL {
    @Override
    public long solve(MatchingInstance in) {
      BipartiteSolution s = BipartiteMatching.optimal(in.demands(), in.capacity(), in.arcDemand(), in.arcClaimant(),
          in.arcScore());
      return s.total();
    }
  },
  /** The SDK's greedy mode: {@link BipartiteMatching#greedy}. */
  SDK_GREEDY {
    @Override
    public long solve(MatchingInstance in) {
      BipartiteSolution s = BipartiteMatching.greedy(in.demands(), in.capacity(), in.arcDemand(), in.arcClaimant(),
          in.arcScore());
      return s.total();
    }
  },
  /** OR-Tools 9.14 {@code MinCostFlow} (cost-scaling push-relabel, C++ through JNI). */
  ORTOOLS {
    @Override
    public long solve(MatchingInstance in) {
      Loader.loadNativeLibraries();
      int d = in.demands();
      int c = in.capacity().length;
      int source = d + c;
      int sink = source + 1;
      MinCostFlow flow = new MinCostFlow(sink + 1, in.networkArcs());
      try {
        for (int i = 0; i < d; i++) {
          flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
        }
        int[] ad = in.arcDemand();
        int[] ac = in.arcClaimant();
        long[] as = in.arcScore();
        for (int a = 0; a < ad.length; a++) {
          flow.addArcWithCapacityAndUnitCost(ad[a], d + ac[a], 1, -as[a]);
        }
        int[] cap = in.capacity();
        for (int j = 0; j < c; j++) {
          flow.addArcWithCapacityAndUnitCost(d + j, sink, cap[j], 0);
        }
        flow.addArcWithCapacityAndUnitCost(source, sink, d, 0);
        flow.setNodeSupply(source, d);
        flow.setNodeSupply(sink, -d);
        MinCostFlowBase.Status status = flow.solve();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
          throw new IllegalStateException("OR-Tools: " + status);
        }
        return -flow.getOptimalCost();
      } finally {
        flow.delete();
      }
    }
  },
  /** JGraphT 1.5.3 {@code CapacityScalingMinimumCostFlow} (costs as edge weights, see JGraphT #1139). */
  JGRAPHT {
    @Override
    public long solve(MatchingInstance in) {
      int d = in.demands();
      int c = in.capacity().length;
      int source = d + c;
      int sink = source + 1;
      Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
      for (int v = 0; v <= sink; v++) {
        g.addVertex(v);
      }
      Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
      for (int i = 0; i < d; i++) {
        upper.put(edge(g, source, i, 0), 1);
      }
      int[] ad = in.arcDemand();
      int[] ac = in.arcClaimant();
      long[] as = in.arcScore();
      for (int a = 0; a < ad.length; a++) {
        upper.put(edge(g, ad[a], d + ac[a], -as[a]), 1);
      }
      int[] cap = in.capacity();
      for (int j = 0; j < c; j++) {
        upper.put(edge(g, d + j, sink, 0), cap[j]);
      }
      upper.put(edge(g, source, sink, 0), d);
      MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
          new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(g,
              v -> v == source ? d : v == sink ? -d : 0, upper::get);
      double cost = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem)
          .getCost();
      return -Math.round(cost);
    }

    private DefaultWeightedEdge edge(Graph<Integer, DefaultWeightedEdge> g, int from, int to, double cost) {
      DefaultWeightedEdge e = g.addEdge(from, to);
      g.setEdgeWeight(e, cost);
      return e;
    }
  };

  /** Solves the instance; returns the total score found. */
  public abstract long solve(MatchingInstance instance);

  /** Returns whether the solver is exact (must find the known optimum). */
  public boolean exact() {
    return this != SDK_GREEDY;
  }
}
