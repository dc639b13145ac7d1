package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;

/** Reads the points ledger's decisions in tests, failing with the decision when it is not the one expected. */
final class Decided {

  private Decided() {}

  /** The entry an applied decision is named for: its last. */
  static LedgerEntry entry(Decision<LedgerEntry> d) {
    assertThat(d).as("an applied decision").isInstanceOf(Decision.Applied.class);
    return ((Decision.Applied<LedgerEntry>) d).last();
  }

  /** The award an applied decision booked. */
  static Award award(Decision<LedgerEntry> d) {
    return (Award) entry(d);
  }

  /** The refusal of a refused decision. */
  static Refusal refusal(Decision<?> d) {
    assertThat(d).as("a refused decision").isInstanceOf(Decision.Refused.class);
    return ((Decision.Refused<?>) d).refusal();
  }

  /** The code of a refused decision. */
  static PointsRefusal code(Decision<?> d) {
    return (PointsRefusal) refusal(d).code();
  }
}
