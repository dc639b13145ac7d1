package io.github.jiceng.governance.model.proposal;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * How fast proposals must be handled (办理时限), as data: the time a proposal may stay in each
 * state, how long each further level of escalation waits, how long a resident has to rate an
 * answer, and how often a dissatisfied resident may have a proposal reopened.
 *
 * <p>When a proposal has been in a state with a deadline for longer than the deadline allows, it
 * is escalated one level up the grid hierarchy; after each further escalation interval without a
 * move, one more level, up to the root (逐级上报). States without a deadline never escalate.
 *
 * <pre>{@code
 * HandlingPolicy p = HandlingPolicy.builder()
 *     .label("xuejiawan@2023")
 *     .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
 *     .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(15))
 *     .escalationInterval(Duration.ofDays(3))
 *     .feedbackWindow(Duration.ofDays(7))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class HandlingPolicy {

  HandlingPolicy() {}

  /** Returns a builder; {@code label}, {@code escalationInterval} and {@code feedbackWindow} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an illustrative default (the article gives no times): one day to accept, two to
   * assign, three to start, fifteen to answer; three more days per level of escalation; seven days
   * to rate; one reopening.
   */
  public static HandlingPolicy streetDefault() {
    return builder().label("street-default")
        .putDeadline(ProposalState.RECEIVED, Duration.ofDays(1))
        .putDeadline(ProposalState.ACCEPTED, Duration.ofDays(2))
        .putDeadline(ProposalState.ASSIGNED, Duration.ofDays(3))
        .putDeadline(ProposalState.IN_PROGRESS, Duration.ofDays(15))
        .escalationInterval(Duration.ofDays(3))
        .feedbackWindow(Duration.ofDays(7))
        .build();
  }

  /** Returns the label of this version of the policy. */
  public abstract String label();

  /** Returns the time a proposal may stay in each state that has a deadline, by state. */
  @Value.NaturalOrder
  public abstract SortedMap<ProposalState, Duration> deadlines();

  /** Returns how long each further level of escalation waits after the first. */
  public abstract Duration escalationInterval();

  /** Returns how long a resident has to rate an answer before the proposal may be closed unrated. */
  public abstract Duration feedbackWindow();

  /** Returns how often a dissatisfied resident may have the proposal reopened; 1 unless set. */
  @Value.Default
  public int maxReopens() {
    return 1;
  }

  /** Returns the time a proposal may stay in the state, or empty if the state has no deadline. */
  public final Optional<Duration> deadline(ProposalState state) {
    java.util.Objects.requireNonNull(state, "state");
    return Optional.ofNullable(deadlines().get(state));
  }

  @Value.Check
  final void check() {
    String subject = "HandlingPolicy[" + label() + "]";
    if (label().isBlank() || label().length() > 64) {
      throw new DomainValidationException(new Violation(subject, "label", "label-length",
          "a label is 1-64 characters and not blank")
          .with("max", 64).with("length", label().length()));
    }
    for (Map.Entry<ProposalState, Duration> e : deadlines().entrySet()) {
      if (e.getKey().isFinal() || e.getKey() == ProposalState.ANSWERED) {
        throw new DomainValidationException(subject, "deadlines", "deadline-for-open-state",
            "deadlines are set for states someone must act in, not " + e.getKey());
      }
      positive(subject, "deadlines", e.getValue());
    }
    positive(subject, "escalationInterval", escalationInterval());
    positive(subject, "feedbackWindow", feedbackWindow());
    if (maxReopens() < 0) {
      throw new DomainValidationException(subject, "maxReopens", "reopens-not-negative", "was " + maxReopens());
    }
  }

  private static void positive(String subject, String field, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new DomainValidationException(subject, field, field + "-positive", "a duration is positive, was " + d);
    }
  }

  /** The builder of {@link HandlingPolicy}; each attribute may be set once. */
  public static final class Builder extends ImmutableHandlingPolicy.Builder {
    Builder() {}
  }
}
