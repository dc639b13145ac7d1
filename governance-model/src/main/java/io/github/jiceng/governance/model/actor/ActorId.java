package io.github.jiceng.governance.model.actor;

/**
 * Who acts, earns or pays (行为主体): a person or an organization.
 *
 * <p>Points accounts, check-ins, approvals and ledger entries name their actor by this id, so a
 * unit earns red-star points the same way a person does. Persons order before organizations, then
 * by id text, so any list of actors has one deterministic order.
 */
public sealed interface ActorId extends Comparable<ActorId> permits PersonId, OrganizationId {

  /** Returns the identifier text. */
  String value();

  /** Returns whether this actor is an organization rather than a person. */
  default boolean isOrganization() {
    return this instanceof OrganizationId;
  }

  /** Orders persons before organizations, then by id text. */
  @Override
  default int compareTo(ActorId o) {
    int kind = Boolean.compare(isOrganization(), o.isOrganization());
    return kind != 0 ? kind : value().compareTo(o.value());
  }
}
