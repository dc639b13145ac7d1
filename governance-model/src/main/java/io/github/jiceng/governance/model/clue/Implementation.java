package io.github.jiceng.governance.model.clue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.Instant;
import java.util.Optional;

/**
 * The decision how to solve a clue (确定实施方式): the mode, the project that carries it out and,
 * for a unit's claim, the claiming unit.
 *
 * @param mode the implementation mode
 * @param project the project; unique among a register's clues
 * @param claimant the claiming co-building unit, present exactly for {@link ImplementationMode#CO_BUILDING_CLAIM}
 * @param decidedAt when it was decided
 */
public record Implementation(ImplementationMode mode, ProjectId project, Optional<OrganizationId> claimant, Instant decidedAt) {

  /** Validates the decision. */
  public Implementation {
    requireNonNull(mode, "mode");
    requireNonNull(project, "project");
    requireNonNull(claimant, "claimant");
    requireNonNull(decidedAt, "decidedAt");
    if ((mode == ImplementationMode.CO_BUILDING_CLAIM) != claimant.isPresent()) {
      throw new DomainValidationException("Implementation[" + project + "]", "claimant", "claimant-iff-claim",
          "a claimant is named exactly when a co-building unit claims the project, mode was " + mode);
    }
  }

  /** Returns a decision to finance the project from the co-building fund. */
  public static Implementation fundDirected(ProjectId project, Instant decidedAt) {
    return new Implementation(ImplementationMode.FUND_DIRECTED_PROJECT, project, Optional.empty(), decidedAt);
  }

  /** Returns a decision that the unit claims the project. */
  public static Implementation claimedBy(OrganizationId unit, ProjectId project, Instant decidedAt) {
    return new Implementation(ImplementationMode.CO_BUILDING_CLAIM, project,
        Optional.of(requireNonNull(unit, "unit")), decidedAt);
  }

  /** Returns a decision to pass the project to the service chain. */
  public static Implementation serviceChain(ProjectId project, Instant decidedAt) {
    return new Implementation(ImplementationMode.SERVICE_CHAIN, project, Optional.empty(), decidedAt);
  }
}
