package com.example.platform.proposal;

import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.proposal.ProposalCase;
import io.github.jiceng.governance.rules.proposal.ProposalCommand;
import io.github.jiceng.governance.rules.proposal.ProposalEvent;
import io.github.jiceng.governance.rules.proposal.ProposalRules;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals (提案): {@code POST /proposals} with a {@link Proposal} raises it in its grid under the
 * handling policy of {@code governance.proposals.handling-policy}; with {@code ?assessAt=} it is
 * also escalated up the grid hierarchy (逐级上报) for every deadline missed by then. The starter's
 * {@link ProposalRules} exist because the platform declares its grid hierarchy as a bean. A
 * refusal of the rules answers 422 with its code.
 */
@RestController
public class ProposalController {

  private final ProposalRules rules;

  ProposalController(ProposalRules rules) {
    this.rules = rules;
  }

  /**
   * Raises a proposal.
   *
   * @param proposal the proposal, in the SDK's JSON
   * @param assessAt when to check its deadlines, if at all
   * @return where it stands
   */
  @PostMapping("/proposals")
  public ProposalView raise(@RequestBody Proposal proposal, @RequestParam Optional<Instant> assessAt) {
    ProposalCase state = step(rules.initialState(), new ProposalCommand.Receive(proposal));
    if (assessAt.isPresent()) {
      state = step(state, new ProposalCommand.Escalate(proposal.id(), assessAt.get()));
    }
    return ProposalView.of(state.recordIfAny().orElseThrow());
  }

  /** Decides a command; a refusal is thrown, an unchanged decision keeps the state. */
  private ProposalCase step(ProposalCase state, ProposalCommand command) {
    Decision<ProposalEvent> decision = rules.decide(command, state);
    List<ProposalEvent> events = decision.orElseThrow();
    return decision instanceof Decision.Applied ? rules.fold(state, events) : state;
  }
}
