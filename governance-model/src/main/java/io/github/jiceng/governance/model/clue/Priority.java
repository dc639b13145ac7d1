package io.github.jiceng.governance.model.clue;

/** How soon a surveyed clue should be acted on (优先级), most urgent first. */
public enum Priority {
  /** 紧急: safety at stake. */
  URGENT,
  /** 高: many residents affected. */
  HIGH,
  /** 中. */
  NORMAL,
  /** 低. */
  LOW
}
