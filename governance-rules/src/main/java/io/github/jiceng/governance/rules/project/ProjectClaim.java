package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;

/**
 * The channel decision of one project (项目承接): which claimant took the whole project, through
 * which channel and resource, at what price to the community, and when. A co-building unit claims
 * it at its own cost (认领), the community buys it from a social organization (购买), or undertakes
 * it itself (承接).
 *
 * @param project the project
 * @param channel the channel it was taken through, the resource's
 * @param claimant the organization that took it, the resource's claimant
 * @param resource the resource it was taken through
 * @param price what the community pays for it: the resource's price per service times the
 *     project's demands; zero for a claim at the unit's own cost; not negative
 * @param at when it was taken
 */
public record ProjectClaim(ProjectId project, Channel channel, OrganizationId claimant, ResourceId resource,
    Money price, Instant at) {

  /**
   * Checks the parts are present and the price is not negative.
   *
   * @throws DomainValidationException if the price is negative
   */
  public ProjectClaim {
    requireNonNull(project, "project");
    requireNonNull(channel, "channel");
    requireNonNull(claimant, "claimant");
    requireNonNull(resource, "resource");
    requireNonNull(price, "price");
    requireNonNull(at, "at");
    if (price.isNegative()) {
      throw new DomainValidationException(new Violation("ProjectClaim[" + project + "]", "price", "not-negative",
          "a price is not negative, was " + price).with("value", price));
    }
  }
}
