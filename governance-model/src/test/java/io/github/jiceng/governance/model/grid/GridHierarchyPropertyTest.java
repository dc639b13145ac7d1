package io.github.jiceng.governance.model.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query of {@link GridHierarchy} against a naive parent walk, on random trees of random
 * shape (deep chains, wide fans, everything between) given in random order. The seed is in the
 * test's name, so a failure can be replayed.
 */
final class GridHierarchyPropertyTest {

  private static final LevelScheme TWO_LEVELS = LevelScheme.builder("alternating")
      .level("A", "甲", LevelCoding.none())
      .level("B", "乙", LevelCoding.none())
      .root("A", "B")
      .allow("A", "A", "B")
      .allow("B", "A", "B")
      .build();

  static LongStream seeds() {
    return LongStream.range(0, 500);
  }

  /** A random tree: node i's parent is one of the nodes before it, biased by the seed's shape. */
  private static Map<GridId, Optional<GridId>> randomTree(SplittableRandom random, int n) {
    Map<GridId, Optional<GridId>> parents = new HashMap<>();
    List<GridId> ids = new ArrayList<>();
    int shape = random.nextInt(3); // 0 uniform, 1 deep (recent parents), 2 wide (early parents)
    for (int i = 0; i < n; i++) {
      GridId id = GridId.of("n" + i);
      if (i == 0) {
        parents.put(id, Optional.empty());
      } else {
        int p;
        if (shape == 1) {
          p = Math.max(0, i - 1 - random.nextInt(Math.min(i, 3)));
        } else if (shape == 2) {
          p = random.nextInt(Math.min(i, 4));
        } else {
          p = random.nextInt(i);
        }
        parents.put(id, Optional.of(ids.get(p)));
      }
      ids.add(id);
    }
    return parents;
  }

  private static List<GridId> naiveAncestors(Map<GridId, Optional<GridId>> parents, GridId id) {
    List<GridId> out = new ArrayList<>();
    for (Optional<GridId> p = parents.get(id); p.isPresent(); p = parents.get(p.get())) {
      out.add(p.get());
    }
    return out;
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void everyQueryAgreesWithANaiveParentWalk(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 1 + random.nextInt(seed % 10 == 0 ? 2_000 : 120);
    Map<GridId, Optional<GridId>> parents = randomTree(random, n);
    List<GridNode> nodes = new ArrayList<>();
    Map<GridId, Long> own = new HashMap<>();
    for (int i = 0; i < n; i++) {
      GridId id = GridId.of("n" + i);
      nodes.add(GridNode.builder().id(id).level(random.nextBoolean() ? "A" : "B")
          .parent(parents.get(id)).name("节点" + i).build());
      own.put(id, (long) random.nextInt(50));
    }
    Collections.shuffle(nodes, new java.util.Random(seed));
    GridHierarchy h = GridHierarchy.of(TWO_LEVELS, nodes);
    assertThat(h.size()).isEqualTo(n);
    assertThat(h.root()).isEqualTo(GridId.of("n0"));

    Map<GridId, List<GridId>> ancestors = new HashMap<>();
    Map<GridId, Set<GridId>> descendants = new HashMap<>();
    for (GridNode node : nodes) {
      ancestors.put(node.id(), naiveAncestors(parents, node.id()));
      descendants.put(node.id(), new HashSet<>());
    }
    ancestors.forEach((id, up) -> up.forEach(a -> descendants.get(a).add(id)));

    GridTotals totals = h.rollUp(node -> own.get(node.id()));
    for (GridNode node : nodes) {
      GridId id = node.id();
      assertThat(h.parent(id)).as("seed %s parent of %s", seed, id).isEqualTo(parents.get(id));
      assertThat(h.ancestors(id)).as("seed %s ancestors of %s", seed, id).isEqualTo(ancestors.get(id));
      assertThat(h.depth(id)).as("seed %s depth of %s", seed, id).isEqualTo(ancestors.get(id).size());
      assertThat(new HashSet<>(h.descendants(id))).as("seed %s descendants of %s", seed, id)
          .isEqualTo(descendants.get(id));
      assertThat(h.subtreeSize(id)).isEqualTo(descendants.get(id).size() + 1);
      List<GridId> expectedChildren = new ArrayList<>();
      for (GridNode c : nodes) {
        if (c.parent().equals(Optional.of(id))) {
          expectedChildren.add(c.id());
        }
      }
      assertThat(h.children(id)).as("seed %s children of %s in input order", seed, id)
          .isEqualTo(expectedChildren);
      long expectedTotal = own.get(id) + descendants.get(id).stream().mapToLong(own::get).sum();
      assertThat(totals.total(id)).as("seed %s roll-up of %s", seed, id).isEqualTo(expectedTotal);
      assertThat(h.nodesAtLevel(node.level(), id)).as("seed %s level filter", seed)
          .containsExactlyInAnyOrderElementsOf(
              descendantsAndSelf(descendants, id).stream()
                  .filter(d -> h.node(d).level().equals(node.level())).toList());
    }

    for (int q = 0; q < 200; q++) {
      GridId a = GridId.of("n" + random.nextInt(n));
      GridId b = GridId.of("n" + random.nextInt(n));
      boolean expectedAncestor = ancestors.get(b).contains(a);
      assertThat(h.isAncestorOf(a, b)).as("seed %s isAncestorOf(%s, %s)", seed, a, b).isEqualTo(expectedAncestor);
      GridId lca = naiveLca(ancestors, a, b);
      assertThat(h.lowestCommonAncestor(a, b)).as("seed %s lca(%s, %s)", seed, a, b).isEqualTo(lca);
      int expectedDistance = depthOf(ancestors, a) + depthOf(ancestors, b) - 2 * depthOf(ancestors, lca);
      assertThat(h.distance(a, b)).as("seed %s distance", seed).isEqualTo(expectedDistance);
      List<GridId> path = h.path(a, b);
      assertThat(path).as("seed %s path", seed).hasSize(expectedDistance + 1).startsWith(a).endsWith(b).contains(lca)
          .doesNotHaveDuplicates();
      for (int i = 1; i < path.size(); i++) {
        GridId x = path.get(i - 1);
        GridId y = path.get(i);
        assertThat(parents.get(x).equals(Optional.of(y)) || parents.get(y).equals(Optional.of(x)))
            .as("seed %s path step %s-%s is an edge", seed, x, y).isTrue();
      }
    }
  }

  private static List<GridId> descendantsAndSelf(Map<GridId, Set<GridId>> descendants, GridId id) {
    List<GridId> out = new ArrayList<>(descendants.get(id));
    out.add(id);
    return out;
  }

  private static int depthOf(Map<GridId, List<GridId>> ancestors, GridId id) {
    return ancestors.get(id).size();
  }

  private static GridId naiveLca(Map<GridId, List<GridId>> ancestors, GridId a, GridId b) {
    List<GridId> upA = new ArrayList<>();
    upA.add(a);
    upA.addAll(ancestors.get(a));
    Set<GridId> upB = new HashSet<>(ancestors.get(b));
    upB.add(b);
    for (GridId x : upA) {
      if (upB.contains(x)) {
        return x;
      }
    }
    throw new AssertionError("no common ancestor of " + a + " and " + b);
  }
}
