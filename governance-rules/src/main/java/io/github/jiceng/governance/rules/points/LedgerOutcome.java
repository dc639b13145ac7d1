package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.points.LedgerEntry;

/**
 * What became of one operation on a {@link PointsLedger}: booked, already there, or refused with
 * a reason. Expected business outcomes are values, never exceptions.
 */
public sealed interface LedgerOutcome {

  /** Returns whether the ledger holds the entry after the operation (booked now or before). */
  default boolean isBooked() {
    return !(this instanceof Rejected);
  }

  /**
   * The entry was booked.
   *
   * @param entry the new entry
   */
  record Appended(LedgerEntry entry) implements LedgerOutcome {
    /** Validates the outcome. */
    public Appended {
      requireNonNull(entry, "entry");
    }
  }

  /**
   * The same entry was already booked; nothing changed (idempotency).
   *
   * @param existing the entry booked earlier under the id
   */
  record Duplicate(LedgerEntry existing) implements LedgerOutcome {
    /** Validates the outcome. */
    public Duplicate {
      requireNonNull(existing, "existing");
    }
  }

  /**
   * Nothing was booked.
   *
   * @param reason why
   * @param detail the numbers behind the reason, such as {@code "balance 30 pt, price 50 pt"}
   */
  record Rejected(RejectionReason reason, String detail) implements LedgerOutcome {
    /** Validates the outcome. */
    public Rejected {
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }
  }
}
