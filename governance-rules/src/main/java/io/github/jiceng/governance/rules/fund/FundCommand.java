package io.github.jiceng.governance.rules.fund;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.List;

/**
 * What a fund is asked to do (基金指令): one record per step of the books, decided by {@link
 * FundRules}. A command checks its own shape (nulls, an empty batch, a decline's reason); whether
 * the fund allows it is decided against the book. Instants outside {@code TimeLimits} are accepted
 * here and refused by the decision as {@link FundRefusal#OUT_OF_RANGE}.
 */
public sealed interface FundCommand {

  /**
   * Record a donation in the ledger.
   *
   * @param donation the donation
   */
  record Donate(Donation donation) implements FundCommand {
    /** Checks the donation is present. */
    public Donate {
      requireNonNull(donation, "donation");
    }
  }

  /**
   * Record a pledge (认领): a donor promises an amount, to be paid later by donations that name
   * the pledge. A pledge is no money: no balance counts it.
   *
   * @param pledge the pledge
   */
  record Pledge(io.github.jiceng.governance.model.fund.Pledge pledge) implements FundCommand {
    /** Checks the pledge is present. */
    public Pledge {
      requireNonNull(pledge, "pledge");
    }
  }

  /**
   * Record a stored entry: a donation, or a disbursement with its request, approvals and payer,
   * checked against the policy once more.
   *
   * @param entry the entry
   */
  record Record(LedgerEntry entry) implements FundCommand {
    /** Checks the entry is present. */
    public Record {
      requireNonNull(entry, "entry");
    }
  }

  /**
   * Record stored entries in booking order, all or nothing: one refused entry refuses the batch.
   *
   * @param entries the entries, at least one
   */
  record RecordAll(List<LedgerEntry> entries) implements FundCommand {
    /**
     * Copies the entries and checks there is at least one.
     *
     * @throws DomainValidationException (rule {@code entries-present}) if there are none
     */
    public RecordAll {
      entries = ImmutableList.copyOf(DomainChecks.noNullElements(entries, "entries"));
      if (entries.isEmpty()) {
        throw new DomainValidationException("FundCommand.RecordAll", "entries", "entries-present", "no entries to record");
      }
    }
  }

  /**
   * Open a case for a disbursement request.
   *
   * @param request the request
   */
  record Request(DisbursementRequest request) implements FundCommand {
    /** Checks the request is present. */
    public Request {
      requireNonNull(request, "request");
    }
  }

  /**
   * Approve a pending request.
   *
   * @param id the request
   * @param approver one of the policy's approvers, not the requester, not already an approver of it
   * @param at when; not before the request or its last approval
   */
  record Approve(RequestId id, PersonId approver, Instant at) implements FundCommand {
    /** Checks the parts are present. */
    public Approve {
      requireNonNull(id, "id");
      requireNonNull(approver, "approver");
      requireNonNull(at, "at");
    }
  }

  /**
   * Decline a pending request, closing its case.
   *
   * @param id the request
   * @param approver one of the policy's approvers, not the requester
   * @param at when; not before the request or its last approval
   * @param reason why, in a sentence of 1-200 characters; no personal data
   */
  record Decline(RequestId id, PersonId approver, Instant at, String reason) implements FundCommand {
    /**
     * Checks the parts are present and the reason is a sentence a decline can keep.
     *
     * @throws DomainValidationException if the reason is blank, too long or holds control characters
     */
    public Decline {
      requireNonNull(id, "id");
      requireNonNull(approver, "approver");
      requireNonNull(at, "at");
      requireNonNull(reason, "reason");
      new io.github.jiceng.governance.model.fund.Decline(approver, at, reason); // the model's checks of the reason
    }
  }

  /**
   * Pay an approved request and book it as a disbursement.
   *
   * @param id the request
   * @param entry the id of the ledger entry to book
   * @param payer who pays; not the requester
   * @param at when; not before the last approval or the ledger's last entry
   */
  record Pay(RequestId id, EntryId entry, PersonId payer, Instant at) implements FundCommand {
    /** Checks the parts are present. */
    public Pay {
      requireNonNull(id, "id");
      requireNonNull(entry, "entry");
      requireNonNull(payer, "payer");
      requireNonNull(at, "at");
    }
  }
}
