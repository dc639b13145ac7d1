package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.CLERK;
import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.RULES;
import static io.github.jiceng.governance.rules.proposal.Proposals.moved;
import static io.github.jiceng.governance.rules.proposal.Proposals.receive;
import static io.github.jiceng.governance.rules.proposal.Proposals.rules;
import static io.github.jiceng.governance.rules.proposal.Proposals.step;
import static io.github.jiceng.governance.rules.proposal.Proposals.proposal;
import static io.github.jiceng.governance.rules.proposal.Proposals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ProposalDeskTest {

  private static final HandlingPolicy POLICY = HandlingPolicy.streetDefault();
  private static final OrganizationId LIGHTING = OrganizationId.of("unit-lighting");

  private static Instant t(int hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  private static ProposalRecord answered() {
    ProposalRecord r = receive(proposal("ta-1", "n2", T0));
    r = moved(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, t(1))));
    r = moved(step(RULES, r, id -> new ProposalCommand.Assign(id, LIGHTING, CLERK, t(2))));
    r = moved(step(RULES, r, id -> new ProposalCommand.Start(id, LIGHTING, t(3))));
    return moved(step(RULES, r, id -> new ProposalCommand.Answer(id, new Answer("已更换东门路灯", CLERK, t(30)))));
  }

  @Test
  void movesAProposalFromReceivedToClosedWithTheResidentsRating() {
    ProposalRecord r = answered();
    assertThat(r.state()).isEqualTo(ProposalState.ANSWERED);
    assertThat(r.assignee()).contains(LIGHTING);
    ProposalRecord closed = moved(step(rules(POLICY), r, id -> new ProposalCommand.Rate(id, Satisfaction.SATISFIED, t(40))));
    assertThat(closed.state()).isEqualTo(ProposalState.CLOSED);
    assertThat(closed.satisfaction()).contains(Satisfaction.SATISFIED);
    assertThat(closed.events()).extracting(ProposalEvent::kind).containsExactly(ProposalEvent.Kind.SUBMITTED,
        ProposalEvent.Kind.MOVED, ProposalEvent.Kind.MOVED, ProposalEvent.Kind.MOVED, ProposalEvent.Kind.MOVED,
        ProposalEvent.Kind.RATED, ProposalEvent.Kind.MOVED);
    assertThat(closed.events()).extracting(ProposalEvent::state).containsExactly(ProposalState.RECEIVED,
        ProposalState.ACCEPTED, ProposalState.ASSIGNED, ProposalState.IN_PROGRESS, ProposalState.ANSWERED,
        ProposalState.ANSWERED, ProposalState.CLOSED);
  }

  @Test
  void aDissatisfiedResidentReopensTheProposalOnceThenItCloses() {
    ProposalRecord reopened = moved(step(rules(POLICY), answered(), id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, t(40))));
    assertThat(reopened.state()).isEqualTo(ProposalState.IN_PROGRESS);
    assertThat(reopened.reopens()).isEqualTo(1);
    ProposalRecord again = moved(step(RULES, reopened, id -> new ProposalCommand.Answer(id, new Answer("已加装太阳能灯", CLERK, t(50)))));
    assertThat(again.satisfaction()).isEmpty();
    ProposalRecord closed = moved(step(rules(POLICY), again, id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, t(60))));
    assertThat(closed.state()).isEqualTo(ProposalState.CLOSED);
    assertThat(closed.satisfaction()).contains(Satisfaction.DISSATISFIED);
  }

  @Test
  void anAnswerGoesBackInProgressOnlyThroughTheResidentsRating() {
    // a handler cannot restart work on an answered proposal to dodge the rating and its reopen limit
    ProposalRecord r = answered();
    Refusal restart = step(RULES, r, id -> new ProposalCommand.Start(id, LIGHTING, t(35))).decision().refusalIfAny()
        .orElseThrow();
    assertThat(restart.code()).isEqualTo(ProposalRefusalCode.WRONG_STATE);
    assertThat(restart.detail()).contains("not assigned", "by its rating");
    assertThat(restart.arguments()).containsEntry("state", "ANSWERED").containsEntry("step", "start");
    ProposalRecord reopened = moved(step(rules(POLICY), r, id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, t(40))));
    assertThat(reopened.state()).isEqualTo(ProposalState.IN_PROGRESS);
    assertThat(refused(step(RULES, reopened, id -> new ProposalCommand.Start(id, LIGHTING, t(41))))).isEqualTo(ProposalRefusalCode.WRONG_STATE);
  }

  @Test
  void aRatingCountsOnlyWithinTheFeedbackWindow() {
    ProposalRecord r = answered();
    Instant end = t(30).plus(POLICY.feedbackWindow());
    assertThat(moved(step(rules(POLICY), r, id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, end.minusNanos(1)))).state())
        .isEqualTo(ProposalState.IN_PROGRESS);
    Refusal late = step(rules(POLICY), r, id -> new ProposalCommand.Rate(id, Satisfaction.DISSATISFIED, end))
        .decision().refusalIfAny().orElseThrow();
    assertThat(late.code()).isEqualTo(ProposalRefusalCode.FEEDBACK_WINDOW_CLOSED);
    assertThat(late.detail()).contains("closes unrated");
    assertThat(late.arguments()).containsEntry("until", end.toString());
    assertThat(moved(step(rules(POLICY), r, id -> new ProposalCommand.Close(id, end))).state()).isEqualTo(ProposalState.CLOSED);
  }

  @Test
  void anUnratedAnswerClosesOnlyOnceTheFeedbackWindowHasPassed() {
    ProposalRecord r = answered();
    Instant opens = t(30).plus(POLICY.feedbackWindow());
    assertThat(refused(step(rules(POLICY), r, id -> new ProposalCommand.Close(id, opens.minusNanos(1))))).isEqualTo(ProposalRefusalCode.FEEDBACK_WINDOW_OPEN);
    assertThat(moved(step(rules(POLICY), r, id -> new ProposalCommand.Close(id, opens))).state()).isEqualTo(ProposalState.CLOSED);
  }

  @Test
  void refusesMovesTheStateDoesNotAllowOrThatGoBackInTime() {
    ProposalRecord r = receive(proposal("ta-1", "n2", T0));
    assertThat(refused(step(RULES, r, id -> new ProposalCommand.Start(id, LIGHTING, t(1))))).isEqualTo(ProposalRefusalCode.WRONG_STATE);
    assertThat(refused(step(rules(POLICY), r, id -> new ProposalCommand.Rate(id, Satisfaction.SATISFIED, t(1))))).isEqualTo(ProposalRefusalCode.WRONG_STATE);
    assertThat(refused(step(rules(POLICY), r, id -> new ProposalCommand.Close(id, t(1))))).isEqualTo(ProposalRefusalCode.WRONG_STATE);
    assertThat(refused(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, T0.minusNanos(1))))).isEqualTo(ProposalRefusalCode.OUT_OF_ORDER);
    Proposals.Step refused = step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, T0.minusNanos(1)));
    assertThat(refused.decision().events()).isEmpty();
    assertThat(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, T0)).decision()).isInstanceOf(Decision.Applied.class);
  }

  @Test
  void rejectsAProposalWithAReasonOnlyBeforeItIsAssigned() {
    ProposalRecord r = receive(proposal("ta-1", "n2", T0));
    ProposalRejection why = new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT, "属供电公司管辖，已告知联系方式");
    ProposalRecord rejected = moved(step(RULES, r, id -> new ProposalCommand.Reject(id, why, CLERK, t(1))));
    assertThat(rejected.state()).isEqualTo(ProposalState.REJECTED);
    assertThat(rejected.rejection()).contains(why);
    ProposalRecord assigned = moved(step(RULES, moved(step(RULES, r, id -> new ProposalCommand.Accept(id, CLERK, t(1)))), id -> new ProposalCommand.Assign(id, LIGHTING, CLERK, t(2))));
    assertThat(refused(step(RULES, assigned, id -> new ProposalCommand.Reject(id, why, CLERK, t(3))))).isEqualTo(ProposalRefusalCode.WRONG_STATE);
  }

  @Test
  void theContentAndTheMobileNumberStayOutOfToString() {
    ProposalRecord r = answered();
    assertThat(r.toString()).contains("小区东门路灯不亮", "139****5678").doesNotContain("13912345678", "张大爷");
    assertThat(r.answer().orElseThrow().toString()).doesNotContain("东门路灯");
  }

  @Test
  void summarizesStatesRatingsAndOverdueProposalsAtAnInstant() {
    ProposalRecord waiting = receive(proposal("ta-2", "n3", T0));
    ProposalRecord closed = moved(step(rules(POLICY), answered(), id -> new ProposalCommand.Rate(id, Satisfaction.BASICALLY_SATISFIED, t(40))));
    Instant due = T0.plus(POLICY.deadline(ProposalState.RECEIVED).orElseThrow());
    ProposalSummary before = ProposalDesk.summarize(List.of(waiting, closed), POLICY, due.minusNanos(1));
    ProposalSummary at = ProposalDesk.summarize(List.of(waiting, closed), POLICY, due);
    assertThat(before.overdue()).isZero();
    assertThat(at.overdue()).isEqualTo(1);
    assertThat(at.byState().get(ProposalState.RECEIVED)).isEqualTo(1);
    assertThat(at.byState().get(ProposalState.CLOSED)).isEqualTo(1);
    assertThat(at.bySatisfaction().get(Satisfaction.BASICALLY_SATISFIED)).isEqualTo(1);
    assertThat(at.total()).isEqualTo(2);
  }
}
