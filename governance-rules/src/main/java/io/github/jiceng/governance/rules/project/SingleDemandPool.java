package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.service.ResourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demands matched one by one (单独派单池): a period's matching problem with the project claims
 * taken into account. A demand held by a project (proposed, put to the units, taken or closed) is
 * dispatched with its project and leaves the single-demand pool, so a demand is never matched
 * alone and claimed in a project both; a resource that took a project and is still serving it
 * carries the project's demands as load, one unit of capacity each, as {@link ProjectRules} counted
 * them when the project was taken.
 *
 * <p>The matcher itself is unchanged: the problem it gets is smaller, so the optimal mode stays
 * exact on it.
 *
 * <pre>{@code
 * MatchingResult r = Matcher.optimal(SingleDemandPool.of(problem, register));
 * }</pre>
 */
public final class SingleDemandPool {

  private SingleDemandPool() {}

  /**
   * Returns the demands that may be dispatched alone: those no project holds, in their order.
   *
   * @param demands the demands
   * @param register the community's project register
   * @return the demands no project holds; unmodifiable
   */
  public static List<Demand> of(Collection<Demand> demands, ProjectRegister register) {
    requireNonNull(demands, "demands");
    requireNonNull(register, "register");
    List<Demand> out = new ArrayList<>(demands.size());
    for (Demand d : DomainChecks.noNullElements(demands, "demands")) {
      if (register.holder(d.id()).isEmpty()) {
        out.add(d);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the matching problem for the demands dispatched alone: the same problem without the
   * demands projects hold, and with each project in {@link ProjectStage#TAKEN} adding its demands
   * to the load of the resource that took it.
   *
   * @param problem the period's problem
   * @param register the community's project register
   * @return the problem to match; the same hierarchy, resources, policy, weights, budget and ratings
   */
  public static MatchingProblem of(MatchingProblem problem, ProjectRegister register) {
    requireNonNull(problem, "problem");
    requireNonNull(register, "register");
    Map<ResourceId, Integer> load = new TreeMap<>(problem.currentLoad());
    for (ProjectCase c : register.inStage(ProjectStage.TAKEN)) {
      ResourceId resource = c.claim().orElseThrow().resource();
      long carried = (long) load.getOrDefault(resource, 0) + c.demands().size();
      load.put(resource, (int) Math.min(Integer.MAX_VALUE, carried));
    }
    return MatchingProblem.builder()
        .hierarchy(problem.hierarchy())
        .addAllDemands(of(problem.demands(), register))
        .addAllResources(problem.resources())
        .policy(problem.policy())
        .weights(problem.weights())
        .purchaseBudget(problem.purchaseBudget())
        .putAllPastRatings(problem.pastRatings())
        .putAllCurrentLoad(load)
        .build();
  }
}
