package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.deliberation.AffairDecision;
import io.github.jiceng.governance.model.deliberation.Ballot;
import io.github.jiceng.governance.model.deliberation.MajorAffair;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One major affair as the fold of its {@link DeliberationEvent}s (共议状态): the affair, the valid
 * ballots in the order cast, and the decision once counted.
 *
 * <p>An immutable value: {@link #equals} compares the facts; {@link #toString} gives the affair's
 * id and counts only, never who voted for what.
 */
public final class AffairState {

  private static final AffairState EMPTY = new AffairState(Optional.empty(), ImmutableList.of(), Optional.empty());

  private final Optional<MajorAffair> affair;
  private final ImmutableList<Ballot> ballots;
  private final Optional<AffairDecision> decision;

  private AffairState(Optional<MajorAffair> affair, ImmutableList<Ballot> ballots, Optional<AffairDecision> decision) {
    this.affair = affair;
    this.ballots = ballots;
    this.decision = decision;
  }

  static AffairState empty() {
    return EMPTY;
  }

  AffairState opened(MajorAffair opened) {
    return new AffairState(Optional.of(opened), ballots, decision);
  }

  AffairState cast(Ballot ballot) {
    return new AffairState(affair, ImmutableList.<Ballot>builderWithExpectedSize(ballots.size() + 1).addAll(ballots)
        .add(ballot).build(), decision);
  }

  AffairState castAll(List<Ballot> more) {
    if (more.isEmpty()) {
      return this;
    }
    return new AffairState(affair, ImmutableList.<Ballot>builderWithExpectedSize(ballots.size() + more.size())
        .addAll(ballots).addAll(more).build(), decision);
  }

  AffairState decided(AffairDecision made) {
    return new AffairState(affair, ballots, Optional.of(made));
  }

  /** Returns the affair, or empty before it is opened. */
  public Optional<MajorAffair> affair() {
    return affair;
  }

  /** Returns the valid ballots, in the order cast; each voter's first only. */
  public List<Ballot> ballots() {
    return ballots;
  }

  /**
   * Returns the ballot the voter cast, if any.
   *
   * @param voter the participant
   * @return the ballot that counts, or empty
   */
  public Optional<Ballot> ballotOf(PersonId voter) {
    requireNonNull(voter, "voter");
    return ballots.stream().filter(b -> b.voter().equals(voter)).findFirst();
  }

  /** Returns the decision, once the ballots are counted. */
  public Optional<AffairDecision> decision() {
    return decision;
  }

  /** Returns whether the ballots are counted: no more ballots count. */
  public boolean isClosed() {
    return decision.isPresent();
  }

  /**
   * Returns what a count at the instant would decide, without closing the vote: the decision
   * once counted, else {@link MajorAffairs#decide} over the ballots cast so far.
   *
   * @param at the instant of the provisional count
   * @return the decision, or empty before the affair is opened
   */
  public Optional<AffairDecision> countAt(Instant at) {
    requireNonNull(at, "at");
    if (decision.isPresent()) {
      return decision;
    }
    return affair.map(a -> MajorAffairs.decide(a, ballots, at));
  }

  /** Returns whether the facts are the same. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AffairState s && affair.equals(s.affair) && ballots.equals(s.ballots)
        && decision.equals(s.decision);
  }

  @Override
  public int hashCode() {
    return Objects.hash(affair, ballots, decision);
  }

  /** Returns {@code AffairState[id, n ballots, outcome]}: no names and no choices. */
  @Override
  public String toString() {
    return affair.map(a -> "AffairState[" + a.id() + ", " + ballots.size() + " ballots, "
        + decision.map(d -> d.outcome().toString()).orElse("open") + "]").orElse("AffairState[not open]");
  }
}
