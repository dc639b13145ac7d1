package io.github.jiceng.governance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The persistent map answers as a {@link TreeMap} does after the same puts and removals, every
 * earlier version stays as it was, equal contents are equal whatever the history, and the tree
 * stays balanced. The seed is in each test's name.
 */
final class PersistentSortedMapTest {

  static LongStream seeds() {
    return SeedCount.longs(200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void agreesWithATreeMapAndKeepsEveryVersion(long seed) {
    Random random = new Random(seed);
    PersistentSortedMap<Integer, String> map = PersistentSortedMap.empty();
    TreeMap<Integer, String> expected = new TreeMap<>();
    List<PersistentSortedMap<Integer, String>> versions = new ArrayList<>();
    List<TreeMap<Integer, String>> snapshots = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      int key = random.nextInt(120);
      if (random.nextInt(3) == 0) {
        map = map.minus(key);
        expected.remove(key);
      } else {
        String value = "v" + random.nextInt(5);
        map = map.plus(key, value);
        expected.put(key, value);
      }
      if (i % 40 == 0) {
        versions.add(map);
        snapshots.add(new TreeMap<>(expected));
      }
      assertThat(map.size()).as("seed %s, step %s", seed, i).isEqualTo(expected.size());
      assertThat(map.get(key)).as("seed %s, step %s", seed, i).isEqualTo(expected.get(key));
    }
    assertThat(entries(map)).as("seed %s", seed).containsExactlyElementsOf(expected.entrySet());
    assertThat(map.hashCode()).as("seed %s: a map's hash code", seed).isEqualTo(expected.hashCode());
    assertThat(map.first().map(Map.Entry::getKey)).as("seed %s", seed)
        .isEqualTo(expected.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(expected.firstKey()));
    for (int v = 0; v < versions.size(); v++) {
      assertThat(entries(versions.get(v))).as("seed %s: version %s unchanged", seed, v)
          .containsExactlyElementsOf(snapshots.get(v).entrySet());
    }
    PersistentSortedMap<Integer, String> rebuilt = PersistentSortedMap.empty();
    List<Integer> keys = new ArrayList<>(expected.keySet());
    java.util.Collections.shuffle(keys, random);
    for (Integer k : keys) {
      rebuilt = rebuilt.plus(k, expected.get(k));
    }
    assertThat(rebuilt).as("seed %s: the same entries in another order", seed).isEqualTo(map)
        .hasSameHashCodeAs(map);
    if (!expected.isEmpty()) {
      assertThat(rebuilt.plus(keys.get(0), "other")).as("seed %s", seed).isNotEqualTo(map);
    }
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void staysBalancedWhenKeysComeInOrder(long seed) {
    PersistentSortedMap<Long, Long> map = PersistentSortedMap.empty();
    int n = 1 << 12;
    for (long k = 0; k < n; k++) {
      map = map.plus(seed * n + k, k);
    }
    assertThat(map.height()).as("seed %s: the height of %s entries", seed, n)
        .isLessThanOrEqualTo((int) (1.45 * Math.log(n + 2) / Math.log(2)));
    for (long k = 0; k < n; k += 2) {
      map = map.minus(seed * n + k);
    }
    assertThat(map.size()).isEqualTo(n / 2);
    assertThat(map.height()).as("seed %s: the height of %s entries", seed, n / 2)
        .isLessThanOrEqualTo((int) (1.45 * Math.log(n / 2 + 2) / Math.log(2)));
    assertThat(map.first().orElseThrow().getKey()).isEqualTo(seed * n + 1);
    for (long k = 1; k < n; k += 2) {
      assertThat(map.get(seed * n + k)).isEqualTo(k);
    }
  }

  private static List<Map.Entry<Integer, String>> entries(PersistentSortedMap<Integer, String> map) {
    List<Map.Entry<Integer, String>> out = new ArrayList<>();
    map.forEach(out::add);
    return out;
  }
}
