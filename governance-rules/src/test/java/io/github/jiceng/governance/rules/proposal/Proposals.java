package io.github.jiceng.governance.rules.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.actor.DeputyKind;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.Submission;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.RefusalCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Shared builders of the proposal tests: a four-level chain town → village → group → household. */
final class Proposals {

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

  /** xuejiawan → cun → she → hu. */
  static final GridHierarchy CHAIN = chain(4);

  static final Instant T0 = Instant.parse("2023-03-01T01:00:00Z");
  static final PersonId CLERK = PersonId.of("p-clerk");

  private Proposals() {}

  /** A chain of the given depth: n0 (town) → n1 → ... ; ids n0..n{depth-1}. */
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

  /** The rules on the chain under the street's default policy. */
  static final ProposalRules RULES = ProposalRules.of(CHAIN, HandlingPolicy.streetDefault());

  /** The rules on the chain under a policy. */
  static ProposalRules rules(HandlingPolicy policy) {
    return ProposalRules.of(CHAIN, policy);
  }

  /** Returns the record of a proposal just received, through the rules. */
  static ProposalRecord receive(Proposal proposal) {
    Decision<ProposalEvent> d = RULES.decide(new ProposalCommand.Receive(proposal), RULES.initialState());
    assertThat(d).as("%s", d).isInstanceOf(Decision.Applied.class);
    return RULES.fold(RULES.initialState(), d.events()).recordIfAny().orElseThrow();
  }

  /**
   * One step decided on a record: the decision, and the record after it (the same record unless
   * applied).
   */
  record Step(Decision<ProposalEvent> decision, ProposalRecord record) {}

  /** Decides the command, made for the record's proposal id, on the record, and folds what was applied. */
  static Step step(ProposalRules rules, ProposalRecord r, Function<ProposalId, ProposalCommand> command) {
    ProposalCase state = ProposalCase.of(r);
    Decision<ProposalEvent> d = rules.decide(command.apply(r.id()), state);
    return new Step(d, d instanceof Decision.Applied
        ? rules.fold(state, d.events()).recordIfAny().orElseThrow() : r);
  }

  static ProposalRecord moved(Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Applied.class);
    return s.record();
  }

  static RefusalCode refused(Step s) {
    assertThat(s.decision()).as("%s", s.decision()).isInstanceOf(Decision.Refused.class);
    return s.decision().refusalIfAny().orElseThrow().code();
  }
}
