package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.util.Optional;

/**
 * The state of one demand's stream (需求流转状态), the state of {@link DemandRules}: nothing
 * submitted yet, or where the demand stands with the event that put it there (kept so that the
 * same event delivered again is recognised). Immutable, with value equality.
 */
public sealed interface DemandCase permits DemandCase.NotSubmitted, DemandCase.Recorded {

  /**
   * Returns the state of a stream before its demand is submitted.
   *
   * @return the empty state
   */
  static DemandCase none() {
    return NotSubmitted.INSTANCE;
  }

  /**
   * Returns the status, if the demand was submitted.
   *
   * @return the status, or empty before the submit event
   */
  Optional<DemandStatus> statusIfAny();

  /** Nothing submitted yet: the initial state. */
  record NotSubmitted() implements DemandCase {
    private static final NotSubmitted INSTANCE = new NotSubmitted();

    @Override
    public Optional<DemandStatus> statusIfAny() {
      return Optional.empty();
    }
  }

  /**
   * The demand was submitted: where it stands, and its last event.
   *
   * @param status where it stands
   * @param last the event that put it there
   */
  record Recorded(DemandStatus status, DemandEvent last) implements DemandCase {
    /** Checks the parts are present and about the same demand. */
    public Recorded {
      requireNonNull(status, "status");
      requireNonNull(last, "last");
      if (!last.demand().equals(status.demand())) {
        throw new DomainValidationException("DemandCase.Recorded", "last", "same-demand",
            "the last event is about demand " + last.demand() + ", the status about " + status.demand());
      }
    }

    @Override
    public Optional<DemandStatus> statusIfAny() {
      return Optional.of(status);
    }

    /** Returns the status and the last event's transition and instant; never its free-text reason. */
    @Override
    public String toString() {
      return "Recorded[" + status + ", last=" + last.transition() + " at " + last.at() + "]";
    }
  }
}
