package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.CHAIN;
import static io.github.jiceng.governance.rules.proposal.Proposals.CLERK;
import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.moved;
import static io.github.jiceng.governance.rules.proposal.Proposals.proposal;
import static io.github.jiceng.governance.rules.proposal.Proposals.receive;
import static io.github.jiceng.governance.rules.proposal.Proposals.refused;
import static io.github.jiceng.governance.rules.proposal.Proposals.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A handler's referral up one level (主动逐级上报), beside the timed escalation. */
final class ProposalReferralTest {

  private static final HandlingPolicy POLICY = HandlingPolicy.builder().label("test")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(5))
      .escalationInterval(Duration.ofDays(3))
      .feedbackWindow(Duration.ofDays(7))
      .build();
  private static final ProposalRules RULES = ProposalRules.of(CHAIN, POLICY);
  private static final String WHY = "涉及两个村民小组，需村党支部统筹";
  private static final Duration HOUR = Duration.ofHours(1);

  private static ProposalRecord atHousehold() {
    return receive(proposal("ta-1", "n3", T0));
  }

  private static ProposalCommand refer(ProposalRecord r, Instant at) {
    return new ProposalCommand.Refer(r.id(), WHY, CLERK, at);
  }

  @Test
  void movesTheProposalToTheNodeAboveInTheSameStateAndKeepsWhoAndWhy() {
    Decision<io.github.jiceng.governance.rules.proposal.ProposalEvent> d =
        RULES.decide(refer(atHousehold(), T0.plus(HOUR)), ProposalCase.of(atHousehold()));
    assertThat(d.events()).containsExactly(new io.github.jiceng.governance.rules.proposal.ProposalEvent.Referred(
        atHousehold().id(), GridId.of("n2"), WHY, CLERK, T0.plus(HOUR)));
    ProposalRecord r = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR))));
    assertThat(r.handlingGrid()).isEqualTo(GridId.of("n2"));
    assertThat(r.state()).isEqualTo(ProposalState.RECEIVED);
    assertThat(r.events().get(r.events().size() - 1)).isEqualTo(new ProposalEvent(T0.plus(HOUR),
        ProposalEvent.Kind.REFERRED, ProposalState.RECEIVED, GridId.of("n2"), Optional.of(CLERK), Optional.of(WHY)));
  }

  @Test
  void givesTheLevelAboveTheStatesFullTimeFromTheReferral() {
    Instant referredAt = T0.plus(Duration.ofHours(20));
    ProposalRecord r = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Refer(id, WHY, CLERK, referredAt)));
    Instant due = referredAt.plus(Duration.ofDays(1));
    assertThat(r.stateSince()).isEqualTo(referredAt);
    assertThat(ProposalDesk.assess(r, CHAIN, POLICY, due.minusNanos(1))).isEqualTo(new DeadlineStatus.OnTime(due,
        Duration.ofNanos(1)));
    // the old deadline, a day after receipt, has passed, but nothing is due yet
    assertThat(step(RULES, r, id -> new ProposalCommand.Escalate(id, T0.plus(Duration.ofDays(1)).plus(HOUR)))
        .decision()).isInstanceOf(Decision.Unchanged.class);
    DeadlineStatus.Overdue overdue = (DeadlineStatus.Overdue) ProposalDesk.assess(r, CHAIN, POLICY, due);
    assertThat(overdue.chain()).containsExactly(GridId.of("n1"));
  }

  @Test
  void timedEscalationsAfterAReferralGoUpFromTheNewLevelDatedFromItsDeadline() {
    Instant referredAt = T0.plus(HOUR);
    ProposalRecord r = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Refer(id, WHY, CLERK, referredAt)));
    Instant due = referredAt.plus(Duration.ofDays(1));
    ProposalRecord up = moved(step(RULES, r, id -> new ProposalCommand.Escalate(id, due.plus(Duration.ofDays(30)))));
    assertThat(up.handlingGrid()).isEqualTo(GridId.of("n0"));
    assertThat(up.escalationsInState()).isEqualTo(2);
    assertThat(up.events().subList(up.events().size() - 2, up.events().size()))
        .extracting(ProposalEvent::kind, ProposalEvent::at, ProposalEvent::grid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProposalEvent.Kind.ESCALATED, due, GridId.of("n1")),
            org.assertj.core.groups.Tuple.tuple(ProposalEvent.Kind.ESCALATED, due.plus(Duration.ofDays(3)),
                GridId.of("n0")));
  }

  @Test
  void anEscalatedProposalCanStillBeReferredAndTheTopHasNoLevelAbove() {
    ProposalRecord escalated = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Escalate(id,
        T0.plus(Duration.ofDays(1)))));
    assertThat(escalated.handlingGrid()).isEqualTo(GridId.of("n2"));
    ProposalRecord village = moved(step(RULES, escalated, id -> new ProposalCommand.Refer(id, WHY, CLERK,
        T0.plus(Duration.ofDays(1)))));
    ProposalRecord town = moved(step(RULES, village, id -> new ProposalCommand.Refer(id, WHY, CLERK,
        T0.plus(Duration.ofDays(2)))));
    assertThat(town.handlingGrid()).isEqualTo(GridId.of("n0"));
    Proposals.Step atTop = step(RULES, town, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(Duration.ofDays(2))));
    assertThat(refused(atTop)).isEqualTo(ProposalRefusalCode.NO_LEVEL_ABOVE);
    Refusal refusal = atTop.decision().refusalIfAny().orElseThrow();
    assertThat(refusal.arguments()).containsEntry("proposal", "ta-1").containsEntry("grid", "n0");
  }

  @Test
  void aProposalSubmittedAtTheTopCannotBeReferred() {
    ProposalRecord top = receive(proposal("ta-2", "n0", T0));
    assertThat(refused(step(RULES, top, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0))))
        .isEqualTo(ProposalRefusalCode.NO_LEVEL_ABOVE);
  }

  @Test
  void anAnsweredClosedOrRejectedProposalIsNotReferred() {
    Instant t = T0;
    ProposalRecord r = atHousehold();
    r = moved(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, T0.plus(HOUR))));
    r = moved(step(RULES, r, id -> new ProposalCommand.Assign(id, OrganizationId.of("unit-1"), CLERK, T0.plus(HOUR))));
    // an assigned and an in-progress proposal can be referred
    assertThat(step(RULES, r, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR))).decision())
        .isInstanceOf(Decision.Applied.class);
    r = moved(step(RULES, r, id -> new ProposalCommand.Start(id, OrganizationId.of("unit-1"), T0.plus(HOUR))));
    assertThat(step(RULES, r, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR))).decision())
        .isInstanceOf(Decision.Applied.class);
    ProposalRecord answered = moved(step(RULES, r, id -> new ProposalCommand.Answer(id, new Answer("已处理", CLERK,
        T0.plus(HOUR)))));
    Proposals.Step s = step(RULES, answered, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR)));
    assertThat(refused(s)).isEqualTo(ProposalRefusalCode.WRONG_STATE);
    assertThat(s.decision().refusalIfAny().orElseThrow().arguments()).containsEntry("step", "refer")
        .containsEntry("state", "ANSWERED");
    ProposalRecord closed = moved(step(RULES, answered, id -> new ProposalCommand.Rate(id, Satisfaction.SATISFIED,
        T0.plus(HOUR))));
    assertThat(refused(step(RULES, closed, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR)))))
        .isEqualTo(ProposalRefusalCode.WRONG_STATE);
    ProposalRecord rejected = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Reject(id,
        new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT, "不属于受理范围"), CLERK, t)));
    assertThat(refused(step(RULES, rejected, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR)))))
        .isEqualTo(ProposalRefusalCode.WRONG_STATE);
  }

  @Test
  void aReferralDatedBeforeTheLastEventOrForAnotherProposalIsRefused() {
    ProposalRecord r = moved(step(RULES, atHousehold(), id -> new ProposalCommand.Accept(id, CLERK, T0.plus(HOUR))));
    assertThat(refused(step(RULES, r, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0))))
        .isEqualTo(ProposalRefusalCode.OUT_OF_ORDER);
    assertThat(refused(step(RULES, r, id -> new ProposalCommand.Refer(
        io.github.jiceng.governance.model.proposal.ProposalId.of("ta-9"), WHY, CLERK, T0.plus(HOUR)))))
        .isEqualTo(ProposalRefusalCode.UNKNOWN_PROPOSAL);
    assertThat(step(RULES, r, id -> new ProposalCommand.Refer(id, WHY, CLERK, T0.plus(HOUR))).decision())
        .as("the same instant as the last event is in order").isInstanceOf(Decision.Applied.class);
  }

  @Test
  void aBlankOrOverlongReasonIsBadInputNamingTheRuleAndNeverQuotingTheText() {
    String secret = "张三 13912345678 " + "长".repeat(ProposalEvent.MAX_REASON_LENGTH);
    DomainValidationException tooLong = catchThrowableOfType(DomainValidationException.class,
        () -> new ProposalCommand.Refer(atHousehold().id(), secret, CLERK, T0));
    assertThat(tooLong.violations()).singleElement().satisfies(v -> {
      assertThat(v.field()).isEqualTo("reason");
      assertThat(v.rule()).isEqualTo("referral-reason-length");
    });
    assertThat(tooLong).hasMessageNotContaining("13912345678").hasMessageNotContaining("张三");
    assertThatThrownBy(() -> new ProposalCommand.Refer(atHousehold().id(), " \t", CLERK, T0))
        .isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("referral-reason-length"));
    String longest = "长".repeat(ProposalEvent.MAX_REASON_LENGTH);
    assertThat(new ProposalCommand.Refer(atHousehold().id(), longest, CLERK, T0).reason()).hasSize(500);
    assertThat(new ProposalCommand.Refer(atHousehold().id(), "张三 13912345678", CLERK, T0).toString())
        .doesNotContain("13912345678").doesNotContain("张三");
  }

  @Test
  void evolvingAReferralToAnyNodeButTheOneAboveIsAnImpossibleStream() {
    ProposalCase state = ProposalCase.of(atHousehold());
    assertThatThrownBy(() -> RULES.evolve(state, new io.github.jiceng.governance.rules.proposal.ProposalEvent.Referred(
        atHousehold().id(), GridId.of("n0"), WHY, CLERK, T0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not to n0");
  }

  @Test
  void onlyAReferralCarriesAReasonInTheRecordsHistory() {
    assertThatThrownBy(() -> new ProposalEvent(T0, ProposalEvent.Kind.REFERRED, ProposalState.RECEIVED, GridId.of("n2"),
        Optional.of(CLERK))).isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("reason-iff-referred"));
    assertThatThrownBy(() -> new ProposalEvent(T0, ProposalEvent.Kind.ESCALATED, ProposalState.RECEIVED,
        GridId.of("n2"), Optional.empty(), Optional.of(WHY))).isInstanceOfSatisfying(DomainValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo("reason-iff-referred"));
    assertThat(new ProposalEvent(T0, ProposalEvent.Kind.REFERRED, ProposalState.RECEIVED, GridId.of("n2"),
        Optional.of(CLERK), Optional.of("张三的事")).toString()).doesNotContain("张三").contains("4 characters");
  }
}
