package io.github.jiceng.governance.model.pillar;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.taxonomy.PillarBound;
import io.github.jiceng.governance.model.time.TimeLimits;
import java.time.Instant;

/**
 * An incident a patrol found (巡逻发现的事件): what kind, where and when.
 *
 * <p>The record is shaped for the grid-event loop (网格事件闭环, fed also by the 12345 hotline) to
 * take over: an id of its own, a kind, a grid node and an instant, and the patrol that found it as
 * its source. It has no free text and names no person, so it carries no personal data; a desk that
 * takes it over adds its own description under its own rules. The scorecard checks that the
 * incident lies on its patrol's day and within the node patrolled.
 *
 * @param id the incident's id
 * @param patrol the patrol that found it
 * @param kind what kind of matter it is
 * @param grid the grid node where it was found
 * @param at when it was found
 */
public record Incident(IncidentId id, PatrolId patrol, IncidentKind kind, GridId grid, Instant at) implements PillarBound {

  /**
   * Validates the incident.
   *
   * @throws io.github.jiceng.governance.model.shared.DomainValidationException if the instant is
   *     outside the years 0001-9999 (rule {@code instant-range})
   */
  public Incident {
    requireNonNull(id, "id");
    requireNonNull(patrol, "patrol");
    requireNonNull(kind, "kind");
    requireNonNull(grid, "grid");
    requireNonNull(at, "at");
    TimeLimits.check("Incident[" + id + "]", "at", at);
  }

  /** Returns {@link Pillar#SAFETY_CO_MANAGEMENT}. */
  @Override
  public Pillar pillar() {
    return Pillar.SAFETY_CO_MANAGEMENT;
  }
}
