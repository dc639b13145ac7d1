package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.time.Instant;

/**
 * An approver's refusal of a disbursement request (不予批准), with the reason they gave.
 *
 * @param by the approver who declined
 * @param at when they declined
 * @param reason why, in a sentence; no personal data; 1-200 characters
 */
public record Decline(PersonId by, Instant at, String reason) {

  /** Checks the parts are present and the reason is 1-200 characters. */
  public Decline {
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    requireNonNull(reason, "reason");
    Checks.text("Decline[" + by + "]", "reason", reason, 200);
  }
}
