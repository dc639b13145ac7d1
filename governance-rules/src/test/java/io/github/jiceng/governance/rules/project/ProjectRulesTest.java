package io.github.jiceng.governance.rules.project;

import static io.github.jiceng.governance.rules.project.ProjectWorld.BANK;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_G1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_G2;
import static io.github.jiceng.governance.rules.project.ProjectWorld.CARE_T1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.COMMUNITY;
import static io.github.jiceng.governance.rules.project.ProjectWorld.REPAIR_T1;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SCHOOL;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SECRETARY;
import static io.github.jiceng.governance.rules.project.ProjectWorld.SOCIAL;
import static io.github.jiceng.governance.rules.project.ProjectWorld.STREET;
import static io.github.jiceng.governance.rules.project.ProjectWorld.T0;
import static io.github.jiceng.governance.rules.project.ProjectWorld.day;
import static io.github.jiceng.governance.rules.project.ProjectWorld.outcome;
import static io.github.jiceng.governance.rules.project.ProjectWorld.project;
import static io.github.jiceng.governance.rules.project.ProjectWorld.propose;
import static io.github.jiceng.governance.rules.project.ProjectWorld.resource;
import static io.github.jiceng.governance.rules.project.ProjectWorld.service;
import static io.github.jiceng.governance.rules.project.ProjectWorld.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.matching.ChannelPolicy;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class ProjectRulesTest {

  private static final ProjectRules RULES = ProjectRules.of(STREET);
  private static final ProjectId PJ = ProjectId.of("pj-1");

  private static InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> register() {
    return InMemoryStream.open(RULES);
  }

  private static Refusal refusal(Decision<ProjectEvent> decision) {
    return decision.refusalIfAny().orElseThrow(() -> new AssertionError("not refused: " + decision));
  }

  /** A register with pj-1 over the two care demands of baiyun, put to the units and claimed by the bank. */
  private static InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> claimed(long budgetFen) {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    assertThat(s.handle(propose("pj-1", budgetFen, day(0), CARE_G1, CARE_G2))).isInstanceOf(Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(1)))).isInstanceOf(Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.Take(PJ, BANK, 0, SECRETARY, day(2)))).isInstanceOf(Decision.Applied.class);
    return s;
  }

  @Test
  void aProjectIsProposedPutClaimedServedRatedAndClosedAsOneProject() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = claimed(100_000);
    ServiceRecord visit = service("s-1", BANK, day(3), 0, CARE_G1, CARE_G2);

    assertThat(s.handle(new ProjectCommand.RecordService(PJ, visit))).isEqualTo(Decision.applied(
        new ProjectEvent.ServiceRecorded(PJ, visit)));
    assertThat(s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-1", "s-1", day(4))))).isInstanceOf(
        Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(5)))).isEqualTo(Decision.applied(
        new ProjectEvent.Closed(PJ, SECRETARY, day(5))));

    ProjectCase c = s.state().project(PJ).orElseThrow();
    assertThat(c.stage()).isEqualTo(ProjectStage.CLOSED);
    assertThat(c.since()).isEqualTo(day(5));
    assertThat(c.claim()).contains(new ProjectClaim(PJ, Channel.CLAIM, OrganizationId.of("org-bank"),
        BANK.id(), Money.ZERO, day(2)));
    assertThat(c.services()).containsExactly(visit);
    assertThat(c.outcomes()).extracting(o -> o.id().value()).containsExactly("o-1");
    assertThat(c.demands()).containsExactly(CARE_G1, CARE_G2);
    assertThat(s.state().holder(CARE_G1.id())).contains(PJ);
    assertThat(s.state().heldDemands()).containsExactly(CARE_G1.id(), CARE_G2.id());
    assertThat(s.state().claims()).containsExactly(c.claim().get());
    assertThat(s.state().takenBy(OrganizationId.of("org-bank"))).containsExactly(c);
    assertThat(s.state().takenBy(OrganizationId.of("org-school"))).isEmpty();
    assertThat(s.state().inStage(ProjectStage.CLOSED)).containsExactly(c);
    assertThat(s.state().inStage(ProjectStage.TAKEN)).isEmpty();
    assertThat(s.events()).hasSize(6);
    assertThat(RULES.fold(RULES.initialState(), s.events())).isEqualTo(s.state());
  }

  @Test
  void aPurchaseCostsThePricePerServiceTimesTheDemandsWithinTheBudget() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    s.handle(propose("pj-1", 99_999, day(0), CARE_G1, CARE_G2));

    assertThat(refusal(s.handle(new ProjectCommand.Take(PJ, SOCIAL, 0, SECRETARY, day(1)))).code())
        .as("claims come first under the standard policy").isEqualTo(ProjectRefusalCode.NOT_PUT_TO_UNITS);
    s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(1)));
    Refusal over = refusal(s.handle(new ProjectCommand.Take(PJ, SOCIAL, 0, SECRETARY, day(2))));
    assertThat(over.code()).isEqualTo(ProjectRefusalCode.OVER_BUDGET);
    assertThat(over.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("amount", "CNY 1000.00"),
        Map.entry("budget", "CNY 999.99"));

    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> exact = register();
    exact.handle(propose("pj-1", 100_000, day(0), CARE_G1, CARE_G2));
    exact.handle(new ProjectCommand.Put(PJ, SECRETARY, day(1)));
    assertThat(exact.handle(new ProjectCommand.Take(PJ, SOCIAL, 0, SECRETARY, day(2)))).isEqualTo(Decision.applied(
        new ProjectEvent.Taken(new ProjectClaim(PJ, Channel.PURCHASE, OrganizationId.of("org-social"), SOCIAL.id(),
            Money.ofFen(100_000), day(2)), SECRETARY)));
  }

  @Test
  void aPolicyThatDoesNotTryClaimsFirstLetsTheCommunityBuyOrUndertakeAtOnce() {
    ProjectRules buyFirst = ProjectRules.of(STREET, ChannelPolicy.of(Channel.PURCHASE, Channel.CLAIM));
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = InMemoryStream.open(buyFirst);
    s.handle(propose("pj-1", 100_000, day(0), CARE_G1, CARE_G2));
    assertThat(s.handle(new ProjectCommand.Take(PJ, SOCIAL, 0, SECRETARY, day(1)))).isInstanceOf(Decision.Applied.class);

    ProjectRules undertakeOnly = ProjectRules.of(STREET, ChannelPolicy.of(Channel.UNDERTAKE));
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> u = InMemoryStream.open(undertakeOnly);
    u.handle(propose("pj-1", 0, day(0), CARE_G1, REPAIR_T1));
    Refusal put = refusal(u.handle(new ProjectCommand.Put(PJ, SECRETARY, day(1))));
    assertThat(put.code()).isEqualTo(ProjectRefusalCode.CHANNEL_NOT_ALLOWED);
    assertThat(put.arguments()).containsEntry("channel", "CLAIM");
    Refusal claim = refusal(u.handle(new ProjectCommand.Take(PJ, BANK, 0, SECRETARY, day(1))));
    assertThat(claim.code()).isEqualTo(ProjectRefusalCode.CHANNEL_NOT_ALLOWED);
    assertThat(claim.arguments()).containsEntry("channel", "CLAIM");
    assertThat(u.handle(new ProjectCommand.Take(PJ, COMMUNITY, 0, SECRETARY, day(1))))
        .isInstanceOf(Decision.Applied.class);
    assertThat(u.state().project(PJ).orElseThrow().claim().orElseThrow().channel()).isEqualTo(Channel.UNDERTAKE);
    assertThat(undertakeOnly.policy()).isEqualTo(ChannelPolicy.of(Channel.UNDERTAKE));
    assertThat(undertakeOnly.hierarchy()).isSameAs(STREET);
    assertThat(undertakeOnly.toString()).isEqualTo("ProjectRules[[UNDERTAKE]]");
  }

  @Test
  void aDemandJoinsOnlyWhenAcceptedOrGroupedIntoThisProjectByItsOwnStream() {
    Map<DemandState, Optional<ProjectRefusalCode>> expected = new LinkedHashMap<>();
    expected.put(DemandState.SUBMITTED, Optional.of(ProjectRefusalCode.DEMAND_NOT_READY));
    expected.put(DemandState.ACCEPTED, Optional.empty());
    expected.put(DemandState.REJECTED, Optional.of(ProjectRefusalCode.DEMAND_NOT_READY));
    expected.put(DemandState.DISPATCHED, Optional.of(ProjectRefusalCode.DISPATCHED_ALONE));
    expected.put(DemandState.CLAIMED, Optional.of(ProjectRefusalCode.DISPATCHED_ALONE));
    expected.put(DemandState.IN_SERVICE, Optional.of(ProjectRefusalCode.DISPATCHED_ALONE));
    expected.put(DemandState.DELIVERED, Optional.of(ProjectRefusalCode.DISPATCHED_ALONE));
    expected.put(DemandState.EVALUATED, Optional.of(ProjectRefusalCode.DISPATCHED_ALONE));
    expected.put(DemandState.CLOSED, Optional.of(ProjectRefusalCode.DEMAND_NOT_READY));
    expected.put(DemandState.WITHDRAWN, Optional.of(ProjectRefusalCode.DEMAND_NOT_READY));
    assertThat(expected.keySet()).containsExactlyInAnyOrder(
        List.of(DemandState.values()).stream().filter(st -> st != DemandState.GROUPED).toArray(DemandState[]::new));
    expected.forEach((state, code) -> {
      ProjectCommand.Propose p = new ProjectCommand.Propose(project("pj-1", 0, CARE_G1, CARE_G2), List.of(CARE_G1, CARE_G2),
          List.of(status(CARE_G1, DemandState.ACCEPTED, Optional.empty()), status(CARE_G2, state, Optional.empty())),
          SECRETARY, day(0));
      Decision<ProjectEvent> d = RULES.decide(p, RULES.initialState());
      if (code.isEmpty()) {
        assertThat(d).as("%s", state).isInstanceOf(Decision.Applied.class);
      } else {
        assertThat(refusal(d).code()).as("%s", state).isEqualTo(code.get());
        assertThat(refusal(d).arguments()).as("%s", state).containsExactly(Map.entry("project", "pj-1"),
            Map.entry("demand", "d-2"), Map.entry("state", state.name()));
      }
    });
    ProjectCommand.Propose groupedHere = new ProjectCommand.Propose(project("pj-1", 0, CARE_G1), List.of(CARE_G1),
        List.of(status(CARE_G1, DemandState.GROUPED, Optional.of(PJ))), SECRETARY, day(0));
    assertThat(RULES.decide(groupedHere, RULES.initialState())).isInstanceOf(Decision.Applied.class);
    ProjectCommand.Propose groupedElsewhere = new ProjectCommand.Propose(project("pj-1", 0, CARE_G1), List.of(CARE_G1),
        List.of(status(CARE_G1, DemandState.GROUPED, Optional.of(ProjectId.of("pj-label")))), SECRETARY, day(0));
    Refusal elsewhere = refusal(RULES.decide(groupedElsewhere, RULES.initialState()));
    assertThat(elsewhere.code()).isEqualTo(ProjectRefusalCode.DEMAND_IN_ANOTHER_PROJECT);
    assertThat(elsewhere.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("demand", "d-1"),
        Map.entry("other", "pj-label"));
  }

  @Test
  void aDemandHeldByOneProjectCannotJoinAnotherUntilThatOneIsWithdrawn() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    s.handle(propose("pj-1", 0, day(0), CARE_G1, CARE_G2));
    Refusal twice = refusal(s.handle(propose("pj-2", 0, day(1), CARE_T1, CARE_G2)));
    assertThat(twice.code()).isEqualTo(ProjectRefusalCode.DEMAND_IN_ANOTHER_PROJECT);
    assertThat(twice.arguments()).containsExactly(Map.entry("project", "pj-2"), Map.entry("demand", "d-2"),
        Map.entry("other", "pj-1"));

    Refusal noReason = refusal(s.handle(new ProjectCommand.Withdraw(PJ, SECRETARY, day(1), "  ")));
    assertThat(noReason.code()).isEqualTo(ProjectRefusalCode.REASON_REQUIRED);
    assertThat(s.handle(new ProjectCommand.Withdraw(PJ, SECRETARY, day(1), "并入改造项目"))).isInstanceOf(
        Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.Withdraw(PJ, SECRETARY, day(1), "并入改造项目")))
        .as("the withdrawal delivered again").isInstanceOf(Decision.Unchanged.class);
    assertThat(s.state().holder(CARE_G2.id())).isEmpty();
    assertThat(s.state().heldDemands()).isEmpty();
    assertThat(s.handle(propose("pj-2", 0, day(2), CARE_T1, CARE_G2))).isInstanceOf(Decision.Applied.class);
    assertThat(s.state().holder(CARE_G2.id())).contains(ProjectId.of("pj-2"));
    assertThat(s.state().project(PJ).orElseThrow().stage()).isEqualTo(ProjectStage.WITHDRAWN);
    assertThat(s.state().toString()).doesNotContain("并入改造项目");
    assertThat(s.events().get(1).toString()).doesNotContain("并入改造项目");
    assertThat(new ProjectCommand.Withdraw(PJ, SECRETARY, day(1), "并入改造项目").toString()).doesNotContain("并入");
  }

  @Test
  void theSameProposalAgainIsUnchangedAndAnotherUnderItsIdIsRefused() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    ProjectCommand.Propose first = propose("pj-1", 0, day(0), CARE_G1);
    Decision<ProjectEvent> applied = s.handle(first);
    assertThat(s.handle(first)).isEqualTo(Decision.unchanged(applied.events()));
    Refusal other = refusal(s.handle(propose("pj-1", 0, day(0), CARE_G2)));
    assertThat(other.code()).isEqualTo(ProjectRefusalCode.ALREADY_PROPOSED);
    assertThat(other.arguments()).containsExactly(Map.entry("project", "pj-1"));
    Refusal late = refusal(s.handle(propose("pj-9", 0, TimeLimits.LATEST.plusNanos(1), CARE_G2)));
    assertThat(late.code()).isEqualTo(ProjectRefusalCode.INSTANT_OUT_OF_RANGE);
    assertThat(s.events()).hasSize(1);
  }

  @Test
  void theResourceMustServeEveryDemandByTheMatchingsEligibilityRule() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    s.handle(propose("pj-1", 0, day(0), CARE_G1, CARE_T1));
    s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(0)));
    Refusal coverage = refusal(s.handle(new ProjectCommand.Take(PJ, SCHOOL, 0, SECRETARY, day(1))));
    assertThat(coverage.code()).isEqualTo(ProjectRefusalCode.INELIGIBLE_CLAIMANT);
    assertThat(coverage.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("resource", "r-school"),
        Map.entry("demand", "d-4"), Map.entry("reason", "OUTSIDE_COVERAGE"));

    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> repair = register();
    repair.handle(propose("pj-1", 0, day(0), REPAIR_T1));
    repair.handle(new ProjectCommand.Put(PJ, SECRETARY, day(0)));
    assertThat(refusal(repair.handle(new ProjectCommand.Take(PJ, SCHOOL, 0, SECRETARY, day(1)))).arguments())
        .containsEntry("reason", "CAPABILITY_MISSING");
    Resource afterWindow = Resource.builder().id(io.github.jiceng.governance.model.service.ResourceId.of("r-later"))
        .claimant(OrganizationId.of("org-later")).channel(Channel.CLAIM).addCapabilities("repair")
        .addCoverage(io.github.jiceng.governance.model.grid.GridId.of("lantian")).capacityPerPeriod(5)
        .costPerService(Money.ZERO).available(Interval.starting(day(90), Duration.ofDays(10))).build();
    assertThat(refusal(repair.handle(new ProjectCommand.Take(PJ, afterWindow, 0, SECRETARY, day(1)))).arguments())
        .containsEntry("reason", "OUTSIDE_WINDOW");
  }

  @Test
  void eachDemandOfTheProjectTakesOneUnitOfTheResourcesCapacity() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    s.handle(propose("pj-1", 0, day(0), CARE_G1, CARE_G2));
    s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(0)));
    Refusal full = refusal(s.handle(new ProjectCommand.Take(PJ, SCHOOL, 1, SECRETARY, day(1))));
    assertThat(full.arguments()).containsEntry("demand", "d-2").containsEntry("reason", "NO_CAPACITY");
    assertThat(refusal(s.handle(new ProjectCommand.Take(PJ, SCHOOL, 2, SECRETARY, day(1)))).arguments())
        .containsEntry("demand", "d-1").containsEntry("reason", "NO_CAPACITY");
    assertThat(s.handle(new ProjectCommand.Take(PJ, SCHOOL, 0, SECRETARY, day(1)))).isInstanceOf(Decision.Applied.class);
    assertThatThrownBy(() -> new ProjectCommand.Take(PJ, SCHOOL, -1, SECRETARY, day(1)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("currentLoad");
  }

  @Test
  void aServiceIsByTheClaimantForTheProjectsDemandsAfterTheTakeAndWithinTheBudget() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = claimed(30_000);
    Refusal outside = refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(3), 0, CARE_G1,
        CARE_T1))));
    assertThat(outside.code()).isEqualTo(ProjectRefusalCode.SERVICE_OUTSIDE_PROJECT);
    assertThat(outside.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("service", "s-1"),
        Map.entry("demand", "d-4"));
    Refusal byOther = refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", SCHOOL, day(3), 0, CARE_G1))));
    assertThat(byOther.code()).isEqualTo(ProjectRefusalCode.NOT_THE_CLAIMANT);
    assertThat(byOther.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("service", "s-1"),
        Map.entry("provider", "org-school"), Map.entry("claimant", "org-bank"));
    Resource bankOther = resource("r-bank-2", "org-bank", Channel.CLAIM, "lantian", 5, 0, "care");
    assertThat(refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", bankOther, day(3), 0, CARE_G1))))
        .code()).as("the claimant through another resource").isEqualTo(ProjectRefusalCode.NOT_THE_CLAIMANT);
    ServiceRecord otherChannel = ServiceRecord.builder().id(ServiceId.of("s-1")).addDemands(CARE_G1.id())
        .resource(BANK.id()).provider(BANK.claimant()).channel(Channel.UNDERTAKE)
        .time(Interval.starting(day(3), Duration.ofHours(2))).effort(Duration.ofHours(2)).beneficiaries(1)
        .cost(Money.ZERO).build();
    assertThat(refusal(s.handle(new ProjectCommand.RecordService(PJ, otherChannel))).code())
        .as("the claimant's resource through another channel").isEqualTo(ProjectRefusalCode.NOT_THE_CLAIMANT);
    Refusal early = refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(1), 0, CARE_G1))));
    assertThat(early.code()).isEqualTo(ProjectRefusalCode.OUT_OF_ORDER);
    assertThat(early.arguments()).containsEntry("at", day(1).toString()).containsEntry("since", day(2).toString());
    assertThat(s.handle(new ProjectCommand.RecordService(PJ, service("s-0", BANK, day(2), 10_000, CARE_G1))))
        .as("starting at the take").isInstanceOf(Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(3), 20_000, CARE_G2))))
        .as("up to the budget exactly").isInstanceOf(Decision.Applied.class);
    Refusal over = refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-2", BANK, day(4), 1, CARE_G2))));
    assertThat(over.code()).isEqualTo(ProjectRefusalCode.OVER_BUDGET);
    assertThat(over.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("amount", "CNY 300.01"),
        Map.entry("budget", "CNY 300.00"));
    assertThat(s.state().project(PJ).orElseThrow().spent()).isEqualTo(Money.ofFen(30_000));
  }

  @Test
  void recordIdsAreTheRegistersAndTheSameRecordAgainIsUnchanged() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = claimed(0);
    ServiceRecord visit = service("s-1", BANK, day(3), 0, CARE_G1);
    s.handle(new ProjectCommand.RecordService(PJ, visit));
    assertThat(s.handle(new ProjectCommand.RecordService(PJ, visit))).isEqualTo(Decision.unchanged(List.of(
        new ProjectEvent.ServiceRecorded(PJ, visit))));
    Refusal taken = refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(3), 0, CARE_G2))));
    assertThat(taken.code()).isEqualTo(ProjectRefusalCode.RECORD_ID_TAKEN);
    assertThat(taken.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("id", "s-1"));

    s.handle(propose("pj-2", 0, day(3), CARE_T1));
    s.handle(new ProjectCommand.Put(ProjectId.of("pj-2"), SECRETARY, day(3)));
    s.handle(new ProjectCommand.Take(ProjectId.of("pj-2"), BANK, 0, SECRETARY, day(3)));
    assertThat(refusal(s.handle(new ProjectCommand.RecordService(ProjectId.of("pj-2"), service("s-1", BANK, day(4), 0,
        CARE_T1)))).code()).as("an id of another project's service").isEqualTo(ProjectRefusalCode.RECORD_ID_TAKEN);

    s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-1", "s-1", day(4))));
    assertThat(s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-1", "s-1", day(4)))))
        .isInstanceOf(Decision.Unchanged.class);
    assertThat(refusal(s.handle(new ProjectCommand.RecordOutcome(ProjectId.of("pj-2"), outcome("o-1", "s-1", day(5)))))
        .code()).isEqualTo(ProjectRefusalCode.RECORD_ID_TAKEN);
    Refusal unknown = refusal(s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-2", "s-9", day(4)))));
    assertThat(unknown.code()).isEqualTo(ProjectRefusalCode.UNKNOWN_SERVICE);
    assertThat(unknown.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("outcome", "o-2"),
        Map.entry("service", "s-9"));
    assertThat(refusal(s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-3", "s-1",
        TimeLimits.LATEST.plusNanos(1))))).code()).isEqualTo(ProjectRefusalCode.INSTANT_OUT_OF_RANGE);
  }

  @Test
  void aProjectClosesOnlyOnceTakenWithAServiceAndAnOutcome() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> proposed = register();
    proposed.handle(propose("pj-1", 0, day(0), CARE_G1));
    Refusal early = refusal(proposed.handle(new ProjectCommand.Close(PJ, SECRETARY, day(1))));
    assertThat(early.code()).isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(early.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("command", "Close"),
        Map.entry("stage", "PROPOSED"));
    assertThat(refusal(proposed.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(1), 0, CARE_G1))))
        .arguments()).containsEntry("command", "RecordService");
    assertThat(refusal(proposed.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-1", "s-1", day(1)))))
        .arguments()).containsEntry("command", "RecordOutcome");

    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = claimed(0);
    Refusal noService = refusal(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(3))));
    assertThat(noService.code()).isEqualTo(ProjectRefusalCode.NO_SERVICE);
    assertThat(noService.arguments()).containsExactly(Map.entry("project", "pj-1"));
    s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(3), 0, CARE_G1)));
    assertThat(refusal(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(3)))).code())
        .isEqualTo(ProjectRefusalCode.NO_OUTCOME);
    s.handle(new ProjectCommand.RecordOutcome(PJ, outcome("o-1", "s-1", day(4))));
    Refusal backwards = refusal(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(1))));
    assertThat(backwards.code()).isEqualTo(ProjectRefusalCode.OUT_OF_ORDER);
    assertThat(backwards.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("at", day(1).toString()),
        Map.entry("since", day(2).toString()));
    assertThat(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(2)))).as("at the instant of the last step")
        .isInstanceOf(Decision.Applied.class);
    assertThat(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(2)))).isInstanceOf(Decision.Unchanged.class);
    assertThat(refusal(s.handle(new ProjectCommand.Close(PJ, SECRETARY, day(6)))).code())
        .isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(refusal(s.handle(new ProjectCommand.Withdraw(PJ, SECRETARY, day(6), "迟了"))).code())
        .isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(refusal(s.handle(new ProjectCommand.RecordService(PJ, service("s-2", BANK, day(6), 0, CARE_G1))))
        .code()).isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
  }

  @Test
  void stepsNameAProjectOfTheRegisterComeInTimeOrderAndARepeatedStepIsUnchanged() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
    Refusal unknown = refusal(s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(0))));
    assertThat(unknown.code()).isEqualTo(ProjectRefusalCode.UNKNOWN_PROJECT);
    assertThat(unknown.arguments()).containsExactly(Map.entry("project", "pj-1"), Map.entry("command", "Put"));
    s.handle(propose("pj-1", 0, day(2), CARE_G1));
    assertThat(refusal(s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(1)))).code())
        .isEqualTo(ProjectRefusalCode.OUT_OF_ORDER);
    assertThat(refusal(s.handle(new ProjectCommand.Put(PJ, SECRETARY, TimeLimits.LATEST.plusNanos(1)))).code())
        .isEqualTo(ProjectRefusalCode.INSTANT_OUT_OF_RANGE);
    s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(2)));
    assertThat(s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(2)))).isEqualTo(Decision.unchanged(List.of(
        new ProjectEvent.Put(PJ, SECRETARY, day(2)))));
    assertThat(refusal(s.handle(new ProjectCommand.Put(PJ, SECRETARY, day(3)))).code())
        .isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
    s.handle(new ProjectCommand.Take(PJ, BANK, 0, SECRETARY, day(3)));
    assertThat(s.handle(new ProjectCommand.Take(PJ, BANK, 0, SECRETARY, day(3)))).isInstanceOf(Decision.Unchanged.class);
    assertThat(refusal(s.handle(new ProjectCommand.Take(PJ, COMMUNITY, 0, SECRETARY, day(3)))).code())
        .isEqualTo(ProjectRefusalCode.NOT_ALLOWED_IN_STATE);
    assertThat(s.events()).hasSize(3);
  }

  @Test
  void anEventNoDecisionCouldGiveIsAnIllegalState() {
    ProjectRegister empty = RULES.initialState();
    assertThatThrownBy(() -> RULES.evolve(empty, new ProjectEvent.Put(PJ, SECRETARY, day(0))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("pj-1");
    ProjectEvent proposed = RULES.decide(propose("pj-1", 0, day(0), CARE_G1), empty).events().get(0);
    ProjectRegister one = RULES.evolve(empty, proposed);
    assertThatThrownBy(() -> RULES.evolve(one, proposed)).isInstanceOf(IllegalStateException.class);
    ProjectEvent other = RULES.decide(propose("pj-2", 0, day(0), CARE_G1), empty).events().get(0);
    assertThatThrownBy(() -> RULES.evolve(one, other)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("d-1");
    assertThatThrownBy(() -> RULES.evolve(one, new ProjectEvent.Closed(PJ, SECRETARY, day(1))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PROPOSED");
    assertThatThrownBy(() -> RULES.evolve(one, new ProjectEvent.ServiceRecorded(PJ, service("s", BANK, day(1), 0,
        CARE_G1)))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commandsAndEventsWhosePartsDisagreeAreRefusedByTheModel() {
    assertThatThrownBy(() -> new ProjectCommand.Propose(project("pj-1", 0, CARE_G1, CARE_G2), List.of(CARE_G1),
        List.of(status(CARE_G1, DemandState.ACCEPTED, Optional.empty())), SECRETARY, T0))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("same-demands-as-project");
    assertThatThrownBy(() -> new ProjectCommand.Propose(project("pj-1", 0, CARE_G1), List.of(CARE_G1),
        List.of(status(CARE_G2, DemandState.ACCEPTED, Optional.empty())), SECRETARY, T0))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("statuses");
    assertThatThrownBy(() -> new ProjectEvent.Proposed(project("pj-1", 0, CARE_G1), List.of(CARE_G2), SECRETARY, T0))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("same-demands-as-project");
    assertThatThrownBy(() -> new ProjectClaim(PJ, Channel.CLAIM, OrganizationId.of("org"), BANK.id(),
        Money.ofFen(-1), T0)).isInstanceOf(DomainValidationException.class).hasMessageContaining("price");
  }

  /**
   * Property over many seeds: random proposals and withdrawals over six demands. A proposal is
   * applied exactly when none of its demands is held by a project that is not withdrawn, and
   * afterwards each demand is held by at most one such project, the one the register names.
   */
  @Test
  void aProposalIsAppliedExactlyWhenNoneOfItsDemandsIsHeldElsewhere() {
    List<Demand> pool = List.of(CARE_G1, CARE_G2, REPAIR_T1, CARE_T1, ProjectWorld.demand("d-5", "g1", "care"),
        ProjectWorld.demand("d-6", "g2", "repair"));
    for (long seed = 0; seed < SeedCount.of(300); seed++) {
      Random r = new Random(seed);
      InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = register();
      Map<ProjectId, Set<String>> live = new LinkedHashMap<>();
      for (int step = 0; step < 30; step++) {
        Instant at = day(step);
        if (!live.isEmpty() && r.nextInt(4) == 0) {
          ProjectId victim = new ArrayList<>(live.keySet()).get(r.nextInt(live.size()));
          assertThat(s.handle(new ProjectCommand.Withdraw(victim, SECRETARY, at, "重新分组")))
              .as("seed %s step %s", seed, step).isInstanceOf(Decision.Applied.class);
          live.remove(victim);
          continue;
        }
        TreeSet<Integer> picks = new TreeSet<>();
        int size = 1 + r.nextInt(3);
        while (picks.size() < size) {
          picks.add(r.nextInt(pool.size()));
        }
        Demand[] chosen = picks.stream().map(pool::get).toArray(Demand[]::new);
        Set<String> ids = new TreeSet<>();
        for (Demand d : chosen) {
          ids.add(d.id().value());
        }
        boolean free = live.values().stream().noneMatch(held -> held.stream().anyMatch(ids::contains));
        String id = "pj-" + seed + "-" + step;
        Decision<ProjectEvent> d = s.handle(propose(id, 0, at, chosen));
        assertThat(d instanceof Decision.Applied).as("seed %s step %s: %s free=%s", seed, step, ids, free)
            .isEqualTo(free);
        if (free) {
          live.put(ProjectId.of(id), ids);
        } else {
          assertThat(refusal(d).code()).isEqualTo(ProjectRefusalCode.DEMAND_IN_ANOTHER_PROJECT);
        }
      }
      for (Map.Entry<ProjectId, Set<String>> e : live.entrySet()) {
        for (String d : e.getValue()) {
          assertThat(s.state().holder(io.github.jiceng.governance.model.service.DemandId.of(d)))
              .as("seed %s", seed).contains(e.getKey());
        }
      }
      assertThat(s.state().heldDemands()).as("seed %s", seed)
          .hasSize(live.values().stream().mapToInt(Set::size).sum());
      assertThat(RULES.fold(RULES.initialState(), s.events())).as("seed %s", seed).isEqualTo(s.state());
    }
  }

  @Test
  void theCaseNamesItsServicesAndOutcomesById() {
    InMemoryStream<ProjectCommand, ProjectRegister, ProjectEvent> s = claimed(0);
    s.handle(new ProjectCommand.RecordService(PJ, service("s-1", BANK, day(3), 0, CARE_G1)));
    ProjectCase c = s.state().project(PJ).orElseThrow();
    assertThat(c.service(ServiceId.of("s-1"))).isPresent();
    assertThat(c.service(ServiceId.of("s-2"))).isEmpty();
    assertThat(c.toString()).contains("pj-1", "TAKEN", "CLAIM by org-bank via r-bank", "services=1", "outcomes=0");
    assertThat(s.state().project(ProjectId.of("pj-x"))).isEmpty();
    assertThat(s.state()).isNotEqualTo(ProjectRegister.empty()).isEqualTo(RULES.fold(ProjectRegister.empty(),
        s.events()));
    assertThat(s.state().hashCode()).isEqualTo(RULES.fold(ProjectRegister.empty(), s.events()).hashCode());
  }
}
