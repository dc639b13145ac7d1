package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Counts the ballots on a major affair (大事共议计票).
 *
 * <p>Ballots are examined in the order they were cast (ties broken by voter id, then choice), so
 * the count does not depend on the order they are handed in. A ballot is not counted if its voter
 * is not a participant, it was cast before voting opened or after the count, its choice is not an
 * option, or its voter already cast a counted ballot. If fewer ballots than the quorum count,
 * nothing is decided; otherwise the option with the most votes is adopted if it meets the rule,
 * and a tie for the most votes adopts nothing.
 *
 * <p>A host that records ballots as they are cast keeps the affair in a stream of {@link
 * DeliberationRules}, which refuses an invalid ballot at once and records this count as its last
 * event.
 *
 * <p>Stateless and thread-safe. A count at an instant outside {@link TimeLimits} throws a {@code
 * DomainValidationException} (rule {@code instant-range}).
 */
public final class MajorAffairs {

  private static final Comparator<Ballot> CAST_ORDER = Comparator.comparing(Ballot::at)
      .thenComparing(Ballot::voter)
      .thenComparingInt(b -> b.choice().orElse(-1));

  private MajorAffairs() {}

  /**
   * Counts the ballots and records the decision.
   *
   * @param affair the affair
   * @param ballots the ballots cast, in any order
   * @param at the instant of the count; ballots cast after it do not count
   * @return the decision, with every ballot not counted and why
   */
  public static AffairDecision decide(MajorAffair affair, Collection<Ballot> ballots, Instant at) {
    requireNonNull(affair, "affair");
    requireNonNull(ballots, "ballots");
    TimeLimits.check("MajorAffairs", "at", requireNonNull(at, "at"));
    List<Ballot> ordered = new ArrayList<>(ballots);
    ordered.sort(CAST_ORDER);
    int[] tally = new int[affair.options().size()];
    int abstentions = 0;
    int counted = 0;
    Set<PersonId> voted = new HashSet<>();
    AffairDecision.Builder b = AffairDecision.builder().affair(affair.id()).decidedAt(at);
    for (Ballot ballot : ordered) {
      AffairDecision.Ignored.@Nullable Reason reason = null;
      if (!affair.participants().contains(ballot.voter())) {
        reason = AffairDecision.Ignored.Reason.NOT_A_PARTICIPANT;
      } else if (ballot.at().isBefore(affair.openedAt()) || ballot.at().isAfter(at)) {
        reason = AffairDecision.Ignored.Reason.OUTSIDE_VOTING;
      } else if (ballot.choice().isPresent()
          && (ballot.choice().getAsInt() < 0 || ballot.choice().getAsInt() >= tally.length)) {
        reason = AffairDecision.Ignored.Reason.NO_SUCH_OPTION;
      } else if (voted.contains(ballot.voter())) {
        reason = AffairDecision.Ignored.Reason.DUPLICATE;
      }
      if (reason != null) {
        b.addIgnored(new AffairDecision.Ignored(ballot.voter(), reason));
        continue;
      }
      voted.add(ballot.voter());
      counted++;
      if (ballot.choice().isPresent()) {
        tally[ballot.choice().getAsInt()]++;
      } else {
        abstentions++;
      }
    }
    for (int votes : tally) {
      b.addTally(votes);
    }
    b.abstentions(abstentions).ballots(counted);
    if (counted < affair.quorum()) {
      return b.outcome(AffairDecision.Outcome.NO_QUORUM).build();
    }
    int best = 0;
    boolean tie = false;
    for (int i = 1; i < tally.length; i++) {
      if (tally[i] > tally[best]) {
        best = i;
        tie = false;
      } else if (tally[i] == tally[best]) {
        tie = true;
      }
    }
    if (tie || !affair.rule().adopts(tally[best], counted, abstentions)) {
      return b.outcome(AffairDecision.Outcome.NO_MAJORITY).build();
    }
    return b.outcome(AffairDecision.Outcome.ADOPTED).adopted(affair.options().get(best)).build();
  }
}
