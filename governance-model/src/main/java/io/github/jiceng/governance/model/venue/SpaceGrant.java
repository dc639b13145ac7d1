package io.github.jiceng.governance.model.venue;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Space for service (以空间换服务): the community grants an organization a room of one of its
 * venues for some hours a week over a period, and the organization owes service hours to the
 * residents in return. It is an arrangement of its own, not a purchase: no money moves, and what
 * the community is owed is time, counted week by week.
 *
 * <p><b>What is owed.</b> {@link #servicePerWeek()} for each whole week of the period elapsed:
 * {@link #owedBy(Instant)} is {@code servicePerWeek × weeksElapsed(at)}, nothing before the first
 * week is over, and at most {@link #totalOwed()} once the period has ended (a part week at its end
 * owes nothing).
 *
 * <p><b>Behind (服务滞后).</b> The organization is behind at an instant when the hours it
 * delivered up to then fall short of the hours owed by more than {@link #graceWeeks()} weeks of
 * service: {@code owed − delivered > graceWeeks × servicePerWeek}. The grace lets a month's
 * sessions be held together (four weeks by default); with no grace, every week counts on its own.
 */
@Value.Immutable
public abstract class SpaceGrant {

  /** The grace in weeks unless the grant states another. */
  public static final int DEFAULT_GRACE_WEEKS = 4;

  /** The hours in a week: the most space hours a week a grant can give. */
  public static final int HOURS_IN_A_WEEK = 168;

  private static final Duration WEEK = Duration.ofDays(7);

  SpaceGrant() {}

  /** Returns a builder; every attribute but the grace is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the grant's id. */
  public abstract GrantId id();

  /** Returns the venue whose room is granted. */
  public abstract VenueId venue();

  /** Returns the room granted. */
  public abstract RoomId room();

  /** Returns the organization given the space, which owes the service (a social organization, usually). */
  public abstract OrganizationId organization();

  /** Returns how many hours a week the organization may use the room, 1 to {@value #HOURS_IN_A_WEEK}. */
  public abstract int spaceHoursPerWeek();

  /** Returns the service owed for each week, in positive whole minutes, at most a week. */
  public abstract Duration servicePerWeek();

  /** Returns the period of the grant; at least one week long. */
  public abstract Interval period();

  /** Returns how many weeks of service may be outstanding before the organization is behind, 0 to 52. */
  @Value.Default
  public int graceWeeks() {
    return DEFAULT_GRACE_WEEKS;
  }

  /**
   * Returns how many whole weeks of the period have elapsed at an instant: zero before the first
   * week is over, at most the whole weeks of the period.
   *
   * @param at the instant
   * @return the weeks elapsed
   */
  public final long weeksElapsed(Instant at) {
    requireNonNull(at, "at");
    if (!at.isAfter(period().start())) {
      return 0;
    }
    Instant until = at.isBefore(period().end()) ? at : period().end();
    return Duration.between(period().start(), until).dividedBy(WEEK);
  }

  /**
   * Returns the service owed by an instant: {@link #servicePerWeek()} for each whole week elapsed.
   *
   * @param at the instant
   * @return the service owed, zero at the start
   */
  public final Duration owedBy(Instant at) {
    return servicePerWeek().multipliedBy(weeksElapsed(at));
  }

  /** Returns the service owed over the whole period. */
  public final Duration totalOwed() {
    return owedBy(period().end());
  }

  /** Returns the shortfall an organization may carry without being behind: {@code graceWeeks × servicePerWeek}. */
  public final Duration grace() {
    return servicePerWeek().multipliedBy(graceWeeks());
  }

  @Value.Check
  final void check() {
    String subject = "SpaceGrant[" + id() + "]";
    List<Violation> violations = new ArrayList<>();
    if (spaceHoursPerWeek() < 1 || spaceHoursPerWeek() > HOURS_IN_A_WEEK) {
      violations.add(new Violation(subject, "spaceHoursPerWeek", "range", "spaceHoursPerWeek must be 1-"
          + HOURS_IN_A_WEEK + ", was " + spaceHoursPerWeek()).with("min", 1).with("max", HOURS_IN_A_WEEK)
          .with("value", spaceHoursPerWeek()));
    }
    Duration s = servicePerWeek();
    if (s.isNegative() || s.isZero() || s.compareTo(WEEK) > 0 || s.toSecondsPart() != 0 || s.toNanosPart() != 0) {
      violations.add(new Violation(subject, "servicePerWeek", "whole-minutes",
          "the service owed a week is positive whole minutes up to a week, was " + s));
    }
    if (graceWeeks() < 0 || graceWeeks() > 52) {
      violations.add(new Violation(subject, "graceWeeks", "range", "graceWeeks must be 0-52, was " + graceWeeks())
          .with("min", 0).with("max", 52).with("value", graceWeeks()));
    }
    if (!TimeLimits.accepts(period().start()) || !TimeLimits.accepts(period().end())) {
      violations.add(new Violation(subject, "period", "instant-range", "the period lies in the years 0001 to 9999, was "
          + period()));
    } else if (period().duration().compareTo(WEEK) < 0) {
      violations.add(new Violation(subject, "period", "period-at-least-a-week",
          "a grant's period is at least a week, was " + period().duration()).with("value", period().duration()));
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  /** The builder of {@link SpaceGrant}; each attribute may be set once. */
  public static final class Builder extends ImmutableSpaceGrant.Builder {
    Builder() {}
  }
}
