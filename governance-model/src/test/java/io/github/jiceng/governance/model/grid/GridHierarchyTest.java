package io.github.jiceng.governance.model.grid;

import static io.github.jiceng.governance.model.grid.SampleGrids.banner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

final class GridHierarchyTest {

  private final GridHierarchy h = GridHierarchy.of(LevelSchemes.COUNTY, banner());

  private static GridId id(String s) {
    return GridId.of(s);
  }

  private static List<GridId> ids(String... s) {
    List<GridId> out = new ArrayList<>();
    for (String v : s) {
      out.add(GridId.of(v));
    }
    return out;
  }

  @Test
  void storesNodesInPreorderWithChildrenInInputOrder() {
    assertThat(h.size()).isEqualTo(15);
    assertThat(h.root()).isEqualTo(id("zhungeer"));
    assertThat(h.nodes()).extracting(GridNode::id).startsWith(ids("zhungeer", "lantian", "baiyun", "baiyun-g1",
        "xuemeili", "xuemeili-b1", "xuemeili-b2", "baiyun-g2").toArray(new GridId[0]));
    assertThat(h.children(id("zhungeer"))).containsExactlyElementsOf(ids("lantian", "xinglong", "xuejiawan"));
    assertThat(h.children(id("xuemeili-b1"))).isEmpty();
  }

  @Test
  void answersParentAncestorsAndDepth() {
    assertThat(h.parent(id("xuemeili"))).contains(id("baiyun-g1"));
    assertThat(h.parent(id("zhungeer"))).isEmpty();
    assertThat(h.ancestors(id("xuemeili-b2")))
        .containsExactlyElementsOf(ids("xuemeili", "baiyun-g1", "baiyun", "lantian", "zhungeer"));
    assertThat(h.depth(id("xuemeili-b2"))).isEqualTo(5);
    assertThat(h.depth(id("zhungeer"))).isZero();
    assertThat(h.level(id("heidaigou-s1")).displayName()).isEqualTo("社");
  }

  @Test
  void answersDescendantsAsAContiguousSlice() {
    assertThat(h.descendants(id("baiyun")))
        .containsExactlyElementsOf(ids("baiyun-g1", "xuemeili", "xuemeili-b1", "xuemeili-b2", "baiyun-g2", "baiyun-g2-b1"));
    assertThat(h.subtreeSize(id("baiyun"))).isEqualTo(7);
    assertThat(h.descendants(id("zhanbei"))).isEmpty();
    assertThatThrownBy(() -> h.descendants(id("baiyun")).get(6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void answersAncestryLowestCommonAncestorDistanceAndPath() {
    assertThat(h.isAncestorOf(id("lantian"), id("xuemeili-b1"))).isTrue();
    assertThat(h.isAncestorOf(id("xuemeili-b1"), id("lantian"))).isFalse();
    assertThat(h.isAncestorOf(id("lantian"), id("lantian"))).isFalse();
    assertThat(h.isAncestorOf(id("xinglong"), id("xuemeili-b1"))).isFalse();
    assertThat(h.lowestCommonAncestor(id("xuemeili-b1"), id("baiyun-g2-b1"))).isEqualTo(id("baiyun"));
    assertThat(h.lowestCommonAncestor(id("xuemeili-b1"), id("baiyun"))).isEqualTo(id("baiyun"));
    assertThat(h.lowestCommonAncestor(id("zhanbei"), id("heidaigou-s1-h1"))).isEqualTo(id("zhungeer"));
    assertThat(h.distance(id("xuemeili-b1"), id("baiyun-g2-b1"))).isEqualTo(5);
    assertThat(h.distance(id("baiyun"), id("baiyun"))).isZero();
    assertThat(h.path(id("xuemeili-b1"), id("baiyun-g2-b1")))
        .containsExactlyElementsOf(ids("xuemeili-b1", "xuemeili", "baiyun-g1", "baiyun", "baiyun-g2", "baiyun-g2-b1"));
    assertThat(h.path(id("zhanbei"), id("zhanbei"))).containsExactly(id("zhanbei"));
  }

  @Test
  void filtersByLevelWithinASubtree() {
    assertThat(h.nodesAtLevel("BUILDING")).containsExactlyElementsOf(ids("xuemeili-b1", "xuemeili-b2", "baiyun-g2-b1"));
    assertThat(h.nodesAtLevel("BUILDING", id("baiyun-g2"))).containsExactly(id("baiyun-g2-b1"));
    assertThat(h.nodesAtLevel("COMMUNITY")).containsExactlyElementsOf(ids("baiyun", "zhanbei"));
    assertThat(h.nodesAtLevel("COMMUNITY", id("baiyun"))).containsExactly(id("baiyun"));
    assertThatIllegalArgumentException().isThrownBy(() -> h.nodesAtLevel("PLANET")).withMessageContaining("no level PLANET");
  }

  @Test
  void rollsUpCountsToEveryAncestor() {
    GridTotals residents = h.rollUp(n -> n.level().equals("BUILDING") ? 100 : n.level().equals("HOUSEHOLD") ? 3 : 0);
    assertThat(residents.total(id("zhungeer"))).isEqualTo(303);
    assertThat(residents.total(id("baiyun"))).isEqualTo(300);
    assertThat(residents.total(id("xuemeili"))).isEqualTo(200);
    assertThat(residents.own(id("xuemeili"))).isZero();
    assertThat(residents.total(id("xuejiawan"))).isEqualTo(3);
    assertThat(residents.totals()).hasSize(15).containsEntry(id("zhanbei"), 0L);
    assertThat(residents.totals().keySet()).first().isEqualTo(id("zhungeer"));
  }

  @Test
  void rollUpOverflowThrows() {
    long[] own = new long[h.size()];
    own[1] = Long.MAX_VALUE;
    own[2] = 1;
    assertThatThrownBy(() -> h.rollUp(own)).isInstanceOf(ArithmeticException.class);
    assertThatIllegalArgumentException().isThrownBy(() -> h.rollUp(new long[3])).withMessageContaining("one count per node");
  }

  @Test
  void positionsMatchTheIdQueries() {
    int lantian = h.position(id("lantian"));
    int b1 = h.position(id("xuemeili-b1"));
    assertThat(h.idAt(lantian)).isEqualTo(id("lantian"));
    assertThat(h.isAncestorOf(lantian, b1)).isTrue();
    assertThat(h.parentPosition(0)).isEqualTo(-1);
    assertThat(h.idAt(h.parentPosition(b1))).isEqualTo(id("xuemeili"));
    assertThatThrownBy(() -> h.isAncestorOf(0, 99)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("position-range");
  }

  @Test
  void unknownIdsAreCallerMistakes() {
    assertThat(h.contains(id("nowhere"))).isFalse();
    assertThat(h.contains(id("baiyun"))).isTrue();
    assertThatExceptionOfType(DomainValidationException.class).isThrownBy(() -> h.parent(id("nowhere")))
        .withMessageContaining("hierarchy has no node nowhere [node-exists]")
        .satisfies(e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.field()).isEqualTo("id")));
  }

  @Test
  void siblingOrderFollowsTheInputButQueriesDoNot() {
    List<GridNode> reversed = new ArrayList<>(banner());
    Collections.reverse(reversed);
    GridHierarchy r = GridHierarchy.of(LevelSchemes.COUNTY, reversed);
    assertThat(r.children(id("zhungeer"))).containsExactlyElementsOf(ids("xuejiawan", "xinglong", "lantian"));
    for (GridNode n : h.nodes()) {
      assertThat(r.ancestors(n.id())).isEqualTo(h.ancestors(n.id()));
      assertThat(r.subtreeSize(n.id())).isEqualTo(h.subtreeSize(n.id()));
    }
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(GridId.class, id("baiyun"))
        .setDefault(LevelScheme.class, LevelSchemes.COUNTY)
        .setDefault(String.class, "COMMUNITY");
    tester.testAllPublicInstanceMethods(h);
    tester.testAllPublicStaticMethods(GridHierarchy.class);
  }

  @Test
  void describesItself() {
    assertThat(h).hasToString("GridHierarchy[county v1, 15 nodes, root=zhungeer]");
  }
}
