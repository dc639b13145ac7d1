package io.github.jiceng.governance.model.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of a set of proposals at one instant (办理情况一览), as a platform shows them:
 * proposals per state, how many are overdue and how many were escalated, and the residents'
 * ratings.
 *
 * @param total every proposal
 * @param byState proposals per state, in state order, zeros included
 * @param overdue open proposals whose current state's deadline has passed at the instant
 * @param escalated proposals escalated at least once
 * @param bySatisfaction rated proposals per latest rating, zeros included
 */
public record ProposalSummary(int total, Map<ProposalState, Integer> byState, int overdue, int escalated,
    Map<Satisfaction, Integer> bySatisfaction) {

  /** Copies the maps, keeping the enums' order. */
  public ProposalSummary {
    requireNonNull(byState, "byState");
    requireNonNull(bySatisfaction, "bySatisfaction");
    Map<ProposalState, Integer> s = new EnumMap<>(ProposalState.class);
    s.putAll(DomainChecks.noNullEntries(byState, "byState"));
    byState = Collections.unmodifiableMap(s);
    Map<Satisfaction, Integer> r = new EnumMap<>(Satisfaction.class);
    r.putAll(DomainChecks.noNullEntries(bySatisfaction, "bySatisfaction"));
    bySatisfaction = Collections.unmodifiableMap(r);
  }
}
