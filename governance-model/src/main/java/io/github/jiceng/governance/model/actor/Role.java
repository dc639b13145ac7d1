package io.github.jiceng.governance.model.actor;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * A role a person has (角色), with what binds it: the household of a resident, the branch and
 * group of a party member, the team of a volunteer, the station of a social worker, the grids of
 * a police officer, safety volunteer or deputy, the building of a building head.
 *
 * <p>Roles name other aggregates by id. Grid sets are kept sorted, so that equal roles print the
 * same.
 */
public sealed interface Role {

  /** Returns the kind of the role. */
  RoleKind kind();

  /** Returns the grid nodes the role itself is bound to; empty for roles bound otherwise. */
  Set<GridId> grids();

  /** Returns the organizations the role makes the person a member of; may be empty. */
  Set<OrganizationId> organizations();

  /**
   * 居民: lives in a household.
   *
   * @param household the household the person belongs to
   */
  record Resident(HouseholdId household) implements Role {

    /** Validates the role. */
    public Resident {
      requireNonNull(household, "household");
    }

    @Override
    public RoleKind kind() {
      return RoleKind.RESIDENT;
    }

    @Override
    public Set<GridId> grids() {
      return Set.of();
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of();
    }
  }

  /**
   * 党员: a member of a party branch, and perhaps of a party group (党小组) within it.
   *
   * @param branch the party branch (党支部)
   * @param group the party group, if the member is in one
   */
  record PartyMember(OrganizationId branch, Optional<OrganizationId> group) implements Role {

    /**
     * Validates the role.
     *
     * @throws DomainValidationException if the group is the branch itself
     */
    public PartyMember {
      requireNonNull(branch, "branch");
      requireNonNull(group, "group");
      if (group.isPresent() && group.get().equals(branch)) {
        throw new DomainValidationException("PartyMember[" + branch + "]", "group", "group-not-branch",
            "a party group is an organization below the branch, not the branch " + branch);
      }
    }

    /** Returns a member of the branch who is in no party group. */
    public static PartyMember of(OrganizationId branch) {
      return new PartyMember(branch, Optional.empty());
    }

    /** Returns a member of the branch and of the party group in it. */
    public static PartyMember of(OrganizationId branch, OrganizationId group) {
      return new PartyMember(branch, Optional.of(requireNonNull(group, "group")));
    }

    @Override
    public RoleKind kind() {
      return RoleKind.PARTY_MEMBER;
    }

    @Override
    public Set<GridId> grids() {
      return Set.of();
    }

    @Override
    public Set<OrganizationId> organizations() {
      return group.isPresent() ? ImmutableSortedSet.of(branch, group.get()) : ImmutableSortedSet.of(branch);
    }
  }

  /**
   * 志愿者: a member of a volunteer team, assigned to grids (下沉到网格).
   *
   * @param team the volunteer team (志愿服务团队)
   * @param grids the grids the volunteer is assigned to; may be empty
   */
  record Volunteer(OrganizationId team, Set<GridId> grids) implements Role {

    /** Validates the role and keeps the grids sorted. */
    public Volunteer {
      requireNonNull(team, "team");
      grids = ImmutableSortedSet.copyOf(DomainChecks.noNullElements(grids, "grids"));
    }

    @Override
    public RoleKind kind() {
      return RoleKind.VOLUNTEER;
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of(team);
    }
  }

  /**
   * 社工: a social worker of a social work station.
   *
   * @param station the social work station (社会工作服务站)
   */
  record SocialWorker(OrganizationId station) implements Role {

    /** Validates the role. */
    public SocialWorker {
      requireNonNull(station, "station");
    }

    @Override
    public RoleKind kind() {
      return RoleKind.SOCIAL_WORKER;
    }

    @Override
    public Set<GridId> grids() {
      return Set.of();
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of(station);
    }
  }

  /**
   * 社区民警: a community police officer serving one or more grids.
   *
   * @param grids the grids served; not empty
   */
  record PoliceOfficer(Set<GridId> grids) implements Role {

    /**
     * Validates the role and keeps the grids sorted.
     *
     * @throws DomainValidationException if no grid is given
     */
    public PoliceOfficer {
      grids = nonEmpty("PoliceOfficer", grids);
    }

    @Override
    public RoleKind kind() {
      return RoleKind.POLICE_OFFICER;
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of();
    }
  }

  /**
   * 楼栋长: the head of one building.
   *
   * @param building the building's grid node
   */
  record BuildingHead(GridId building) implements Role {

    /** Validates the role. */
    public BuildingHead {
      requireNonNull(building, "building");
    }

    @Override
    public RoleKind kind() {
      return RoleKind.BUILDING_HEAD;
    }

    @Override
    public Set<GridId> grids() {
      return Set.of(building);
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of();
    }
  }

  /**
   * 平安志愿者: a safety volunteer of one grid.
   *
   * @param grid the grid served
   */
  record SafetyVolunteer(GridId grid) implements Role {

    /** Validates the role. */
    public SafetyVolunteer {
      requireNonNull(grid, "grid");
    }

    @Override
    public RoleKind kind() {
      return RoleKind.SAFETY_VOLUNTEER;
    }

    @Override
    public Set<GridId> grids() {
      return Set.of(grid);
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of();
    }
  }

  /**
   * 两代表一委员: a party congress delegate, people's congress deputy or CPPCC member, linked to
   * the grids they serve (联系服务社区网格). Belongs to 大事共议.
   *
   * @param deputyKind which of the three
   * @param grids the grids served; not empty
   */
  record Deputy(DeputyKind deputyKind, Set<GridId> grids) implements Role, PillarBound {

    /**
     * Validates the role and keeps the grids sorted.
     *
     * @throws DomainValidationException if no grid is given
     */
    public Deputy {
      requireNonNull(deputyKind, "deputyKind");
      grids = nonEmpty("Deputy", grids);
    }

    @Override
    public RoleKind kind() {
      return RoleKind.DEPUTY;
    }

    @Override
    public Set<OrganizationId> organizations() {
      return Set.of();
    }

    /** Returns {@link Pillar#MAJOR_AFFAIRS_CO_DELIBERATION}. */
    @Override
    public Pillar pillar() {
      return Pillar.MAJOR_AFFAIRS_CO_DELIBERATION;
    }
  }

  private static Set<GridId> nonEmpty(String role, Collection<GridId> grids) {
    DomainChecks.noNullElements(grids, "grids");
    if (grids.isEmpty()) {
      throw new DomainValidationException(role, "grids", "grids-present", "a " + role + " serves at least one grid");
    }
    return ImmutableSortedSet.copyOf(grids);
  }
}
