package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.actor.ActorId;

/** Who may earn under a rule: people (个人), units (单位), or both. */
public enum EarnerType {
  /** A person: a resident, party member or volunteer. */
  PERSON,
  /** An organization: a co-building unit, social organization, merchant or team. */
  ORGANIZATION;

  /** Returns the earner type of the actor. */
  public static EarnerType of(ActorId actor) {
    return actor.isOrganization() ? ORGANIZATION : PERSON;
  }
}
