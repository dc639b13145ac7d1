package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One project of a community's register (项目案卷), as its events left it: the project with its
 * demands, its stage and since when, its channel decision once taken, the services delivered under
 * it and their outcomes, in the order recorded, and the event that put it in its stage (kept so
 * that the same step delivered again is recognised). Immutable, with value equality.
 *
 * @param proposed the event that proposed it: the project, its demands, by whom and when
 * @param stage its stage
 * @param since when it entered the stage
 * @param claim its channel decision, once taken
 * @param services the services delivered under it, in the order recorded
 * @param outcomes the outcomes of those services, in the order recorded
 * @param last the event that put it in its stage: proposed, put, taken, closed or withdrawn
 */
public record ProjectCase(ProjectEvent.Proposed proposed, ProjectStage stage, Instant since, Optional<ProjectClaim> claim,
    List<ServiceRecord> services, List<Outcome> outcomes, ProjectEvent last) {

  /** Checks the parts are present and copies the lists. */
  public ProjectCase {
    requireNonNull(proposed, "proposed");
    requireNonNull(stage, "stage");
    requireNonNull(since, "since");
    requireNonNull(claim, "claim");
    services = List.copyOf(DomainChecks.noNullElements(services, "services"));
    outcomes = List.copyOf(DomainChecks.noNullElements(outcomes, "outcomes"));
    requireNonNull(last, "last");
  }

  /** Returns the project: id, name, demands, budget, pillar. */
  public Project project() {
    return proposed.value();
  }

  /** Returns the demands it groups, in the project's order. */
  public List<Demand> demands() {
    return proposed.demands();
  }

  /** Returns what its services cost the community so far. */
  public Money spent() {
    Money total = Money.ZERO;
    for (ServiceRecord s : services) {
      total = total.plus(s.cost());
    }
    return total;
  }

  /** Returns the service of the id recorded under it, if any. */
  public Optional<ServiceRecord> service(ServiceId id) {
    requireNonNull(id, "id");
    return services.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Returns the outcome of the id recorded under it, if any. */
  public Optional<Outcome> outcome(OutcomeId id) {
    requireNonNull(id, "id");
    return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Returns the case with another stage, since-instant and last step. */
  ProjectCase moved(ProjectStage to, Instant at, ProjectEvent step) {
    return new ProjectCase(proposed, to, at, claim, services, outcomes, step);
  }

  /** Returns the case taken through the claim. */
  ProjectCase taken(ProjectEvent.Taken step) {
    return new ProjectCase(proposed, ProjectStage.TAKEN, step.claim().at(), Optional.of(step.claim()), services, outcomes,
        step);
  }

  /** Returns the case with one more service. */
  ProjectCase withService(ServiceRecord service) {
    return new ProjectCase(proposed, stage, since, claim, append(services, service), outcomes, last);
  }

  /** Returns the case with one more outcome. */
  ProjectCase withOutcome(Outcome outcome) {
    return new ProjectCase(proposed, stage, since, claim, services, append(outcomes, outcome), last);
  }

  private static <T> List<T> append(List<T> list, T value) {
    return com.google.common.collect.ImmutableList.<T>builderWithExpectedSize(list.size() + 1).addAll(list).add(value)
        .build();
  }

  /** Returns the project's id, stage, since, claim and counts; never a free-text reason. */
  @Override
  public String toString() {
    return "ProjectCase[" + project().id() + ", " + stage + " since " + since + ", demands=" + project().demands()
        + claim.map(c -> ", " + c.channel() + " by " + c.claimant() + " via " + c.resource() + " for " + c.price())
            .orElse("")
        + ", services=" + services.size() + ", outcomes=" + outcomes.size() + "]";
  }
}
