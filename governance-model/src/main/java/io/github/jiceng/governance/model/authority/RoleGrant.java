package io.github.jiceng.governance.model.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.RoleKind;
import java.util.Set;

/**
 * The actions a person with a role of one kind may take at the grids the role binds them to.
 *
 * @param kind the role kind
 * @param actions the actions granted
 */
public record RoleGrant(RoleKind kind, Set<Action> actions) {

  /** Validates the grant and keeps the actions in declaration order. */
  public RoleGrant {
    requireNonNull(kind, "kind");
    actions = Grants.copy(actions);
  }
}
