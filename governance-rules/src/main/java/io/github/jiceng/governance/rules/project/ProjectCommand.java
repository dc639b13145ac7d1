package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What may be asked of a community's project register (项目指令), decided by {@link ProjectRules}.
 * Every command names its project, so that a host routes it and the rules refuse one for a project
 * the register does not hold. Nulls throw {@code NullPointerException} naming the field; a command
 * whose parts disagree throws {@link DomainValidationException}.
 */
public sealed interface ProjectCommand {

  /** Returns the project the command is about. */
  ProjectId project();

  /**
   * Proposes a project (立项): the community groups demands into one piece of work with a budget.
   * The demands' values and their statuses, as their own streams left them, come with it, so that
   * the rules can refuse a demand that is not accepted yet, already dispatched alone, or closed.
   *
   * @param value the project: id, name, demands, budget, pillar
   * @param demands the demands it groups, in the project's order
   * @param statuses where each demand stands now, in the project's order
   * @param by who proposes it
   * @param at when
   */
  record Propose(Project value, List<Demand> demands, List<DemandStatus> statuses, ActorId by, Instant at)
      implements ProjectCommand {

    /**
     * Checks the parts and that the demands and statuses are exactly the project's, in its order.
     *
     * @throws DomainValidationException (field {@code demands} or {@code statuses}, rule {@code
     *     same-demands-as-project}) if they are not
     */
    public Propose {
      requireNonNull(value, "value");
      demands = List.copyOf(DomainChecks.noNullElements(demands, "demands"));
      statuses = List.copyOf(DomainChecks.noNullElements(statuses, "statuses"));
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      List<DemandId> ofDemands = new ArrayList<>(demands.size());
      demands.forEach(d -> ofDemands.add(d.id()));
      List<DemandId> ofStatuses = new ArrayList<>(statuses.size());
      statuses.forEach(s -> ofStatuses.add(s.demand()));
      String subject = "ProjectCommand.Propose[" + value.id() + "]";
      if (!ofDemands.equals(value.demands())) {
        throw new DomainValidationException(new Violation(subject, "demands", "same-demands-as-project",
            "the demands given are " + ofDemands + ", the project groups " + value.demands()));
      }
      if (!ofStatuses.equals(value.demands())) {
        throw new DomainValidationException(new Violation(subject, "statuses", "same-demands-as-project",
            "the statuses given are of " + ofStatuses + ", the project groups " + value.demands()));
      }
    }

    @Override
    public ProjectId project() {
      return value.id();
    }
  }

  /**
   * Puts the project to the co-building units to claim (发布认领).
   *
   * @param project the project
   * @param by who puts it
   * @param at when
   */
  record Put(ProjectId project, ActorId by, Instant at) implements ProjectCommand {
    /** Checks the parts are present. */
    public Put {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * Takes the whole project through one resource (认领、购买或承接): a co-building unit claims it, the
   * community buys it from a social organization or undertakes it itself, as the resource's channel
   * says. The resource must be eligible for every demand of the project, by the same rule matching
   * uses for one demand.
   *
   * @param project the project
   * @param resource the resource it is taken through
   * @param currentLoad how many demands the resource already carries this period, not negative
   * @param by who records it
   * @param at when
   */
  record Take(ProjectId project, Resource resource, int currentLoad, ActorId by, Instant at) implements ProjectCommand {
    /**
     * Checks the parts are present and the load is not negative.
     *
     * @throws DomainValidationException (field {@code currentLoad}, rule {@code not-negative}) if
     *     the load is negative
     */
    public Take {
      requireNonNull(project, "project");
      requireNonNull(resource, "resource");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      if (currentLoad < 0) {
        throw new DomainValidationException(new Violation("ProjectCommand.Take[" + project + "]", "currentLoad",
            "not-negative", "a load is not negative, was " + currentLoad).with("value", currentLoad));
      }
    }
  }

  /**
   * Records a service delivered under the taken project (项目服务).
   *
   * @param project the project
   * @param service the delivery, serving demands of the project
   */
  record RecordService(ProjectId project, ServiceRecord service) implements ProjectCommand {
    /** Checks the parts are present. */
    public RecordService {
      requireNonNull(project, "project");
      requireNonNull(service, "service");
    }
  }

  /**
   * Records the residents' rating of a service of the project (项目成效).
   *
   * @param project the project
   * @param outcome the outcome, of a service recorded under the project
   */
  record RecordOutcome(ProjectId project, Outcome outcome) implements ProjectCommand {
    /** Checks the parts are present. */
    public RecordOutcome {
      requireNonNull(project, "project");
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * Closes the project with its outcome (结项): it needs a service and an outcome.
   *
   * @param project the project
   * @param by who closes it
   * @param at when
   */
  record Close(ProjectId project, ActorId by, Instant at) implements ProjectCommand {
    /** Checks the parts are present. */
    public Close {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * Withdraws the project before it is taken (撤销立项); its demands are free again.
   *
   * @param project the project
   * @param by who withdraws it
   * @param at when
   * @param reason why; free text for people, never personal data; required
   */
  record Withdraw(ProjectId project, ActorId by, Instant at, String reason) implements ProjectCommand {
    /** Checks the parts are present. */
    public Withdraw {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      requireNonNull(reason, "reason");
    }

    /** Returns the command without its free-text reason. */
    @Override
    public String toString() {
      return "Withdraw[project=" + project + ", by=" + by + ", at=" + at + "]";
    }
  }
}
