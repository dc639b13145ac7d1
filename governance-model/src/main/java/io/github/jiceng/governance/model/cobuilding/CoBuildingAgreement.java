package io.github.jiceng.governance.model.cobuilding;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.PostId;
import io.github.jiceng.governance.model.service.ResourceId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Integration;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A report to the community (报到) and what it commits (共建协议): a co-building unit's party
 * organization reports with its unit's resources, or an in-service party member (在职党员) reports
 * in person — the two together are 双报到 — committing, over a period, resources, service hours
 * and posts they claim (认领岗位), and naming which of the community's configured integrations
 * (一统领四融合) the commitment serves.
 *
 * <p>Who reported decides the kind ({@link #kind()}): an organization id is a unit's report,
 * a {@link PersonId} a party member's. A report commits something: at least one resource, some
 * service hours or a claimed post ({@code commits-something}). Whether the integrations are ones
 * the community configured is checked by the rules that take the report, which hold that
 * configuration; here they must be named ({@code serves-an-integration}).
 */
@Value.Immutable
public abstract class CoBuildingAgreement {

  /** The longest period an agreement may run: ten years, in days. */
  public static final int MAX_PERIOD_DAYS = 3660;

  CoBuildingAgreement() {}

  /** Returns a builder; the id, community, reporter, instant and period are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Who reports: a unit's report (单位报到) or a party member's (党员报到). */
  public enum Kind {
    /** 单位报到: a co-building unit's party organization reports with its unit. */
    UNIT,
    /** 党员报到: an in-service party member reports to the community where they live. */
    PARTY_MEMBER
  }

  /** Returns the agreement's id. */
  public abstract AgreementId id();

  /** Returns the community reported to. */
  public abstract GridId community();

  /** Returns who reported: the unit's party organization, or the party member. */
  public abstract ActorId reporter();

  /** Returns when the report was made. */
  public abstract Instant reportedAt();

  /** Returns the period the commitment runs over, at most {@value #MAX_PERIOD_DAYS} days. */
  public abstract Interval period();

  /** Returns the resources committed, in the reporter's order, no repeats; may be empty. */
  public abstract List<ResourceId> resources();

  /** Returns the service committed over the whole period, in whole minutes; zero if none. */
  @Value.Default
  public Duration serviceHours() {
    return Duration.ZERO;
  }

  /** Returns the posts claimed (认领岗位), no repeats; may be empty. */
  public abstract List<PostId> posts();

  /** Returns the integrations of 一统领四融合 the commitment serves; at least one. */
  public abstract Set<Integration> integrations();

  /** Returns the kind, from who reported. */
  public final Kind kind() {
    return reporter() instanceof PersonId ? Kind.PARTY_MEMBER : Kind.UNIT;
  }

  /** Returns ids and counts only: {@code CoBuildingAgreement[id, community, reporter, period, …]}. */
  @Override
  public String toString() {
    return "CoBuildingAgreement[" + id() + ", community=" + community() + ", reporter=" + reporter() + ", period="
        + period() + ", resources=" + resources().size() + ", serviceHours=" + serviceHours() + ", posts="
        + posts().size() + ", integrations=" + integrations().stream().sorted().toList() + "]";
  }

  @Value.Check
  final void check() {
    String subject = "CoBuildingAgreement[" + id() + "]";
    List<Violation> violations = new ArrayList<>();
    if (!TimeLimits.accepts(reportedAt())) {
      violations.add(new Violation(subject, "reportedAt", "instant-range", "the instant lies in the years 0001 to 9999"));
    }
    if (!TimeLimits.accepts(period().start()) || !TimeLimits.accepts(period().end())) {
      violations.add(new Violation(subject, "period", "instant-range", "the period lies in the years 0001 to 9999"));
    } else if (period().duration().compareTo(Duration.ofDays(MAX_PERIOD_DAYS)) > 0) {
      violations.add(new Violation(subject, "period", "period-length", "a period is at most " + MAX_PERIOD_DAYS
          + " days, was " + period().duration()).with("maxDays", MAX_PERIOD_DAYS));
    }
    Duration h = serviceHours();
    if (h.isNegative() || h.toSecondsPart() != 0 || h.toNanosPart() != 0
        || h.compareTo(period().duration()) > 0) {
      violations.add(new Violation(subject, "serviceHours", "whole-minutes-within-period",
          "the service committed is whole minutes, not negative and no longer than the period, was " + h));
    }
    repeats(subject, "resources", resources(), violations);
    repeats(subject, "posts", posts(), violations);
    if (resources().isEmpty() && posts().isEmpty() && (h.isZero() || h.isNegative())) {
      violations.add(new Violation(subject, "resources", "commits-something",
          "a report commits at least one resource, some service hours or a claimed post"));
    }
    if (integrations().isEmpty()) {
      violations.add(new Violation(subject, "integrations", "serves-an-integration",
          "a report names at least one integration of 一统领四融合 it serves"));
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
  }

  private static void repeats(String subject, String field, List<?> values, List<Violation> violations) {
    Set<Object> seen = new HashSet<>();
    for (Object v : values) {
      if (!seen.add(v)) {
        violations.add(new Violation(subject, field, "no-repeats", v + " is listed twice"));
        return;
      }
    }
  }

  /** The builder of {@link CoBuildingAgreement}; each attribute may be set once. */
  public static final class Builder extends ImmutableCoBuildingAgreement.Builder {
    Builder() {}
  }
}
