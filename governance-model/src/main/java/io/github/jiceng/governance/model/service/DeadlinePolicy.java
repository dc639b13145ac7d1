package io.github.jiceng.governance.model.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.service.DemandState;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How long a demand may stay in each state before it is overdue (办理时限): data, so that a district
 * sets its own. A state without a limit is never overdue.
 *
 * @param limits the longest stay per state; positive durations
 */
public record DeadlinePolicy(Map<DemandState, Duration> limits) {

  /** Checks the limits and copies them. */
  public DeadlinePolicy {
    requireNonNull(limits, "limits");
    EnumMap<DemandState, Duration> copy = new EnumMap<>(DemandState.class);
    for (Map.Entry<DemandState, Duration> e : limits.entrySet()) {
      DemandState state = requireNonNull(e.getKey(), "limits contains a null state");
      DomainChecks.positive("DeadlinePolicy", "limits[" + state + "]", requireNonNull(e.getValue(), "limits contains a null limit"));
      if (state.isFinal()) {
        throw new DomainValidationException("DeadlinePolicy", "limits[" + state + "]", "not-final",
            "a final state has no limit: " + state);
      }
      copy.put(state, e.getValue());
    }
    limits = Collections.unmodifiableMap(copy);
  }

  /**
   * The shipped default: review within 3 days, group within 7, dispatch within 3, claim within 3,
   * start within 3, serve within 14, evaluate within 7, close or reopen within 3.
   */
  public static DeadlinePolicy standard() {
    Map<DemandState, Duration> m = new EnumMap<>(DemandState.class);
    m.put(DemandState.SUBMITTED, Duration.ofDays(3));
    m.put(DemandState.ACCEPTED, Duration.ofDays(7));
    m.put(DemandState.GROUPED, Duration.ofDays(3));
    m.put(DemandState.DISPATCHED, Duration.ofDays(3));
    m.put(DemandState.CLAIMED, Duration.ofDays(3));
    m.put(DemandState.IN_SERVICE, Duration.ofDays(14));
    m.put(DemandState.DELIVERED, Duration.ofDays(7));
    m.put(DemandState.EVALUATED, Duration.ofDays(3));
    return new DeadlinePolicy(m);
  }

  /** Returns the limit for the state, if it has one. */
  public Optional<Duration> limit(DemandState state) {
    java.util.Objects.requireNonNull(state, "state");
    return Optional.ofNullable(limits.get(state));
  }
}
