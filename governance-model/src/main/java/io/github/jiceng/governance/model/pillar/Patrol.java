package io.github.jiceng.governance.model.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Duration;
import java.time.LocalDate;

/**
 * One patrol of a grid squad (网格小分队巡逻), the record of 平安共管: which squad walked which grid
 * node on which day, and for how long.
 *
 * <p>A squad is named by the grid it serves ({@link io.github.jiceng.governance.model.actor.GridSquad#grid()}:
 * a grid has at most one squad). The patrolled node is the squad's grid or a node below it; the
 * rules count a patrol of another node as outside the squad's area rather than refuse it. The
 * duration is whole minutes, from one minute to one day. A patrol names no person, so it carries
 * no personal data.
 *
 * @param id the patrol's id
 * @param squad the grid of the squad that patrolled
 * @param grid the grid node patrolled
 * @param day the day of the patrol, in the community's zone
 * @param duration how long it lasted, whole minutes, 1 minute to 24 hours
 */
public record Patrol(PatrolId id, GridId squad, GridId grid, LocalDate day, Duration duration) implements PillarBound {

  /** The longest patrol: one day. */
  public static final Duration MAX_DURATION = Duration.ofHours(24);

  /**
   * Validates the patrol.
   *
   * @throws DomainValidationException if the day is outside the years 0001-9999 (rule {@code
   *     date-range}) or the duration is not whole minutes from one minute to {@link #MAX_DURATION}
   *     (rule {@code patrol-duration})
   */
  public Patrol {
    requireNonNull(id, "id");
    requireNonNull(squad, "squad");
    requireNonNull(grid, "grid");
    requireNonNull(day, "day");
    requireNonNull(duration, "duration");
    String subject = "Patrol[" + id + "]";
    TimeLimits.check(subject, "day", day);
    if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(MAX_DURATION) > 0
        || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0) {
      throw new DomainValidationException(new Violation(subject, "duration", "patrol-duration",
          "a patrol lasts whole minutes, 1 minute to " + MAX_DURATION + ", was " + duration)
          .with("max", MAX_DURATION).with("value", duration));
    }
  }

  /** Returns {@link Pillar#SAFETY_CO_MANAGEMENT}. */
  @Override
  public Pillar pillar() {
    return Pillar.SAFETY_CO_MANAGEMENT;
  }
}
