package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandStatus;

/** What became of one proposed transition: applied, with the new status, or refused, with the reason. */
public sealed interface TransitionResult {

  /** Returns the event that was proposed. */
  DemandEvent event();

  /**
   * The transition was applied.
   *
   * @param event the event, now part of the demand's record
   * @param status the status after it
   */
  record Applied(DemandEvent event, DemandStatus status) implements TransitionResult {
    /** Checks that nothing is null. */
    public Applied {
      requireNonNull(event, "event");
      requireNonNull(status, "status");
    }
  }

  /**
   * The transition was refused and nothing changed.
   *
   * @param event the event that was refused
   * @param reason why
   * @param detail the reason in a sentence a community secretary can read
   */
  record Refused(DemandEvent event, RefusalReason reason, String detail) implements TransitionResult {
    /** Checks that nothing is null. */
    public Refused {
      requireNonNull(event, "event");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }
  }
}
