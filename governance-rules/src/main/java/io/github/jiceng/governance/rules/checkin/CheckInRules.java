package io.github.jiceng.governance.rules.checkin;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.jiceng.governance.model.actor.HouseholdId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contact check-ins (党员联系群众打卡) as a stateful rule: each check-in is judged as it arrives,
 * and what {@link CheckInAudit} would flag and never count is refused at once, so that a member
 * hears at the door why a contact does not count and the record holds only check-ins that do.
 *
 * <p>The rules of {@link #decide}, with the thresholds of the {@link CheckInPolicy} and the
 * households assigned to each member (a member absent from the assignments is not checked for
 * them, as in the audit):
 *
 * <ul>
 *   <li>the same check-in again is unchanged; another under a recorded id is {@link
 *       CheckInRefusalCode#ID_REUSED};
 *   <li>a household not assigned to the member is {@link CheckInRefusalCode#OUTSIDE_ASSIGNMENT};
 *   <li>the member and household again within the duplicate window of a recorded check-in, before
 *       or after it, is {@link CheckInRefusalCode#DUPLICATE};
 *   <li>a check-in that would give the member more than the burst limit within one burst window
 *       is {@link CheckInRefusalCode#TOO_FREQUENT}.
 * </ul>
 *
 * <p>Impossible travel stays a warning: of two check-ins too far apart for the time between them,
 * the record cannot tell which one is wrong (a poor position fix is common), so both are recorded
 * and {@link CheckInLog#flags()} names the pair, as the audit does; neither counts in {@link
 * CheckInLog#report()}. Check-ins may arrive in any time order.
 *
 * <p>Judged on arrival, a burst keeps its first {@code burstLimit} check-ins and refuses the rest,
 * and a refused duplicate takes no part in later bursts or journeys; {@link CheckInAudit}, reading
 * a heap after the fact, flags every check-in of a burst. The report of the recorded check-ins is
 * nevertheless exactly {@link CheckInAudit#audit} of them.
 *
 * <pre>{@code
 * CheckInRules rules = CheckInRules.of(CheckInPolicy.defaults(), Map.of(liaison, Set.of(hh1, hh2)));
 * InMemoryStream<CheckInCommand, CheckInLog, CheckIn> log = InMemoryStream.open(rules);
 * Decision<CheckIn> d = log.handle(new CheckInCommand.Record(checkIn));   // refused: checkin.duplicate, ...
 * List<CheckIn> counted = log.state().report().clean();
 * }</pre>
 *
 * <p>The events are the model's {@link CheckIn}s, which the JSON module already reads and writes.
 * An instance is immutable and may be shared between threads.
 */
public final class CheckInRules implements Decider<CheckInCommand, CheckInLog, CheckIn> {

  private final CheckInPolicy policy;
  private final Map<PersonId, Set<HouseholdId>> assignments;

  private CheckInRules(CheckInPolicy policy, Map<PersonId, Set<HouseholdId>> assignments) {
    this.policy = policy;
    this.assignments = assignments;
  }

  /**
   * Returns the rule under a policy and the members' assignments.
   *
   * @param policy the thresholds
   * @param assignments the households assigned to each member (联系户); copied
   * @return the rule
   */
  public static CheckInRules of(CheckInPolicy policy, Map<PersonId, Set<HouseholdId>> assignments) {
    requireNonNull(policy, "policy");
    DomainChecks.noNullEntries(assignments, "assignments");
    ImmutableMap.Builder<PersonId, Set<HouseholdId>> copy = ImmutableMap.builder();
    assignments.forEach((member, households) -> copy.put(member,
        ImmutableSet.copyOf(DomainChecks.noNullElements(households, "assignments[" + member + "]"))));
    return new CheckInRules(policy, copy.buildOrThrow());
  }

  /** Returns the policy the rule judges by. */
  public CheckInPolicy policy() {
    return policy;
  }

  /** Returns the empty log. */
  @Override
  public CheckInLog initialState() {
    return CheckInLog.empty();
  }

  @Override
  public Decision<CheckIn> decide(CheckInCommand command, CheckInLog state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    CheckIn c = ((CheckInCommand.Record) command).checkIn();
    Optional<CheckIn> recorded = state.checkIn(c.id());
    if (recorded.isPresent()) {
      return recorded.get().equals(c) ? Decision.unchanged(List.of(c))
          : Decision.refused(Refusal.of(CheckInRefusalCode.ID_REUSED, "check-in id " + c.id()
              + " is recorded already for another check-in").with("checkIn", c.id()));
    }
    Set<HouseholdId> assigned = assignments.get(c.member());
    if (assigned != null && !assigned.contains(c.household())) {
      return Decision.refused(Refusal.of(CheckInRefusalCode.OUTSIDE_ASSIGNMENT, c.member() + " checked in at "
          + c.household() + ", which is not among the " + assigned.size() + " households assigned to them")
          .with("member", c.member()).with("household", c.household()).with("assigned", assigned.size()));
    }
    List<CheckIn> mine = state.checkInsOf(c.member());
    for (CheckIn other : mine) {
      if (other.household().equals(c.household())
          && Duration.between(other.at(), c.at()).abs().compareTo(policy.duplicateWindow()) < 0) {
        return Decision.refused(Refusal.of(CheckInRefusalCode.DUPLICATE, c.member() + " checked in at "
            + c.household() + " at " + c.at() + ", within " + policy.duplicateWindow() + " of " + other.id()
            + "; one contact per household is counted within that window").with("member", c.member())
            .with("household", c.household()).with("counted", other.id()).with("window", policy.duplicateWindow()));
      }
    }
    if (burst(mine, c)) {
      return Decision.refused(Refusal.of(CheckInRefusalCode.TOO_FREQUENT, c.member() + " would have more than "
          + policy.burstLimit() + " check-ins within " + policy.burstWindow() + " with " + c.id() + " at " + c.at())
          .with("member", c.member()).with("limit", policy.burstLimit()).with("window", policy.burstWindow()));
    }
    return Decision.applied(c);
  }

  /** Whether adding the check-in makes a window with more than the limit, as the audit counts it. */
  private boolean burst(List<CheckIn> mine, CheckIn c) {
    List<CheckIn> near = new ArrayList<>();
    for (CheckIn other : mine) {
      if (Duration.between(other.at(), c.at()).abs().compareTo(policy.burstWindow()) <= 0) {
        near.add(other);
      }
    }
    if (near.size() < policy.burstLimit()) {
      return false;
    }
    near.add(c);
    near.sort(CheckInAudit.TIME_ORDER);
    int start = 0;
    for (int j = 0; j < near.size(); j++) {
      while (Duration.between(near.get(start).at(), near.get(j).at()).compareTo(policy.burstWindow()) > 0) {
        start++;
      }
      if (j - start + 1 > policy.burstLimit()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public CheckInLog evolve(CheckInLog state, CheckIn event) {
    requireNonNull(state, "state");
    return state.with(ImmutableList.of(requireNonNull(event, "event")), policy);
  }

  /** Replays in bulk: every check-in added, then each member's flags computed once. */
  @Override
  public CheckInLog fold(CheckInLog state, Iterable<? extends CheckIn> events) {
    requireNonNull(state, "state");
    ImmutableList.Builder<CheckIn> all = ImmutableList.builder();
    for (CheckIn e : requireNonNull(events, "events")) {
      all.add(requireNonNull(e, "event"));
    }
    return state.with(all.build(), policy);
  }

  /** Returns {@code CheckInRules[policy, n members assigned]}. */
  @Override
  public String toString() {
    return "CheckInRules[" + policy + ", " + assignments.size() + " members assigned]";
  }
}
