package io.github.jiceng.governance.model.fund;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.time.Instant;

/**
 * One approver's approval of a disbursement request (审批): who approved and when.
 *
 * @param approver the approving person; never the requester
 * @param at when they approved
 */
public record Approval(PersonId approver, Instant at) {

  /** Checks the parts are present. */
  public Approval {
    requireNonNull(approver, "approver");
    requireNonNull(at, "at");
  }
}
