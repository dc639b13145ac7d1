package io.github.jiceng.governance.model.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recorded decision on a major affair (议决结果): the outcome, the option adopted, the count
 * per option, and every ballot that was not counted and why.
 */
@Value.Immutable
public abstract class AffairDecision {

  AffairDecision() {}

  /** Returns a builder; all attributes but {@code adopted} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the affair decided. */
  public abstract AffairId affair();

  /** Returns when the count was made; later ballots do not count. */
  public abstract Instant decidedAt();

  /** Returns the outcome. */
  public abstract Outcome outcome();

  /** Returns the adopted option's text, present exactly when the outcome is {@link Outcome#ADOPTED}. */
  public abstract Optional<String> adopted();

  /** Returns the votes per option, in the affair's order. */
  public abstract List<Integer> tally();

  /** Returns the abstentions counted. */
  public abstract int abstentions();

  /** Returns every valid ballot counted, abstentions included. */
  public abstract int ballots();

  /** Returns the ballots not counted, in the order they were examined. */
  public abstract List<Ignored> ignored();

  @Value.Check
  final void check() {
    if ((outcome() == Outcome.ADOPTED) != adopted().isPresent()) {
      throw new DomainValidationException("AffairDecision[" + affair() + "]", "adopted", "adopted-iff-adopted",
          "an option is named exactly when one is adopted, outcome was " + outcome());
    }
    int sum = tally().stream().mapToInt(Integer::intValue).sum() + abstentions();
    if (sum != ballots()) {
      throw new DomainValidationException(new Violation("AffairDecision[" + affair() + "]", "ballots", "ballots-add-up",
          "votes and abstentions add up to " + sum + ", ballots were " + ballots())
                  .with("sum", sum).with("ballots", ballots()));
    }
  }

  /** How a deliberation ended. */
  public enum Outcome {
    /** 通过: an option met the rule. */
    ADOPTED,
    /** 未达法定人数: fewer ballots than the quorum; nothing is decided. */
    NO_QUORUM,
    /** 未形成多数: no option met the rule. */
    NO_MAJORITY
  }

  /**
   * A ballot that was not counted.
   *
   * @param voter who cast it
   * @param reason why it was not counted
   */
  public record Ignored(PersonId voter, Reason reason) {

    /** Checks the parts are present. */
    public Ignored {
      requireNonNull(voter, "voter");
      requireNonNull(reason, "reason");
    }

    /** Why a ballot was not counted. */
    public enum Reason {
      /** The voter is not a participant of the affair. */
      NOT_A_PARTICIPANT,
      /** Cast before voting opened or after the count. */
      OUTSIDE_VOTING,
      /** The choice is not one of the options. */
      NO_SUCH_OPTION,
      /** The voter had already cast a ballot; the first one counts. */
      DUPLICATE
    }
  }

  /** The builder of {@link AffairDecision}; each attribute may be set once. */
  public static final class Builder extends ImmutableAffairDecision.Builder {
    Builder() {}
  }
}
