package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What happened to a project of a community's register (项目事件), as {@link ProjectRules} decided
 * it. Each event names its project and carries what it takes to evolve the register without the
 * command.
 */
public sealed interface ProjectEvent {

  /** Returns the project the event is about. */
  ProjectId project();

  /**
   * The project was proposed with its demands (立项).
   *
   * @param value the project
   * @param demands the demands it groups, in the project's order
   * @param by who proposed it
   * @param at when
   */
  record Proposed(Project value, List<Demand> demands, ActorId by, Instant at) implements ProjectEvent {
    /**
     * Checks the parts and that the demands are the project's, in its order.
     *
     * @throws DomainValidationException (field {@code demands}, rule {@code same-demands-as-project})
     *     if they are not
     */
    public Proposed {
      requireNonNull(value, "value");
      demands = List.copyOf(DomainChecks.noNullElements(demands, "demands"));
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      List<io.github.jiceng.governance.model.service.DemandId> ids = new ArrayList<>(demands.size());
      demands.forEach(d -> ids.add(d.id()));
      if (!ids.equals(value.demands())) {
        throw new DomainValidationException(new Violation("ProjectEvent.Proposed[" + value.id() + "]", "demands",
            "same-demands-as-project", "the demands given are " + ids + ", the project groups " + value.demands()));
      }
    }

    @Override
    public ProjectId project() {
      return value.id();
    }
  }

  /**
   * The project was put to the co-building units (发布认领).
   *
   * @param project the project
   * @param by who put it
   * @param at when
   */
  record Put(ProjectId project, ActorId by, Instant at) implements ProjectEvent {
    /** Checks the parts are present. */
    public Put {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * The project was taken through one channel (认领、购买或承接).
   *
   * @param claim the channel decision: channel, claimant, resource, price, instant
   * @param by who recorded it
   */
  record Taken(ProjectClaim claim, ActorId by) implements ProjectEvent {
    /** Checks the parts are present. */
    public Taken {
      requireNonNull(claim, "claim");
      requireNonNull(by, "by");
    }

    @Override
    public ProjectId project() {
      return claim.project();
    }
  }

  /**
   * A service was delivered under the project.
   *
   * @param project the project
   * @param service the delivery
   */
  record ServiceRecorded(ProjectId project, ServiceRecord service) implements ProjectEvent {
    /** Checks the parts are present. */
    public ServiceRecorded {
      requireNonNull(project, "project");
      requireNonNull(service, "service");
    }
  }

  /**
   * A service of the project was rated.
   *
   * @param project the project
   * @param outcome the outcome
   */
  record OutcomeRecorded(ProjectId project, Outcome outcome) implements ProjectEvent {
    /** Checks the parts are present. */
    public OutcomeRecorded {
      requireNonNull(project, "project");
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The project was closed with its outcome (结项).
   *
   * @param project the project
   * @param by who closed it
   * @param at when
   */
  record Closed(ProjectId project, ActorId by, Instant at) implements ProjectEvent {
    /** Checks the parts are present. */
    public Closed {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
    }
  }

  /**
   * The project was withdrawn before it was taken; its demands are free again.
   *
   * @param project the project
   * @param by who withdrew it
   * @param at when
   * @param reason why, free text for people
   */
  record Withdrawn(ProjectId project, ActorId by, Instant at, String reason) implements ProjectEvent {
    /** Checks the parts are present. */
    public Withdrawn {
      requireNonNull(project, "project");
      requireNonNull(by, "by");
      requireNonNull(at, "at");
      requireNonNull(reason, "reason");
    }

    /** Returns the event without its free-text reason. */
    @Override
    public String toString() {
      return "Withdrawn[project=" + project + ", by=" + by + ", at=" + at + "]";
    }
  }
}
