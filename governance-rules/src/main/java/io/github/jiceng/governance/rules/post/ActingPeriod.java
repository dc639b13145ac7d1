package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.time.Interval;

/**
 * A maximal period in which the same holder acts on a post (or it is vacant for the same reason).
 *
 * @param period when, half-open
 * @param acting who acts throughout
 */
public record ActingPeriod(Interval period, Acting acting) {

  /** Validates the period. */
  public ActingPeriod {
    requireNonNull(period, "period");
    requireNonNull(acting, "acting");
  }
}
