package io.github.jiceng.governance.rules.post;

import io.github.jiceng.governance.rules.decider.RefusalCode;

/**
 * Why {@link PostRules} refuses a command on a post (驳回代码, feature {@code post}). Each
 * constant names the arguments its refusals carry; none of them is personal data (persons appear
 * by their opaque id).
 */
public enum PostRefusalCode implements RefusalCode {
  /** The stream has no post yet: establish it first. Carries {@code command}. */
  NOT_ESTABLISHED,
  /** The stream already holds another post. Carries {@code post}, the one it holds, and {@code other}. */
  ALREADY_ESTABLISHED,
  /** The person of an absence holds neither slot of the post now. Carries {@code post} and {@code person}. */
  NOT_A_HOLDER,
  /**
   * The absence overlaps one already recorded for the person, or the person is away with no end
   * recorded yet. Carries {@code person}, {@code start}, and {@code recordedStart} and {@code
   * recordedEnd} of the absence it meets ({@code open} when it has no end yet).
   */
  OVERLAPPING_ABSENCE,
  /**
   * The absence or the assignment is dated before one already recorded: the post's history is
   * appended in time order, so that a timeline or handover already read never changes. Carries
   * {@code start} and {@code latest}, the start of the latest record it would precede.
   */
  OUT_OF_ORDER,
  /** An absence is to end, but the person has no absence without an end. Carries {@code person} and {@code at}. */
  NOT_AWAY,
  /** An absence is to end at or before its start. Carries {@code person}, {@code start} and {@code at}. */
  END_NOT_AFTER_START,
  /**
   * A holder is to be assigned to one slot while holding the other; an A/B post has two persons.
   * Carries {@code person} and {@code slot}, the slot they already hold.
   */
  HOLDS_OTHER_SLOT;

  private final String key = RefusalCode.keyOf("post", this);

  /** Returns the stable key, such as {@code post.overlapping-absence}. */
  @Override
  public String key() {
    return key;
  }
}
