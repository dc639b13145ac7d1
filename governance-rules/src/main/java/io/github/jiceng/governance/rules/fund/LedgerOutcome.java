package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.LedgerEntry;

/**
 * What appending an entry to a {@link Ledger} did: appended it, found it already recorded (a
 * no-op), or refused it. Each outcome carries the ledger after the step; it is the same ledger
 * unless the entry was appended.
 */
public sealed interface LedgerOutcome permits LedgerOutcome.Appended, LedgerOutcome.Replayed, LedgerOutcome.Rejected {

  /** Returns the ledger after the step. */
  Ledger ledger();

  /**
   * The entry was appended.
   *
   * @param ledger the ledger with the entry
   * @param entry the entry
   */
  record Appended(Ledger ledger, LedgerEntry entry) implements LedgerOutcome {

    /** Checks the parts are present. */
    public Appended {
      requireNonNull(ledger, "ledger");
      requireNonNull(entry, "entry");
    }
  }

  /**
   * The same entry (same id, same content) was already recorded: nothing changed.
   *
   * @param ledger the unchanged ledger
   * @param entry the entry as recorded
   */
  record Replayed(Ledger ledger, LedgerEntry entry) implements LedgerOutcome {

    /** Checks the parts are present. */
    public Replayed {
      requireNonNull(ledger, "ledger");
      requireNonNull(entry, "entry");
    }
  }

  /**
   * The entry was refused: nothing changed.
   *
   * @param ledger the unchanged ledger
   * @param rejection why
   */
  record Rejected(Ledger ledger, Rejection rejection) implements LedgerOutcome {

    /** Checks the parts are present. */
    public Rejected {
      requireNonNull(ledger, "ledger");
      requireNonNull(rejection, "rejection");
    }
  }
}
