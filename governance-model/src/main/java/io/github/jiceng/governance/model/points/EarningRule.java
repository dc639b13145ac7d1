package io.github.jiceng.governance.model.points;

import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.ContributionKind.Measure;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * How one kind of contribution earns points (积分项), as data.
 *
 * <p>The points of a contribution are {@code basePoints × units × urgency × difficulty × rating},
 * computed exactly and rounded once with the policy's rounding mode, then cut to the caps:
 *
 * <ul>
 *   <li>units: hours of actual time for {@link Measure#HOURS} (minutes / 60, after dropping what
 *       is below a whole {@link #durationStep()} and cutting at {@link #maximumDuration()});
 *       occurrences for {@link Measure#OCCURRENCES}; the amount divided by {@link #amountUnit()}
 *       for {@link Measure#AMOUNT};
 *   <li>multipliers are in per mille (1000 = ×1): by the contribution's urgency level, difficulty
 *       level and rating. A table left empty multiplies by 1; a contribution without an urgency or
 *       difficulty level is multiplied by 1; a rule with a rating table requires a rating.
 * </ul>
 *
 * <pre>{@code
 * EarningRule hours = EarningRule.builder()
 *     .id(RuleId.of("volunteer-hours")).name("志愿服务时长").kind(ContributionKind.VOLUNTEER_SERVICE)
 *     .basePoints(10).durationStep(Duration.ofMinutes(30)).minimumDuration(Duration.ofMinutes(30))
 *     .maximumDuration(Duration.ofHours(8)).addCap(Cap.of(CapPeriod.DAY, 80))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class EarningRule {

  EarningRule() {}

  /** Returns a builder; {@code id}, {@code name}, {@code kind} and {@code basePoints} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the rule's id, unique within its policy. */
  public abstract RuleId id();

  /** Returns the display name, such as {@code "志愿服务时长"}. */
  public abstract String name();

  /** Returns the kind of contribution the rule rewards. */
  public abstract ContributionKind kind();

  /** Returns who may earn under the rule, in declaration order; empty means people and units alike. */
  @Value.NaturalOrder
  public abstract SortedSet<EarnerType> earners();

  /** Returns the pillar the rule belongs to; {@link Pillar#SERVICE_SHARING} unless set. */
  @Value.Default
  public Pillar pillar() {
    return Pillar.SERVICE_SHARING;
  }

  /** Returns the points per unit: per hour, per occurrence or per amount unit; positive. */
  public abstract long basePoints();

  /** Returns, for {@link Measure#AMOUNT} rules, the amount that earns the base points. */
  public abstract Optional<Money> amountUnit();

  /** Returns, for hours, the shortest contribution that earns anything. */
  public abstract Optional<Duration> minimumDuration();

  /** Returns, for hours, the step time is counted in; a remainder below one step is dropped. */
  public abstract Optional<Duration> durationStep();

  /** Returns, for hours, the most time one contribution counts for. */
  public abstract Optional<Duration> maximumDuration();

  /** Returns the multipliers in per mille by urgency level, such as {@code URGENT → 1500}. */
  public abstract Map<String, Integer> urgencyMultipliers();

  /** Returns the multipliers in per mille by difficulty level. */
  public abstract Map<String, Integer> difficultyMultipliers();

  /** Returns the multipliers in per mille by rating (1-5); when not empty a rating is required. */
  public abstract Map<Integer, Integer> ratingMultipliers();

  /** Returns the caps on this rule's awards per member. */
  public abstract List<Cap> caps();

  /** Returns whether an actor may earn under the rule. */
  public final boolean admits(EarnerType earner) {
    java.util.Objects.requireNonNull(earner, "earner");
    return earners().isEmpty() || earners().contains(earner);
  }

  /** Returns the earner types admitted, with empty meaning both. */
  public final Set<EarnerType> admittedEarners() {
    return earners().isEmpty() ? java.util.Collections.unmodifiableSet(EnumSet.allOf(EarnerType.class)) : earners();
  }

  @Value.Check
  final void check() {
    String subject = "EarningRule[" + id() + "]";
    if (name().isBlank() || name().length() > 100) {
      throw new DomainValidationException(new Violation(subject, "name", "name-length",
          "a rule name is 1-100 characters, was " + name().length())
          .with("max", 100).with("length", name().length()));
    }
    if (basePoints() <= 0 || basePoints() > 1_000_000) {
      throw new DomainValidationException(new Violation(subject, "basePoints", "base-range",
          "base points are 1-1000000, was " + basePoints())
              .with("min", 1).with("max", 1_000_000).with("value", basePoints()));
    }
    Measure measure = kind().measure();
    if ((measure == Measure.AMOUNT) != amountUnit().isPresent()) {
      fail(subject, "amountUnit", "amount-unit-for-amounts",
          "an amount unit is set exactly when the kind is measured in money (" + kind() + ")");
    }
    amountUnit().ifPresent(u -> {
      if (u.fen() <= 0) {
        fail(subject, "amountUnit", "amount-unit-positive", "the amount unit is positive, was " + u);
      }
    });
    boolean hours = measure == Measure.HOURS;
    for (var d : List.of(minimumDuration(), durationStep(), maximumDuration())) {
      if (d.isPresent() && !hours) {
        fail(subject, "duration", "durations-for-hours", "durations apply to kinds measured in hours, not " + kind());
      }
      if (d.isPresent() && (d.get().isNegative() || d.get().isZero() || d.get().toSecondsPart() != 0
          || d.get().toNanosPart() != 0)) {
        fail(subject, "duration", "whole-minutes", "durations are positive whole minutes, was " + d.get());
      }
    }
    if (minimumDuration().isPresent() && maximumDuration().isPresent()
        && minimumDuration().get().compareTo(maximumDuration().get()) > 0) {
      fail(subject, "minimumDuration", "minimum-below-maximum", "the minimum duration exceeds the maximum");
    }
    checkMultipliers(subject, "urgencyMultipliers", urgencyMultipliers());
    checkMultipliers(subject, "difficultyMultipliers", difficultyMultipliers());
    checkMultipliers(subject, "ratingMultipliers", ratingMultipliers());
    for (Integer rating : ratingMultipliers().keySet()) {
      if (rating < 1 || rating > 5) {
        throw new DomainValidationException(new Violation(subject, "ratingMultipliers", "rating-range",
            "ratings are 1-5, was " + rating)
                .with("min", 1).with("max", 5).with("value", rating));
      }
    }
    if (caps().stream().map(Cap::period).distinct().count() != caps().size()) {
      fail(subject, "caps", "one-cap-per-period", "a rule has at most one cap per period: " + caps());
    }
  }

  private static void checkMultipliers(String subject, String field, Map<?, Integer> table) {
    table.forEach((k, v) -> {
      if (v < 0 || v > 100_000) {
        throw new DomainValidationException(new Violation(subject, field, "multiplier-range",
            "multipliers are 0-100000 per mille, was " + k + " → " + v)
                .with("min", 0).with("max", 100_000).with("value", v));
      }
    });
  }

  private static void fail(String subject, String field, String rule, String detail) {
    throw new DomainValidationException(subject, field, rule, detail);
  }

  /** The builder of {@link EarningRule}; each attribute may be set once. */
  public static final class Builder extends ImmutableEarningRule.Builder {
    Builder() {}
  }
}
