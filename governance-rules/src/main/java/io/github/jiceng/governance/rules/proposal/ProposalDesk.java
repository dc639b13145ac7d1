package io.github.jiceng.governance.rules.proposal;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.proposal.ProposalRecord;
import io.github.jiceng.governance.model.proposal.ProposalState;
import io.github.jiceng.governance.model.proposal.ProposalSummary;
import io.github.jiceng.governance.model.proposal.Satisfaction;
import java.time.Duration;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries over proposal records (提案办理查询), as pure functions of a record, a policy and an
 * explicit instant; nothing here reads a clock. {@link #assess} tells where a proposal stands
 * against its deadline at an instant; {@link #summarize} gives the figures of many proposals and
 * {@link #paths} how they climbed to the level that decided them. The
 * steps themselves (receive, accept, assign, start, answer, reject, rate, close, escalate, refer) are
 * decided by {@link ProposalRules}.
 *
 * <pre>{@code
 * DeadlineStatus s = ProposalDesk.assess(record, hierarchy, policy, Instant.parse("2023-03-05T00:00:00Z"));
 * if (s instanceof DeadlineStatus.Overdue o) {
 *   stream.handle(new ProposalCommand.Escalate(record.id(), now));   // handled by o.target() now
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe. An instant outside {@link
 * io.github.jiceng.governance.model.time.TimeLimits} throws a {@code DomainValidationException}
 * (rule {@code instant-range}) before anything else.
 */
public final class ProposalDesk {

  private ProposalDesk() {}

  /**
   * Tells where the proposal stands against its current state's deadline at the instant.
   *
   * @param r the record
   * @param hierarchy the grid hierarchy holding the proposal's handling grid node
   * @param policy the handling policy
   * @param at the instant
   * @return no deadline, on time, or overdue with the levels due and the grid nodes they reach
   * @throws DomainValidationException if the hierarchy does not hold the grid node
   */
  public static DeadlineStatus assess(ProposalRecord r, GridHierarchy hierarchy, HandlingPolicy policy, Instant at) {
    requireNonNull(r, "r");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(policy, "policy");
    checkInstant(at);
    Optional<Duration> limit = r.state().isFinal() ? Optional.empty() : policy.deadline(r.state());
    if (limit.isEmpty()) {
      return new DeadlineStatus.NoDeadline(r.state());
    }
    Instant deadline = r.stateSince().plus(limit.get());
    if (at.isBefore(deadline)) {
      return new DeadlineStatus.OnTime(deadline, Duration.between(at, deadline));
    }
    Duration overdue = Duration.between(deadline, at);
    long levels = 1 + overdue.dividedBy(policy.escalationInterval());
    GridId base = r.stateEntry().grid();
    List<GridId> above = hierarchy.ancestors(base);
    int reach = (int) Math.min(levels, above.size());
    List<GridId> chain = above.subList(0, reach);
    return new DeadlineStatus.Overdue(deadline, overdue, levels, chain, reach == 0 ? base : chain.get(reach - 1));
  }

  /**
   * Returns the figures of the proposals at the instant.
   *
   * @param records the records
   * @param policy the handling policy, for the deadlines
   * @param at the instant
   * @return the summary
   */
  public static ProposalSummary summarize(Collection<ProposalRecord> records, HandlingPolicy policy, Instant at) {
    DomainChecks.noNullElements(records, "records");
    requireNonNull(records, "records");
    requireNonNull(policy, "policy");
    checkInstant(at);
    Map<ProposalState, Integer> byState = new EnumMap<>(ProposalState.class);
    for (ProposalState s : ProposalState.values()) {
      byState.put(s, 0);
    }
    Map<Satisfaction, Integer> ratings = new EnumMap<>(Satisfaction.class);
    for (Satisfaction s : Satisfaction.values()) {
      ratings.put(s, 0);
    }
    int overdue = 0;
    int escalated = 0;
    for (ProposalRecord r : records) {
      byState.merge(r.state(), 1, Integer::sum);
      r.satisfaction().ifPresent(s -> ratings.merge(s, 1, Integer::sum));
      Optional<Duration> limit = r.state().isFinal() ? Optional.empty() : policy.deadline(r.state());
      if (limit.isPresent() && !at.isBefore(r.stateSince().plus(limit.get()))) {
        overdue++;
      }
      if (r.events().stream()
          .anyMatch(e -> e.kind() == io.github.jiceng.governance.model.proposal.ProposalEvent.Kind.ESCALATED)) {
        escalated++;
      }
    }
    return new ProposalSummary(records.size(), byState, overdue, escalated, ratings);
  }

  /**
   * Returns how the proposals reached the level that decided them: per proposal and per grid
   * level, the levels climbed by escalation and by referral and the time it took (see {@link
   * ProposalPaths}).
   *
   * @param records the records
   * @param hierarchy the grid hierarchy holding their grid nodes, for the levels
   * @return the paths
   * @throws DomainValidationException (rule {@code node-exists}) if the hierarchy does not hold a
   *     deciding grid node
   */
  public static ProposalPaths paths(Collection<ProposalRecord> records, GridHierarchy hierarchy) {
    return ProposalPaths.of(records, hierarchy);
  }

  /** An instant outside {@link TimeLimits} is bad input, not a business refusal. */
  private static void checkInstant(Instant at) {
    TimeLimits.check("ProposalDesk", "at", requireNonNull(at, "at"));
  }
}
