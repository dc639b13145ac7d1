package io.github.jiceng.governance.model.service;

/**
 * How a dispatched demand is fulfilled (承接渠道): the three channels of the article.
 *
 * <p>Only {@link #PURCHASE} spends the community's purchase budget; a co-building unit that claims
 * a demand serves at its own cost, and the community pays for what it undertakes from its own
 * means.
 */
public enum Channel {
  /** A co-building unit claims it and serves at its own cost (共建单位认领). */
  CLAIM,
  /** The community buys the service from a social organization, within a budget (社会组织购买). */
  PURCHASE,
  /** The community undertakes it itself, the fallback, within its own capacity (社区承接). */
  UNDERTAKE
}
