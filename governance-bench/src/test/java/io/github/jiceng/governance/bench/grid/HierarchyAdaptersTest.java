package io.github.jiceng.governance.bench.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.bench.grid.HierarchyAdapter.Impl;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.GridTotals;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that B-HIERARCHY compares like with like: on a small instance the SDK and JGraphT
 * adapters give the same answer to every ancestor query and the same total for every node, and
 * both match the instance's known answers.
 */
class HierarchyAdaptersTest {

  private static HierarchyInstance instance;
  private static SdkHierarchyAdapter sdk;
  private static HierarchyAdapter jgrapht;

  @BeforeAll
  static void build() {
    instance = HierarchyInstance.generate(1_000, 20_000);
    sdk = (SdkHierarchyAdapter) Impl.SDK.build(instance.nodes());
    jgrapht = Impl.JGRAPHT.build(instance.nodes());
  }

  @Test
  void smallInstanceHasTheAnchorShape() {
    GridHierarchy h = sdk.hierarchy();
    assertThat(instance.size()).isBetween(700, 1_500);
    assertThat(h.root()).isEqualTo(GridId.of("county"));
    assertThat(h.nodesAtLevel("STREET")).isNotEmpty();
    for (GridId building : h.nodesAtLevel("BUILDING")) {
      assertThat(h.depth(building)).isEqualTo(4);
      assertThat(h.children(building)).isEmpty();
    }
    assertThat(h.node(GridId.of("s1-c1-g1-b1")).code()).hasValueSatisfying(
        code -> assertThat(code).hasToString("150622001001.01.001@2023"));
  }

  @Test
  void anchorTargetGivesTheAnchorNodeCount() {
    assertThat(HierarchyInstance.nodeCount(HierarchyInstance.ANCHOR_NODES)).isEqualTo(1_057_053);
    assertThat(HierarchyInstance.fanOuts(HierarchyInstance.ANCHOR_NODES)).containsExactly(16, 10, 20, 300);
  }

  @Test
  void generationIsDeterministic() {
    HierarchyInstance again = HierarchyInstance.generate(1_000, 20_000);
    assertThat(again.nodes()).isEqualTo(instance.nodes());
    assertThat(again.queryAncestorPositions()).isEqualTo(instance.queryAncestorPositions());
    assertThat(again.queryNodePositions()).isEqualTo(instance.queryNodePositions());
    assertThat(again.residentsByPosition()).isEqualTo(instance.residentsByPosition());
  }

  @Test
  void threeQuartersOfTheQueriesAreTrue() {
    assertThat(instance.expectedTrueQueries()).isEqualTo(15_000);
  }

  @Test
  void sdkPreorderIsTheInstancesPreorder() {
    for (int p = 0; p < instance.size(); p++) {
      assertThat(sdk.hierarchy().idAt(p)).isEqualTo(instance.idAtPosition(p));
    }
  }

  @Test
  void everyAncestorAnswerAgrees() {
    GridId[] a = instance.queryAncestorIds();
    GridId[] b = instance.queryNodeIds();
    int[] ap = instance.queryAncestorPositions();
    int[] bp = instance.queryNodePositions();
    int trueAnswers = 0;
    for (int q = 0; q < instance.queryCount(); q++) {
      boolean expected = jgrapht.isAncestorOf(a[q], b[q]);
      assertThat(sdk.isAncestorOf(a[q], b[q])).as("query %d: %s above %s", q, a[q], b[q]).isEqualTo(expected);
      assertThat(sdk.hierarchy().isAncestorOf(ap[q], bp[q])).as("query %d by position", q).isEqualTo(expected);
      trueAnswers += expected ? 1 : 0;
    }
    assertThat(trueAnswers).isEqualTo(instance.expectedTrueQueries());
    assertThat(sdk.countAncestors(a, b)).isEqualTo(trueAnswers);
    assertThat(sdk.countAncestors(ap, bp)).isEqualTo(trueAnswers);
    assertThat(jgrapht.countAncestors(a, b)).isEqualTo(trueAnswers);
  }

  @Test
  void everyPairOfNodesAgrees() {
    GridHierarchy h = sdk.hierarchy();
    for (GridNode x : instance.nodes()) {
      for (GridNode y : instance.nodes()) {
        assertThat(sdk.isAncestorOf(x.id(), y.id())).isEqualTo(jgrapht.isAncestorOf(x.id(), y.id()));
      }
      assertThat(h.ancestors(x.id())).allSatisfy(a -> assertThat(jgrapht.isAncestorOf(a, x.id())).isTrue());
    }
  }

  @Test
  void everyRollUpTotalAgrees() {
    ToLongFunction<GridId> fromSdk = sdk.rollUp(instance);
    ToLongFunction<GridId> fromJgrapht = jgrapht.rollUp(instance);
    GridTotals byNode = sdk.rollUpByNode(instance);
    long sumOfTotals = 0;
    for (GridNode node : instance.nodes()) {
      long expected = fromJgrapht.applyAsLong(node.id());
      assertThat(fromSdk.applyAsLong(node.id())).as(node.id().value()).isEqualTo(expected);
      assertThat(byNode.total(node.id())).as(node.id().value()).isEqualTo(expected);
      sumOfTotals += expected;
    }
    assertThat(fromSdk.applyAsLong(instance.rootId())).isEqualTo(instance.expectedRootTotal());
    // Every building's residents count at the building and at its four ancestors.
    assertThat(sumOfTotals).isEqualTo(5 * instance.expectedRootTotal());
  }

  @Test
  void benchmarkChecksPass() {
    HierarchyBenchmark.Checks.verify(sdk, instance);
    HierarchyBenchmark.Checks.verify(jgrapht, instance);
    HierarchyBenchmark.Checks.verifySdkVariants(sdk, instance);
  }
}
