package com.example.platform.proposal;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.ProposalEvent;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import java.util.List;

/**
 * Where a proposal stands, as the platform answers it: without its content and the resident's
 * mobile number, which are personal data.
 *
 * @param id the proposal
 * @param state its state
 * @param handlingGrid the grid node handling it, further up after each escalation
 * @param events its history
 */
public record ProposalView(ProposalId id, ProposalState state, GridId handlingGrid, List<ProposalEvent> events) {

  /**
   * Returns the view of a record.
   *
   * @param record the record
   * @return the view
   */
  public static ProposalView of(ProposalRecord record) {
    return new ProposalView(record.id(), record.state(), record.handlingGrid(), record.events());
  }
}
