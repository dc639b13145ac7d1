package io.github.jiceng.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.grid.GridNode;
import io.github.jiceng.governance.model.grid.LevelCoding;
import io.github.jiceng.governance.model.grid.LevelScheme;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class GridPartitioningTest {

  private static final LevelScheme SCHEME = LevelScheme.builder("test")
      .level("STREET", "街道", LevelCoding.none())
      .level("COMMUNITY", "社区", LevelCoding.none())
      .level("GRID", "网格", LevelCoding.none())
      .root("STREET")
      .allow("STREET", "COMMUNITY", "GRID")
      .allow("COMMUNITY", "GRID")
      .allow("GRID", "GRID")
      .build();

  private static GridNode node(String id, String level, String parent) {
    return GridNode.builder().id(GridId.of(id)).level(level).parent(Optional.ofNullable(parent).map(GridId::of))
        .name(id).build();
  }

  private final GridHierarchy h = GridHierarchy.of(SCHEME, List.of(
      node("lantian", "STREET", null),
      node("baiyun", "COMMUNITY", "lantian"),
      node("g1", "GRID", "baiyun"),
      node("g1a", "GRID", "g1"),
      node("tiebei", "COMMUNITY", "lantian"),
      node("loose", "GRID", "lantian")));

  @Test
  void putsEveryNodeBelowALevelNodeIntoItsPartition() {
    GridPartitioning p = GridPartitioning.atLevel(h, "COMMUNITY");
    assertThat(p.roots()).extracting(GridId::value).containsExactly("baiyun", "tiebei");
    assertThat(p.partitionOf(GridId.of("g1a"))).contains(GridId.of("baiyun"));
    assertThat(p.partitionOf(GridId.of("baiyun"))).contains(GridId.of("baiyun"));
    assertThat(p.partitionOf(GridId.of("tiebei"))).contains(GridId.of("tiebei"));
    assertThat(p.partitionOf(GridId.of("lantian"))).isEmpty();
    assertThat(p.partitionOf(GridId.of("loose"))).as("a branch without a community").isEmpty();
    assertThat(p.members(GridId.of("baiyun"))).extracting(GridId::value).containsExactly("baiyun", "g1", "g1a");
    assertThat(p.unpartitioned()).isEqualTo(2);
    assertThat(p).hasToString("GridPartitioning[COMMUNITY, 2 partitions]");
  }

  @Test
  void nestedNodesOfTheLevelBelongToTheOutermost() {
    GridPartitioning p = GridPartitioning.atLevel(h, "GRID");
    assertThat(p.roots()).extracting(GridId::value).containsExactly("g1", "loose");
    assertThat(p.partitionOf(GridId.of("g1a"))).contains(GridId.of("g1"));
  }

  @Test
  void rejectsUnknownLevelsAndNonRoots() {
    assertThatIllegalArgumentException().isThrownBy(() -> GridPartitioning.atLevel(h, "MOON"))
        .withMessageContaining("scheme test has no level MOON [level-in-scheme]");
    GridPartitioning p = GridPartitioning.atLevel(h, "COMMUNITY");
    assertThatIllegalArgumentException().isThrownBy(() -> p.members(GridId.of("g1")))
        .withMessageContaining("g1 is not a partition root at level COMMUNITY [partition-root]");
  }

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void partitionsAreDisjointAndAgreeWithTheNearestLevelAncestor(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(150);
    List<GridNode> nodes = new ArrayList<>();
    nodes.add(node("n0", "STREET", null));
    for (int i = 1; i < n; i++) {
      int parent = random.nextInt(i);
      String parentLevel = nodes.get(parent).level();
      String level = parentLevel.equals("STREET") && random.nextBoolean() ? "COMMUNITY" : "GRID";
      nodes.add(node("n" + i, level, "n" + parent));
    }
    GridHierarchy tree = GridHierarchy.of(SCHEME, nodes);
    GridPartitioning p = GridPartitioning.atLevel(tree, "GRID");
    Set<GridId> seen = new HashSet<>();
    for (GridId root : p.roots()) {
      for (GridId member : p.members(root)) {
        assertThat(seen.add(member)).as("seed %s: %s in two partitions", seed, member).isTrue();
        assertThat(p.partitionOf(member)).as("seed %s", seed).contains(root);
      }
    }
    for (GridNode node : nodes) {
      Optional<GridId> outermostGrid = Optional.empty();
      List<GridId> chain = new ArrayList<>(tree.ancestors(node.id()));
      chain.add(0, node.id());
      for (GridId a : chain) {
        if (tree.node(a).level().equals("GRID")) {
          outermostGrid = Optional.of(a);
        }
      }
      assertThat(p.partitionOf(node.id())).as("seed %s node %s", seed, node.id()).isEqualTo(outermostGrid);
    }
    assertThat(seen.size() + p.unpartitioned()).isEqualTo(n);
  }
}
