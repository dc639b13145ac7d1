package io.github.jiceng.governance.rules.deliberation;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.deliberation.MeetingId;
import io.github.jiceng.governance.model.deliberation.ResolutionId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.ProjectId;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a project came from (项目来源): the joint meeting and resolution that made it, when, for
 * which grid node, led by which unit with what pledge.
 *
 * @param project the project
 * @param meeting the meeting
 * @param resolution the resolution
 * @param resolvedAt when the meeting was held
 * @param grid the meeting's grid node
 * @param leadUnit the lead unit, if any
 * @param pledge the lead unit's pledge, if any
 */
public record ProjectOrigin(ProjectId project, MeetingId meeting, ResolutionId resolution, Instant resolvedAt, GridId grid,
    Optional<OrganizationId> leadUnit, Optional<Money> pledge) {

  /** Checks the parts are present. */
  public ProjectOrigin {
    requireNonNull(project, "project");
    requireNonNull(meeting, "meeting");
    requireNonNull(resolution, "resolution");
    requireNonNull(resolvedAt, "resolvedAt");
    requireNonNull(grid, "grid");
    requireNonNull(leadUnit, "leadUnit");
    requireNonNull(pledge, "pledge");
  }
}
