package io.github.jiceng.governance.rules.post;

/** Why no one acts on a post at an instant (空岗原因). */
public enum VacancyReason {
  /** Neither an A nor a B holder is assigned. */
  NO_HOLDER,
  /** Only one holder is assigned, and that holder is away. */
  ONLY_HOLDER_AWAY,
  /** Both holders are assigned, and both are away. */
  BOTH_AWAY
}
