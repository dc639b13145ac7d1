package io.github.jiceng.governance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PersistentSortedMap#plusAll} gives the map that one {@code plus} per update gives, leaves
 * the map it started from as it was, builds a balanced tree, and refuses updates out of order. The
 * seed is in each test's name.
 */
final class PersistentSortedMapPlusAllTest {

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void mergingSortedUpdatesEqualsPuttingThemOneByOne(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PersistentSortedMap<Integer, String> start = PersistentSortedMap.empty();
    for (int i = random.nextInt(300); i > 0; i--) {
      start = start.plus(random.nextInt(500), "s" + random.nextInt(4));
    }
    TreeMap<Integer, String> updates = new TreeMap<>();
    for (int i = random.nextInt(300); i > 0; i--) {
      updates.put(random.nextInt(500), "u" + random.nextInt(4));
    }
    List<Map.Entry<Integer, String>> before = entries(start);

    PersistentSortedMap<Integer, String> merged = start.plusAll(new ArrayList<>(updates.entrySet()));
    PersistentSortedMap<Integer, String> oneByOne = start;
    for (Map.Entry<Integer, String> e : updates.entrySet()) {
      oneByOne = oneByOne.plus(e.getKey(), e.getValue());
    }

    assertThat(merged).as("seed %s", seed).isEqualTo(oneByOne).hasSameHashCodeAs(oneByOne);
    assertThat(entries(merged)).as("seed %s", seed).containsExactlyElementsOf(entries(oneByOne));
    assertThat(merged.size()).as("seed %s", seed).isEqualTo(oneByOne.size());
    assertThat(entries(start)).as("seed %s: the start is unchanged", seed).containsExactlyElementsOf(before);
    int n = merged.size();
    assertThat(updates.isEmpty() || merged.height() <= 32 - Integer.numberOfLeadingZeros(n))
        .as("seed %s: a merge builds a perfectly balanced tree of %s entries, height %s", seed, n, merged.height())
        .isTrue();
    assertThat(merged.height()).as("seed %s: the height of %s entries", seed, n)
        .isLessThanOrEqualTo((int) (1.45 * Math.log(n + 2) / Math.log(2)));
    assertThat(merged.plus(1000, "x").minus(1000)).as("seed %s: still a working tree", seed).isEqualTo(merged);
  }

  @Test
  void noUpdateIsTheSameMap() {
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.<Integer, String>empty().plus(1, "a");
    assertThat(map.plusAll(List.of())).isSameAs(map);
  }

  @Test
  void updatesOutOfOrderOrRepeatedAreRefused() {
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
    assertThatThrownBy(() -> map.plusAll(List.of(entry(2, "b"), entry(1, "a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> map.plusAll(List.of(entry(1, "b"), entry(1, "a"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("strictly increasing");
  }

  private static Map.Entry<Integer, String> entry(int k, String v) {
    return new AbstractMap.SimpleImmutableEntry<>(k, v);
  }

  private static List<Map.Entry<Integer, String>> entries(PersistentSortedMap<Integer, String> map) {
    List<Map.Entry<Integer, String>> out = new ArrayList<>();
    map.forEach(out::add);
    return out;
  }
}
