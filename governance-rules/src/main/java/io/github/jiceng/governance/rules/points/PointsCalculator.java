package io.github.jiceng.governance.rules.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the points a contribution earns under a policy, before caps, with the arithmetic as
 * text (积分计算). Exact: fractions are kept as a numerator and a denominator and rounded once,
 * with the policy's rounding mode.
 *
 * <pre>{@code
 * Calculation c = PointsCalculator.calculate(RedStarPolicies.article(), contribution);
 * // Calculated[rule=volunteer-hours, points=25 pt,
 * //   arithmetic="10 pt/h × 2.5 h (150 min of 160 min given; steps of 30 min) = 25"]
 * }</pre>
 */
public final class PointsCalculator {

  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);
  private static final BigInteger SECONDS_PER_HOUR = BigInteger.valueOf(3600);
  private static final BigDecimal MAX_ENTRY = BigDecimal.valueOf(Points.MAX_ENTRY);

  private PointsCalculator() {}

  /** The result of a calculation: points with their arithmetic, or a refusal. */
  public sealed interface Calculation {}

  /**
   * The contribution earns {@code points} under {@code rule}, before caps.
   *
   * @param rule the rule applied
   * @param points the points, rounded; may be zero (below the minimum, a zero multiplier)
   * @param arithmetic how
   */
  public record Calculated(EarningRule rule, Points points, String arithmetic) implements Calculation {
    /** Validates the result. */
    public Calculated {
      requireNonNull(rule, "rule");
      requireNonNull(points, "points");
      requireNonNull(arithmetic, "arithmetic");
    }
  }

  /**
   * The contribution cannot be scored under the policy.
   *
   * @param refusal {@link PointsRefusal#NO_RULE}, {@link PointsRefusal#INVALID_INPUT} or {@link
   *     PointsRefusal#OUT_OF_RANGE} (more than {@link Points#MAX_ENTRY} points), with its
   *     arguments and a detail saying what is missing or unknown
   */
  public record Refused(Refusal refusal) implements Calculation {
    /** Validates the result. */
    public Refused {
      requireNonNull(refusal, "refusal");
    }
  }

  /**
   * Computes the points of a contribution under the policy's rule for its kind and earner.
   *
   * @param policy the policy
   * @param contribution the contribution
   * @return the points and their arithmetic, or why there are none
   */
  public static Calculation calculate(PointsPolicy policy, Contribution contribution) {
    requireNonNull(policy, "policy");
    requireNonNull(contribution, "contribution");
    Optional<EarningRule> found = policy.earningRule(contribution.kind(), contribution.actor());
    if (found.isEmpty()) {
      return new Refused(Refusal.of(PointsRefusal.NO_RULE, "policy " + policy.label() + " has no rule for "
          + contribution.kind() + " by " + (contribution.actor().isOrganization() ? "a unit" : "a person"))
          .with("policy", policy.label()).with("kind", contribution.kind()).with("actor", contribution.actor()));
    }
    EarningRule rule = found.get();
    StringBuilder text = new StringBuilder();
    BigInteger num = BigInteger.valueOf(rule.basePoints());
    BigInteger den = BigInteger.ONE;
    switch (rule.kind().measure()) {
      case HOURS: {
        if (contribution.duration().isEmpty()) {
          return invalid(rule, "duration", rule.id() + " needs the time given");
        }
        Duration given = contribution.duration().get();
        if (rule.minimumDuration().isPresent() && given.compareTo(rule.minimumDuration().get()) < 0) {
          return new Calculated(rule, Points.ZERO, minutes(given) + " given is below the minimum of "
              + minutes(rule.minimumDuration().get()) + " = 0");
        }
        Duration counted = given;
        StringBuilder why = new StringBuilder();
        if (rule.maximumDuration().isPresent() && counted.compareTo(rule.maximumDuration().get()) > 0) {
          counted = rule.maximumDuration().get();
          why.append("at most ").append(minutes(counted)).append(" per activity");
        }
        if (rule.durationStep().isPresent()) {
          long step = rule.durationStep().get().getSeconds();
          counted = Duration.ofSeconds(counted.getSeconds() / step * step);
          why.append(why.length() == 0 ? "" : "; ").append("steps of ").append(minutes(rule.durationStep().get()));
        }
        num = num.multiply(BigInteger.valueOf(counted.getSeconds()));
        den = den.multiply(SECONDS_PER_HOUR);
        text.append(rule.basePoints()).append(" pt/h × ")
            .append(decimal(BigInteger.valueOf(counted.getSeconds()), SECONDS_PER_HOUR)).append(" h (")
            .append(minutes(counted)).append(" of ").append(minutes(given)).append(" given");
        text.append(why.length() == 0 ? "" : "; " + why).append(')');
        break;
      }
      case AMOUNT: {
        if (contribution.amount().isEmpty()) {
          return invalid(rule, "amount", rule.id() + " needs the amount given");
        }
        long fen = contribution.amount().get().fen();
        long unit = rule.amountUnit().orElseThrow().fen();
        num = num.multiply(BigInteger.valueOf(fen));
        den = den.multiply(BigInteger.valueOf(unit));
        text.append(rule.basePoints()).append(" pt per ").append(rule.amountUnit().get()).append(" × ")
            .append(contribution.amount().get()).append(" / ").append(rule.amountUnit().get());
        break;
      }
      default:
        num = num.multiply(BigInteger.valueOf(contribution.count()));
        text.append(rule.basePoints()).append(" pt × ").append(contribution.count());
        break;
    }
    if (contribution.urgency().isPresent() && !rule.urgencyMultipliers().isEmpty()) {
      Integer m = rule.urgencyMultipliers().get(contribution.urgency().get());
      if (m == null) {
        return unknownLevel(rule, "urgency", contribution.urgency().get(), rule.urgencyMultipliers());
      }
      num = num.multiply(BigInteger.valueOf(m));
      den = den.multiply(THOUSAND);
      text.append(" × urgency ").append(contribution.urgency().get()).append(' ').append(perMille(m));
    }
    if (contribution.difficulty().isPresent() && !rule.difficultyMultipliers().isEmpty()) {
      Integer m = rule.difficultyMultipliers().get(contribution.difficulty().get());
      if (m == null) {
        return unknownLevel(rule, "difficulty", contribution.difficulty().get(), rule.difficultyMultipliers());
      }
      num = num.multiply(BigInteger.valueOf(m));
      den = den.multiply(THOUSAND);
      text.append(" × difficulty ").append(contribution.difficulty().get()).append(' ').append(perMille(m));
    }
    if (!rule.ratingMultipliers().isEmpty()) {
      if (contribution.rating().isEmpty()) {
        return invalid(rule, "rating", rule.id() + " needs the beneficiary's rating");
      }
      int rating = contribution.rating().getAsInt();
      Integer m = rule.ratingMultipliers().get(rating);
      if (m == null) {
        return unknownLevel(rule, "rating", Integer.toString(rating), rule.ratingMultipliers());
      }
      num = num.multiply(BigInteger.valueOf(m));
      den = den.multiply(THOUSAND);
      text.append(" × rating ").append(rating).append(' ').append(perMille(m));
    }
    BigDecimal exact = new BigDecimal(num).divide(new BigDecimal(den), 0, policy.rounding());
    String unrounded = decimal(num, den);
    if (exact.compareTo(MAX_ENTRY) > 0) {
      return new Refused(Refusal.of(PointsRefusal.OUT_OF_RANGE, text + " = " + unrounded + ", more than the "
          + Points.MAX_ENTRY + " pt one entry may take").with("value", unrounded)
          .with("range", "[0, " + Points.MAX_ENTRY + "]"));
    }
    long points = exact.longValueExact();
    text.append(" = ").append(unrounded);
    if (!unrounded.equals(Long.toString(points))) {
      text.append(" → ").append(points).append(" (").append(policy.rounding()).append(')');
    }
    return new Calculated(rule, Points.of(points), text.toString());
  }

  private static Refused unknownLevel(EarningRule rule, String what, String level, Map<?, Integer> table) {
    return invalid(rule, what, rule.id() + " knows no " + what + " " + level + "; it knows " + table.keySet());
  }

  private static Refused invalid(EarningRule rule, String input, String detail) {
    return new Refused(Refusal.of(PointsRefusal.INVALID_INPUT, detail).with("rule", rule.id()).with("input", input));
  }

  private static String perMille(int m) {
    return BigDecimal.valueOf(m, 3).stripTrailingZeros().toPlainString();
  }

  private static String minutes(Duration d) {
    long s = d.getSeconds();
    return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
  }

  /** The exact value num/den as a decimal when it terminates within six places, else as a fraction. */
  static String decimal(BigInteger num, BigInteger den) {
    BigInteger g = num.gcd(den);
    BigInteger n = g.signum() == 0 ? num : num.divide(g);
    BigInteger d = g.signum() == 0 ? den : den.divide(g);
    BigDecimal q = new BigDecimal(n).divide(new BigDecimal(d), 6, java.math.RoundingMode.DOWN);
    if (q.multiply(new BigDecimal(d)).compareTo(new BigDecimal(n)) == 0) {
      return q.stripTrailingZeros().toPlainString();
    }
    return n + "/" + d;
  }
}
