package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.AffairId;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;

/** A fact recorded on one major affair (共议事件), appended by {@link DeliberationRules}. */
public sealed interface DeliberationEvent {

  /** Returns the affair the fact is about. */
  AffairId affair();

  /**
   * The affair was put to deliberation.
   *
   * @param opened the affair
   */
  record Opened(MajorAffair opened) implements DeliberationEvent {
    /** Checks the affair is present. */
    public Opened {
      requireNonNull(opened, "opened");
    }

    @Override
    public AffairId affair() {
      return opened.id();
    }
  }

  /**
   * A valid ballot was cast; it counts.
   *
   * @param affair the affair
   * @param ballot the ballot
   */
  record BallotCast(AffairId affair, Ballot ballot) implements DeliberationEvent {
    /** Checks the parts are present. */
    public BallotCast {
      requireNonNull(affair, "affair");
      requireNonNull(ballot, "ballot");
    }
  }

  /**
   * The ballots were counted and the affair decided; the record is the same as {@link
   * MajorAffairs#decide} gives over the ballots cast.
   *
   * @param decision the decision
   */
  record Decided(AffairDecision decision) implements DeliberationEvent {
    /** Checks the decision is present. */
    public Decided {
      requireNonNull(decision, "decision");
    }

    @Override
    public AffairId affair() {
      return decision.affair();
    }
  }
}
