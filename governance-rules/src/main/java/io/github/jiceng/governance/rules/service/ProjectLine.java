package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import java.util.List;
import java.util.Optional;

/**
 * One project of the five-lists report with its links (项目链条): the demands it groups, the
 * channel and claimant that took it as a project if it was taken, and the services that served its
 * demands and their outcomes, as the report counts them.
 *
 * @param project the project
 * @param budget its budget
 * @param channel the channel it was taken through, if it was taken as a project
 * @param claimant the organization that took it, if it was taken as a project
 * @param demands the demands it groups, in id order
 * @param services the counted services that served its demands, in id order
 * @param outcomes the counted outcomes of those services, in id order
 */
public record ProjectLine(ProjectId project, Money budget, Optional<Channel> channel, Optional<OrganizationId> claimant,
    List<DemandId> demands, List<ServiceId> services, List<OutcomeId> outcomes) {

  /** Checks the parts are present and copies the lists. */
  public ProjectLine {
    requireNonNull(project, "project");
    requireNonNull(budget, "budget");
    requireNonNull(channel, "channel");
    requireNonNull(claimant, "claimant");
    demands = List.copyOf(DomainChecks.noNullElements(demands, "demands"));
    services = List.copyOf(DomainChecks.noNullElements(services, "services"));
    outcomes = List.copyOf(DomainChecks.noNullElements(outcomes, "outcomes"));
  }
}
