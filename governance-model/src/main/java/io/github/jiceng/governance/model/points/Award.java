package io.github.jiceng.governance.model.points;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * Points awarded for a contribution (积分奖励), carrying everything needed to explain and
 * reproduce it: the contribution itself, the rule and policy version applied, the points before
 * and after the caps, and the arithmetic as text.
 *
 * @param contribution the contribution; its id is the entry's id
 * @param at when the award was booked; expiry counts from here
 * @param points the points granted, after caps; not negative
 * @param requested the points the rule gave before caps; at least {@code points}
 * @param rule the earning rule applied
 * @param policy the label of the policy version applied, such as {@code "zhungeer-red-star@1"}
 * @param arithmetic how the points were computed, such as
 *     {@code "10 pt/h × 2.5 h (150 min, step 30 min) = 25 → 25; month cap 500: 25 of 40 room → 25"}
 */
public record Award(Contribution contribution, Instant at, Points points, Points requested, RuleId rule,
    String policy, String arithmetic) implements LedgerEntry {

  /** Validates the entry. */
  public Award {
    requireNonNull(contribution, "contribution");
    requireNonNull(at, "at");
    requireNonNull(rule, "rule");
    requireNonNull(policy, "policy");
    requireNonNull(arithmetic, "arithmetic");
    requireNonNull(points, "points");
    requireNonNull(requested, "requested");
    points.requireNonNegative("awarded points");
    String subject = "Award[" + contribution.id() + "]";
    TimeLimits.check(subject, "at", at);
    requested.requireWithin(subject, "requested", Points.MAX_ENTRY);
    if (requested.compareTo(points) < 0) {
      throw new DomainValidationException(new Violation(subject, "points", "within-requested",
          "granted points " + points + " exceed the requested " + requested)
                  .with("points", points).with("requested", requested));
    }
  }

  @Override
  public EntryId id() {
    return contribution.id();
  }

  @Override
  public ActorId actor() {
    return contribution.actor();
  }
}
