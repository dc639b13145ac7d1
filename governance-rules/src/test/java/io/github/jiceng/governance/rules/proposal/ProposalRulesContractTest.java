package io.github.jiceng.governance.rules.proposal;

import static io.github.jiceng.governance.rules.proposal.Proposals.CHAIN;
import static io.github.jiceng.governance.rules.proposal.Proposals.CLERK;
import static io.github.jiceng.governance.rules.proposal.Proposals.T0;
import static io.github.jiceng.governance.rules.proposal.Proposals.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link ProposalRules} through the generic decider contract, over many seeds of mixed commands. */
final class ProposalRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = SeedCount.of(200, 60);
  private static final int STEPS = 40;
  private static final HandlingPolicy POLICY = HandlingPolicy.builder().label("contract")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(5))
      .escalationInterval(Duration.ofDays(3))
      .feedbackWindow(Duration.ofDays(7))
      .build();
  private static final ProposalRules RULES = ProposalRules.of(CHAIN, POLICY);
  private static final OrganizationId UNIT = OrganizationId.of("unit-lighting");

  /**
   * Commands for one proposal's stream: mostly a step its state allows now (found by running the
   * commands drawn so far), the others any step, a step back in time, a proposal received again
   * or another one, or a command for another proposal.
   */
  static List<ProposalCommand> commands(long seed) {
    Random random = new Random(seed);
    Proposal mine = proposal("ta-" + seed, random.nextBoolean() ? "n3" : "n2", T0);
    ProposalId id = mine.id();
    InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(RULES);
    List<ProposalCommand> out = new ArrayList<>();
    Instant now = T0;
    for (int step = 0; step < STEPS; step++) {
      now = now.plus(Duration.ofHours(random.nextInt(4) == 0 ? 0 : random.nextInt(120)));
      Instant at = random.nextInt(12) == 0 ? now.minus(Duration.ofDays(2)) : now;
      ProposalState state = stream.state().recordIfAny().map(ProposalRecord::state).orElse(null);
      ProposalCommand command;
      if (step == 0 && random.nextInt(10) != 0) {
        command = new ProposalCommand.Receive(mine);
      } else if (random.nextInt(10) < 6 && state != null) {
        command = likely(state, id, at, random);
      } else {
        command = any(id, mine, at, random);
      }
      out.add(command);
      stream.handle(command);
    }
    return out;
  }

  private static ProposalCommand likely(ProposalState state, ProposalId id, Instant at, Random random) {
    return switch (state) {
      case RECEIVED -> random.nextInt(5) == 0 ? reject(id, at) : new ProposalCommand.Accept(id, CLERK, at);
      case ACCEPTED -> random.nextInt(4) == 0 ? new ProposalCommand.Escalate(id, at)
          : new ProposalCommand.Assign(id, UNIT, CLERK, at);
      case ASSIGNED -> new ProposalCommand.Start(id, UNIT, at);
      case IN_PROGRESS -> random.nextInt(3) == 0 ? new ProposalCommand.Escalate(id, at)
          : new ProposalCommand.Answer(id, new Answer("已处理", CLERK, at));
      case ANSWERED -> random.nextBoolean() ? new ProposalCommand.Rate(id, Satisfaction.values()[random.nextInt(3)], at)
          : new ProposalCommand.Close(id, at);
      default -> new ProposalCommand.Escalate(id, at);
    };
  }

  private static ProposalCommand any(ProposalId id, Proposal mine, Instant at, Random random) {
    ProposalId target = random.nextInt(8) == 0 ? ProposalId.of("ta-other") : id;
    return switch (random.nextInt(11)) {
      case 0 -> new ProposalCommand.Receive(random.nextBoolean() ? mine : proposal("ta-other", "n1", T0));
      case 1 -> new ProposalCommand.Accept(target, CLERK, at);
      case 2 -> new ProposalCommand.Assign(target, UNIT, CLERK, at);
      case 3 -> new ProposalCommand.Start(target, UNIT, at);
      case 4 -> new ProposalCommand.Answer(target, new Answer("已答复", CLERK, at));
      case 5 -> reject(target, at);
      case 6 -> new ProposalCommand.Rate(target, Satisfaction.values()[random.nextInt(3)], at);
      case 7 -> new ProposalCommand.Close(target, at);
      default -> new ProposalCommand.Escalate(target, at);
    };
  }

  private static ProposalCommand reject(ProposalId id, Instant at) {
    return new ProposalCommand.Reject(id, new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT, "不属于本级受理范围"),
        CLERK, at);
  }

  @Test
  void keepsTheDeciderContractOverManySeedsAndReachesEveryVariantAndCode() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    int escalations = 0;
    Set<String> keys = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<ProposalCommand> commands = commands(seed);
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, RULES, commands);
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
      InMemoryStream<ProposalCommand, ProposalCase, ProposalEvent> stream = InMemoryStream.open(RULES);
      for (ProposalCommand command : commands) {
        stream.handle(command).refusalIfAny().ifPresent(refusal -> DeciderHarness.checkTexts("contract", refusal));
      }
      escalations += (int) stream.events().stream().filter(ProposalEvent.Escalated.class::isInstance).count();
    }
    assertThat(applied).as("applied").isPositive();
    assertThat(unchanged).as("unchanged").isPositive();
    assertThat(refused).as("refused").isPositive();
    assertThat(escalations).as("escalations").isPositive();
    assertThat(keys).as("codes reached").isEqualTo(Arrays.stream(ProposalRefusalCode.values()).map(RefusalCode::key)
        .collect(Collectors.toCollection(TreeSet::new)));
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
