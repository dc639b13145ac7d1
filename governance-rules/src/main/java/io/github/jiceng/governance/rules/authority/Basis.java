package io.github.jiceng.governance.rules.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.HolderSlot;
import io.github.jiceng.governance.model.post.PostId;

/** What an allowed action rests on: a post the actor acts on, a role, or an organization's kind. */
public sealed interface Basis {

  /** Returns the root of the grid subtree the basis covers. */
  GridId scope();

  /**
   * The actor is the acting holder of a post whose scope contains the target.
   *
   * @param post the post
   * @param slot the slot the actor holds; {@code B} means A is away or unassigned
   * @param scope the post's scope
   */
  record ViaPost(PostId post, HolderSlot slot, GridId scope) implements Basis {

    /** Validates the basis. */
    public ViaPost {
      requireNonNull(post, "post");
      requireNonNull(slot, "slot");
      requireNonNull(scope, "scope");
    }
  }

  /**
   * The actor has a role bound to a grid whose subtree contains the target.
   *
   * @param role the role's kind
   * @param scope the grid the role binds the actor to
   */
  record ViaRole(RoleKind role, GridId scope) implements Basis {

    /** Validates the basis. */
    public ViaRole {
      requireNonNull(role, "role");
      requireNonNull(scope, "scope");
    }
  }

  /**
   * The actor is an organization bound to a grid whose subtree contains the target.
   *
   * @param kind the organization's kind
   * @param scope the grid the organization is bound to
   */
  record ViaOrganization(OrganizationKind kind, GridId scope) implements Basis {

    /** Validates the basis. */
    public ViaOrganization {
      requireNonNull(kind, "kind");
      requireNonNull(scope, "scope");
    }
  }
}
