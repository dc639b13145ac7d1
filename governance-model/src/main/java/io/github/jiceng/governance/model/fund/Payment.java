package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.time.Instant;

/**
 * The payment of an approved request (支付): the ledger entry that booked it, who paid and when.
 *
 * @param entry the id of the {@link Disbursement} entry
 * @param by who paid; never the requester
 * @param at when the money went out
 */
public record Payment(EntryId entry, PersonId by, Instant at) {

  /** Checks the parts are present. */
  public Payment {
    requireNonNull(entry, "entry");
    requireNonNull(by, "by");
    requireNonNull(at, "at");
  }
}
