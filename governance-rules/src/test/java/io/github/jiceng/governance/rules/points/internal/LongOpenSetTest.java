package io.github.jiceng.governance.rules.points.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The open-addressing set answers as a {@code HashSet<Long>} does, zero and collisions included. */
final class LongOpenSetTest {

  static LongStream seeds() {
    return SeedCount.longs(100);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void agreesWithAHashSet(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = random.nextInt(5_000);
    LongOpenSet set = new LongOpenSet(n);
    Set<Long> oracle = new HashSet<>();
    int range = 1 + random.nextInt(3 * n + 1);
    for (int i = 0; i < n; i++) {
      // small values collide often; multiples of 2^k probe the hash's spreading
      long v = random.nextBoolean() ? random.nextInt(range) : ((long) random.nextInt(range)) << random.nextInt(40);
      assertThat(set.contains(v)).as("seed %s, value %s", seed, v).isEqualTo(oracle.contains(v));
      assertThat(set.add(v)).as("seed %s, value %s", seed, v).isEqualTo(oracle.add(v));
    }
    assertThat(set.size()).as("seed %s", seed).isEqualTo(oracle.size());
  }

  @Test
  void refusesToGrowPastItsCapacity() {
    LongOpenSet set = new LongOpenSet(8);
    for (long v = 1; v <= 8; v++) {
      set.add(v);
    }
    assertThat(set.size()).isEqualTo(8);
    assertThatIllegalStateException().isThrownBy(() -> {
      for (long v = 9; v < 100; v++) {
        set.add(v);
      }
    });
  }
}
