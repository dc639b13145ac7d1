package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.rules.matching.internal.Matchings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Matches dispatched demands to resources (社区下单, 共建单位接单), channel by channel in the
 * policy's order, and explains every decision.
 *
 * <p>Each stage takes the demands still unmatched that have an eligible resource of the stage's
 * channel, and matches them within the resources' capacities left, the channel's share and, for
 * {@link Channel#PURCHASE}, what is left of the budget. What one stage takes, the next does not
 * see: co-building units claim first, the community buys for part of the rest and undertakes what
 * remains.
 *
 * <ul>
 *   <li>{@link #optimal}: each stage's total score is the maximum possible (min-cost flow by
 *       successive shortest paths); see {@link Optimality} for the one case, purchase offers of
 *       different prices under a binding budget, where the proven claim is weaker.
 *   <li>{@link #greedy}: pairs by descending score, ties on demand id then resource id; at least
 *       half the optimum of each stage when no budget binds.
 * </ul>
 *
 * <p>A claim resource's capacity is what the problem says. To take it from what co-building units
 * committed (共建协议) and still owe, rewrite the problem first with {@code
 * rules.cobuilding.CommittedCapacity}: {@code Matcher.optimal(committed.applyTo(problem))}; the
 * matcher sees smaller capacities and nothing else, so the exact mode stays exact (ADR 0049).
 *
 * <p>Demands and resources are ordered by id before anything else, so the same problem always
 * gives the same result, whatever order its lists were in. Every demand ends either assigned or
 * unmatched with an {@link UnmatchedReason}.
 *
 * <p><b>Limits.</b> A {@link MatchingProblem} already keeps within its own: at most
 * {@link MatchingProblem#MAX_DEMANDS} demands and {@link MatchingProblem#MAX_RESOURCES} resources,
 * scores 1 to {@link io.github.jiceng.governance.model.matching.ScoreWeights#MAX_SCORE}, capacities
 * and loads any {@code int} from zero, a purchase budget of 0 to {@code Long.MAX_VALUE} fen. The
 * matcher adds two, and refuses a problem outside them with a {@link DomainValidationException}:
 * the price of a {@link Channel#PURCHASE} resource is at most {@link #MAX_PRICE_FEN} (field
 * {@code costPerService}, rule {@code price-limit}), and the eligible pairs number at most
 * {@link BipartiteMatching#MAX_ARCS} (field {@code demands}, rule {@code pair-limit}). Within them
 * no total, spend, multiplier or potential overflows (see ADR 0016).
 */
public final class Matcher {

  private static final Logger log = LoggerFactory.getLogger(Matcher.class);

  /**
   * The highest price of a purchase offer: 10<sup>11</sup> fen (one billion yuan), so that the
   * budget stage's modified scores, at most {@code ScoreWeights.MAX_SCORE * MAX_PRICE_FEN} &lt; 2<sup>59</sup>,
   * stay within the exact engine's range.
   */
  public static final long MAX_PRICE_FEN = 100_000_000_000L;

  private Matcher() {}

  /**
   * Matches with the exact mode.
   *
   * @param problem the problem, within the limits above
   * @return the result; never null
   * @throws DomainValidationException if a purchase offer costs more than {@link #MAX_PRICE_FEN} or the
   *     problem has more than {@link BipartiteMatching#MAX_ARCS} eligible pairs
   */
  public static MatchingResult optimal(MatchingProblem problem) {
    return match(problem, MatchingMode.OPTIMAL);
  }

  /**
   * Matches with the greedy mode.
   *
   * @param problem the problem, within the limits above
   * @return the result; never null
   * @throws DomainValidationException if a purchase offer costs more than {@link #MAX_PRICE_FEN} or the
   *     problem has more than {@link BipartiteMatching#MAX_ARCS} eligible pairs
   */
  public static MatchingResult greedy(MatchingProblem problem) {
    return match(problem, MatchingMode.GREEDY);
  }

  /**
   * Returns every eligible pair with its score breakdown, by demand id then resource id.
   *
   * @param problem the problem, within the limits above
   * @return the pairs; unmodifiable
   * @throws DomainValidationException if a purchase offer costs more than {@link #MAX_PRICE_FEN} or the
   *     problem has more than {@link BipartiteMatching#MAX_ARCS} eligible pairs
   */
  public static List<ScoreBreakdown> pairs(MatchingProblem problem) {
    Prepared p = new Prepared(problem);
    List<ScoreBreakdown> out = new ArrayList<>(p.arcs.size());
    for (Arc a : p.arcs) {
      out.add(a.score);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Matches in the given mode.
   *
   * @param problem the problem, within the limits above
   * @param mode optimal or greedy
   * @return the result; never null
   * @throws DomainValidationException if a purchase offer costs more than {@link #MAX_PRICE_FEN} or the
   *     problem has more than {@link BipartiteMatching#MAX_ARCS} eligible pairs
   */
  public static MatchingResult match(MatchingProblem problem, MatchingMode mode) {
    requireNonNull(problem, "problem");
    requireNonNull(mode, "mode");
    Prepared p = new Prepared(problem);
    int n = p.demands.size();
    int[] chosenArc = new int[n];
    java.util.Arrays.fill(chosenArc, -1);
    int[] capacityLeft = p.capacityLeft.clone();
    long budgetLeft = problem.purchaseBudget().fen();
    List<StageReport> stages = new ArrayList<>();
    EnumMap<Channel, Integer> takenByChannel = new EnumMap<>(Channel.class);

    for (Channel channel : problem.policy().order()) {
      // the stage's arcs: unmatched demands, resources of the channel
      List<Arc> stageArcs = new ArrayList<>();
      int[] localDemand = new int[n];
      java.util.Arrays.fill(localDemand, -1);
      int demandsInStage = 0;
      for (Arc a : p.arcs) {
        if (a.resource.channel() == channel && chosenArc[a.demandIndex] < 0 && capacityLeft[a.resourceIndex] > 0) {
          stageArcs.add(a);
          if (localDemand[a.demandIndex] < 0) {
            localDemand[a.demandIndex] = demandsInStage++;
          }
        }
      }
      int cap = problem.policy().cap(channel, n);
      int m = stageArcs.size();
      int[] arcDemand = new int[m];
      int[] arcClaimant = new int[m];
      long[] score = new long[m];
      long[] cost = new long[m];
      for (int k = 0; k < m; k++) {
        Arc a = stageArcs.get(k);
        arcDemand[k] = localDemand[a.demandIndex];
        arcClaimant[k] = a.resourceIndex;
        score[k] = a.score.total();
        cost[k] = channel == Channel.PURCHASE ? a.resource.costPerService().fen() : 0;
      }
      Stage stage = mode == MatchingMode.GREEDY
          ? new Stage(Matchings.greedy(demandsInStage, p.resources.size(), arcDemand, arcClaimant, score, capacityLeft,
              channel == Channel.PURCHASE ? cost : null, budgetLeft, cap), Optimality.APPROXIMATE)
          : solveOptimal(demandsInStage, p.resources.size(), arcDemand, arcClaimant, score, cost, capacityLeft, cap,
              channel == Channel.PURCHASE ? budgetLeft : Long.MAX_VALUE);
      int matched = 0;
      long stageScore = 0;
      long stageSpent = 0;
      for (int local = 0; local < demandsInStage; local++) {
        int k = stage.chosen[local];
        if (k < 0) {
          continue;
        }
        Arc a = stageArcs.get(k);
        chosenArc[a.demandIndex] = a.index;
        capacityLeft[a.resourceIndex]--;
        matched++;
        stageScore = Math.addExact(stageScore, score[k]);
        stageSpent = Math.addExact(stageSpent, cost[k]); // the stage kept within the budget left
      }
      budgetLeft -= stageSpent;
      takenByChannel.put(channel, matched);
      stages.add(new StageReport(channel, demandsInStage, cap, matched, stageScore, Money.ofFen(stageSpent),
          stage.optimality));
      log.debug("stage {}: {} candidates, cap {}, matched {}, score {}, spent {} fen, {}", channel, demandsInStage,
          cap, matched, stageScore, stageSpent, stage.optimality);
    }

    List<Assignment> assignments = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    long total = 0;
    long spent = 0;
    for (int i = 0; i < n; i++) {
      Demand d = p.demands.get(i);
      if (chosenArc[i] >= 0) {
        Arc a = p.arcs.get(chosenArc[i]);
        Money c = a.resource.channel() == Channel.PURCHASE ? a.resource.costPerService() : Money.ZERO;
        assignments.add(new Assignment(d.id(), a.resource.id(), a.resource.claimant(), a.resource.channel(), c,
            a.score));
        total = Math.addExact(total, a.score.total());
        spent = Math.addExact(spent, c.fen());
      } else {
        unmatched.add(new Unmatched(d.id(), reason(p, i, capacityLeft, budgetLeft, takenByChannel, problem.policy())));
      }
    }
    return new MatchingResult(mode, assignments, unmatched, total, Money.ofFen(spent), stages);
  }

  private static UnmatchedReason reason(Prepared p, int demand, int[] capacityLeft, long budgetLeft,
      EnumMap<Channel, Integer> taken, ChannelPolicy policy) {
    if (!p.eligibleIgnoringCapacity[demand]) {
      return p.blockedOnlyByWindow[demand] ? UnmatchedReason.OUTSIDE_WINDOW : UnmatchedReason.NO_ELIGIBLE_CLAIMANT;
    }
    int n = p.demands.size();
    for (int k = p.firstArc[demand]; k < p.firstArc[demand + 1]; k++) {
      Arc a = p.arcs.get(k);
      if (a.resource.channel() == Channel.PURCHASE && capacityLeft[a.resourceIndex] > 0
          && taken.getOrDefault(Channel.PURCHASE, 0) < policy.cap(Channel.PURCHASE, n)
          && a.resource.costPerService().fen() > budgetLeft) {
        return UnmatchedReason.BUDGET_EXHAUSTED;
      }
    }
    return UnmatchedReason.CAPACITY_EXHAUSTED;
  }

  /** A stage's choice: per local demand the local arc, or -1. */
  private static final class Stage {
    final int[] chosen;
    final Optimality optimality;

    Stage(int[] chosen, Optimality optimality) {
      this.chosen = chosen;
      this.optimality = optimality;
    }
  }

  /**
   * The exact stage. Without spending, or when every priced arc costs the same, the budget is a
   * cap on the number of demands and the solve is exact. With different prices and a budget that
   * binds, a Lagrange multiplier on the spend is searched and the best feasible matching found is
   * kept: by Everett's theorem each is optimal among matchings that spend no more than it does.
   *
   * <p>The modified score {@code score * maxPrice - lambda * price} is at most
   * {@code ScoreWeights.MAX_SCORE * MAX_PRICE_FEN} &lt; 2<sup>59</sup>, within the engine's range; a
   * modified score of 0 or less is never taken and is written as 0 without forming the product
   * {@code lambda * price}, which could overflow.
   */
  private static Stage solveOptimal(int demands, int claimants, int[] arcDemand, int[] arcClaimant, long[] score,
      long[] cost, int[] capacity, int cap, long budget) {
    long minPositive = Long.MAX_VALUE;
    long maxCost = 0;
    for (long c : cost) {
      if (c > 0) {
        minPositive = Math.min(minPositive, c);
        maxCost = Math.max(maxCost, c);
      }
    }
    if (maxCost == 0) {
      return new Stage(Matchings.optimal(demands, claimants, arcDemand, arcClaimant, score, capacity, cap),
          Optimality.EXACT);
    }
    boolean zeroPriced = false;
    for (long c : cost) {
      zeroPriced |= c == 0;
    }
    if (!zeroPriced && minPositive == maxCost) {
      long affordable = budget / maxCost;
      int limit = (int) Math.min(cap, affordable);
      return new Stage(Matchings.optimal(demands, claimants, arcDemand, arcClaimant, score, capacity, limit),
          Optimality.EXACT);
    }
    int[] free = Matchings.optimal(demands, claimants, arcDemand, arcClaimant, score, capacity, cap);
    if (fits(free, cost, budget)) {
      return new Stage(free, Optimality.EXACT);
    }
    long maxScore = 0;
    for (long s : score) {
      maxScore = Math.max(maxScore, s);
    }
    // modified score = score * maxCost - lambda * cost; at lambda = hi no priced arc is worth taking
    long lo = 0;
    long hi = Math.multiplyExact(maxScore, maxCost) / minPositive + 1;
    long[] modified = new long[score.length];
    int[] best = null;
    long bestScore = -1;
    while (lo <= hi) {
      long lambda = lo + (hi - lo) / 2;
      for (int a = 0; a < score.length; a++) {
        long scaled = Math.multiplyExact(score[a], maxCost); // at most MAX_SCORE * MAX_PRICE_FEN
        long c = cost[a];
        modified[a] = c == 0 ? scaled : lambda > scaled / c ? 0 : scaled - lambda * c;
      }
      int[] chosen = Matchings.optimal(demands, claimants, arcDemand, arcClaimant, modified, capacity, cap);
      if (fits(chosen, cost, budget)) {
        long s = total(chosen, score);
        if (s > bestScore) {
          bestScore = s;
          best = chosen;
        }
        hi = lambda - 1;
      } else {
        lo = lambda + 1;
      }
    }
    if (best == null) {
      // unreachable: at the top multiplier nothing priced is taken; kept for safety
      best = new int[demands];
      java.util.Arrays.fill(best, -1);
    }
    return new Stage(best, Optimality.EXACT_FOR_ITS_SPEND);
  }

  /** Returns whether the chosen arcs cost no more than the budget, without adding past it. */
  private static boolean fits(int[] chosen, long[] cost, long budget) {
    long left = budget;
    for (int a : chosen) {
      if (a >= 0) {
        if (cost[a] > left) {
          return false;
        }
        left -= cost[a];
      }
    }
    return true;
  }

  private static long total(int[] chosen, long[] score) {
    long s = 0;
    for (int a : chosen) {
      if (a >= 0) {
        s = Math.addExact(s, score[a]);
      }
    }
    return s;
  }

  /** One eligible pair. */
  private static final class Arc {
    final int index;
    final int demandIndex;
    final int resourceIndex;
    final Resource resource;
    final ScoreBreakdown score;

    Arc(int index, int demandIndex, int resourceIndex, Resource resource, ScoreBreakdown score) {
      this.index = index;
      this.demandIndex = demandIndex;
      this.resourceIndex = resourceIndex;
      this.resource = resource;
      this.score = score;
    }
  }

  /** The problem in id order, with every eligible pair scored. */
  private static final class Prepared {
    final List<Demand> demands;
    final List<Resource> resources;
    final int[] capacityLeft;
    final List<Arc> arcs = new ArrayList<>();
    final int[] firstArc;
    final boolean[] eligibleIgnoringCapacity;
    final boolean[] blockedOnlyByWindow;

    Prepared(MatchingProblem problem) {
      demands = new ArrayList<>(problem.demands());
      demands.sort((a, b) -> a.id().compareTo(b.id()));
      resources = new ArrayList<>(problem.resources());
      resources.sort((a, b) -> a.id().compareTo(b.id()));
      GridHierarchy h = problem.hierarchy();
      capacityLeft = new int[resources.size()];
      List<Violation> overPriced = new ArrayList<>();
      for (Resource res : resources) {
        if (res.channel() == Channel.PURCHASE && res.costPerService().fen() > MAX_PRICE_FEN) {
          overPriced.add(new Violation("Resource[" + res.id() + "]", "costPerService", "price-limit",
              "a purchase offer costs 0 to " + Money.ofFen(MAX_PRICE_FEN) + ", was " + res.costPerService())
                      .with("max", Money.ofFen(MAX_PRICE_FEN)).with("value", res.costPerService()));
        }
      }
      if (!overPriced.isEmpty()) {
        throw new DomainValidationException(overPriced);
      }
      for (int r = 0; r < resources.size(); r++) {
        Resource res = resources.get(r);
        capacityLeft[r] = Math.max(0, res.capacityPerPeriod() - problem.currentLoad().getOrDefault(res.id(), 0));
      }
      firstArc = new int[demands.size() + 1];
      eligibleIgnoringCapacity = new boolean[demands.size()];
      blockedOnlyByWindow = new boolean[demands.size()];
      for (int i = 0; i < demands.size(); i++) {
        Demand d = demands.get(i);
        firstArc[i] = arcs.size();
        for (int r = 0; r < resources.size(); r++) {
          Resource res = resources.get(r);
          Optional<Ineligibility> why = Eligibility.check(d, res, h, problem.policy(), capacityLeft[r]);
          if (why.isEmpty()) {
            if (arcs.size() == BipartiteMatching.MAX_ARCS) {
              throw new DomainValidationException(new Violation("MatchingProblem", "demands", "pair-limit",
                  "a problem has at most " + BipartiteMatching.MAX_ARCS + " eligible pairs; match it in parts")
                          .with("limit", BipartiteMatching.MAX_ARCS));
            }
            arcs.add(new Arc(arcs.size(), i, r, res, Scoring.breakdown(d, res, problem, capacityLeft[r])));
            eligibleIgnoringCapacity[i] = true;
          } else if (why.get() == Ineligibility.NO_CAPACITY) {
            eligibleIgnoringCapacity[i] = true;
          } else if (why.get() == Ineligibility.OUTSIDE_WINDOW) {
            blockedOnlyByWindow[i] = true;
          }
        }
      }
      firstArc[demands.size()] = arcs.size();
    }
  }
}
