package io.github.jiceng.governance.model.matching;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainStyle;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One period's matching of dispatched demands to resources: the demands, the resources with what
 * they already carry this period, the hierarchy, the channel policy, the score weights, the
 * purchase budget and the claimants' past ratings.
 *
 * <pre>{@code
 * MatchingProblem p = MatchingProblem.builder()
 *     .hierarchy(hierarchy)
 *     .addAllDemands(demands)
 *     .addAllResources(resources)
 *     .purchaseBudget(Money.ofYuan("20000"))
 *     .build();
 * MatchingResult r = Matcher.optimal(p);
 * }</pre>
 *
 * <h2>Limits</h2>
 *
 * <p>A problem holds at most {@link #MAX_DEMANDS} demands and {@link #MAX_RESOURCES} resources;
 * a larger one is refused with a {@link DomainValidationException} (rule {@code count-limit}) and
 * is matched in parts, one grid subtree at a time. The purchase budget is any amount from zero to
 * {@code Long.MAX_VALUE} fen, a resource's capacity and current load any {@code int} from zero.
 * The matcher ({@code rules.matching.Matcher}) adds the limit its budget stage needs: a purchase
 * offer costs at most 10<sup>11</sup> fen. Within these no score, total or spend the solvers
 * compute can overflow (ADR 0016).
 */
@Value.Immutable
@DomainStyle
public abstract class MatchingProblem {

  /** The most demands a problem holds: 2<sup>20</sup> = 1,048,576. */
  public static final int MAX_DEMANDS = 1 << 20;

  /** The most resources a problem holds: 2<sup>20</sup> = 1,048,576. */
  public static final int MAX_RESOURCES = 1 << 20;

  MatchingProblem() {}

  /** Returns a builder; the hierarchy is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the hierarchy the demands' grids and the resources' coverage belong to. */
  public abstract GridHierarchy hierarchy();

  /** Returns the demands to match; ids unique, at most {@link #MAX_DEMANDS}. */
  public abstract List<Demand> demands();

  /** Returns the resources to match them to; ids unique, at most {@link #MAX_RESOURCES}. */
  public abstract List<Resource> resources();

  /** Returns the channel policy; {@link ChannelPolicy#standard()} by default. */
  @Value.Default
  public ChannelPolicy policy() {
    return ChannelPolicy.standard();
  }

  /** Returns the score weights; {@link ScoreWeights#standard()} by default. */
  @Value.Default
  public ScoreWeights weights() {
    return ScoreWeights.standard();
  }

  /** Returns what may be spent on purchases in total, 0 to {@code Long.MAX_VALUE} fen; zero by default. */
  @Value.Default
  public Money purchaseBudget() {
    return Money.ZERO;
  }

  /** Returns the claimants' past ratings; a claimant without an entry scores as unknown. */
  public abstract Map<OrganizationId, RatingHistory> pastRatings();

  /** Returns how many demands each resource already carries this period; 0 when absent. */
  public abstract Map<ResourceId, Integer> currentLoad();

  @Value.Check
  final void check() {
    List<Violation> violations = new ArrayList<>();
    if (demands().size() > MAX_DEMANDS) {
      violations.add(new Violation("MatchingProblem", "demands", "count-limit",
          "a problem holds at most " + MAX_DEMANDS + " demands, was " + demands().size()).with("limit", MAX_DEMANDS)
              .with("count", demands().size()));
    }
    if (resources().size() > MAX_RESOURCES) {
      violations.add(new Violation("MatchingProblem", "resources", "count-limit",
          "a problem holds at most " + MAX_RESOURCES + " resources, was " + resources().size())
              .with("limit", MAX_RESOURCES).with("count", resources().size()));
    }
    Set<DemandId> demandIds = new HashSet<>();
    for (Demand d : demands()) {
      if (!demandIds.add(d.id())) {
        violations.add(new Violation("MatchingProblem", "demands", "unique-id",
            "demand " + d.id() + " is listed twice"));
      }
      if (!hierarchy().contains(d.grid())) {
        violations.add(new Violation("Demand[" + d.id() + "]", "grid", "grid-in-hierarchy",
            "grid " + d.grid() + " is not in the hierarchy"));
      }
    }
    Set<ResourceId> resourceIds = new HashSet<>();
    for (Resource r : resources()) {
      if (!resourceIds.add(r.id())) {
        violations.add(new Violation("MatchingProblem", "resources", "unique-id",
            "resource " + r.id() + " is listed twice"));
      }
      for (GridId g : r.coverage()) {
        if (!hierarchy().contains(g)) {
          violations.add(new Violation("Resource[" + r.id() + "]", "coverage", "grid-in-hierarchy",
              "grid " + g + " is not in the hierarchy"));
        }
      }
    }
    if (purchaseBudget().isNegative()) {
      violations.add(new Violation("MatchingProblem", "purchaseBudget", "not-negative",
          "a budget is not negative, was " + purchaseBudget()).with("value", purchaseBudget()));
    }
    for (Map.Entry<ResourceId, Integer> e : currentLoad().entrySet()) {
      if (e.getValue() < 0) {
        violations.add(new Violation("MatchingProblem", "currentLoad", "not-negative",
            "the load of " + e.getKey() + " is negative: " + e.getValue()).with("value", e.getValue()));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link MatchingProblem}; each attribute may be set once. */
  public static final class Builder extends ImmutableMatchingProblem.Builder {
    Builder() {}
  }
}
