package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

class SeedsTest {

  @Test
  void runsEverySeedInOrder() {
    List<Long> seen = new ArrayList<>();
    Seeds.forEachSeed(40L, 3, seen::add);
    assertThat(seen).containsExactly(40L, 41L, 42L);
  }

  @Test
  void aFailureNamesTheSeedThatReproducesItAndStops() {
    List<Long> seen = new ArrayList<>();
    assertThatThrownBy(() -> Seeds.forEachSeed(10, seed -> {
      seen.add(seed);
      assertThat(seed).isLessThan(3);
    })).isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("seed 3 (4 of 10, replay with forEachSeed(3L, 1, ...)): ")
        .hasCauseInstanceOf(AssertionError.class);
    assertThat(seen).containsExactly(0L, 1L, 2L, 3L);
  }

  @Test
  void theReplayTheMessageNamesRunsTheFailingSeedAloneAndFailsTheSameWay() {
    LongConsumer property = seed -> assertThat(seed % 7).as("seed %s mod 7", seed).isNotEqualTo(5);
    assertThatThrownBy(() -> Seeds.forEachSeed(20, property))
        .hasMessageStartingWith("seed 5 (6 of 20, replay with forEachSeed(5L, 1, ...)): ");
    List<Long> seen = new ArrayList<>();

    assertThatThrownBy(() -> Seeds.forEachSeed(5L, 1, seed -> {
      seen.add(seed);
      property.accept(seed);
    })).hasMessageStartingWith("seed 5 (1 of 1, replay with forEachSeed(5L, 1, ...)): ")
        .hasMessageContaining("seed 5 mod 7");
    assertThat(seen).containsExactly(5L);
  }

  @Test
  void anExceptionIsNamedToo() {
    assertThatThrownBy(() -> Seeds.forEachSeed(5, seed -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(AssertionError.class).hasMessageContaining("seed 0").hasMessageEndingWith("boom");
  }

  @Test
  void refusesNoSeedsAtAll() {
    assertThatThrownBy(() -> Seeds.forEachSeed(0, seed -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
  }
}
