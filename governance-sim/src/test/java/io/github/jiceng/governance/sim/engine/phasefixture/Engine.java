package io.github.jiceng.governance.sim.engine.phasefixture;

import java.util.TreeMap;

/** An engine that keeps a phase's state where every desk can edit it: what the phase rules forbid. */
public final class Engine {

  /** Loads per resource, package-private so that desks edit it. */
  final TreeMap<String, Integer> loads = new TreeMap<>();

  private final LeakyDesk desk = new LeakyDesk(this);

  /** Runs a day. */
  public void step() {
    desk.claim("r-1");
  }
}
