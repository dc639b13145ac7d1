package io.github.jiceng.governance.rules.authority;

/**
 * Why an action is refused, from the most to the least specific. When several grants fail for
 * different reasons, the decision gives the most specific one.
 */
public enum DenialReason {
  /** The target grid is not in the hierarchy. */
  UNKNOWN_GRID,
  /** The actor is not in the roster. */
  UNKNOWN_ACTOR,
  /**
   * A post would allow the action here, but the actor is not its acting holder at the instant: a
   * B holder while A is present, or a holder who is away.
   */
  NOT_ACTING_HOLDER,
  /**
   * The actor has a post, role or kind that covers the grid, but none of them grants the action:
   * a deputy who tries to dispatch.
   */
  ACTION_NOT_GRANTED,
  /** The actor is granted the action, but only in other grid subtrees. */
  OUTSIDE_SCOPE,
  /** Nothing the actor holds grants the action anywhere. */
  NO_GRANT
}
