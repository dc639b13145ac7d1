package io.github.jiceng.governance.testkit;

import static java.util.Objects.requireNonNull;

import java.util.function.LongConsumer;

/**
 * Runs a property over many seeds (种子) so that a failure names the seed that reproduces it.
 * Property tests of the SDK are seeded generators run over many seeds, never a framework that
 * draws its own randomness: a seed printed in a failure replays the exact case.
 *
 * <pre>{@code
 * Seeds.forEachSeed(500, seed -> {
 *   SplittableRandom random = new SplittableRandom(seed);
 *   ...                                   // a failure reads "seed 17 of 500: ..."
 * });
 * }</pre>
 */
public final class Seeds {

  private Seeds() {}

  /**
   * Runs the body for seeds {@code 0} to {@code count - 1}, in order, and stops at the first
   * failure with an {@link AssertionError} whose message starts with the seed.
   *
   * @param count how many seeds, at least 1
   * @param body the property, given the seed
   * @throws AssertionError naming the first seed whose body failed, with the failure as cause
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static void forEachSeed(int count, LongConsumer body) {
    forEachSeed(0, count, body);
  }

  /**
   * Runs the body for {@code count} seeds from {@code first} on, in order, and stops at the first
   * failure with an {@link AssertionError} whose message starts with the seed.
   *
   * @param first the first seed
   * @param count how many seeds, at least 1
   * @param body the property, given the seed
   * @throws AssertionError naming the first seed whose body failed, with the failure as cause
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static void forEachSeed(long first, int count, LongConsumer body) {
    requireNonNull(body, "body");
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    for (int i = 0; i < count; i++) {
      long seed = first + i;
      try {
        body.accept(seed);
      } catch (AssertionError | RuntimeException e) {
        AssertionError named = new AssertionError("seed " + seed + " (" + (i + 1) + " of " + count
            + ", replay with forEachSeed(" + seed + "L, 1, ...)): " + e.getMessage(), e);
        throw named;
      }
    }
  }
}
