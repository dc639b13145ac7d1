package io.github.jiceng.governance.testkit;


import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.proposal.Answer;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalRejection;
import io.github.jiceng.governance.model.proposal.ProposalRejectionReason;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One proposal's stream on a four-level chain; see {@link Generators#proposals()}. */
final class ProposalGenerator implements CommandGenerator<ProposalCommand, ProposalCase, ProposalEvent> {

  static final LevelScheme SCHEME = LevelScheme.builder("chain")
      .level("TOWN", "镇", LevelCoding.none())
      .level("VILLAGE", "村", LevelCoding.none())
      .level("GROUP", "社", LevelCoding.none())
      .level("HOUSEHOLD", "户", LevelCoding.none())
      .root("TOWN")
      .allow("TOWN", "VILLAGE")
      .allow("VILLAGE", "GROUP")
      .allow("GROUP", "HOUSEHOLD")
      .build();
  static final List<String> LEVELS = List.of("TOWN", "VILLAGE", "GROUP", "HOUSEHOLD");
  /** n0 (town) → n1 → n2 → n3 (household). */
  static final GridHierarchy CHAIN = chain(LEVELS.size());
  static final Instant T0 = Instant.parse("2023-03-01T01:00:00Z");
  static final PersonId CLERK = PersonId.of("p-clerk");

  static GridHierarchy chain(int depth) {
    List<GridNode> nodes = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      nodes.add(GridNode.builder().id(GridId.of("n" + i)).level(LEVELS.get(i)).name("node " + i)
          .parent(i == 0 ? Optional.empty() : Optional.of(GridId.of("n" + (i - 1)))).build());
    }
    return GridHierarchy.of(SCHEME, nodes);
  }

  static Proposal proposal(String id, String grid, Instant at) {
    return Proposal.builder().id(ProposalId.of(id)).title("小区东门路灯不亮").content("张大爷说东门晚上太黑，13912345678")
        .grid(GridId.of(grid)).submittedAt(at)
        .submission(new Submission.ViaDeputy(PersonId.of("p-deputy"), DeputyKind.PEOPLES_CONGRESS_DEPUTY,
            Optional.of(PersonId.of("p-resident"))))
        .contactMobile("13912345678").build();
  }

  @Override
  public ProposalRules rules(long seed) {
    return RULES;
  }

  @Override
  public List<ProposalCommand> commands(long seed) {
    return draw(seed);
  }
  static final int STEPS = 40;
  static final HandlingPolicy POLICY = HandlingPolicy.builder().label("contract")
      .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
      .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
      .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(5))
      .escalationInterval(Duration.ofDays(3))
      .feedbackWindow(Duration.ofDays(7))
      .build();
  static final ProposalRules RULES = ProposalRules.of(CHAIN, POLICY);
  static final OrganizationId UNIT = OrganizationId.of("unit-lighting");

  /**
   * Commands for one proposal's stream: mostly a step its state allows now (found by running the
   * commands drawn so far), the others any step, a step back in time, a proposal received again
   * or another one, or a command for another proposal.
   */
  static List<ProposalCommand> draw(long seed) {
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

  static ProposalCommand likely(ProposalState state, ProposalId id, Instant at, Random random) {
    return switch (state) {
      case RECEIVED -> random.nextInt(5) == 0 ? reject(id, at) : new ProposalCommand.Accept(id, CLERK, at);
      case ACCEPTED -> random.nextInt(4) == 0 ? new ProposalCommand.Escalate(id, at)
          : new ProposalCommand.Assign(id, UNIT, CLERK, at);
      case ASSIGNED -> random.nextInt(4) == 0 ? new ProposalCommand.Refer(id, "需上级统筹协调", CLERK, at)
          : new ProposalCommand.Start(id, UNIT, at);
      case IN_PROGRESS -> random.nextInt(3) == 0 ? new ProposalCommand.Escalate(id, at)
          : new ProposalCommand.Answer(id, new Answer("已处理", CLERK, at));
      case ANSWERED -> random.nextBoolean() ? new ProposalCommand.Rate(id, Satisfaction.values()[random.nextInt(3)], at)
          : new ProposalCommand.Close(id, at);
      default -> new ProposalCommand.Escalate(id, at);
    };
  }

  static ProposalCommand any(ProposalId id, Proposal mine, Instant at, Random random) {
    ProposalId target = random.nextInt(8) == 0 ? ProposalId.of("ta-other") : id;
    return switch (random.nextInt(12)) {
      case 0 -> new ProposalCommand.Receive(random.nextBoolean() ? mine : proposal("ta-other", "n1", T0));
      case 1 -> new ProposalCommand.Accept(target, CLERK, at);
      case 2 -> new ProposalCommand.Assign(target, UNIT, CLERK, at);
      case 3 -> new ProposalCommand.Start(target, UNIT, at);
      case 4 -> new ProposalCommand.Answer(target, new Answer("已答复", CLERK, at));
      case 5 -> reject(target, at);
      case 6 -> new ProposalCommand.Rate(target, Satisfaction.values()[random.nextInt(3)], at);
      case 7 -> new ProposalCommand.Close(target, at);
      case 8 -> new ProposalCommand.Refer(target, "超出本级职权", CLERK, at);
      default -> new ProposalCommand.Escalate(target, at);
    };
  }

  static ProposalCommand reject(ProposalId id, Instant at) {
    return new ProposalCommand.Reject(id, new ProposalRejection(ProposalRejectionReason.NOT_WITHIN_REMIT, "不属于本级受理范围"),
        CLERK, at);
  }
}
