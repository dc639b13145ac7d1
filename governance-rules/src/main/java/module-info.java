/**
 * The pure, deterministic rules of grassroots governance over the model's immutable values.
 *
 * <p>Exports the API packages only; the {@code *.internal} packages stay encapsulated.
 */
module io.github.jiceng.governance.rules {
  requires transitive io.github.jiceng.governance.model;
  requires com.google.common;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.jiceng.governance.rules.assessment;
  exports io.github.jiceng.governance.rules.audit;
  exports io.github.jiceng.governance.rules.authority;
  exports io.github.jiceng.governance.rules.checkin;
  exports io.github.jiceng.governance.rules.clue;
  exports io.github.jiceng.governance.rules.deliberation;
  exports io.github.jiceng.governance.rules.fund;
  exports io.github.jiceng.governance.rules.matching;
  exports io.github.jiceng.governance.rules.partition;
  exports io.github.jiceng.governance.rules.points;
  exports io.github.jiceng.governance.rules.post;
  exports io.github.jiceng.governance.rules.proposal;
  exports io.github.jiceng.governance.rules.service;
  exports io.github.jiceng.governance.rules.volunteer;
}
