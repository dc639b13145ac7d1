package io.github.jiceng.governance.model.actor;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * The grid squad (网格小分队) of one grid: party backbone members, social workers, building
 * heads, community police, safety volunteers and social organizations who keep the grid safe,
 * the mechanism of 平安共管.
 *
 * <p>Which roles a squad must have is policy, checked by the dual-hierarchy audit against the
 * roles of its persons. A grid has at most one squad.
 */
@Value.Immutable
public abstract class GridSquad implements PillarBound {

  GridSquad() {}

  /** Returns a builder; {@code grid} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the grid the squad serves. */
  public abstract GridId grid();

  /** Returns the persons in the squad, sorted by id. */
  @Value.NaturalOrder
  public abstract SortedSet<PersonId> persons();

  /** Returns the organizations in the squad, such as social organizations, sorted by id. */
  @Value.NaturalOrder
  public abstract SortedSet<OrganizationId> organizations();

  /** Returns the pillar; {@link Pillar#SAFETY_CO_MANAGEMENT} unless a district sets its own. */
  @Value.Default
  @Override
  public Pillar pillar() {
    return Pillar.SAFETY_CO_MANAGEMENT;
  }

  /** The builder of {@link GridSquad}; each single attribute may be set once. */
  public static final class Builder extends ImmutableGridSquad.Builder {
    Builder() {}
  }
}
