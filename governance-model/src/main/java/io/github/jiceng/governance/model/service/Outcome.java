package io.github.jiceng.governance.model.service;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * One entry of the outcome list (成效清单): how residents rated one delivery, with evidence and
 * the number of people it reached.
 */
@Value.Immutable
public abstract class Outcome {

  /** The lowest rating. */
  public static final int MIN_RATING = 1;

  /** The highest rating. */
  public static final int MAX_RATING = 5;

  Outcome() {}

  /** Returns a builder; {@code evidence} may stay empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the outcome's identifier. */
  public abstract OutcomeId id();

  /** Returns the delivery it evaluates. */
  public abstract ServiceId service();

  /** Returns the residents' rating, 1 (poor) to 5 (excellent). */
  public abstract int rating();

  /** Returns references to the evidence (photos, sign-in sheets, minutes); may be empty. */
  public abstract List<String> evidence();

  /** Returns how many people it actually reached; not negative. */
  public abstract int beneficiariesReached();

  /** Returns when it was evaluated. */
  public abstract Instant evaluatedAt();

  /** Returns who evaluated it. */
  public abstract ActorId evaluator();

  @Value.Check
  final void check() {
    String subject = "Outcome[" + id() + "]";
    if (rating() < MIN_RATING || rating() > MAX_RATING) {
      throw new DomainValidationException(new Violation(subject, "rating", "rating-range",
          "a rating is " + MIN_RATING + "-" + MAX_RATING + ", was " + rating()).with("min", MIN_RATING)
              .with("max", MAX_RATING).with("value", rating()));
    }
    if (beneficiariesReached() < 0) {
      throw new DomainValidationException(new Violation(subject, "beneficiariesReached", "not-negative",
          "a count of people is not negative, was " + beneficiariesReached()).with("value", beneficiariesReached()));
    }
    for (String e : evidence()) {
      if (e.isBlank()) {
        throw new DomainValidationException(subject, "evidence", "not-blank", "an evidence reference is not blank");
      }
    }
  }

  /** The builder of {@link Outcome}; each attribute may be set once. */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}
