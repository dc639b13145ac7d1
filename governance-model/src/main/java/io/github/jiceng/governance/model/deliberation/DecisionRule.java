package io.github.jiceng.governance.model.deliberation;

/**
 * What share of the ballots an option needs to be adopted (表决规则). Ballots count once each;
 * an abstention is a ballot for no option.
 */
public enum DecisionRule {
  /** 过半数（不计弃权）: more than half of the ballots for an option. */
  SIMPLE_MAJORITY,
  /** 过半数（计弃权）: more than half of all ballots, abstentions included. */
  ABSOLUTE_MAJORITY,
  /** 三分之二: at least two thirds of all ballots, abstentions included. */
  TWO_THIRDS;

  /**
   * Returns whether an option with the votes is adopted.
   *
   * @param votes the option's votes
   * @param ballots every valid ballot, abstentions included
   * @param abstentions the abstentions among them
   * @return true when the option meets the rule
   */
  public boolean adopts(int votes, int ballots, int abstentions) {
    switch (this) {
      case SIMPLE_MAJORITY:
        return 2L * votes > ballots - abstentions;
      case ABSOLUTE_MAJORITY:
        return 2L * votes > ballots;
      default:
        return 3L * votes >= 2L * ballots && ballots > 0;
    }
  }
}
