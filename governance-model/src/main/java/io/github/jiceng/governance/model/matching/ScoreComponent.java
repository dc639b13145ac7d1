package io.github.jiceng.governance.model.matching;

/**
 * The named parts of a pair's score (匹配得分项); each is worth 0 to 1000 points (per mille)
 * before its weight.
 */
public enum ScoreComponent {
  /** How specialised the offer is for the need: the share of the resource's capabilities the demand needs (all when it names none). */
  CAPABILITY_FIT,
  /** How near the resource is: 1000 when the demand's grid is a coverage root, 125 fewer per level below it. */
  GRID_DISTANCE,
  /** How residents rated the claimant before: 0 for a mean of 1 star to 1000 for 5; 500 when unknown. */
  PAST_RATING,
  /** How much of the resource's capacity this period is still free: 1000 when none is used. */
  LOAD_BALANCE,
  /** How urgent the demand is: 250 low, 500 normal, 750 high, 1000 critical. */
  URGENCY
}
