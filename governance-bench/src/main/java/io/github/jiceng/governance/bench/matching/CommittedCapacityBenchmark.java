package io.github.jiceng.governance.bench.matching;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.CommittedCapacity;
import io.github.jiceng.governance.rules.matching.Matcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Matching a street's problem with the claim capacity the co-building agreements commit, against
 * the same problem with the capacities as built: what deriving {@link CommittedCapacity} from a
 * year of service records and rewriting the problem adds to one matching.
 *
 * <p>The instance (seed 11): a street of 10 communities of 10 grids; 2,000 demands; 200 resources
 * (120 claim, 40 purchase, 40 undertake, capacities U[1, 20]); 150 agreements in force over the
 * year committing one to three claim resources each and U[10, 400] service hours, 30 claim
 * resources committed by none; 20,000 service records of the year so far. One operation with
 * {@code COMMITTED} derives the capacity at the instant, rewrites the problem and matches it; with
 * {@code AS_BUILT} it matches the problem as built. Each trial checks, when it sets up and after
 * the last measurement, that no claim resource took more than its derived capacity.
 *
 * <pre>
 * java -jar governance-bench/target/benchmarks.jar 'matching.CommittedCapacityBenchmark' -f 1 -wi 2 -i 3
 * </pre>
 */
@Fork(1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, batchSize = 1)
@Measurement(iterations = 5, batchSize = 1)
public class CommittedCapacityBenchmark {

  /** Where the capacities of the claim resources come from. */
  public enum Capacity {
    /** The problem as built. */
    AS_BUILT,
    /** Derived from the agreements in force and their fulfilment, then matched. */
    COMMITTED
  }

  /** The capacities. */
  @Param({"AS_BUILT", "COMMITTED"})
  public Capacity capacity;

  /** The matching mode. */
  @Param({"OPTIMAL", "GREEDY"})
  public MatchingMode mode;

  static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant AT = Instant.parse("2026-09-01T00:00:00Z");
  static final Duration PER_SERVICE = Duration.ofHours(2);

  MatchingProblem problem;
  List<CoBuildingAgreement> agreements;
  List<ServiceRecord> services;
  MatchingResult last;

  /** Generates the instance and checks the first answer. */
  @Setup(Level.Trial)
  public void setUp() {
    generate(11);
    check(solve());
  }

  /** Collects the previous shot's garbage so no shot pays for another's. */
  @Setup(Level.Iteration)
  public void collect() {
    System.gc();
  }

  /** Checks the last measured answer. */
  @TearDown(Level.Trial)
  public void checkLast() {
    check(last);
  }

  /** Matches once. */
  @Benchmark
  public MatchingResult solve() {
    MatchingProblem p = capacity == Capacity.COMMITTED
        ? CommittedCapacity.at(AT, PER_SERVICE, agreements, services).applyTo(problem) : problem;
    last = Matcher.match(p, mode);
    return last;
  }

  private void check(MatchingResult r) {
    Map<ResourceId, Integer> bound = CommittedCapacity.at(AT, PER_SERVICE, agreements, services)
        .capacities(problem.resources());
    Map<ResourceId, Integer> taken = new TreeMap<>();
    for (Assignment a : r.assignments()) {
      taken.merge(a.resource(), 1, Integer::sum);
    }
    int claims = 0;
    for (Map.Entry<ResourceId, Integer> e : taken.entrySet()) {
      Integer b = bound.get(e.getKey());
      if (b != null) {
        claims += e.getValue();
        if (capacity == Capacity.COMMITTED && e.getValue() > b) {
          throw new IllegalStateException(e.getKey() + " took " + e.getValue() + ", committed " + b);
        }
      }
    }
    if (claims == 0) {
      throw new IllegalStateException("no claim was matched: the instance does not exercise the claim stage");
    }
  }

  private void generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LevelScheme scheme = LevelScheme.builder("bench-street")
        .level("STREET", "街道", LevelCoding.none())
        .level("COMMUNITY", "社区", LevelCoding.none())
        .level("GRID", "网格", LevelCoding.none())
        .root("STREET").allow("STREET", "COMMUNITY").allow("COMMUNITY", "GRID").build();
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(node("street", "STREET", null));
    List<String> grids = new ArrayList<>();
    for (int c = 0; c < 10; c++) {
      nodes.add(node("c" + c, "COMMUNITY", "street"));
      for (int g = 0; g < 10; g++) {
        nodes.add(node("c" + c + "-g" + g, "GRID", "c" + c));
        grids.add("c" + c + "-g" + g);
      }
    }
    GridHierarchy hierarchy = GridHierarchy.of(scheme, nodes);
    String[] capabilities = {"care", "repair", "legal", "tutoring", "health", "culture"};
    Interval week = Interval.starting(AT, Duration.ofDays(7));
    List<Demand> demands = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String id = String.format(java.util.Locale.ROOT, "d%04d", i);
      demands.add(Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
          .grid(GridId.of(grids.get(r.nextInt(grids.size())))).category("help")
          .addRequiredCapabilities(capabilities[r.nextInt(capabilities.length)])
          .urgency(Urgency.values()[r.nextInt(Urgency.values().length)]).beneficiaries(1).window(week)
          .pillar(Pillar.SERVICE_SHARING).submittedAt(AT).build());
    }
    List<Resource> resources = new ArrayList<>();
    List<ResourceId> claimIds = new ArrayList<>();
    for (int j = 0; j < 200; j++) {
      Channel channel = j < 120 ? Channel.CLAIM : j < 160 ? Channel.PURCHASE : Channel.UNDERTAKE;
      String id = String.format(java.util.Locale.ROOT, "r%03d", j);
      Resource.Builder b = Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of("org-" + j % 90))
          .channel(channel).addCapabilities(capabilities[r.nextInt(capabilities.length)],
              capabilities[r.nextInt(capabilities.length)], capabilities[r.nextInt(capabilities.length)])
          .addCoverage(GridId.of(j % 4 == 0 ? "street" : "c" + r.nextInt(10))).capacityPerPeriod(1 + r.nextInt(20))
          .costPerService(Money.ofFen(channel == Channel.PURCHASE ? 5_000 + 500L * r.nextInt(10) : 0))
          .available(Interval.of(YEAR_START, YEAR_START.plus(Duration.ofDays(365))));
      resources.add(b.build());
      if (channel == Channel.CLAIM) {
        claimIds.add(ResourceId.of(id));
      }
    }
    problem = MatchingProblem.builder().hierarchy(hierarchy).addAllDemands(demands).addAllResources(resources)
        .purchaseBudget(Money.ofFen(2_000_000)).build();
    agreements = new ArrayList<>();
    Interval year = Interval.of(YEAR_START, YEAR_START.plus(Duration.ofDays(365)));
    for (int a = 0; a < 150; a++) {
      OrganizationId reporter = OrganizationId.of("branch-" + a);
      List<ResourceId> committed = new ArrayList<>();
      int picks = 1 + r.nextInt(3);
      for (int x = 0; x < picks; x++) {
        ResourceId id = claimIds.get(r.nextInt(90)); // the last 30 claim resources stay uncommitted
        if (!committed.contains(id)) {
          committed.add(id);
        }
      }
      agreements.add(CoBuildingAgreement.builder().id(AgreementId.of(String.format(java.util.Locale.ROOT, "a%03d", a)))
          .community(GridId.of("c" + a % 10)).reporter(reporter).reportedAt(YEAR_START).period(year)
          .addAllResources(committed).serviceHours(Duration.ofHours(10 + r.nextInt(391)))
          .addIntegrations(Integration.CO_BUILDING).build());
    }
    services = new ArrayList<>();
    long span = Duration.between(YEAR_START, AT).toMinutes();
    for (int s = 0; s < 20_000; s++) {
      Instant start = YEAR_START.plus(Duration.ofMinutes(r.nextLong(span)));
      Duration effort = Duration.ofMinutes(30 + r.nextInt(150));
      services.add(ServiceRecord.builder().id(ServiceId.of("s" + s)).addDemands(DemandId.of("past-" + s))
          .resource(claimIds.get(r.nextInt(claimIds.size()))).provider(OrganizationId.of("branch-" + r.nextInt(200)))
          .channel(Channel.CLAIM).time(Interval.of(start, start.plus(effort))).effort(effort).beneficiaries(1)
          .cost(Money.ZERO).build());
    }
  }

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }
}
