package io.github.jiceng.governance.model.grid;

import io.github.jiceng.governance.model.code.DivisionLevel;

/**
 * The level schemes of the source practice (准格尔旗), shipped as defaults.
 *
 * <table>
 *   <caption>Shipped schemes</caption>
 *   <tr><th>constant</th><th>chain</th></tr>
 *   <tr><td>{@link #URBAN}</td><td>街道 street → 社区 community → 网格 grid → 小区 compound →
 *       楼栋 building → 户 household (grid, compound optional)</td></tr>
 *   <tr><td>{@link #RURAL}</td><td>镇 town → 村 village → (网格 grid) → 社 villagers' group →
 *       户 household</td></tr>
 *   <tr><td>{@link #COUNTY}</td><td>旗/县 county above both chains</td></tr>
 *   <tr><td>{@link #URBAN_PARTY}</td><td>社区党支部 community party branch → 小区党小组 compound
 *       party group → 党员联络员 party-member liaison (三级核心网格)</td></tr>
 *   <tr><td>{@link #RURAL_PARTY}</td><td>镇党委 town party committee → 村党支部 village party
 *       branch → 党小组 party group</td></tr>
 *   <tr><td>{@link #COUNTY_PARTY}</td><td>旗县委 county party committee → 街道党工委 street
 *       party working committee</td></tr>
 * </table>
 *
 * <p>Territorial levels are coded: streets and towns by township-level division codes, communities
 * and villages by village-level ones, and every level below by a sequence segment (grid 2 digits
 * as in CJ/T 213, compound 3, building 3, villagers' group 2, household 4). Party levels carry no
 * code: they are bound to territorial grids, not coded in their own right.
 */
public final class LevelSchemes {

  /** The urban chain, rooted at a street. */
  public static final LevelScheme URBAN = urban(shared(LevelScheme.builder("urban"))).root("STREET").build();

  /** The rural chain, rooted at a town. */
  public static final LevelScheme RURAL = rural(shared(LevelScheme.builder("rural"))).root("TOWN").build();

  /** Both chains below a county or banner (旗), as in 准格尔旗 with its streets and towns. */
  public static final LevelScheme COUNTY =
      rural(urban(shared(LevelScheme.builder("county"))))
          .level("COUNTY", "旗县", LevelCoding.division(DivisionLevel.COUNTY))
          .root("COUNTY")
          .allow("COUNTY", "STREET", "TOWN")
          .build();

  /** The urban party chain: the three-level core grid (三级核心网格). */
  public static final LevelScheme URBAN_PARTY =
      LevelScheme.builder("urban-party")
          .level("COMMUNITY_PARTY_BRANCH", "社区党支部", LevelCoding.none())
          .level("COMPOUND_PARTY_GROUP", "小区党小组", LevelCoding.none())
          .level("PARTY_MEMBER_LIAISON", "党员联络员", LevelCoding.none())
          .root("COMMUNITY_PARTY_BRANCH")
          .allow("COMMUNITY_PARTY_BRANCH", "COMPOUND_PARTY_GROUP")
          .allow("COMPOUND_PARTY_GROUP", "PARTY_MEMBER_LIAISON")
          .build();

  /** The rural party chain. */
  public static final LevelScheme RURAL_PARTY =
      LevelScheme.builder("rural-party")
          .level("TOWN_PARTY_COMMITTEE", "镇党委", LevelCoding.none())
          .level("VILLAGE_PARTY_BRANCH", "村党支部", LevelCoding.none())
          .level("PARTY_GROUP", "党小组", LevelCoding.none())
          .root("TOWN_PARTY_COMMITTEE")
          .allow("TOWN_PARTY_COMMITTEE", "VILLAGE_PARTY_BRANCH")
          .allow("VILLAGE_PARTY_BRANCH", "PARTY_GROUP")
          .build();

  /**
   * The party chain above the communities and towns: a county's or banner's party committee
   * (旗委) and the working committees of its streets (街道党工委). A community branch or a town
   * committee is a root of its own chain and may sit below one of these.
   */
  public static final LevelScheme COUNTY_PARTY =
      LevelScheme.builder("county-party")
          .level("COUNTY_PARTY_COMMITTEE", "旗县委", LevelCoding.none())
          .level("STREET_PARTY_WORKING_COMMITTEE", "街道党工委", LevelCoding.none())
          .root("COUNTY_PARTY_COMMITTEE")
          .allow("COUNTY_PARTY_COMMITTEE", "STREET_PARTY_WORKING_COMMITTEE")
          .build();

  private LevelSchemes() {}

  /** Levels both chains have: the grid and the household. */
  private static LevelScheme.Builder shared(LevelScheme.Builder b) {
    return b.level("GRID", "网格", LevelCoding.sequence(2))
        .level("HOUSEHOLD", "户", LevelCoding.sequence(4));
  }

  private static LevelScheme.Builder urban(LevelScheme.Builder b) {
    return b.level("STREET", "街道", LevelCoding.division(DivisionLevel.TOWNSHIP))
        .level("COMMUNITY", "社区", LevelCoding.division(DivisionLevel.VILLAGE))
        .level("COMPOUND", "小区", LevelCoding.sequence(3))
        .level("BUILDING", "楼栋", LevelCoding.sequence(3))
        .allow("STREET", "COMMUNITY")
        .allow("COMMUNITY", "GRID", "COMPOUND")
        .allow("GRID", "COMPOUND", "BUILDING")
        .allow("COMPOUND", "BUILDING")
        .allow("BUILDING", "HOUSEHOLD");
  }

  private static LevelScheme.Builder rural(LevelScheme.Builder b) {
    return b.level("TOWN", "镇", LevelCoding.division(DivisionLevel.TOWNSHIP))
        .level("VILLAGE", "村", LevelCoding.division(DivisionLevel.VILLAGE))
        .level("VILLAGER_GROUP", "社", LevelCoding.sequence(2))
        .allow("TOWN", "VILLAGE")
        .allow("VILLAGE", "GRID", "VILLAGER_GROUP")
        .allow("GRID", "VILLAGER_GROUP")
        .allow("VILLAGER_GROUP", "HOUSEHOLD");
  }
}
