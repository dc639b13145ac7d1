package io.github.jiceng.governance.rules.cobuilding;

import static io.github.jiceng.governance.rules.cobuilding.Agreements.END;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.MEMBER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.POWER;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.T0;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.ZHANBEI;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.agreement;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.service;
import static io.github.jiceng.governance.rules.cobuilding.Agreements.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.cobuilding.AgreementId;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The claim capacity derived from the agreements in force and what they still owe. */
final class CommittedCapacityTest {

  private static final Instant MID_YEAR = Instant.parse("2023-07-02T12:00:00Z");
  private static final Duration TWO_HOURS = Duration.ofHours(2);
  private static final OrganizationId OTHER = OrganizationId.of("other-unit");

  static Resource resource(String id, Channel channel, int capacity) {
    return Resource.builder().id(ResourceId.of(id)).claimant(OrganizationId.of("power-supply-company"))
        .channel(channel).addCapabilities("repair").addCoverage(ZHANBEI).capacityPerPeriod(capacity)
        .costPerService(channel == Channel.PURCHASE ? Money.ofFen(500) : Money.ZERO)
        .available(Interval.of(T0, END)).build();
  }

  static CoBuildingAgreement committing(String id, ActorId reporter, Duration hours, String... resources) {
    List<ResourceId> ids = new ArrayList<>();
    for (String r : resources) {
      ids.add(ResourceId.of(r));
    }
    return agreement(id, ZHANBEI, reporter, Interval.of(T0, END), ids, hours, List.of(),
        List.of(Integration.CO_BUILDING));
  }

  private static Map<ResourceId, Integer> capacities(Instant at, List<CoBuildingAgreement> agreements,
      List<ServiceRecord> services, Resource... resources) {
    return CommittedCapacity.at(at, TWO_HOURS, agreements, services).capacities(List.of(resources));
  }

  private static int repair(Instant at, List<CoBuildingAgreement> agreements, List<ServiceRecord> services,
      int ownCapacity) {
    return capacities(at, agreements, services, resource("r-repair", Channel.CLAIM, ownCapacity))
        .get(ResourceId.of("r-repair"));
  }

  @Test
  void aUnitWithAnAgreementInForceGetsTheServicesItStillOwesBoundedByTheResourcesOwnCapacity() {
    // 120 hours at two hours a service: 60 services
    assertThat(repair(MID_YEAR, List.of(unit()), List.of(), 100)).isEqualTo(60);
    assertThat(repair(MID_YEAR, List.of(unit()), List.of(), 7)).isEqualTo(7);
    CommittedCapacity c = CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), List.of());
    assertThat(c.inForce()).containsExactly(new CommittedCapacity.Commitment(AgreementId.of("a-power"),
        List.of(ResourceId.of("r-repair")), Duration.ofHours(120), Duration.ZERO, 60));
    assertThat(c.commitment(AgreementId.of("a-power")).orElseThrow().remaining()).isEqualTo(Duration.ofHours(120));
    assertThat(c.at()).isEqualTo(MID_YEAR);
    assertThat(c.perService()).isEqualTo(TWO_HOURS);
  }

  @Test
  void whatTheReporterDeliveredSoFarIsNoLongerOwedAndHalfAServiceLeftIsNone() {
    List<ServiceRecord> services = List.of(
        service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(10)), Duration.ofHours(100), 3),
        service("s2", "r-other", POWER, List.of(), T0.plus(Duration.ofDays(20)), Duration.ofHours(9), 3),
        // another unit's service, one before the period and one at the instant itself do not count
        service("s3", "r-repair", OTHER, List.of(), T0.plus(Duration.ofDays(30)), Duration.ofHours(50), 3),
        service("s4", "r-repair", POWER, List.of(), T0.minus(Duration.ofDays(1)), Duration.ofHours(50), 3),
        service("s5", "r-repair", POWER, List.of(), MID_YEAR, Duration.ofHours(50), 3));
    // 120 - 109 = 11 hours left: five services of two hours, the sixth hour not a service
    assertThat(repair(MID_YEAR, List.of(unit()), services, 100)).isEqualTo(5);
    assertThat(CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), services)
        .commitment(AgreementId.of("a-power")).orElseThrow().delivered()).isEqualTo(Duration.ofHours(109));
    // the same services, measured a second after s5 started, leave nothing
    assertThat(repair(MID_YEAR.plusSeconds(1), List.of(unit()), services, 100)).isZero();
  }

  @Test
  void aFullyDeliveredAgreementGivesNoneAndDeliveryPastTheCommitmentCountsOnlyUpToIt() {
    List<ServiceRecord> services = List.of(
        service("s1", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(10)), Duration.ofHours(120), 3),
        service("s2", "r-repair", POWER, List.of(), T0.plus(Duration.ofDays(11)), Duration.ofDays(3_000), 3));
    CommittedCapacity c = CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), services);
    assertThat(c.commitment(AgreementId.of("a-power")).orElseThrow())
        .isEqualTo(new CommittedCapacity.Commitment(AgreementId.of("a-power"), List.of(ResourceId.of("r-repair")),
            Duration.ofHours(120), Duration.ofHours(120), 0));
    assertThat(c.capacities(List.of(resource("r-repair", Channel.CLAIM, 9)))).containsExactly(
        Map.entry(ResourceId.of("r-repair"), 0));
  }

  @Test
  void anAgreementNotYetStartedEndedOrReportedLaterGivesNone() {
    assertThat(repair(T0.minusSeconds(1), List.of(unit()), List.of(), 100)).isZero();
    assertThat(repair(T0, List.of(unit()), List.of(), 100)).isEqualTo(60);
    assertThat(repair(END.minusSeconds(1), List.of(unit()), List.of(), 100)).isEqualTo(60);
    assertThat(repair(END, List.of(unit()), List.of(), 100)).isZero();
    assertThat(repair(END.plus(Duration.ofDays(400)), List.of(unit()), List.of(), 100)).isZero();
    CoBuildingAgreement late = CoBuildingAgreement.builder().id(AgreementId.of("a-late")).community(ZHANBEI)
        .reporter(POWER).reportedAt(T0.plus(Duration.ofDays(30))).period(Interval.of(T0, END))
        .addResources(ResourceId.of("r-repair")).serviceHours(Duration.ofHours(120))
        .addIntegrations(Integration.CO_BUILDING).build();
    assertThat(repair(T0.plus(Duration.ofDays(29)), List.of(late), List.of(), 100)).isZero();
    assertThat(repair(T0.plus(Duration.ofDays(30)), List.of(late), List.of(), 100)).isEqualTo(60);
    assertThat(CommittedCapacity.inForce(late, T0.plus(Duration.ofDays(29)))).isFalse();
    assertThat(CommittedCapacity.at(END, TWO_HOURS, List.of(unit(), late), List.of()).inForce()).isEmpty();
  }

  @Test
  void aClaimResourceCommittedUnderNoAgreementInForceOffersNothing() {
    Map<ResourceId, Integer> c = capacities(MID_YEAR, List.of(unit()), List.of(),
        resource("r-repair", Channel.CLAIM, 10), resource("r-uncommitted", Channel.CLAIM, 10));
    assertThat(c).containsExactly(Map.entry(ResourceId.of("r-repair"), 10), Map.entry(ResourceId.of("r-uncommitted"), 0));
    assertThat(capacities(MID_YEAR, List.of(), List.of(), resource("r-repair", Channel.CLAIM, 10)))
        .containsExactly(Map.entry(ResourceId.of("r-repair"), 0));
  }

  @Test
  void anAgreementWithoutServiceHoursLendsItsResourcesButOwesNoService() {
    CoBuildingAgreement lent = committing("a-lent", POWER, Duration.ZERO, "r-repair");
    assertThat(repair(MID_YEAR, List.of(lent), List.of(), 10)).isZero();
    assertThat(CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(lent), List.of()).inForce())
        .singleElement().extracting(CommittedCapacity.Commitment::services).isEqualTo(0);
  }

  @Test
  void purchaseAndUndertakeResourcesAreNotCommitmentsAndTakeNoShare() {
    CoBuildingAgreement a = committing("a-mixed", POWER, Duration.ofHours(10), "r-bought", "r-own", "r-repair");
    Resource bought = resource("r-bought", Channel.PURCHASE, 4);
    Resource own = resource("r-own", Channel.UNDERTAKE, 4);
    Map<ResourceId, Integer> c = capacities(MID_YEAR, List.of(a), List.of(), bought, own,
        resource("r-repair", Channel.CLAIM, 100));
    // the five services owed all go to the claim resource listed last
    assertThat(c).containsExactly(Map.entry(ResourceId.of("r-repair"), 5));
  }

  @Test
  void twoAgreementsCommittingTheSameResourceAddUpToTheResourcesOwnCapacity() {
    CoBuildingAgreement first = committing("a-1", POWER, Duration.ofHours(20), "r-repair");
    CoBuildingAgreement second = committing("a-2", MEMBER, Duration.ofHours(10), "r-repair");
    assertThat(repair(MID_YEAR, List.of(first, second), List.of(), 100)).isEqualTo(15);
    assertThat(repair(MID_YEAR, List.of(first, second), List.of(), 12)).isEqualTo(12);
    // the member's delivered hours count only against the member's agreement
    List<ServiceRecord> services = List.of(service("s1", "r-repair", OTHER, List.of(MEMBER),
        T0.plus(Duration.ofDays(3)), Duration.ofHours(6), 1));
    assertThat(repair(MID_YEAR, List.of(first, second), services, 100)).isEqualTo(12);
  }

  @Test
  void anAgreementSharesWhatItOwesAmongItsResourcesInTheReportersOrder() {
    CoBuildingAgreement a = committing("a-two", POWER, Duration.ofHours(16), "r-b", "r-a");
    Map<ResourceId, Integer> c = capacities(MID_YEAR, List.of(a), List.of(), resource("r-a", Channel.CLAIM, 5),
        resource("r-b", Channel.CLAIM, 5));
    assertThat(c).containsExactly(Map.entry(ResourceId.of("r-a"), 3), Map.entry(ResourceId.of("r-b"), 5));
    // a resource of the agreement missing from the problem takes no share
    assertThat(capacities(MID_YEAR, List.of(a), List.of(), resource("r-a", Channel.CLAIM, 50)))
        .containsExactly(Map.entry(ResourceId.of("r-a"), 8));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameCapacity() {
    List<CoBuildingAgreement> agreements = new ArrayList<>(List.of(committing("a-1", POWER, Duration.ofHours(7),
        "r-a", "r-b"), committing("a-2", OTHER, Duration.ofHours(9), "r-b", "r-a"), unit()));
    List<ServiceRecord> services = new ArrayList<>(List.of(
        service("s1", "r-a", POWER, List.of(), T0.plus(Duration.ofDays(3)), Duration.ofHours(1), 1),
        service("s2", "r-b", OTHER, List.of(), T0.plus(Duration.ofDays(4)), Duration.ofHours(3), 1)));
    List<Resource> resources = new ArrayList<>(List.of(resource("r-a", Channel.CLAIM, 4),
        resource("r-b", Channel.CLAIM, 2), resource("r-repair", Channel.CLAIM, 3)));
    Map<ResourceId, Integer> before = CommittedCapacity.at(MID_YEAR, TWO_HOURS, agreements, services)
        .capacities(resources);
    Collections.reverse(agreements);
    Collections.reverse(services);
    Collections.reverse(resources);
    CommittedCapacity after = CommittedCapacity.at(MID_YEAR, TWO_HOURS, agreements, services);
    assertThat(after.capacities(resources)).isEqualTo(before).containsExactly(Map.entry(ResourceId.of("r-a"), 4),
        Map.entry(ResourceId.of("r-b"), 2), Map.entry(ResourceId.of("r-repair"), 3));
    assertThat(after.inForce()).extracting(CommittedCapacity.Commitment::agreement)
        .containsExactly(AgreementId.of("a-1"), AgreementId.of("a-2"), AgreementId.of("a-power"));
    assertThat(after.toString()).isEqualTo("CommittedCapacity[at=2023-07-02T12:00:00Z, perService=PT2H, "
        + "inForce=[a-1 owes 3, a-2 owes 3, a-power owes 59]]");
  }

  @Test
  void aServiceLengthOutsideWholeMinutesFromOneToADayIsRefusedNamingTheField() {
    for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-1), Duration.ofSeconds(90),
        Duration.ofDays(1).plusMinutes(1), Duration.ofMillis(60_001))) {
      refused(() -> CommittedCapacity.at(MID_YEAR, bad, List.of(unit()), List.of()), "perService", "minutes-range");
    }
    assertThat(CommittedCapacity.at(MID_YEAR, Duration.ofMinutes(1), List.of(unit()), List.of()).inForce())
        .singleElement().extracting(CommittedCapacity.Commitment::services).isEqualTo(7200);
    assertThat(CommittedCapacity.at(MID_YEAR, CommittedCapacity.MAX_PER_SERVICE, List.of(unit()), List.of())
        .inForce()).singleElement().extracting(CommittedCapacity.Commitment::services).isEqualTo(5);
  }

  @Test
  void repeatedIdsAndInstantsOutsideTheLimitsAreRefusedNamingTheField() {
    refused(() -> CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit(), unit()), List.of()), "agreements",
        "unique-id");
    ServiceRecord s = service("s1", "r-repair", POWER, List.of(), T0, Duration.ofHours(1), 1);
    refused(() -> CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), List.of(s, s)), "services", "unique-id");
    refused(() -> CommittedCapacity.at(Instant.parse("+10000-01-01T00:00:00Z"), TWO_HOURS, List.of(unit()),
        List.of()), "at", "instant-range");
    CommittedCapacity c = CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), List.of());
    refused(() -> c.capacities(List.of(resource("r-repair", Channel.CLAIM, 1), resource("r-repair", Channel.CLAIM, 2))),
        "resources", "unique-id");
  }

  @Test
  void aCommitmentKeepsItsFiguresTogether() {
    refused(() -> new CommittedCapacity.Commitment(AgreementId.of("a"), List.of(), Duration.ofHours(1),
        Duration.ofHours(2), 0), "delivered", "delivered-within-committed");
    refused(() -> new CommittedCapacity.Commitment(AgreementId.of("a"), List.of(), Duration.ofHours(1),
        Duration.ofHours(-1), 0), "delivered", "not-negative");
    refused(() -> new CommittedCapacity.Commitment(AgreementId.of("a"), List.of(), Duration.ofHours(1),
        Duration.ZERO, -1), "services", "not-negative");
  }

  @Test
  void publicMethodsRefuseNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Instant.class, MID_YEAR)
        .setDefault(Duration.class, TWO_HOURS)
        .setDefault(AgreementId.class, AgreementId.of("a-power"))
        .setDefault(CoBuildingAgreement.class, unit())
        .setDefault(GridId.class, ZHANBEI);
    tester.testAllPublicStaticMethods(CommittedCapacity.class);
    tester.testAllPublicInstanceMethods(CommittedCapacity.at(MID_YEAR, TWO_HOURS, List.of(unit()), List.of()));
  }

  private static void refused(ThrowingCallable call, String field, String rule) {
    assertThatThrownBy(call).isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations())
        .extracting(Violation::field, Violation::rule).contains(org.assertj.core.groups.Tuple.tuple(field, rule)));
  }
}
