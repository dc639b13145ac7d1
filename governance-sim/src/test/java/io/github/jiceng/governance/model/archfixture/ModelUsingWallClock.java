package io.github.jiceng.governance.model.archfixture;

import java.time.Instant;
import java.util.Random;

/** A deliberate breach for the architecture tests: the wall clock and unseeded randomness. */
public final class ModelUsingWallClock {
  public Instant stamp() {
    return Instant.now();
  }

  public int roll() {
    return new Random().nextInt(6);
  }

  public long millis() {
    return System.currentTimeMillis();
  }
}
