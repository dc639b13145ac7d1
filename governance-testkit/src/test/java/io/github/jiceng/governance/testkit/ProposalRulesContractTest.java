package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.ProposalGenerator.RULES;
import static io.github.jiceng.governance.testkit.ProposalGenerator.UNIT;

import static io.github.jiceng.governance.testkit.ProposalGenerator.CLERK;
import static io.github.jiceng.governance.testkit.ProposalGenerator.T0;
import static io.github.jiceng.governance.testkit.ProposalGenerator.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRefusalCode;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ProposalRules} through the generic decider contract, over many seeds of mixed commands. */
final class ProposalRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 200;
  private static final CommandGenerator<ProposalCommand, ProposalCase, ProposalEvent> PROPOSALS = Generators.proposals();

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    int escalations = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      List<ProposalCommand> commands = PROPOSALS.commands(seed);
      tally.add(DeciderContract.run("seed " + seed, RULES, commands));
      InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(RULES);
      for (ProposalCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderContract.checkTexts("contract", refusal));
      }
      escalations += (int) stream.events().stream().filter(ProposalEvent.Escalated.class::isInstance).count();
    }
    assertThat(escalations).as("escalations").isPositive();
    tally.assertReachedEveryVariantAndCode(ProposalRefusalCode.values());
  }

  @Test
  void aCodesKeyIsTheFeatureAndTheConstant() {
    assertThat(ProposalRefusalCode.FEEDBACK_WINDOW_OPEN.key()).isEqualTo("proposal.feedback-window-open");
  }

  @Test
  void aStreamHoldsOneProposalAndRefusesCommandsForAnother() {
    Proposal mine = proposal("ta-1", "n3", T0);
    InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(RULES);
    assertThat(stream.handle(new ProposalCommand.Accept(mine.id(), CLERK, T0)).refusalIfAny().orElseThrow().code())
        .isEqualTo(ProposalRefusalCode.UNKNOWN_PROPOSAL);

    assertThat(stream.handle(new ProposalCommand.Receive(mine))).isInstanceOf(Decision.Applied.class);
    assertThat(stream.handle(new ProposalCommand.Receive(mine)))
        .isEqualTo(Decision.unchanged(List.of(new ProposalEvent.Received(mine))));
    assertThat(stream.handle(new ProposalCommand.Receive(proposal("ta-2", "n3", T0))).refusalIfAny().orElseThrow()
        .arguments()).containsEntry("proposal", "ta-2").containsEntry("held", "ta-1");
    assertThat(stream.handle(new ProposalCommand.Accept(ProposalId.of("ta-2"), CLERK, T0)).refusalIfAny()
        .orElseThrow().code()).isEqualTo(ProposalRefusalCode.UNKNOWN_PROPOSAL);
    assertThat(stream.events()).hasSize(1);
  }

  @Test
  void anEscalationIsOneEventPerLevelAndRepeatingItCarriesThemAgain() {
    Proposal mine = proposal("ta-1", "n3", T0);
    InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(RULES);
    stream.handle(new ProposalCommand.Receive(mine));
    Instant late = T0.plus(Duration.ofDays(4));

    Decision<ProposalEvent> d = stream.handle(new ProposalCommand.Escalate(mine.id(), late));

    List<ProposalEvent> levels = List.of(new ProposalEvent.Escalated(mine.id(), GridId.of("n2"), T0.plus(Duration.ofDays(1))),
        new ProposalEvent.Escalated(mine.id(), GridId.of("n1"), T0.plus(Duration.ofDays(4))));
    assertThat(d).isEqualTo(Decision.applied(levels));
    assertThat(stream.handle(new ProposalCommand.Escalate(mine.id(), late))).isEqualTo(Decision.unchanged(levels));
    assertThat(stream.state().recordIfAny().orElseThrow().handlingGrid()).isEqualTo(GridId.of("n1"));
  }

  @Test
  void anEventNoDecisionCouldGiveIsAnIllegalState() {
    Proposal mine = proposal("ta-1", "n3", T0);
    ProposalCase received = RULES.evolve(RULES.initialState(), new ProposalEvent.Received(mine));

    assertThatThrownBy(() -> RULES.evolve(received, new ProposalEvent.Started(mine.id(), UNIT, T0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("proposal.wrong-state");
    assertThatThrownBy(() -> RULES.evolve(received, new ProposalEvent.Received(mine)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(RULES.initialState(), new ProposalEvent.Closed(mine.id(), T0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("proposal.unknown-proposal");
    assertThatThrownBy(() -> RULES.evolve(received, new ProposalEvent.Escalated(mine.id(), GridId.of("n0"), T0)))
        .as("a level skipped").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStepDatedOutsideTheLimitsIsBadInputNotARefusal() {
    assertThatThrownBy(() -> new ProposalCommand.Escalate(ProposalId.of("ta-1"), Instant.MIN))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("instant-range");
    assertThatThrownBy(() -> new ProposalCommand.Receive(proposal("ta-1", "n3", Instant.MAX)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("submittedAt");
    assertThatThrownBy(() -> new ProposalCommand.Accept(ProposalId.of("ta-1"), null, T0))
        .isInstanceOf(NullPointerException.class).hasMessage("by");
  }
}
