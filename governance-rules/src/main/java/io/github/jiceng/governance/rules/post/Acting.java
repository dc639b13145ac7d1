package io.github.jiceng.governance.rules.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.post.HolderSlot;

/**
 * Who acts on a post at an instant: exactly one holder, or no one with a reason.
 */
public sealed interface Acting {

  /**
   * One holder acts.
   *
   * @param person the acting holder
   * @param slot the slot they hold; {@code B} means A is away or unassigned
   */
  record Holder(PersonId person, HolderSlot slot) implements Acting {

    /** Validates the outcome. */
    public Holder {
      requireNonNull(person, "person");
      requireNonNull(slot, "slot");
    }
  }

  /**
   * No one acts.
   *
   * @param reason why
   */
  record Vacant(VacancyReason reason) implements Acting {

    /** Validates the outcome. */
    public Vacant {
      requireNonNull(reason, "reason");
    }
  }
}
