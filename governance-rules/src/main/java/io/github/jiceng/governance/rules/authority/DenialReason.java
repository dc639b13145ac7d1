package io.github.jiceng.governance.rules.authority;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why an action is refused (驳回代码, feature {@code authority}), from the most to the least
 * specific. When several grants fail for different reasons, the decision gives the most specific
 * one. Every refusal carries the arguments {@code actor}, {@code action} and {@code grid}; the
 * codes below name the further arguments they carry.
 */
public enum DenialReason implements RefusalCode {
  /** The target grid is not in the hierarchy; also carries {@code root}, the hierarchy's root. */
  UNKNOWN_GRID,
  /** The actor is not in the roster. */
  UNKNOWN_ACTOR,
  /**
   * A post would allow the action here, but the actor is not its acting holder at the instant: a
   * B holder while A is present, or a holder who is away. Also carries {@code post} and {@code
   * slot}, the post and the slot the actor holds on it.
   */
  NOT_ACTING_HOLDER,
  /**
   * The actor has a post, role or kind that covers the grid, but none of them grants the action:
   * a deputy who tries to dispatch. Also carries {@code scope}, the grid the basis covers, and
   * {@code granted}, the actions it grants.
   */
  ACTION_NOT_GRANTED,
  /**
   * The actor is granted the action, but only in other grid subtrees. Also carries {@code scope},
   * the root of the subtree the grant covers.
   */
  OUTSIDE_SCOPE,
  /** Nothing the actor holds grants the action anywhere. */
  NO_GRANT,
  /**
   * The platform's section does not show records of this kind to anyone but their subject (see
   * {@link PlatformViews}). Also carries {@code section} and {@code kind}.
   */
  NOT_SHOWN_IN_SECTION;

  private final String key = RefusalCode.keyOf("authority", this);

  /** Returns the stable key, such as {@code authority.outside-scope}. */
  @Override
  public String key() {
    return key;
  }
}
