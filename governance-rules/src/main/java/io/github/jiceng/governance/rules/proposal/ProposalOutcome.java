package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.proposal.ProposalRecord;

/** What a step on a proposal did; every outcome carries the record after the step. */
public sealed interface ProposalOutcome permits ProposalOutcome.Moved, ProposalOutcome.Unchanged, ProposalOutcome.Refused {

  /** Returns the record after the step. */
  ProposalRecord record();

  /**
   * The step was taken.
   *
   * @param record the record after it
   */
  record Moved(ProposalRecord record) implements ProposalOutcome {

    /** Checks the record is present. */
    public Moved {
      requireNonNull(record, "record");
    }
  }

  /**
   * Nothing was due: no escalation had become due since the last one.
   *
   * @param record the unchanged record
   */
  record Unchanged(ProposalRecord record) implements ProposalOutcome {

    /** Checks the record is present. */
    public Unchanged {
      requireNonNull(record, "record");
    }
  }

  /**
   * The step was refused: nothing changed.
   *
   * @param record the unchanged record
   * @param refusal why
   */
  record Refused(ProposalRecord record, ProposalRefusal refusal) implements ProposalOutcome {

    /** Checks the parts are present. */
    public Refused {
      requireNonNull(record, "record");
      requireNonNull(refusal, "refusal");
    }
  }
}
