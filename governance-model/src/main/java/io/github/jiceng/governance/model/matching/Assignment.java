package io.github.jiceng.governance.model.matching;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ResourceId;

/**
 * One demand matched to one resource, with the channel, what it costs the purchase budget and why
 * it scores what it scores.
 *
 * @param demand the demand
 * @param resource the resource
 * @param claimant the organization offering the resource
 * @param channel the resource's channel
 * @param cost what it takes from the purchase budget; zero outside {@link Channel#PURCHASE}
 * @param score the pair's score and its breakdown
 */
public record Assignment(DemandId demand, ResourceId resource, OrganizationId claimant, Channel channel, Money cost,
    ScoreBreakdown score) {

  /** Checks that nothing is null. */
  public Assignment {
    requireNonNull(demand, "demand");
    requireNonNull(resource, "resource");
    requireNonNull(claimant, "claimant");
    requireNonNull(channel, "channel");
    requireNonNull(cost, "cost");
    requireNonNull(score, "score");
  }
}
