/**
 * The Jackson 2 binding of the model and the SDK's versioned file formats.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated.
 */
module io.github.jiceng.governance.json {
  requires transitive io.github.jiceng.governance.model;
  // The simulation section of scenario files and the simulation event log.
  requires transitive io.github.jiceng.governance.sim.model;
  requires transitive com.fasterxml.jackson.databind;

  exports io.github.jiceng.governance.json;
  // The codec tables and token adapters, to the Jackson 3 binding only (ADR 0024).
  exports io.github.jiceng.governance.json.internal to io.github.jiceng.governance.json.jackson3;
  // Resources only: the formats' JSON Schemas, readable by any module.
  opens io.github.jiceng.governance.json.schema;
  // Its validation texts, read by the model's ValidationMessages.
  opens io.github.jiceng.governance.json to io.github.jiceng.governance.model;
  provides com.fasterxml.jackson.databind.Module with io.github.jiceng.governance.json.GovernanceJsonModule;
}
