package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.grid.GridId;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A household (户): the residents of one dwelling, the grid node it lies in, and the party-member
 * liaison (党员联络员) who serves it, the last level of the three-level core grid (三级核心网格).
 *
 * <p>A household holds ids only; the members' personal data lives in their {@link Person}.
 * Whether the liaison exists and is a party member, and how many households a liaison serves,
 * are checked by the dual-hierarchy audit, which sees all households at once.
 */
@Value.Immutable
public abstract class Household {

  Household() {}

  /** Returns a builder; {@code id} and {@code grid} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the household's identifier. */
  public abstract HouseholdId id();

  /** Returns the grid node the household lies in: its building, villagers' group or own node. */
  public abstract GridId grid();

  /** Returns the members, sorted by id; may be empty when only the dwelling is known. */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> members();

  /** Returns the party-member liaison who serves the household, if one is assigned. */
  public abstract Optional<PersonId> liaison();

  /** The builder of {@link Household}; each single attribute may be set once. */
  public static final class Builder extends ImmutableHousehold.Builder {
    Builder() {}
  }
}
