package io.github.jiceng.governance.model.service;

/** How urgent a demand is (紧急程度), from routine to critical. */
public enum Urgency {
  /** Can wait for the next regular round. */
  LOW,
  /** The usual case. */
  NORMAL,
  /** Should be served before the usual cases. */
  HIGH,
  /** Must be served first: safety, health or hardship. */
  CRITICAL
}
