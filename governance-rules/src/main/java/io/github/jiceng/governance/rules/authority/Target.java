package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.authority.Action;
import io.github.jiceng.governance.model.grid.GridId;

/**
 * Where and what an actor wants to act: an action at a grid node. Callers supply the grid of the
 * thing acted on: the grid of a demand, of a ledger, of a proposal.
 *
 * @param grid the grid node acted at
 * @param action the action
 */
public record Target(GridId grid, Action action) {

  /** Validates the target. */
  public Target {
    requireNonNull(grid, "grid");
    requireNonNull(action, "action");
  }

  /** Returns the target; same as the constructor. */
  public static Target of(GridId grid, Action action) {
    return new Target(grid, action);
  }
}
