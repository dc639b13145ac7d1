package io.github.jiceng.governance.rules.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.matching.Assignment;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.matching.MatchingResult;
import io.github.jiceng.governance.model.matching.Optimality;
import io.github.jiceng.governance.model.matching.ScoreBreakdown;
import io.github.jiceng.governance.model.matching.StageReport;
import io.github.jiceng.governance.model.matching.UnmatchedReason;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.cobuilding.CommittedCapacity;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matching with the claim capacity that co-building agreements commit: examples, and seeded
 * problems with random agreements and service records checked against an independent reckoning of
 * what each agreement still owes and, stage by stage, against an enumeration of every assignment.
 */
final class MatcherWithCommittedCapacityTest {

  private static final Instant AT = Problems.T0.plus(Duration.ofDays(1));
  private static final Interval WEEK = Interval.starting(Problems.T0, Duration.ofDays(7));
  private static final Interval YEAR = Interval.of(Problems.T0.minus(Duration.ofDays(60)),
      Problems.T0.plus(Duration.ofDays(300)));
  private static final OrganizationId UNIT = OrganizationId.of("org-power");

  static IntStream seeds() {
    return SeedCount.ints(600);
  }

  /** A random problem with random agreements and services around it, and the instant and service length. */
  record Case(MatchingProblem problem, List<CoBuildingAgreement> agreements, List<ServiceRecord> services,
      Instant at, Duration perService) {

    CommittedCapacity committed() {
      return CommittedCapacity.at(at, perService, agreements, services);
    }
  }

  static Case generate(long seed, int maxDemands, int maxResources) {
    MatchingProblem p = Problems.random(seed, maxDemands, maxResources, seed % 2 == 0, seed % 4 == 1);
    SplittableRandom r = new SplittableRandom(seed * 31 + 7);
    List<ResourceId> ids = new ArrayList<>();
    p.resources().forEach(x -> ids.add(x.id()));
    ids.add(ResourceId.of("r-elsewhere"));
    List<ResourceId> claimIds = new ArrayList<>();
    p.resources().stream().filter(x -> x.channel() == Channel.CLAIM).forEach(x -> claimIds.add(x.id()));
    Instant at = Problems.T0.plus(Duration.ofHours(r.nextInt(72)));
    Duration perService = List.of(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2),
        Duration.ofMinutes(150)).get(r.nextInt(4));
    List<CoBuildingAgreement> agreements = new ArrayList<>();
    int k = r.nextInt(6);
    for (int i = 0; i < k; i++) {
      // half run over the whole matching week; the others start and end around it
      boolean wholeWeek = r.nextBoolean();
      Instant start = wholeWeek ? Problems.T0.minus(Duration.ofDays(30))
          : Problems.T0.minus(Duration.ofHours(r.nextInt(24 * 40))).plus(Duration.ofHours(r.nextInt(4 * 24)));
      Instant end = wholeWeek ? Problems.T0.plus(Duration.ofDays(30)) : start.plus(Duration.ofHours(1 + r.nextInt(24 * 60)));
      // mostly the problem's claim resources, sometimes another channel's or one elsewhere
      List<ResourceId> committed = new ArrayList<>();
      int picks = r.nextInt(4);
      for (int x = 0; x < picks; x++) {
        ResourceId id = !claimIds.isEmpty() && r.nextInt(4) > 0 ? claimIds.get(r.nextInt(claimIds.size()))
            : ids.get(r.nextInt(ids.size()));
        if (!committed.contains(id)) {
          committed.add(id);
        }
      }
      long maxMinutes = Math.min(5 * 60, Duration.between(start, end).toMinutes());
      Duration hours = Duration.ofMinutes(r.nextInt(4) == 0 ? 0 : r.nextLong(maxMinutes + 1));
      if (committed.isEmpty() && hours.isZero()) {
        committed.add(ids.get(r.nextInt(ids.size())));
      }
      ActorId reporter = r.nextInt(3) == 0 ? PersonId.of("p-" + r.nextInt(3)) : OrganizationId.of("org-" + r.nextInt(4));
      agreements.add(CoBuildingAgreement.builder().id(AgreementId.of(String.format("a%02d", i)))
          .community(GridId.of("c1")).reporter(reporter)
          .reportedAt(start.plus(Duration.ofHours(r.nextInt(8) == 0 ? 24 * 5 : r.nextInt(3))))
          .period(Interval.of(start, end)).addAllResources(committed).serviceHours(hours)
          .addIntegrations(Integration.CO_BUILDING).build());
    }
    List<ServiceRecord> services = new ArrayList<>();
    int m = r.nextInt(9);
    for (int j = 0; j < m; j++) {
      Instant start = Problems.T0.minus(Duration.ofHours(r.nextInt(24 * 30))).plus(Duration.ofHours(r.nextInt(90)));
      Duration effort = Duration.ofMinutes(1 + r.nextInt(6 * 60));
      List<ActorId> by = new ArrayList<>();
      for (int x = 0; x < 3; x++) {
        if (r.nextInt(3) == 0) {
          by.add(PersonId.of("p-" + x));
        }
      }
      services.add(ServiceRecord.builder().id(ServiceId.of("s" + j)).addDemands(DemandId.of("past-" + j))
          .resource(ids.get(r.nextInt(ids.size()))).provider(OrganizationId.of("org-" + r.nextInt(4)))
          .channel(Channel.CLAIM).addAllPerformedBy(by).time(Interval.of(start, start.plus(effort))).effort(effort)
          .beneficiaries(1).cost(Money.ZERO).build());
    }
    return new Case(p, agreements, services, at, perService);
  }

  /** What each agreement in force still owes, in services, reckoned here from the definitions. */
  static Map<AgreementId, Integer> owed(Case c) {
    Map<AgreementId, Integer> owed = new TreeMap<>();
    for (CoBuildingAgreement a : c.agreements()) {
      boolean inForce = !a.reportedAt().isAfter(c.at()) && !c.at().isBefore(a.period().start())
          && c.at().isBefore(a.period().end());
      if (!inForce) {
        continue;
      }
      long delivered = 0;
      for (ServiceRecord s : c.services()) {
        Instant start = s.time().start();
        boolean counts = !start.isBefore(a.period().start()) && start.isBefore(a.period().end())
            && start.isBefore(c.at()) && (a.reporter() instanceof OrganizationId
                ? s.provider().equals(a.reporter()) : s.performedBy().contains(a.reporter()));
        if (counts) {
          delivered += s.effort().toMinutes();
        }
      }
      long left = Math.max(0, a.serviceHours().toMinutes() - delivered);
      owed.put(a.id(), (int) (left / c.perService().toMinutes()));
    }
    return owed;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void noMatchExceedsWhatTheAgreementsInForceStillOweNorTheResourcesOwnCapacity(int seed) {
    Case c = generate(seed, 30, 10);
    MatchingProblem p = c.problem();
    Map<AgreementId, Integer> owed = owed(c);
    CommittedCapacity committed = c.committed();
    assertThat(committed.inForce()).as("seed %s", seed).extracting(CommittedCapacity.Commitment::agreement)
        .containsExactlyElementsOf(owed.keySet());
    committed.inForce().forEach(x -> assertThat(x.services()).as("seed %s %s", seed, x.agreement())
        .isEqualTo(owed.get(x.agreement())));
    MatchingProblem applied = committed.applyTo(p);
    assertThat(applied.demands()).isEqualTo(p.demands());
    assertThat(applied.currentLoad()).isEqualTo(p.currentLoad());
    assertThat(applied.policy()).isEqualTo(p.policy());
    for (int i = 0; i < p.resources().size(); i++) {
      Resource before = p.resources().get(i);
      Resource after = applied.resources().get(i);
      assertThat(after.id()).isEqualTo(before.id());
      if (before.channel() != Channel.CLAIM) {
        assertThat(after).as("seed %s: %s is not a commitment", seed, before.id()).isEqualTo(before);
      } else {
        assertThat(after.capacityPerPeriod()).as("seed %s %s", seed, before.id())
            .isBetween(0, before.capacityPerPeriod());
      }
    }

    // the claim resources joined to the agreements committing them, in connected groups
    Map<String, String> parent = new HashMap<>();
    Map<ResourceId, Resource> claims = new TreeMap<>();
    p.resources().stream().filter(x -> x.channel() == Channel.CLAIM).forEach(x -> claims.put(x.id(), x));
    for (CoBuildingAgreement a : c.agreements()) {
      if (owed.containsKey(a.id())) {
        for (ResourceId id : a.resources()) {
          if (claims.containsKey(id)) {
            union(parent, "a:" + a.id(), "r:" + id);
          }
        }
      }
    }
    for (MatchingMode mode : MatchingMode.values()) {
      MatchingResult result = Matcher.match(applied, mode);
      String as = "seed " + seed + " " + mode;
      Map<ResourceId, Integer> used = new TreeMap<>();
      for (Assignment a : result.assignments()) {
        used.merge(a.resource(), 1, Integer::sum);
      }
      Map<String, Long> takenByGroup = new TreeMap<>();
      for (Map.Entry<ResourceId, Integer> e : used.entrySet()) {
        Resource res = claims.get(e.getKey());
        if (res == null) {
          continue;
        }
        long ownLeft = Math.max(0, (long) res.capacityPerPeriod() - p.currentLoad().getOrDefault(res.id(), 0));
        assertThat((long) e.getValue()).as(as + " own capacity of " + res.id()).isLessThanOrEqualTo(ownLeft);
        String group = find(parent, "r:" + res.id());
        assertThat(group).as(as + ": " + res.id() + " is claimed through though no agreement in force commits it")
            .isNotEqualTo("r:" + res.id());
        takenByGroup.merge(group, (long) e.getValue(), Long::sum);
      }
      for (Map.Entry<String, Long> g : takenByGroup.entrySet()) {
        long owedByGroup = 0;
        for (Map.Entry<AgreementId, Integer> o : owed.entrySet()) {
          if (parent.containsKey("a:" + o.getKey()) && find(parent, "a:" + o.getKey()).equals(g.getKey())) {
            owedByGroup += o.getValue();
          }
        }
        assertThat(g.getValue()).as(as + ": claims through the agreements of " + g.getKey())
            .isLessThanOrEqualTo(owedByGroup);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachOptimalStageWithCommittedCapacityEqualsTheBestAssignment(int seed) {
    Case c = generate(50_000 + seed, 6, 4);
    MatchingProblem applied = c.committed().applyTo(c.problem());
    MatchingResult r = Matcher.optimal(applied);
    List<ScoreBreakdown> pairs = Matcher.pairs(applied);
    Map<ResourceId, Resource> resources = new HashMap<>();
    applied.resources().forEach(x -> resources.put(x.id(), x));
    Set<DemandId> taken = new HashSet<>();
    for (StageReport stage : r.stages()) {
      List<ScoreBreakdown> arcs = new ArrayList<>();
      for (ScoreBreakdown b : pairs) {
        if (resources.get(b.resource()).channel() == stage.channel() && !taken.contains(b.demand())) {
          arcs.add(b);
        }
      }
      long budget = stage.channel() == Channel.PURCHASE ? applied.purchaseBudget().fen() : Long.MAX_VALUE;
      String as = "seed " + seed + " stage " + stage.channel() + " " + stage.optimality();
      if (stage.optimality() == Optimality.EXACT) {
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(applied, arcs, resources, stage.cap(), budget));
      } else {
        assertThat(stage.optimality()).as(as).isEqualTo(Optimality.EXACT_FOR_ITS_SPEND);
        assertThat(stage.score()).as(as).isEqualTo(StageEnumeration.best(applied, arcs, resources, stage.cap(), stage.spent().fen()));
      }
      r.assignments().stream().filter(a -> a.channel() == stage.channel()).forEach(a -> taken.add(a.demand()));
    }
  }

  @Test
  void theGeneratorReachesBindingCommitmentsUncommittedResourcesAndClaimsMatched() {
    int binding = 0;
    int uncommittedWithRoom = 0;
    int claimed = 0;
    int expiredOrLate = 0;
    for (int seed = 0; seed < 600; seed++) {
      Case c = generate(seed, 30, 10);
      Map<AgreementId, Integer> owed = owed(c);
      expiredOrLate += c.agreements().size() - owed.size();
      Map<ResourceId, Integer> capacity = c.committed().capacities(c.problem().resources());
      for (Resource res : c.problem().resources()) {
        if (res.channel() == Channel.CLAIM && res.capacityPerPeriod() > 0) {
          int derived = capacity.get(res.id());
          binding += derived > 0 && derived < res.capacityPerPeriod() ? 1 : 0;
          uncommittedWithRoom += derived == 0 ? 1 : 0;
        }
      }
      claimed += (int) Matcher.optimal(c.committed().applyTo(c.problem())).assignments().stream()
          .filter(a -> a.channel() == Channel.CLAIM).count();
    }
    String counts = "binding " + binding + ", uncommitted " + uncommittedWithRoom + ", claimed " + claimed
        + ", not in force " + expiredOrLate;
    assertThat(binding).as(counts).isGreaterThan(20);
    assertThat(uncommittedWithRoom).as(counts).isGreaterThan(300);
    assertThat(claimed).as(counts).isGreaterThan(50);
    assertThat(expiredOrLate).as(counts).isGreaterThan(130);
  }

  @Test
  void aUnitWithAnAgreementInForceClaimsUpToWhatItStillOwesAndTheRestGoesToTheNextChannel() {
    List<io.github.jiceng.governance.model.service.Demand> demands = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      demands.add(Problems.demand("d" + i, "c1-g1", Urgency.NORMAL, WEEK, "repair"));
    }
    Resource claim = Problems.resource("r-claim", UNIT.value(), Channel.CLAIM, 10, 0, WEEK, List.of("c1"), "repair");
    Resource own = Problems.resource("r-own", "community", Channel.UNDERTAKE, 10, 0, WEEK, List.of("c1"), "repair");
    MatchingProblem p = MatchingProblem.builder().hierarchy(Problems.STREET).addAllDemands(demands)
        .addResources(claim, own).build();
    // six hours still owed at two hours a service: three claims, the other two undertaken
    CoBuildingAgreement a = CoBuildingAgreement.builder().id(AgreementId.of("a-power")).community(GridId.of("c1"))
        .reporter(UNIT).reportedAt(YEAR.start()).period(YEAR).addResources(claim.id())
        .serviceHours(Duration.ofHours(10)).addIntegrations(Integration.CO_BUILDING).build();
    ServiceRecord past = ServiceRecord.builder().id(ServiceId.of("s-past")).addDemands(DemandId.of("d-past"))
        .resource(claim.id()).provider(UNIT).channel(Channel.CLAIM)
        .time(Interval.starting(YEAR.start().plus(Duration.ofDays(3)), Duration.ofHours(4)))
        .effort(Duration.ofHours(4)).beneficiaries(2).cost(Money.ZERO).build();
    CommittedCapacity committed = CommittedCapacity.at(AT, Duration.ofHours(2), List.of(a), List.of(past));
    for (MatchingMode mode : MatchingMode.values()) {
      MatchingResult r = Matcher.match(committed.applyTo(p), mode);
      assertThat(r.assignments()).as("%s", mode).filteredOn(x -> x.channel() == Channel.CLAIM).hasSize(3)
          .allMatch(x -> x.resource().equals(claim.id()));
      assertThat(r.assignments()).as("%s", mode).filteredOn(x -> x.channel() == Channel.UNDERTAKE).hasSize(2);
      // the problem as built, without commitments, lets the unit claim all five
      assertThat(Matcher.match(p, mode).assignments()).allMatch(x -> x.channel() == Channel.CLAIM).hasSize(5);
    }
  }

  @Test
  void withNoAgreementInForceAUnitClaimsNothingAndItsDemandsAreLeftForLackOfCapacity() {
    Resource claim = Problems.resource("r-claim", UNIT.value(), Channel.CLAIM, 10, 0, WEEK, List.of("c1"), "repair");
    MatchingProblem p = MatchingProblem.builder().hierarchy(Problems.STREET)
        .addDemands(Problems.demand("d0", "c1-g1", Urgency.NORMAL, WEEK, "repair")).addResources(claim).build();
    CoBuildingAgreement ended = CoBuildingAgreement.builder().id(AgreementId.of("a-ended")).community(GridId.of("c1"))
        .reporter(UNIT).reportedAt(YEAR.start().minus(Duration.ofDays(400)))
        .period(Interval.of(YEAR.start().minus(Duration.ofDays(400)), YEAR.start()))
        .addResources(claim.id()).serviceHours(Duration.ofHours(10)).addIntegrations(Integration.CO_BUILDING).build();
    MatchingResult r = Matcher.optimal(CommittedCapacity.at(AT, Duration.ofHours(2), List.of(ended), List.of())
        .applyTo(p));
    assertThat(r.assignments()).isEmpty();
    assertThat(r.reason(DemandId.of("d0"))).contains(UnmatchedReason.CAPACITY_EXHAUSTED);
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String x = find(parent, a);
    String y = find(parent, b);
    if (!x.equals(y)) {
      parent.put(x.compareTo(y) < 0 ? y : x, x.compareTo(y) < 0 ? x : y);
    }
  }

  private static String find(Map<String, String> parent, String v) {
    parent.putIfAbsent(v, v);
    String p = parent.get(v);
    return p.equals(v) ? v : find(parent, p);
  }
}
