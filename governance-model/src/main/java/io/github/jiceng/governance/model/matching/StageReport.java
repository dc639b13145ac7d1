package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;

/**
 * What one channel's stage did.
 *
 * @param channel the channel
 * @param candidates demands that reached the stage unmatched with an eligible resource in it
 * @param cap the most the channel could take under its share
 * @param matched demands it took
 * @param score their total score
 * @param spent what it took from the purchase budget
 * @param optimality what its total is proven to be
 */
public record StageReport(Channel channel, int candidates, int cap, int matched, long score, Money spent,
    Optimality optimality) {

  /** Checks that nothing is null. */
  public StageReport {
    requireNonNull(channel, "channel");
    requireNonNull(spent, "spent");
    requireNonNull(optimality, "optimality");
  }
}
