/**
 * The immutable domain types of grassroots governance (基层治理) and the grid hierarchy; free of Jackson and logging.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated.
 */
module io.github.jiceng.governance.model {
  requires com.google.common;
  requires transitive org.jspecify;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.model.actor;
  exports io.github.jiceng.governance.model.assessment;
  exports io.github.jiceng.governance.model.authority;
  exports io.github.jiceng.governance.model.checkin;
  exports io.github.jiceng.governance.model.clue;
  exports io.github.jiceng.governance.model.code;
  exports io.github.jiceng.governance.model.deliberation;
  exports io.github.jiceng.governance.model.fund;
  exports io.github.jiceng.governance.model.grid;
  exports io.github.jiceng.governance.model.matching;
  exports io.github.jiceng.governance.model.money;
  exports io.github.jiceng.governance.model.points;
  exports io.github.jiceng.governance.model.post;
  exports io.github.jiceng.governance.model.proposal;
  exports io.github.jiceng.governance.model.service;
  exports io.github.jiceng.governance.model.shared;
  exports io.github.jiceng.governance.model.simulation;
  exports io.github.jiceng.governance.model.taxonomy;
  exports io.github.jiceng.governance.model.time;
  exports io.github.jiceng.governance.model.volunteer;
}
