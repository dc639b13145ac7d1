package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One contribution that may earn points (贡献): who, what kind, when, and its measures. It is the
 * input of an award, kept whole in the award so that the award can be explained and recomputed
 * under another policy.
 *
 * <pre>{@code
 * Contribution c = Contribution.builder()
 *     .id(EntryId.of("vol-2024-0001")).actor(PersonId.of("li-shirong"))
 *     .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(Instant.parse("2024-03-02T01:00:00Z"))
 *     .duration(Duration.ofMinutes(150)).reference("vr-0001")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Contribution {

  /** The longest reference accepted, in characters. */
  public static final int MAX_REFERENCE_LENGTH = 64;

  Contribution() {}

  /** Returns a builder; {@code id}, {@code actor}, {@code kind} and {@code occurredAt} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the id of the award this contribution books; the key of idempotency. */
  public abstract EntryId id();

  /** Returns who contributed: a person or a unit. */
  public abstract ActorId actor();

  /** Returns the kind of contribution. */
  public abstract ContributionKind kind();

  /** Returns when the contribution took place; caps count in the period holding this instant. */
  public abstract Instant occurredAt();

  /** Returns the actual time given, for kinds measured in hours. */
  public abstract Optional<Duration> duration();

  /** Returns the number of occurrences, for kinds measured in occurrences; 1 unless set. */
  @Value.Default
  public int count() {
    return 1;
  }

  /** Returns the amount given, for kinds measured in money. */
  public abstract Optional<Money> amount();

  /** Returns the beneficiary's rating, 1-5, where there is one. */
  public abstract OptionalInt rating();

  /** Returns the urgency level, such as {@code "URGENT"}, where the rule distinguishes them. */
  public abstract Optional<String> urgency();

  /** Returns the difficulty level, such as {@code "LARGE"}, where the rule distinguishes them. */
  public abstract Optional<String> difficulty();

  /** Returns a reference to the source record (volunteer record, demand, proposal), no personal data. */
  public abstract Optional<String> reference();

  @Value.Check
  final void check() {
    String subject = "Contribution[" + id() + "]";
    TimeLimits.check(subject, "occurredAt", occurredAt());
    duration().ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new DomainValidationException(subject, "duration", "duration-positive",
            "the time given is positive, was " + d);
      }
      TimeLimits.checkPositive(subject, "duration", d);
    });
    if (count() < 1 || count() > 1_000_000) {
      throw new DomainValidationException(new Violation(subject, "count", "count-range",
          "count is 1-1000000, was " + count())
              .with("min", 1).with("max", 1_000_000).with("value", count()));
    }
    amount().ifPresent(a -> {
      if (a.fen() <= 0) {
        throw new DomainValidationException(new Violation(subject, "amount", "amount-positive",
            "the amount is positive, was " + a)
                .with("value", a));
      }
      if (a.compareTo(Money.MAX_ENTRY) > 0) {
        throw new DomainValidationException(new Violation(subject, "amount", "amount-range", "the amount is at most "
            + Money.MAX_ENTRY + ", was " + a).with("max", Money.MAX_ENTRY).with("value", a));
      }
    });
    if (rating().isPresent() && (rating().getAsInt() < 1 || rating().getAsInt() > 5)) {
      throw new DomainValidationException(new Violation(subject, "rating", "rating-range",
          "a rating is 1-5, was " + rating().getAsInt())
              .with("min", 1).with("max", 5).with("value", rating().getAsInt()));
    }
    reference().ifPresent(r -> {
      if (r.isBlank() || r.length() > MAX_REFERENCE_LENGTH) {
        throw new DomainValidationException(new Violation(subject, "reference", "reference-length",
            "a reference is 1-" + MAX_REFERENCE_LENGTH + " characters, was " + r.length())
                .with("max", MAX_REFERENCE_LENGTH).with("length", r.length()));
      }
    });
  }

  /** The builder of {@link Contribution}; each attribute may be set once. */
  public static final class Builder extends ImmutableContribution.Builder {
    Builder() {}
  }
}
