package io.github.jiceng.governance.model.proposal;

import io.github.jiceng.governance.model.actor.DeputyKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

final class ProposalRecordTest {

  private static final Instant T = Instant.parse("2023-03-01T00:00:00Z");
  private static final PersonId CLERK = PersonId.of("clerk");

  private static ProposalRecord submitted() {
    return ProposalRecord.submitted(Proposal.builder().id(ProposalId.of("ta")).title("路灯").content("东门黑")
        .grid(GridId.of("n3")).submittedAt(T).submission(new Submission.Direct(PersonId.of("res"))).build());
  }

  @Test
  void statesMoveOnlyAlongTheHandlingPath() {
    assertThat(ProposalState.RECEIVED.next()).isEqualTo(EnumSet.of(ProposalState.ACCEPTED, ProposalState.REJECTED));
    assertThat(ProposalState.ANSWERED.next()).isEqualTo(EnumSet.of(ProposalState.CLOSED, ProposalState.IN_PROGRESS));
    for (ProposalState s : ProposalState.values()) {
      assertThat(s.isFinal()).as("%s", s).isEqualTo(s.next().isEmpty());
    }
    assertThatThrownBy(() -> submitted().started(CLERK, T)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("RECEIVED cannot move to IN_PROGRESS");
  }

  @Test
  void eachTransitionAppendsAnEventAndEscalationKeepsTheState() {
    ProposalRecord r = submitted().escalated(GridId.of("n2"), T.plusSeconds(5));
    assertThat(r.state()).isEqualTo(ProposalState.RECEIVED);
    assertThat(r.handlingGrid()).isEqualTo(GridId.of("n2"));
    assertThat(r.escalationsInState()).isEqualTo(1);
    assertThat(r.stateSince()).isEqualTo(T);
    ProposalRecord accepted = r.accepted(CLERK, T.plusSeconds(9));
    assertThat(accepted.escalationsInState()).isZero();
    assertThat(accepted.stateEntry().grid()).isEqualTo(GridId.of("n2"));
    assertThatThrownBy(() -> r.accepted(CLERK, T.plusSeconds(4))).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("events-in-order");
  }

  @Test
  void aPolicySetsDeadlinesOnlyForStatesSomeoneMustActIn() {
    assertThat(HandlingPolicy.streetDefault().deadline(ProposalState.RECEIVED)).contains(Duration.ofDays(1));
    assertThat(HandlingPolicy.streetDefault().deadline(ProposalState.ANSWERED)).isEmpty();
    assertThatThrownBy(() -> HandlingPolicy.builder().label("x").putDeadline(ProposalState.CLOSED, Duration.ofDays(1))
        .escalationInterval(Duration.ofDays(1)).feedbackWindow(Duration.ofDays(1)).build())
        .hasMessageContaining("deadline-for-open-state");
    assertThatThrownBy(() -> HandlingPolicy.builder().label("x").putDeadline(ProposalState.RECEIVED, Duration.ZERO)
        .escalationInterval(Duration.ofDays(1)).feedbackWindow(Duration.ofDays(1)).build())
        .hasMessageContaining("deadlines-positive");
  }

  @Test
  void aDeputysSubmissionSpeaksForTheResidentItNames() {
    Submission viaDeputy = new Submission.ViaDeputy(PersonId.of("d"), DeputyKind.CPPCC_MEMBER, java.util.Optional.empty());
    assertThat(viaDeputy.resident()).isEmpty();
    assertThat(new Submission.Direct(PersonId.of("r")).resident()).contains(PersonId.of("r"));
    assertThat(DeputyKind.CPPCC_MEMBER.chinese()).isEqualTo("政协委员");
  }
}
