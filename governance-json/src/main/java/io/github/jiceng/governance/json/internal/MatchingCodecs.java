package io.github.jiceng.governance.json.internal;

import static io.github.jiceng.governance.json.internal.ServiceCodecs.AMOUNT;
import static io.github.jiceng.governance.json.internal.ServiceCodecs.CHANNEL;
import static io.github.jiceng.governance.json.internal.ServiceCodecs.DEMAND_ID;
import static io.github.jiceng.governance.json.internal.ServiceCodecs.RESOURCE_ID;
import static io.github.jiceng.governance.json.internal.ValueCodecs.ORGANIZATION_ID;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.Ineligibility;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.ScoreComponent;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.Unmatched;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The bindings of matching: the channel policy, score weights and past ratings of a problem, the
 * problem itself, and the result with its assignments, score breakdowns (with the explanation a
 * secretary reads), unmatched demands and stage reports.
 */
public final class MatchingCodecs {

  private MatchingCodecs() {}

  /** {@link MatchingMode} by name. */
  public static final EnumCodec<MatchingMode> MATCHING_MODE = Codecs.enumeration(MatchingMode.class,
      "How a matching was made: OPTIMAL (exact per channel stage) or GREEDY.");

  /** {@link Optimality} by name. */
  public static final EnumCodec<Optimality> OPTIMALITY = Codecs.enumeration(Optimality.class,
      "What a stage's total is proven to be.");

  /** {@link UnmatchedReason} by name. */
  public static final EnumCodec<UnmatchedReason> UNMATCHED_REASON = Codecs.enumeration(UnmatchedReason.class,
      "Why a demand was left without a claimant (未匹配原因).");

  /** {@link Ineligibility} by name. */
  public static final EnumCodec<Ineligibility> INELIGIBILITY = Codecs.enumeration(Ineligibility.class,
      "Why a resource cannot serve a demand.");

  /** {@link ScoreComponent} by name. */
  public static final EnumCodec<ScoreComponent> SCORE_COMPONENT = Codecs.enumeration(ScoreComponent.class,
      "A named part of a pair's score (匹配得分项).");

  private static final Codec<Integer> COUNT = Codecs.integer(0, Integer.MAX_VALUE);
  private static final Codec<Long> TOTAL = Codecs.longInteger(0, Long.MAX_VALUE);
  private static final Codec<Integer> PER_MILLE = Codecs.integer(0, 1000);

  /**
   * {@link ChannelPolicy}: the channels in order, and the shares that are not the whole (1000 per
   * mille); a channel without a share may take every demand.
   */
  public static final ObjectCodec<ChannelPolicy> CHANNEL_POLICY = channelPolicy();

  /** {@link ScoreWeights}: one weight, 0 to 1000, per score component. */
  public static final ObjectCodec<ScoreWeights> SCORE_WEIGHTS = scoreWeights();

  /** {@link RatingHistory}: how many outcomes and how many stars in all. */
  public static final ObjectCodec<RatingHistory> RATING_HISTORY = ratingHistory();

  /** {@link MatchingProblem}: hierarchy, demands, resources, policy, weights, budget, ratings, loads. */
  public static final ObjectCodec<MatchingProblem> MATCHING_PROBLEM = matchingProblem();

  /** {@link ScoreBreakdown}, with its explanation written out for people. */
  public static final ObjectCodec<ScoreBreakdown> SCORE_BREAKDOWN = scoreBreakdown();

  /** {@link Assignment}. */
  public static final ObjectCodec<Assignment> ASSIGNMENT = assignment();

  /** {@link Unmatched}. */
  public static final ObjectCodec<Unmatched> UNMATCHED = unmatched();

  /** {@link StageReport}. */
  public static final ObjectCodec<StageReport> STAGE_REPORT = stageReport();

  /** {@link MatchingResult}. */
  public static final ObjectCodec<MatchingResult> MATCHING_RESULT = matchingResult();

  private static ObjectCodec<ChannelPolicy> channelPolicy() {
    ObjectCodec.Builder<ChannelPolicy> b = ObjectCodec.builder(ChannelPolicy.class)
        .describe("Which channels a community uses, in which order, and the share (per mille of the demands "
            + "matched) a channel may take at most; a channel listed without a share may take all.");
    Slot<Set<Channel>> order = b.required("order", p -> TaxonomyCodecs.inOrder(p.order()), Codecs.set(CHANNEL));
    Slot<Map<Channel, Integer>> shares = b.defaulted("sharePerMille", MatchingCodecs::partialShares,
        Codecs.map(CHANNEL, PER_MILLE), Map.of());
    b.locate((violation, values) -> {
      if (!violation.field().equals("sharePerMille")) {
        return null;
      }
      for (Channel c : values.peek(shares).keySet()) {
        if (!values.peek(order).contains(c)) {
          return "/sharePerMille/" + c.name();
        }
      }
      return null;
    });
    return b.build(v -> {
      Set<Channel> allowed = v.get(order);
      Map<Channel, Integer> given = v.get(shares);
      for (Channel c : given.keySet()) {
        if (!allowed.contains(c)) {
          throw new DomainValidationException("ChannelPolicy", "sharePerMille", "share-of-allowed-channel",
              "a share is given for " + c + ", which is not in the order " + allowed);
        }
      }
      return new ChannelPolicy(List.copyOf(allowed), given);
    });
  }

  /** The shares that are not 1000 per mille, in the policy's order. */
  private static Map<Channel, Integer> partialShares(ChannelPolicy policy) {
    Map<Channel, Integer> out = new LinkedHashMap<>();
    for (Channel c : policy.order()) {
      int share = policy.sharePerMille().get(c);
      if (share != 1000) {
        out.put(c, share);
      }
    }
    return out;
  }

  private static ObjectCodec<ScoreWeights> scoreWeights() {
    ObjectCodec.Builder<ScoreWeights> b = ObjectCodec.builder(ScoreWeights.class)
        .describe("The weight of each score component, 0 to " + ScoreWeights.MAX_WEIGHT + "; a pair scores "
            + "1 + sum(weight x points).");
    Codec<Integer> weight = Codecs.integer(0, ScoreWeights.MAX_WEIGHT);
    Slot<Integer> capabilityFit = b.required("capabilityFit", ScoreWeights::capabilityFit, weight);
    Slot<Integer> gridDistance = b.required("gridDistance", ScoreWeights::gridDistance, weight);
    Slot<Integer> pastRating = b.required("pastRating", ScoreWeights::pastRating, weight);
    Slot<Integer> loadBalance = b.required("loadBalance", ScoreWeights::loadBalance, weight);
    Slot<Integer> urgency = b.required("urgency", ScoreWeights::urgency, weight);
    return b.build(v -> new ScoreWeights(v.get(capabilityFit), v.get(gridDistance), v.get(pastRating),
        v.get(loadBalance), v.get(urgency)));
  }

  private static ObjectCodec<RatingHistory> ratingHistory() {
    ObjectCodec.Builder<RatingHistory> b = ObjectCodec.builder(RatingHistory.class)
        .describe("A claimant's past ratings, summed: outcomes rated and their stars (1 to 5 each) in all.");
    Slot<Integer> count = b.required("count", RatingHistory::count, COUNT);
    Slot<Long> stars = b.required("stars", RatingHistory::stars, TOTAL);
    return b.build(v -> {
      int n = v.get(count);
      long sum = v.get(stars);
      if (sum < n || sum > 5L * n) {
        throw new DomainValidationException("RatingHistory", "stars", "stars-fit-count",
            n + " ratings sum to " + n + "-" + 5L * n + " stars, not " + sum);
      }
      return new RatingHistory(n, sum);
    });
  }

  private static ObjectCodec<MatchingProblem> matchingProblem() {
    ObjectCodec.Builder<MatchingProblem> b = ObjectCodec.builder(MatchingProblem.class)
        .describe("One period's matching of dispatched demands to resources (社区下单、共建单位接单).");
    Slot<GridHierarchy> hierarchy = b.required("hierarchy", MatchingProblem::hierarchy, GridCodecs.GRID_HIERARCHY);
    Slot<List<Demand>> demands = b.required("demands", MatchingProblem::demands,
        Codecs.list(ServiceCodecs.DEMAND));
    Slot<List<Resource>> resources = b.required("resources", MatchingProblem::resources,
        Codecs.list(ServiceCodecs.RESOURCE));
    Slot<ChannelPolicy> policy = b.defaulted("policy", MatchingProblem::policy, CHANNEL_POLICY,
        ChannelPolicy.standard());
    Slot<ScoreWeights> weights = b.defaulted("weights", MatchingProblem::weights, SCORE_WEIGHTS,
        ScoreWeights.standard());
    Slot<Money> budget = b.defaulted("purchaseBudget", MatchingProblem::purchaseBudget, AMOUNT, Money.ZERO);
    Slot<Map<OrganizationId, RatingHistory>> ratings = b.defaulted("pastRatings",
        p -> new TreeMap<>(p.pastRatings()), Codecs.map(ORGANIZATION_ID, RATING_HISTORY), Map.of());
    Slot<Map<ResourceId, Integer>> loads = b.defaulted("currentLoad", p -> new TreeMap<>(p.currentLoad()),
        Codecs.map(RESOURCE_ID, COUNT), Map.of());
    b.locate((violation, values) -> {
      String subject = violation.subject();
      GridHierarchy h = values.peek(hierarchy);
      String demand = Locators.idOf(subject, "Demand");
      if (demand != null) {
        return Locators.first("demands", values.peek(demands),
            d -> d.id().value().equals(demand) && !h.contains(d.grid()), "/grid");
      }
      String resource = Locators.idOf(subject, "Resource");
      if (resource != null) {
        List<Resource> rs = values.peek(resources);
        for (int i = 0; i < rs.size(); i++) {
          List<GridId> coverage = rs.get(i).coverage();
          for (int j = 0; rs.get(i).id().value().equals(resource) && j < coverage.size(); j++) {
            if (!h.contains(coverage.get(j))) {
              return "/resources/" + i + "/coverage/" + j;
            }
          }
        }
        return null;
      }
      if (violation.rule().equals("unique-id") && violation.field().equals("demands")) {
        return Locators.firstRepeat("demands", values.peek(demands), Demand::id, "id");
      }
      if (violation.rule().equals("unique-id") && violation.field().equals("resources")) {
        return Locators.firstRepeat("resources", values.peek(resources), Resource::id, "id");
      }
      return null;
    });
    return b.build(v -> MatchingProblem.builder().hierarchy(v.get(hierarchy)).addAllDemands(v.get(demands))
        .addAllResources(v.get(resources)).policy(v.get(policy)).weights(v.get(weights))
        .purchaseBudget(v.get(budget)).putAllPastRatings(v.get(ratings)).putAllCurrentLoad(v.get(loads)).build());
  }

  private static ObjectCodec<ScoreBreakdown> scoreBreakdown() {
    ObjectCodec.Builder<ScoreBreakdown> b = ObjectCodec.builder(ScoreBreakdown.class)
        .describe("Why a pair scores what it scores: points (0 to 1000) per component, the weights, the total, "
            + "and the same as one line a secretary can read (derived: when present it must match).");
    Slot<DemandId> demand = b.required("demand", ScoreBreakdown::demand, DEMAND_ID);
    Slot<ResourceId> resource = b.required("resource", ScoreBreakdown::resource, RESOURCE_ID);
    Slot<Map<ScoreComponent, Integer>> points = b.required("points", ScoreBreakdown::points,
        Codecs.map(SCORE_COMPONENT, PER_MILLE));
    Slot<ScoreWeights> weights = b.required("weights", ScoreBreakdown::weights, SCORE_WEIGHTS);
    Slot<Long> total = b.required("total", ScoreBreakdown::total, TOTAL);
    Slot<Optional<String>> explanation = b.optional("explanation", s -> Optional.of(s.explain()),
        Codecs.string());
    return b.build(v -> {
      ScoreBreakdown s = new ScoreBreakdown(v.get(demand), v.get(resource), v.get(points), v.get(weights),
          v.get(total));
      Optional<String> given = v.get(explanation);
      if (given.isPresent() && !given.get().equals(s.explain())) {
        throw new DomainValidationException("ScoreBreakdown[" + s.demand() + " -> " + s.resource() + "]",
            "explanation", "explanation-derived", "the explanation is derived from the other properties; they "
                + "give '" + s.explain() + "'");
      }
      return s;
    });
  }

  private static ObjectCodec<Assignment> assignment() {
    ObjectCodec.Builder<Assignment> b = ObjectCodec.builder(Assignment.class)
        .describe("One demand matched to one resource, with the channel, the cost to the purchase budget and the "
            + "score's breakdown.");
    Slot<DemandId> demand = b.required("demand", Assignment::demand, DEMAND_ID);
    Slot<ResourceId> resource = b.required("resource", Assignment::resource, RESOURCE_ID);
    Slot<OrganizationId> claimant = b.required("claimant", Assignment::claimant, ORGANIZATION_ID);
    Slot<Channel> channel = b.required("channel", Assignment::channel, CHANNEL);
    Slot<Money> cost = b.required("cost", Assignment::cost, AMOUNT);
    Slot<ScoreBreakdown> score = b.required("score", Assignment::score, SCORE_BREAKDOWN);
    return b.build(v -> new Assignment(v.get(demand), v.get(resource), v.get(claimant), v.get(channel),
        v.get(cost), v.get(score)));
  }

  private static ObjectCodec<Unmatched> unmatched() {
    ObjectCodec.Builder<Unmatched> b = ObjectCodec.builder(Unmatched.class)
        .describe("A demand left without a claimant, and why.");
    Slot<DemandId> demand = b.required("demand", Unmatched::demand, DEMAND_ID);
    Slot<UnmatchedReason> reason = b.required("reason", Unmatched::reason, UNMATCHED_REASON);
    return b.build(v -> new Unmatched(v.get(demand), v.get(reason)));
  }

  private static ObjectCodec<StageReport> stageReport() {
    ObjectCodec.Builder<StageReport> b = ObjectCodec.builder(StageReport.class)
        .describe("What one channel's stage did.");
    Slot<Channel> channel = b.required("channel", StageReport::channel, CHANNEL);
    Slot<Integer> candidates = b.required("candidates", StageReport::candidates, COUNT);
    Slot<Integer> cap = b.required("cap", StageReport::cap, COUNT);
    Slot<Integer> matched = b.required("matched", StageReport::matched, COUNT);
    Slot<Long> score = b.required("score", StageReport::score, TOTAL);
    Slot<Money> spent = b.required("spent", StageReport::spent, AMOUNT);
    Slot<Optimality> optimality = b.required("optimality", StageReport::optimality, OPTIMALITY);
    return b.build(v -> new StageReport(v.get(channel), v.get(candidates), v.get(cap), v.get(matched),
        v.get(score), v.get(spent), v.get(optimality)));
  }

  private static ObjectCodec<MatchingResult> matchingResult() {
    ObjectCodec.Builder<MatchingResult> b = ObjectCodec.builder(MatchingResult.class)
        .describe("The outcome of one matching: every demand assigned or unmatched with a reason, the total "
            + "score, what was spent, and one report per channel stage.");
    Slot<MatchingMode> mode = b.required("mode", MatchingResult::mode, MATCHING_MODE);
    Slot<List<Assignment>> assignments = b.required("assignments", MatchingResult::assignments,
        Codecs.list(ASSIGNMENT));
    Slot<List<Unmatched>> unmatched = b.required("unmatched", MatchingResult::unmatched, Codecs.list(UNMATCHED));
    Slot<Long> totalScore = b.required("totalScore", MatchingResult::totalScore, TOTAL);
    Slot<Money> spent = b.required("spent", MatchingResult::spent, AMOUNT);
    Slot<List<StageReport>> stages = b.required("stages", MatchingResult::stages, Codecs.list(STAGE_REPORT));
    return b.build(v -> new MatchingResult(v.get(mode), v.get(assignments), v.get(unmatched), v.get(totalScore),
        v.get(spent), v.get(stages)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(MATCHING_MODE, OPTIMALITY, UNMATCHED_REASON, INELIGIBILITY, SCORE_COMPONENT, CHANNEL_POLICY,
        SCORE_WEIGHTS, RATING_HISTORY, MATCHING_PROBLEM, SCORE_BREAKDOWN, ASSIGNMENT, UNMATCHED, STAGE_REPORT,
        MATCHING_RESULT);
  }
}
