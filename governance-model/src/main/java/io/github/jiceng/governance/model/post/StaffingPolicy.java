package io.github.jiceng.governance.model.post;

import io.github.jiceng.governance.model.actor.RoleKind;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.model.grid.LevelSchemes;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a complete dual hierarchy (territory and party chain) must have, as data: the largest
 * number of households one party-member liaison serves, the requirements of each grid level
 * (grid head, squad roles), which party levels cover which territorial levels, and the party
 * level schemes the chain follows.
 *
 * <p>{@link #ARTICLE} is the SDK's reading of the article's practice. The article gives no
 * liaison load; {@value #DEFAULT_MAX_LIAISON_LOAD} households is an assumption to configure.
 */
@Value.Immutable
public abstract class StaffingPolicy {

  /** The default largest number of households per liaison; not from the article. */
  public static final int DEFAULT_MAX_LIAISON_LOAD = 30;

  /**
   * The article's grid squad (网格小分队) in urban grids: party backbone members, social workers,
   * building heads, community police and safety volunteers (the article's list also names social
   * organizations "and others"; they are not required by default).
   */
  public static final GridRequirement URBAN_GRID = new GridRequirement("GRID", Optional.of("COMMUNITY"), true,
      Set.of(RoleKind.PARTY_MEMBER, RoleKind.SOCIAL_WORKER, RoleKind.BUILDING_HEAD, RoleKind.POLICE_OFFICER,
          RoleKind.SAFETY_VOLUNTEER), Set.of());

  /** Rural grids: no buildings, so no building heads; party members, police and safety volunteers. */
  public static final GridRequirement RURAL_GRID = new GridRequirement("GRID", Optional.of("VILLAGE"), true,
      Set.of(RoleKind.PARTY_MEMBER, RoleKind.POLICE_OFFICER, RoleKind.SAFETY_VOLUNTEER), Set.of());

  /**
   * The article's practice: urban and rural grid requirements, both party chains and the county
   * chain above them, and the three-level core grid (三级核心网格) bound both ways: a party branch
   * in every community and village, a party group in every compound and villagers' group.
   */
  public static final StaffingPolicy ARTICLE = builder()
      .addGridRequirement(URBAN_GRID)
      .addGridRequirement(RURAL_GRID)
      .addPartyCoverage(new PartyCoverage("COMMUNITY_PARTY_BRANCH", "COMMUNITY"))
      .addPartyCoverage(new PartyCoverage("COMPOUND_PARTY_GROUP", "COMPOUND"))
      .addPartyCoverage(new PartyCoverage("VILLAGE_PARTY_BRANCH", "VILLAGE"))
      .addPartyCoverage(new PartyCoverage("PARTY_GROUP", "VILLAGER_GROUP"))
      .addPartyScheme(LevelSchemes.URBAN_PARTY)
      .addPartyScheme(LevelSchemes.RURAL_PARTY)
      .addPartyScheme(LevelSchemes.COUNTY_PARTY)
      .build();

  StaffingPolicy() {}

  /** Returns a builder; every attribute has a default or may be empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the version; a district raises it when it changes the policy. Default 1. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** Returns the largest number of households one liaison serves; default {@value #DEFAULT_MAX_LIAISON_LOAD}. */
  @Value.Default
  public int maxLiaisonLoad() {
    return DEFAULT_MAX_LIAISON_LOAD;
  }

  /** Returns the kind of post that heads a grid; default {@link PostKind#GRID_HEAD}. */
  @Value.Default
  public PostKind gridHeadKind() {
    return PostKind.GRID_HEAD;
  }

  /** Returns the requirements of grid levels, in order; a node may meet several. */
  public abstract List<GridRequirement> gridRequirements();

  /** Returns which party levels cover which territorial levels. */
  public abstract List<PartyCoverage> partyCoverages();

  /**
   * Returns the level schemes party organizations' levels and parents must fit; when empty, the
   * party chain is not checked.
   */
  public abstract List<LevelScheme> partySchemes();

  @Value.Check
  final void check() {
    List<Violation> violations = new ArrayList<>();
    String subject = "StaffingPolicy[v" + version() + "]";
    if (version() < 1) {
      violations.add(new Violation(subject, "version", "version-positive",
          "the version is at least 1, was " + version())
              .with("value", version()));
    }
    if (maxLiaisonLoad() < 1) {
      violations.add(new Violation(subject, "maxLiaisonLoad", "load-positive",
          "a liaison serves at least one household, the maximum was " + maxLiaisonLoad()));
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link StaffingPolicy}; each single attribute may be set once. */
  public static final class Builder extends ImmutableStaffingPolicy.Builder {
    Builder() {}
  }
}
