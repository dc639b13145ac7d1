package io.github.jiceng.governance.model.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where one demand stands, as its events left it: the state, since when, and what the lifecycle
 * has named so far (project, channel, current claimant, last service, last outcome and rating).
 *
 * @param demand the demand
 * @param state its state
 * @param since when it entered the state
 * @param project the project it was grouped into, if any
 * @param channel the channel it is dispatched to, if it is (cleared when a reopening or a release
 *     sends it back to the community to dispatch again)
 * @param claimant the claimant holding it now, if any
 * @param service the last delivery, if any
 * @param outcome the last outcome, if any
 * @param rating the last rating, if any
 * @param reopened how many times it was reopened after a poor rating
 * @param events how many events built this status
 */
public record DemandStatus(DemandId demand, DemandState state, Instant since, Optional<ProjectId> project,
    Optional<Channel> channel, Optional<OrganizationId> claimant, Optional<ServiceId> service,
    Optional<OutcomeId> outcome, OptionalInt rating, int reopened, int events) {

  /** Checks that nothing is null and the counts are not negative. */
  public DemandStatus {
    requireNonNull(demand, "demand");
    requireNonNull(state, "state");
    requireNonNull(since, "since");
    requireNonNull(project, "project");
    requireNonNull(channel, "channel");
    requireNonNull(claimant, "claimant");
    requireNonNull(service, "service");
    requireNonNull(outcome, "outcome");
    requireNonNull(rating, "rating");
    if (reopened < 0 || events < 0) {
      throw new DomainValidationException(new Violation("DemandStatus", reopened < 0 ? "reopened" : "events", "not-negative",
          "counts are not negative: " + reopened + ", " + events).with("value", reopened < 0 ? reopened : events));
    }
  }
}
