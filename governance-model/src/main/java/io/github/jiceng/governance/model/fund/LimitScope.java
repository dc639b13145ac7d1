package io.github.jiceng.governance.model.fund;

/** What a recipient limit counts (限次范围): cases of the same category, or of the whole group. */
public enum LimitScope {
  /** Count cases of the same category only. */
  CATEGORY,
  /** Count cases of every category in the same group, such as any award of 三奖. */
  GROUP
}
