package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.Decline;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.Pledge;
import io.github.jiceng.governance.model.fund.RequestId;

/**
 * What happened to a fund (基金事件): the facts its book is a fold of. Money moves only in {@link
 * Booked} entries, the ledger's own {@link LedgerEntry} values; the maker-checker steps that move
 * no money are events of their own, and so are pledges ({@link Pledged}), which are promises, not
 * money. The policy is not repeated in the events: the {@link
 * FundRules} that folds them holds it.
 */
public sealed interface FundEvent {

  /**
   * An entry was booked in the ledger: a donation, or a disbursement that pays a request (and
   * closes its case as paid, opening it first if the book did not know it, as for a stored entry).
   *
   * @param entry the entry
   */
  record Booked(LedgerEntry entry) implements FundEvent {
    /** Checks the entry is present. */
    public Booked {
      requireNonNull(entry, "entry");
    }
  }

  /**
   * A pledge was recorded: the donor promised its amount. The book keeps what donations naming it
   * have paid; no balance counts the pledge itself.
   *
   * @param pledge the pledge
   */
  record Pledged(Pledge pledge) implements FundEvent {
    /** Checks the pledge is present. */
    public Pledged {
      requireNonNull(pledge, "pledge");
    }
  }

  /**
   * A request was accepted for approval: its case is open and pending.
   *
   * @param request the request
   */
  record Requested(DisbursementRequest request) implements FundEvent {
    /** Checks the request is present. */
    public Requested {
      requireNonNull(request, "request");
    }
  }

  /**
   * An approver approved a pending request; the case is approved once it has as many distinct
   * approvals as the policy's tier for its amount needs ({@link FundBook#approvalsRemaining}).
   *
   * @param id the request
   * @param approval who approved, and when
   */
  record Approved(RequestId id, Approval approval) implements FundEvent {
    /** Checks the parts are present. */
    public Approved {
      requireNonNull(id, "id");
      requireNonNull(approval, "approval");
    }
  }

  /**
   * An approver declined a pending request: its case is closed.
   *
   * @param id the request
   * @param decline who declined, when and why
   */
  record Declined(RequestId id, Decline decline) implements FundEvent {
    /** Checks the parts are present. */
    public Declined {
      requireNonNull(id, "id");
      requireNonNull(decline, "decline");
    }
  }
}
