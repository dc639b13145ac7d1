package io.github.jiceng.governance.model.fund;

import io.github.jiceng.governance.model.actor.ActorId;

/** Who may receive money of a category (受助对象类别). */
public enum RecipientKind {
  /** A person only, such as the recipient of an award. */
  PERSON,
  /** An organization only, such as a contractor of a project. */
  ORGANIZATION,
  /** Either. */
  ANY;

  /** Returns whether the actor is of this kind. */
  public boolean admits(ActorId actor) {
    return this == ANY || (this == ORGANIZATION) == actor.isOrganization();
  }
}
