package io.github.jiceng.governance.rules.matching;

import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.RatingHistory;
import io.github.jiceng.governance.model.matching.ScoreWeights;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Seeded random matching problems over a small street. */
final class Problems {

  static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
  static final String[] CAPABILITIES = {"care", "repair", "legal", "tutoring"};
  static final String[] GRIDS = {"street", "c1", "c2", "c1-g1", "c1-g2", "c1-g3", "c2-g1", "c2-g2"};

  private Problems() {}

  static final LevelScheme SCHEME = LevelScheme.builder("test")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET")
      .allow("STREET", "COMMUNITY")
      .allow("COMMUNITY", "GRID")
      .build();

  static final GridHierarchy STREET = GridHierarchy.of(SCHEME, List.of(
      node("street", "STREET", null),
      node("c1", "COMMUNITY", "street"),
      node("c2", "COMMUNITY", "street"),
      node("c1-g1", "GRID", "c1"),
      node("c1-g2", "GRID", "c1"),
      node("c1-g3", "GRID", "c1"),
      node("c2-g1", "GRID", "c2"),
      node("c2-g2", "GRID", "c2")));

  static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  static Demand demand(String id, String grid, Urgency urgency, Interval window, String... capabilities) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(GridId.of(grid)).category("help").addRequiredCapabilities(capabilities).urgency(urgency)
        .beneficiaries(1).window(window).pillar(Pillar.SERVICE_SHARING).submittedAt(window.start()).build();
  }

  static Resource resource(String id, String claimant, Channel channel, int capacity, long costFen,
      Interval available, List<String> coverage, String... capabilities) {
    Resource.Builder b = Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of(claimant)).channel(channel)
        .addCapabilities(capabilities).capacityPerPeriod(capacity).costPerService(Money.ofFen(costFen))
        .available(available);
    for (String g : coverage) {
      b.addCoverage(GridId.of(g));
    }
    return b.build();
  }

  /**
   * A random problem: up to {@code maxDemands} demands and {@code maxResources} resources; purchase
   * prices either all equal or mixed; channel order, shares and the budget random.
   */
  static MatchingProblem random(long seed, int maxDemands, int maxResources, boolean uniformPrice) {
    return random(seed, maxDemands, maxResources, uniformPrice, false);
  }

  /** As {@link #random(long, int, int, boolean)}; purchase-heavy problems offer half their resources for sale. */
  static MatchingProblem random(long seed, int maxDemands, int maxResources, boolean uniformPrice,
      boolean purchaseHeavy) {
    SplittableRandom r = new SplittableRandom(seed);
    Interval week = Interval.starting(T0, Duration.ofDays(7));
    List<Demand> demands = new ArrayList<>();
    int n = 1 + r.nextInt(maxDemands);
    for (int i = 0; i < n; i++) {
      Interval window = r.nextInt(8) == 0 ? Interval.starting(T0.plus(Duration.ofDays(30)), Duration.ofDays(2)) : week;
      List<String> caps = new ArrayList<>();
      for (String c : CAPABILITIES) {
        if (r.nextInt(6) == 0) {
          caps.add(c);
        }
      }
      demands.add(demand(String.format("d%02d", i), GRIDS[r.nextInt(GRIDS.length)],
          Urgency.values()[r.nextInt(Urgency.values().length)], window, caps.toArray(new String[0])));
    }
    List<Resource> resources = new ArrayList<>();
    int k = 1 + r.nextInt(maxResources);
    Map<io.github.jiceng.governance.model.service.ResourceId, Integer> load = new java.util.HashMap<>();
    Map<OrganizationId, RatingHistory> ratings = new java.util.HashMap<>();
    for (int j = 0; j < k; j++) {
      Channel channel = purchaseHeavy && r.nextBoolean() ? Channel.PURCHASE : Channel.values()[r.nextInt(3)];
      List<String> caps = new ArrayList<>();
      for (String c : CAPABILITIES) {
        if (r.nextInt(2) == 0) {
          caps.add(c);
        }
      }
      if (caps.isEmpty()) {
        caps.add(CAPABILITIES[r.nextInt(CAPABILITIES.length)]);
      }
      List<String> coverage = new ArrayList<>();
      coverage.add(r.nextInt(3) == 0 ? "street" : GRIDS[r.nextInt(GRIDS.length)]);
      if (r.nextBoolean()) {
        coverage.add(GRIDS[r.nextInt(GRIDS.length)]);
      }
      long cost = channel == Channel.PURCHASE ? (uniformPrice ? 100 : 50 + 50 * r.nextInt(6)) : 0;
      String id = String.format("r%02d", j);
      String claimant = "org-" + r.nextInt(4);
      resources.add(resource(id, claimant, channel, r.nextInt(4), cost, week, coverage,
          caps.toArray(new String[0])));
      if (r.nextInt(4) == 0) {
        load.put(ResourceId.of(id), r.nextInt(2));
      }
      int rated = r.nextInt(3);
      if (rated > 0) {
        ratings.put(OrganizationId.of(claimant), new RatingHistory(rated, rated + r.nextInt(4 * rated + 1)));
      }
    }
    List<Channel> order = new ArrayList<>(List.of(Channel.values()));
    for (int i = order.size() - 1; i > 0; i--) {
      java.util.Collections.swap(order, i, r.nextInt(i + 1));
    }
    if (r.nextInt(5) == 0) {
      order.remove(r.nextInt(order.size()));
    }
    Map<Channel, Integer> shares = new EnumMap<>(Channel.class);
    for (Channel c : order) {
      if (r.nextInt(3) == 0) {
        shares.put(c, 200 + r.nextInt(801));
      }
    }
    return MatchingProblem.builder().hierarchy(STREET).addAllDemands(demands).addAllResources(resources)
        .policy(new ChannelPolicy(order, shares)).purchaseBudget(Money.ofFen(50L * r.nextInt(12)))
        .putAllPastRatings(ratings).putAllCurrentLoad(load)
        .weights(new ScoreWeights(r.nextInt(4), r.nextInt(4), r.nextInt(4), r.nextInt(4), r.nextInt(4))).build();
  }
}
