package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of a fund's audit trail (审计记录): who did what to which request, when, for how much.
 *
 * @param at when it happened
 * @param actor who did it
 * @param action what they did
 * @param request the request acted on
 * @param amount the request's amount
 * @param entry the ledger entry booked, for {@link AuditAction#PAID}
 * @param note the decline's reason, or empty
 */
public record AuditRecord(Instant at, PersonId actor, AuditAction action, RequestId request, Money amount,
    Optional<EntryId> entry, Optional<String> note) {

  /** Checks the parts are present. */
  public AuditRecord {
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    requireNonNull(action, "action");
    requireNonNull(request, "request");
    requireNonNull(amount, "amount");
    requireNonNull(entry, "entry");
    requireNonNull(note, "note");
  }
}
