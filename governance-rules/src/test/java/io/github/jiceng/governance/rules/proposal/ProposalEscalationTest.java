package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.CHAIN;
import static io.github.jiceng.governance.rules.proposal.Proposals.CLERK;
import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.RULES;
import static io.github.jiceng.governance.rules.proposal.Proposals.moved;
import static io.github.jiceng.governance.rules.proposal.Proposals.receive;
import static io.github.jiceng.governance.rules.proposal.Proposals.step;
import static io.github.jiceng.governance.rules.proposal.Proposals.proposal;
import static io.github.jiceng.governance.rules.proposal.Proposals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class ProposalEscalationTest {

  private static final HandlingPolicy POLICY = HandlingPolicy.builder().label("test")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .escalationInterval(Duration.ofDays(3))
      .feedbackWindow(Duration.ofDays(7))
      .build();
  /** The deadline of a proposal received at T0. */
  private static final Instant DUE = T0.plus(Duration.ofDays(1));
  private static final Duration STEP = Duration.ofDays(3);
  private static final GridId HOUSEHOLD = GridId.of("n3");

  private static ProposalRecord received() {
    return receive(proposal("ta-1", HOUSEHOLD.value(), T0));
  }

  @Test
  void isOnTimeOneNanosecondBeforeTheDeadlineAndOverdueAtIt() {
    assertThat(ProposalDesk.assess(received(), CHAIN, POLICY, DUE.minusNanos(1)))
        .isEqualTo(new DeadlineStatus.OnTime(DUE, Duration.ofNanos(1)));
    assertThat(ProposalDesk.assess(received(), CHAIN, POLICY, DUE)).isInstanceOfSatisfying(DeadlineStatus.Overdue.class, o -> {
      assertThat(o.deadline()).isEqualTo(DUE);
      assertThat(o.overdueBy()).isZero();
      assertThat(o.levelsDue()).isEqualTo(1);
      assertThat(o.target()).isEqualTo(GridId.of("n2"));
    });
  }

  @Test
  void goesUpOneMoreLevelAtEachEscalationIntervalAndStopsAtTheRoot() {
    assertThat(levels(DUE.plus(STEP).minusNanos(1))).isEqualTo(1);
    assertThat(target(DUE.plus(STEP).minusNanos(1))).isEqualTo(GridId.of("n2"));
    assertThat(levels(DUE.plus(STEP))).isEqualTo(2);
    assertThat(target(DUE.plus(STEP))).isEqualTo(GridId.of("n1"));
    assertThat(target(DUE.plus(STEP.multipliedBy(2)))).isEqualTo(GridId.of("n0"));
    assertThat(levels(DUE.plus(STEP.multipliedBy(40)))).isEqualTo(41);
    DeadlineStatus.Overdue far = (DeadlineStatus.Overdue) ProposalDesk.assess(received(), CHAIN, POLICY, DUE.plus(STEP.multipliedBy(40)));
    assertThat(far.chain()).containsExactly(GridId.of("n2"), GridId.of("n1"), GridId.of("n0"));
    assertThat(far.target()).isEqualTo(GridId.of("n0"));
  }

  @Test
  void recordsEachLevelAtTheInstantItBecameDueAndOnlyOnce() {
    ProposalRecord r = moved(step(ProposalRules.of(CHAIN, POLICY), received(), id -> new ProposalCommand.Escalate(id, DUE.plus(STEP))));
    assertThat(r.handlingGrid()).isEqualTo(GridId.of("n1"));
    assertThat(r.events().subList(1, 3)).extracting(ProposalEvent::kind, ProposalEvent::at, ProposalEvent::grid)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProposalEvent.Kind.ESCALATED, DUE, GridId.of("n2")),
            org.assertj.core.groups.Tuple.tuple(ProposalEvent.Kind.ESCALATED, DUE.plus(STEP), GridId.of("n1")));
    assertThat(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, DUE.plus(STEP))).decision()).isInstanceOf(Decision.Unchanged.class);
    assertThat(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, DUE.plus(STEP.multipliedBy(2)).minusNanos(1))).decision())
        .isInstanceOf(Decision.Unchanged.class);
    ProposalRecord top = moved(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, DUE.plus(STEP.multipliedBy(2)))));
    assertThat(top.handlingGrid()).isEqualTo(GridId.of("n0"));
    assertThat(step(ProposalRules.of(CHAIN, POLICY), top, id -> new ProposalCommand.Escalate(id, DUE.plus(STEP.multipliedBy(9)))).decision())
        .as("nothing above the root").isInstanceOf(Decision.Unchanged.class);
    assertThat(step(ProposalRules.of(CHAIN, POLICY), received(), id -> new ProposalCommand.Escalate(id, DUE.minusNanos(1))).decision()).isInstanceOf(Decision.Unchanged.class);
  }

  @Test
  void aMoveRestartsTheClockAtTheLevelThatNowHandlesIt() {
    ProposalRecord escalated = moved(step(ProposalRules.of(CHAIN, POLICY), received(), id -> new ProposalCommand.Escalate(id, DUE)));
    Instant acceptedAt = DUE.plusSeconds(60);
    ProposalRecord accepted = moved(step(RULES, escalated, id -> new ProposalCommand.Accept(id, CLERK, acceptedAt)));
    assertThat(accepted.handlingGrid()).isEqualTo(GridId.of("n2"));
    Instant due = acceptedAt.plus(Duration.ofDays(2));
    assertThat(ProposalDesk.assess(accepted, CHAIN, POLICY, due.minusNanos(1))).isInstanceOf(DeadlineStatus.OnTime.class);
    assertThat(ProposalDesk.assess(accepted, CHAIN, POLICY, due)).isInstanceOfSatisfying(DeadlineStatus.Overdue.class,
        o -> assertThat(o.target()).isEqualTo(GridId.of("n1")));
  }

  @Test
  void statesWithoutADeadlineNeverEscalate() {
    ProposalRecord r = moved(step(RULES, received(), id -> new ProposalCommand.Accept(id, CLERK, T0)));
    r = moved(step(RULES, r, id -> new ProposalCommand.Assign(id, CLERK, CLERK, T0)));
    assertThat(ProposalDesk.assess(r, CHAIN, POLICY, T0.plus(Duration.ofDays(900))))
        .isEqualTo(new DeadlineStatus.NoDeadline(ProposalState.ASSIGNED));
    r = moved(step(RULES, r, id -> new ProposalCommand.Start(id, CLERK, T0)));
    r = moved(step(RULES, r, id -> new ProposalCommand.Answer(id, new Answer("已处理", CLERK, T0))));
    assertThat(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, T0.plus(Duration.ofDays(900)))).decision()).isInstanceOf(Decision.Unchanged.class);
  }

  @Test
  void aProposalAtTheRootIsOverdueButHasNowhereHigherToGo() {
    ProposalRecord r = receive(proposal("ta-9", "n0", T0));
    assertThat(ProposalDesk.assess(r, CHAIN, POLICY, DUE)).isInstanceOfSatisfying(DeadlineStatus.Overdue.class, o -> {
      assertThat(o.chain()).isEmpty();
      assertThat(o.target()).isEqualTo(GridId.of("n0"));
    });
    assertThat(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, DUE)).decision()).isInstanceOf(Decision.Unchanged.class);
  }

  @Test
  void refusesToEscalateAtAnInstantBeforeTheLastEvent() {
    ProposalRecord r = moved(step(ProposalRules.of(CHAIN, POLICY), received(), id -> new ProposalCommand.Escalate(id, DUE.plus(STEP))));
    assertThat(refused(step(ProposalRules.of(CHAIN, POLICY), r, id -> new ProposalCommand.Escalate(id, DUE.plus(STEP).minusNanos(1)))))
        .isEqualTo(ProposalRefusalCode.OUT_OF_ORDER);
  }

  private static long levels(Instant at) {
    return ((DeadlineStatus.Overdue) ProposalDesk.assess(received(), CHAIN, POLICY, at)).levelsDue();
  }

  private static GridId target(Instant at) {
    return ((DeadlineStatus.Overdue) ProposalDesk.assess(received(), CHAIN, POLICY, at)).target();
  }
}
