/**
 * The simulator's data (模拟数据): the parameters that say how a simulated community behaves and
 * the event log of a run, as immutable values without logic. Kept out of the model kernel, which
 * holds the domain only; the JSON module reads and writes these values (the scenario's
 * {@code simulation} section and the {@code jiceng-governance/simulation-events} file), and the
 * simulator in {@code io.github.jiceng.governance.sim} plays them (ADR 0036).
 */
module io.github.jiceng.governance.sim.model {
  requires transitive io.github.jiceng.governance.model;
  requires com.google.common;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.sim.model;
}
