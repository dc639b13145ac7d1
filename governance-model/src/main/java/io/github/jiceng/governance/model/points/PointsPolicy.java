package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.shared.IdForm;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One district's red-star points scheme (积分规则), as versioned data: earning rules, deductions,
 * caps per member, rounding, expiry and grades, in one time zone for every calendar period.
 *
 * <p>A policy never changes: a district that changes its rules publishes a new version, and a
 * ledger recomputed under it reports the difference per member rather than changing silently.
 * Each kind of contribution has at most one rule per earner type, so the rule for a contribution
 * is never ambiguous. The article's practice ships as {@link RedStarPolicies#article()}.
 */
@Value.Immutable
public abstract class PointsPolicy {

  PointsPolicy() {}

  /** Returns a builder; {@code name}, {@code version}, {@code zone} and {@code expiry} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the policy's stable name, such as {@code "zhungeer-red-star"}. */
  public abstract String name();

  /** Returns the version, counting from 1. */
  public abstract int version();

  /** Returns the zone whose calendar days, months and years count for caps, expiry and grades. */
  public abstract ZoneId zone();

  /** Returns how a fractional number of points is rounded to a whole one; {@code HALF_UP} unless set. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** Returns the earning rules. */
  public abstract List<EarningRule> earningRules();

  /** Returns the deductions for violations. */
  public abstract List<DeductionRule> deductionRules();

  /** Returns the caps on all awards to one member together. */
  public abstract List<Cap> memberCaps();

  /** Returns when awarded points expire. */
  public abstract ExpiryPolicy expiry();

  /** Returns the grades, in ascending order of threshold. */
  public abstract List<StarGrade> grades();

  /** Returns {@code name@version}, the label every award carries. */
  public final String label() {
    return name() + "@" + version();
  }

  /** Returns the earning rule for a kind of contribution by this actor, if any. */
  public final Optional<EarningRule> earningRule(ContributionKind kind, ActorId actor) {
    requireNonNull(kind, "kind");
    EarnerType earner = EarnerType.of(actor);
    return earningRules().stream().filter(r -> r.kind() == kind && r.admits(earner)).findFirst();
  }

  /** Returns the earning rule with the id, if any. */
  public final Optional<EarningRule> earningRule(RuleId id) {
    requireNonNull(id, "id");
    return earningRules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Returns the deduction rule with the id, if any. */
  public final Optional<DeductionRule> deductionRule(RuleId id) {
    requireNonNull(id, "id");
    return deductionRules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Returns the highest grade whose threshold the points reach, if any. */
  public final Optional<StarGrade> grade(Points earnedInYear) {
    requireNonNull(earnedInYear, "earnedInYear");
    StarGrade reached = null;
    for (StarGrade g : grades()) {
      if (earnedInYear.compareTo(g.threshold()) >= 0) {
        reached = g;
      }
    }
    return Optional.ofNullable(reached);
  }

  @Value.Check
  final void check() {
    String subject = "PointsPolicy[" + name() + "@" + version() + "]";
    IdForm.check("PointsPolicy", name());
    if (version() < 1) {
      throw new DomainValidationException(new Violation(subject, "version", "version-positive",
          "versions count from 1, was " + version())
              .with("value", version()));
    }
    if (rounding() == RoundingMode.UNNECESSARY) {
      fail(subject, "rounding", "rounding-mode", "UNNECESSARY cannot round a fractional award");
    }
    Set<RuleId> ids = new HashSet<>();
    List<String> kindsAndEarners = new ArrayList<>();
    for (EarningRule r : earningRules()) {
      if (!ids.add(r.id())) {
        fail(subject, "earningRules", "rule-ids-unique", "rule id " + r.id() + " is used twice");
      }
      for (EarnerType e : r.admittedEarners()) {
        String key = r.kind() + "/" + e;
        if (kindsAndEarners.contains(key)) {
          fail(subject, "earningRules", "one-rule-per-kind-and-earner",
              "two rules reward " + r.kind() + " for " + e + "; rule " + r.id() + " is the second");
        }
        kindsAndEarners.add(key);
      }
    }
    for (DeductionRule r : deductionRules()) {
      if (!ids.add(r.id())) {
        fail(subject, "deductionRules", "rule-ids-unique", "rule id " + r.id() + " is used twice");
      }
    }
    if (memberCaps().stream().map(Cap::period).distinct().count() != memberCaps().size()) {
      fail(subject, "memberCaps", "one-cap-per-period", "at most one member cap per period: " + memberCaps());
    }
    Set<String> gradeKeys = new HashSet<>();
    for (int i = 0; i < grades().size(); i++) {
      StarGrade g = grades().get(i);
      if (!gradeKeys.add(g.key())) {
        fail(subject, "grades", "grade-keys-unique", "grade key " + g.key() + " is used twice");
      }
      if (i > 0 && g.threshold().compareTo(grades().get(i - 1).threshold()) <= 0) {
        fail(subject, "grades", "thresholds-ascending",
            "grade thresholds strictly ascend, " + g.key() + " has " + g.threshold() + " after "
                + grades().get(i - 1).threshold());
      }
    }
  }

  private static void fail(String subject, String field, String rule, String detail) {
    throw new DomainValidationException(subject, field, rule, detail);
  }

  /** The builder of {@link PointsPolicy}; each attribute may be set once. */
  public static final class Builder extends ImmutablePointsPolicy.Builder {
    Builder() {}
  }
}
