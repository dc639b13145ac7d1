package io.github.jiceng.governance.model.matching;

/** Why a resource cannot serve a demand; checked in this order, the first that applies is given. */
public enum Ineligibility {
  /** The policy does not allow the resource's channel. */
  CHANNEL_NOT_ALLOWED,
  /** The resource lacks a capability the demand needs. */
  CAPABILITY_MISSING,
  /** The demand's grid lies outside every subtree the resource covers. */
  OUTSIDE_COVERAGE,
  /** The resource is not available at any time of the demand's window. */
  OUTSIDE_WINDOW,
  /** The resource has no capacity left this period. */
  NO_CAPACITY
}
