package io.github.jiceng.governance.model.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * One participant's ballot on a major affair (表决票): the position of the option chosen, or none
 * for an abstention.
 *
 * @param voter who voted
 * @param choice the position of the option in the affair's list, or empty to abstain
 * @param at when the ballot was cast
 */
public record Ballot(PersonId voter, OptionalInt choice, Instant at) {

  /** Checks the parts are present. */
  public Ballot {
    requireNonNull(voter, "voter");
    requireNonNull(choice, "choice");
    requireNonNull(at, "at");
  }

  /** Returns a ballot for the option at the position. */
  public static Ballot forOption(PersonId voter, int option, Instant at) {
    return new Ballot(voter, OptionalInt.of(option), at);
  }

  /** Returns an abstention. */
  public static Ballot abstain(PersonId voter, Instant at) {
    return new Ballot(voter, OptionalInt.empty(), at);
  }
}
