package io.github.jiceng.governance.model.grid;

import static io.github.jiceng.governance.model.grid.SampleGrids.BAIYUN;
import static io.github.jiceng.governance.model.grid.SampleGrids.LANTIAN;
import static io.github.jiceng.governance.model.grid.SampleGrids.ZHANBEI;
import static io.github.jiceng.governance.model.grid.SampleGrids.banner;
import static io.github.jiceng.governance.model.grid.SampleGrids.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.jiceng.governance.model.code.DivisionCode;
import io.github.jiceng.governance.model.code.GridCode;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One failing hierarchy per validation rule, each checked through the public API. */
final class GridHierarchyValidationTest {

  /** Replaces the node with the given id in the sample banner. */
  private static List<GridNode> bannerWith(String id, UnaryOperator<GridNode> change) {
    List<GridNode> nodes = new ArrayList<>();
    for (GridNode n : banner()) {
      nodes.add(n.id().value().equals(id) ? change.apply(n) : n);
    }
    return nodes;
  }

  private static List<GridNode> bannerPlus(GridNode... extra) {
    List<GridNode> nodes = new ArrayList<>(banner());
    nodes.addAll(List.of(extra));
    return nodes;
  }

  private static GridNode copy(GridNode n, String level, String parent, GridCode code) {
    return node(n.id().value(), level, parent, n.name(), code);
  }

  private static List<Violation> violations(List<GridNode> nodes) {
    List<Violation> found = GridHierarchy.validate(LevelSchemes.COUNTY, nodes);
    assertThatExceptionOfType(DomainValidationException.class)
        .isThrownBy(() -> GridHierarchy.of(LevelSchemes.COUNTY, nodes))
        .satisfies(e -> assertThat(e.violations()).isEqualTo(found));
    return found;
  }

  private static Violation onlyViolation(List<GridNode> nodes) {
    List<Violation> found = violations(nodes);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void acceptsTheSample() {
    assertThat(GridHierarchy.validate(LevelSchemes.COUNTY, banner())).isEmpty();
  }

  @Test
  void rejectsAnEmptyHierarchy() {
    assertThat(onlyViolation(List.of()).rule()).isEqualTo("not-empty");
  }

  @Test
  void rejectsDuplicateIds() {
    Violation v = onlyViolation(bannerPlus(node("zhanbei", "GRID", "zhanbei", "重复", null)));
    assertThat(v.rule()).isEqualTo("id-unique");
    assertThat(v.subject()).isEqualTo("GridNode[zhanbei]");
    assertThat(v.detail()).contains("first at input position 10, again at 15");
  }

  @Test
  void rejectsLevelsOutsideTheScheme() {
    Violation v = onlyViolation(bannerPlus(node("moon", "PLANET", "zhanbei", "月亮", null)));
    assertThat(v.rule()).isEqualTo("level-in-scheme");
    assertThat(v.field()).isEqualTo("level");
  }

  @Test
  void rejectsMissingParents() {
    Violation v = onlyViolation(bannerPlus(node("lost", "GRID", "nowhere", "迷路网格", null)));
    assertThat(v.rule()).isEqualTo("parent-exists");
    assertThat(v.detail()).contains("nowhere");
  }

  @Test
  void rejectsASecondRoot() {
    Violation v = onlyViolation(bannerPlus(node("other", "COUNTY", null, "另一个旗", null)));
    assertThat(v.rule()).isEqualTo("single-root");
    assertThat(v.subject()).isEqualTo("GridNode[other]");
  }

  @Test
  void rejectsCyclesAndNamesEveryNodeOnThem() {
    List<GridNode> nodes = bannerWith("zhungeer", n -> copy(n, "COUNTY", "heidaigou", n.code().orElseThrow()));
    List<Violation> found = violations(nodes);
    assertThat(found).extracting(Violation::rule).contains("single-root", "no-cycle");
    Violation cycle = found.stream().filter(v -> v.rule().equals("no-cycle")).findFirst().orElseThrow();
    assertThat(cycle.detail()).contains("zhungeer -> heidaigou -> xuejiawan -> zhungeer");
  }

  @Test
  void rejectsASelfParent() {
    List<GridNode> nodes = bannerPlus(node("loop", "BUILDING", "loop", "自环", null));
    List<Violation> found = violations(nodes);
    assertThat(found).extracting(Violation::rule).containsExactly("no-cycle", "level-under-parent");
    assertThat(found.get(0).detail()).contains("loop -> loop");
  }

  @Test
  void rejectsARootOfANonRootLevel() {
    Violation v = onlyViolation(List.of(node("baiyun", "COMMUNITY", null, "白云社区", BAIYUN)));
    assertThat(v.rule()).isEqualTo("root-level");
  }

  @Test
  void rejectsALevelNotAllowedUnderItsParent() {
    Violation v = onlyViolation(bannerPlus(node("odd", "BUILDING", "lantian", "街道下的楼", null)));
    assertThat(v.rule()).isEqualTo("level-under-parent");
    assertThat(v.detail()).contains("BUILDING may not sit below STREET (lantian)");
  }

  @Test
  void rejectsDuplicateCodes() {
    Violation v = onlyViolation(bannerPlus(node("twin", "COMMUNITY", "xinglong", "重码社区", ZHANBEI)));
    assertThat(v.rule()).isEqualTo("code-unique");
    assertThat(v.detail()).contains("zhanbei");
  }

  @Test
  void rejectsDuplicateSequenceCodesAmongSiblings() {
    Violation v = onlyViolation(bannerPlus(node("g1-twin", "GRID", "baiyun", "重码网格", BAIYUN.child(1, 2))));
    assertThat(v.rule()).isEqualTo("code-unique");
    assertThat(v.subject()).isEqualTo("GridNode[g1-twin]");
    assertThat(v.detail()).contains("baiyun-g1");
  }

  @Test
  void reportsEveryLaterTwinAgainstTheFirstSiblingWithTheCode() {
    List<Violation> found = violations(bannerPlus(
        node("g1-twin-a", "GRID", "baiyun", "重码网格甲", BAIYUN.child(1, 2)),
        node("g1-twin-b", "GRID", "baiyun", "重码网格乙", BAIYUN.child(1, 2))));
    assertThat(found).extracting(Violation::subject, Violation::rule).containsExactly(
        tuple("GridNode[g1-twin-a]", "code-unique"), tuple("GridNode[g1-twin-b]", "code-unique"));
    assertThat(found).allSatisfy(v -> assertThat(v.detail()).endsWith("the code of baiyun-g1"));
  }

  @Test
  void siblingsMayShareALastSegmentNumberOnlyIfTheirCodesDiffer() {
    // same last segment 1 as baiyun-g1, but not derived from the parent: one derivation error, no duplicate
    Violation v = onlyViolation(bannerPlus(node("g9", "GRID", "baiyun", "错码网格", ZHANBEI.child(1, 2))));
    assertThat(v.rule()).isEqualTo("code-derives-from-parent");
  }

  @Test
  void rejectsACodeOnAnUncodedLevel() {
    LevelScheme party = LevelSchemes.URBAN_PARTY;
    List<GridNode> nodes = List.of(node("branch", "COMMUNITY_PARTY_BRANCH", null, "白云社区党支部", BAIYUN));
    List<Violation> found = GridHierarchy.validate(party, nodes);
    assertThat(found).singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("code-not-expected"));
  }

  @Test
  void rejectsADivisionCodeOfTheWrongLevel() {
    GridCode townshipLevel = GridCode.of(DivisionCode.of("150622005", 2023));
    Violation v = onlyViolation(bannerWith("zhanbei", n -> copy(n, "COMMUNITY", "xinglong", townshipLevel)));
    assertThat(v.rule()).isEqualTo("code-fits-level");
  }

  @Test
  void rejectsADivisionCodeOutsideTheParentsCode() {
    GridCode elsewhere = GridCode.of(DivisionCode.of("150622002001", 2023));
    Violation v = onlyViolation(bannerWith("zhanbei", n -> copy(n, "COMMUNITY", "xinglong", elsewhere)));
    assertThat(v.rule()).isEqualTo("code-below-parent");
    assertThat(v.detail()).contains("150622002001@2023", "150622001000@2023");
  }

  @Test
  void rejectsASequenceCodeOfTheWrongWidth() {
    List<Violation> found = violations(bannerWith("baiyun-g2", n -> copy(n, "GRID", "baiyun", BAIYUN.child(2, 3))));
    assertThat(found).extracting(Violation::subject, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("GridNode[baiyun-g2]", "code-fits-level"),
        // its building still derives from the old, 2-digit grid code
        org.assertj.core.groups.Tuple.tuple("GridNode[baiyun-g2-b1]", "code-derives-from-parent"));
  }

  @Test
  void rejectsASequenceCodeNotDerivedFromTheParentsCode() {
    Violation v = onlyViolation(bannerWith("xuemeili-b2",
        n -> copy(n, "BUILDING", "xuemeili", BAIYUN.child(2, 2).child(9, 3))));
    assertThat(v.rule()).isEqualTo("code-derives-from-parent");
  }

  @Test
  void rejectsASequenceCodeBelowAnUncodedParent() {
    List<GridNode> nodes = bannerWith("baiyun-g1", n -> copy(n, "GRID", "baiyun", null));
    List<Violation> found = violations(nodes);
    assertThat(found).extracting(Violation::rule).containsOnly("code-derives-from-parent");
    assertThat(found.get(0).detail()).contains("the parent's code is missing");
  }

  @Test
  void reportsEveryViolationNotOnlyTheFirst() {
    List<GridNode> nodes = bannerPlus(
        node("lost", "GRID", "nowhere", "迷路网格", null),
        node("moon", "PLANET", "zhanbei", "月亮", null),
        node("odd", "BUILDING", "lantian", "街道下的楼", null),
        node("twin", "COMMUNITY", "xinglong", "重码社区", ZHANBEI),
        node("zhanbei", "GRID", "zhanbei", "重复", null));
    assertThat(violations(nodes)).extracting(Violation::rule)
        .containsExactlyInAnyOrder("id-unique", "level-in-scheme", "parent-exists", "level-under-parent", "code-unique");
  }

  @Test
  void reportsEachCycleOnceEvenWithNodesHangingBelowIt() {
    List<GridNode> nodes = bannerPlus(
        node("c1", "GRID", "c2", "环1", null),
        node("c2", "GRID", "c1", "环2", null),
        node("below", "GRID", "c1", "环下", null));
    assertThat(violations(nodes)).filteredOn(v -> v.rule().equals("no-cycle")).hasSize(1);
  }

  @Test
  void keepsValidDistrictsOfTheirOwnScheme() {
    LevelScheme beijing = LevelScheme.builder("beijing-style")
        .level("STREET", "街道", LevelCoding.division(io.github.jiceng.governance.model.code.DivisionLevel.TOWNSHIP))
        .level("COMMUNITY", "社区", LevelCoding.division(io.github.jiceng.governance.model.code.DivisionLevel.VILLAGE))
        .level("GRID", "单元网格", LevelCoding.sequence(3))
        .root("STREET")
        .allow("STREET", "COMMUNITY")
        .allow("COMMUNITY", "GRID")
        .build();
    List<GridNode> nodes = List.of(
        node("lantian", "STREET", null, "蓝天街道", LANTIAN),
        node("baiyun", "COMMUNITY", "lantian", "白云社区", BAIYUN),
        node("g1", "GRID", "baiyun", "单元网格1", BAIYUN.child(1, 3)));
    assertThat(GridHierarchy.of(beijing, nodes).size()).isEqualTo(3);
  }
}
