package io.github.jiceng.governance.model.post;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationKind;
import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Excerpts;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every grid node of one level must have: a grid head, and a grid squad (网格小分队) whose
 * persons together have the listed roles and which includes organizations of the listed kinds.
 *
 * <p>{@code within} narrows the requirement to nodes with an ancestor of that level, so that one
 * county hierarchy can require building heads in the grids of communities but not in those of
 * villages.
 *
 * @param level the level key of the grid nodes the requirement applies to, such as {@code "GRID"}
 * @param within the level key of an ancestor the nodes must have, or empty for every node of the level
 * @param gridHead whether each node needs a grid-head post with a holder
 * @param squadRoles the roles the squad's persons must have between them; may be empty
 * @param squadOrganizations the kinds of organization the squad must include; may be empty
 */
public record GridRequirement(String level, Optional<String> within, boolean gridHead, Set<RoleKind> squadRoles,
    Set<OrganizationKind> squadOrganizations) {

  /**
   * Validates the requirement and keeps its sets in declaration order.
   *
   * @throws DomainValidationException if a level key is blank
   */
  public GridRequirement {
    requireNonNull(level, "level");
    requireNonNull(within, "within");
    squadRoles = enumSet(RoleKind.class, requireNonNull(squadRoles, "squadRoles"), "squadRoles");
    squadOrganizations = enumSet(OrganizationKind.class, requireNonNull(squadOrganizations, "squadOrganizations"),
        "squadOrganizations");
    if (level.isBlank() || (within.isPresent() && within.get().isBlank())) {
      throw new DomainValidationException("GridRequirement[" + Excerpts.of(level) + "]", "level", "level-present",
          "a grid requirement names a level (and, if narrowed, an ancestor level) by key");
    }
  }

  /** Returns whether the requirement asks for a squad at all. */
  public boolean needsSquad() {
    return !squadRoles.isEmpty() || !squadOrganizations.isEmpty();
  }

  private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Set<E> values, String field) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    for (E e : values) {
      copy.add(requireNonNull(e, field + " contains null"));
    }
    return Collections.unmodifiableSet(copy);
  }
}
