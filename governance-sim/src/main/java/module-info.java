/**
 * The deterministic simulator, its reports and the command line.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated.
 */
module io.github.jiceng.governance.sim {
  requires transitive io.github.jiceng.governance.model;
  requires transitive io.github.jiceng.governance.sim.model;
  requires transitive io.github.jiceng.governance.rules;
  requires transitive io.github.jiceng.governance.json;
  requires com.google.common;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.sim.cli;
  exports io.github.jiceng.governance.sim.compare;
  exports io.github.jiceng.governance.sim.engine;
  exports io.github.jiceng.governance.sim.report;
  exports io.github.jiceng.governance.sim.scenario;
  // Its validation texts, read by the model's ValidationMessages.
  opens io.github.jiceng.governance.sim.cli to io.github.jiceng.governance.model;
}
