package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.proposal.ProposalRecord;
import java.util.Optional;

/**
 * The state of one proposal's stream (提案办理状态), the state of {@link ProposalRules}: nothing
 * received yet, or the proposal's record. Immutable, with value equality.
 */
public sealed interface ProposalCase permits ProposalCase.NotReceived, ProposalCase.Recorded {

  /**
   * Returns the state of a stream before its proposal is received.
   *
   * @return the empty state
   */
  static ProposalCase none() {
    return NotReceived.INSTANCE;
  }

  /**
   * Returns the state holding a record, such as one taken over from an earlier system.
   *
   * @param record the record
   * @return the state
   */
  static ProposalCase of(ProposalRecord record) {
    return new Recorded(record);
  }

  /**
   * Returns the record, if the proposal was received.
   *
   * @return the record, or empty before the proposal is received
   */
  Optional<ProposalRecord> recordIfAny();

  /** No proposal received yet: the initial state. */
  record NotReceived() implements ProposalCase {
    private static final NotReceived INSTANCE = new NotReceived();

    @Override
    public Optional<ProposalRecord> recordIfAny() {
      return Optional.empty();
    }
  }

  /**
   * The proposal was received; this is its record.
   *
   * @param record the record
   */
  record Recorded(ProposalRecord record) implements ProposalCase {
    /** Checks the record is present. */
    public Recorded {
      requireNonNull(record, "record");
    }

    @Override
    public Optional<ProposalRecord> recordIfAny() {
      return Optional.of(record);
    }
  }
}
