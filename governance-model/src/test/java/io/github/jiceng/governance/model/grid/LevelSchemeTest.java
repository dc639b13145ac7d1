package io.github.jiceng.governance.model.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.github.jiceng.governance.model.code.DivisionLevel;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import org.junit.jupiter.api.Test;

final class LevelSchemeTest {

  @Test
  void shipsTheChainsOfTheSourcePractice() {
    assertThat(LevelSchemes.URBAN.rootLevels()).containsExactly("STREET");
    assertThat(LevelSchemes.URBAN.allows("STREET", "COMMUNITY")).isTrue();
    assertThat(LevelSchemes.URBAN.allows("COMMUNITY", "STREET")).isFalse();
    assertThat(LevelSchemes.RURAL.childLevels("VILLAGER_GROUP")).containsExactly("HOUSEHOLD");
    assertThat(LevelSchemes.COUNTY.childLevels("COUNTY")).containsExactly("STREET", "TOWN");
    assertThat(LevelSchemes.COUNTY.childLevels("GRID")).containsExactly("COMPOUND", "BUILDING", "VILLAGER_GROUP");
    assertThat(LevelSchemes.URBAN_PARTY.levels()).extracting(GridLevel::displayName)
        .containsExactly("社区党支部", "小区党小组", "党员联络员");
    assertThat(LevelSchemes.RURAL_PARTY.levels()).extracting(GridLevel::displayName)
        .containsExactly("镇党委", "村党支部", "党小组");
    assertThat(LevelSchemes.COUNTY_PARTY.childLevels("COUNTY_PARTY_COMMITTEE"))
        .containsExactly("STREET_PARTY_WORKING_COMMITTEE");
    assertThat(LevelSchemes.URBAN.level("GRID").orElseThrow().coding()).isEqualTo(LevelCoding.sequence(2));
    assertThat(LevelSchemes.URBAN.level("NOPE")).isEmpty();
  }

  @Test
  void reportsEveryProblemOfABadScheme() {
    LevelScheme.Builder b = LevelScheme.builder(" ")
        .version(0)
        .level("STREET", "街道", LevelCoding.division(DivisionLevel.TOWNSHIP))
        .level("STREET", "街道", LevelCoding.none())
        .root("TOWN")
        .allow("STREET", "GRID")
        .allow("MOON", "STREET");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(b::build)
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly(
            "name-present", "version-positive", "level-key-unique", "level-declared", "level-declared",
            "level-declared"));
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> LevelScheme.builder("empty").build())
        .satisfies(e -> assertThat(e.violations()).extracting(Violation::rule)
            .containsExactly("levels-present", "root-level-present"));
  }

  @Test
  void rejectsMalformedLevels() {
    assertThatIllegalArgumentException().isThrownBy(() -> new GridLevel("street", "街道", LevelCoding.none()))
        .withMessageContaining("[A-Z0-9_]");
    assertThatIllegalArgumentException().isThrownBy(() -> new GridLevel("STREET", " ", LevelCoding.none()));
    assertThatIllegalArgumentException().isThrownBy(() -> LevelCoding.sequence(0));
  }

  @Test
  void equalityIsByContent() {
    new EqualsTester()
        .addEqualityGroup(LevelSchemes.URBAN_PARTY, LevelScheme.builder("urban-party")
            .level("COMMUNITY_PARTY_BRANCH", "社区党支部", LevelCoding.none())
            .level("COMPOUND_PARTY_GROUP", "小区党小组", LevelCoding.none())
            .level("PARTY_MEMBER_LIAISON", "党员联络员", LevelCoding.none())
            .root("COMMUNITY_PARTY_BRANCH")
            .allow("COMMUNITY_PARTY_BRANCH", "COMPOUND_PARTY_GROUP")
            .allow("COMPOUND_PARTY_GROUP", "PARTY_MEMBER_LIAISON")
            .build())
        .addEqualityGroup(LevelSchemes.RURAL_PARTY)
        .addEqualityGroup(LevelSchemes.COUNTY_PARTY)
        .testEquals();
  }

  @Test
  void gridNodesValidateTheirOwnFields() {
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> GridNode.builder().id(GridId.of("a")).level("GRID").name(" ").build())
        .withMessageContaining("name-length");
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> GridNode.builder().id(GridId.of("a")).level("GRID").build())
        .withMessageContaining("name");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> GridId.of("has space"))
        .withMessageContaining("id-form");
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> GridId.of("x".repeat(65)));
  }
}
