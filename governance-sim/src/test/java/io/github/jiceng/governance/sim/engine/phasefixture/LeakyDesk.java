package io.github.jiceng.governance.sim.engine.phasefixture;

/** A desk that holds the engine and edits its map directly, and leaves its own count open to others. */
public final class LeakyDesk {

  private final Engine engine;

  /** Claims made, package-private so that others can change it. */
  int claims;

  LeakyDesk(Engine engine) {
    this.engine = engine;
  }

  /** Claims a resource by editing the engine's map. */
  void claim(String resource) {
    engine.loads.merge(resource, 1, Integer::sum);
    claims++;
  }
}
