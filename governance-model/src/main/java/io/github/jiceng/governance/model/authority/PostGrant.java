package io.github.jiceng.governance.model.authority;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.post.PostKind;
import java.util.Set;

/**
 * The actions the acting holder of a post of one kind may take within the post's scope.
 *
 * @param kind the post kind
 * @param actions the actions granted
 */
public record PostGrant(PostKind kind, Set<Action> actions) {

  /** Validates the grant and keeps the actions in declaration order. */
  public PostGrant {
    requireNonNull(kind, "kind");
    actions = Grants.copy(actions);
  }
}
