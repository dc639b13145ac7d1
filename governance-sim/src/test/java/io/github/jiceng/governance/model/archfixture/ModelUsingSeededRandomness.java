package io.github.jiceng.governance.model.archfixture;

import java.time.Clock;
import java.time.Instant;
import java.util.SplittableRandom;

/** Allowed: randomness from a seed and time from a clock the caller passes in. */
public final class ModelUsingSeededRandomness {
  public int roll(long seed) {
    return new SplittableRandom(seed).nextInt(6);
  }

  public Instant stamp(Clock clock) {
    return Instant.now(clock);
  }
}
