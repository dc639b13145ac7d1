package io.github.jiceng.governance.model.post;

/** The two holders of an A/B post (AB岗). */
public enum HolderSlot {
  /** A岗: the primary holder, who acts whenever present. */
  A,
  /** B岗: the backup holder, who acts while A is away or unassigned. */
  B
}
