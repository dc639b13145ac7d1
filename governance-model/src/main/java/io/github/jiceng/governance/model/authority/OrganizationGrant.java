package io.github.jiceng.governance.model.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import java.util.Set;

/**
 * The actions an organization of one kind may take at the grids it is bound to.
 *
 * @param kind the organization kind
 * @param actions the actions granted
 */
public record OrganizationGrant(OrganizationKind kind, Set<Action> actions) {

  /** Validates the grant and keeps the actions in declaration order. */
  public OrganizationGrant {
    requireNonNull(kind, "kind");
    actions = Grants.copy(actions);
  }
}
