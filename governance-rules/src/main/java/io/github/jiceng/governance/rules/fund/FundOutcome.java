package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.DisbursementCase;
import io.github.jiceng.governance.model.fund.LedgerEntry;

/**
 * What one step of a {@link FundBook} did. Every outcome carries the book after the step; the
 * book is unchanged for {@link Replayed} and {@link Rejected}.
 */
public sealed interface FundOutcome
    permits FundOutcome.Recorded, FundOutcome.Requested, FundOutcome.Approved, FundOutcome.AwaitingApproval,
        FundOutcome.Declined, FundOutcome.Paid, FundOutcome.Replayed, FundOutcome.Rejected {

  /** Returns the book after the step. */
  FundBook book();

  /**
   * A stored or new entry was recorded in the ledger: a donation, or a disbursement replayed from
   * storage.
   *
   * @param book the book with the entry
   * @param entry the entry
   */
  record Recorded(FundBook book, LedgerEntry entry) implements FundOutcome {

    /** Checks the parts are present. */
    public Recorded {
      requireNonNull(book, "book");
      requireNonNull(entry, "entry");
    }
  }

  /**
   * A request was accepted for approval.
   *
   * @param book the book with the new case
   * @param disbursementCase the pending case
   */
  record Requested(FundBook book, DisbursementCase disbursementCase) implements FundOutcome {

    /** Checks the parts are present. */
    public Requested {
      requireNonNull(book, "book");
      requireNonNull(disbursementCase, "disbursementCase");
    }
  }

  /**
   * An approval completed the approvals the request needs: it may be paid.
   *
   * @param book the book with the approved case
   * @param disbursementCase the approved case
   */
  record Approved(FundBook book, DisbursementCase disbursementCase) implements FundOutcome {

    /** Checks the parts are present. */
    public Approved {
      requireNonNull(book, "book");
      requireNonNull(disbursementCase, "disbursementCase");
    }
  }

  /**
   * An approval was recorded, but the request needs more.
   *
   * @param book the book with the approval
   * @param disbursementCase the pending case
   * @param remaining how many more distinct approvers are needed; positive
   */
  record AwaitingApproval(FundBook book, DisbursementCase disbursementCase, int remaining) implements FundOutcome {

    /** Checks the parts are present. */
    public AwaitingApproval {
      requireNonNull(book, "book");
      requireNonNull(disbursementCase, "disbursementCase");
    }
  }

  /**
   * An approver declined the request.
   *
   * @param book the book with the declined case
   * @param disbursementCase the declined case
   */
  record Declined(FundBook book, DisbursementCase disbursementCase) implements FundOutcome {

    /** Checks the parts are present. */
    public Declined {
      requireNonNull(book, "book");
      requireNonNull(disbursementCase, "disbursementCase");
    }
  }

  /**
   * An approved request was paid and booked.
   *
   * @param book the book with the entry and the paid case
   * @param disbursementCase the paid case
   * @param entry the ledger entry booked
   */
  record Paid(FundBook book, DisbursementCase disbursementCase, Disbursement entry) implements FundOutcome {

    /** Checks the parts are present. */
    public Paid {
      requireNonNull(book, "book");
      requireNonNull(disbursementCase, "disbursementCase");
      requireNonNull(entry, "entry");
    }
  }

  /**
   * The same step was already taken (the same entry, request or payment again): nothing changed.
   *
   * @param book the unchanged book
   * @param detail what was found already recorded
   */
  record Replayed(FundBook book, String detail) implements FundOutcome {

    /** Checks the parts are present. */
    public Replayed {
      requireNonNull(book, "book");
      requireNonNull(detail, "detail");
    }
  }

  /**
   * The step was refused: nothing changed.
   *
   * @param book the unchanged book
   * @param rejection why
   */
  record Rejected(FundBook book, Rejection rejection) implements FundOutcome {

    /** Checks the parts are present. */
    public Rejected {
      requireNonNull(book, "book");
      requireNonNull(rejection, "rejection");
    }
  }
}
