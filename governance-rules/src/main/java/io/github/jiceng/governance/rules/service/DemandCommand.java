package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandEvent;

/**
 * A transition proposed to one demand's stream (需求流转指令), decided by {@link DemandRules}. The
 * proposed transition is the {@link DemandEvent} itself: applied, it is appended as it is.
 */
public sealed interface DemandCommand permits DemandCommand.Submit, DemandCommand.Apply {

  /** Returns the proposed event. */
  DemandEvent event();

  /**
   * Starts a demand's stream with its {@link io.github.jiceng.governance.model.service.Transition#SUBMIT}
   * event (点单).
   *
   * @param event the submit event
   */
  record Submit(DemandEvent event) implements DemandCommand {
    /** Checks the event is present. */
    public Submit {
      requireNonNull(event, "event");
    }
  }

  /**
   * Applies a later transition to a submitted demand.
   *
   * @param event the event
   */
  record Apply(DemandEvent event) implements DemandCommand {
    /** Checks the event is present. */
    public Apply {
      requireNonNull(event, "event");
    }
  }
}
