package io.github.jiceng.governance.rules.project;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.ProjectId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A community's project register (项目台账), the state of {@link ProjectRules}: every project it
 * proposed, by id, and which project holds each demand. A demand is held by at most one project
 * that is not withdrawn, so the register itself refuses a demand to a second project. Immutable,
 * with value equality over the projects.
 */
public final class ProjectRegister {

  private static final ProjectRegister EMPTY = new ProjectRegister(ImmutableSortedMap.of(), ImmutableSortedMap.of());

  private final ImmutableSortedMap<ProjectId, ProjectCase> cases;
  private final ImmutableSortedMap<DemandId, ProjectId> holders;

  private ProjectRegister(ImmutableSortedMap<ProjectId, ProjectCase> cases,
      ImmutableSortedMap<DemandId, ProjectId> holders) {
    this.cases = cases;
    this.holders = holders;
  }

  /**
   * Returns the register with no project.
   *
   * @return the empty register
   */
  public static ProjectRegister empty() {
    return EMPTY;
  }

  /** Returns every project, by id. */
  public SortedMap<ProjectId, ProjectCase> cases() {
    return cases;
  }

  /**
   * Returns the project of the id, if proposed.
   *
   * @param project the project's id
   * @return its case, or empty
   */
  public Optional<ProjectCase> project(ProjectId project) {
    requireNonNull(project, "project");
    return Optional.ofNullable(cases.get(project));
  }

  /**
   * Returns the project holding the demand: proposed, put to the units, taken or closed, not
   * withdrawn.
   *
   * @param demand the demand
   * @return the project, or empty if the demand is in none
   */
  public Optional<ProjectId> holder(DemandId demand) {
    requireNonNull(demand, "demand");
    return Optional.ofNullable(holders.get(demand));
  }

  /** Returns the demands held by projects, in id order: those that are never dispatched alone. */
  public SortedSet<DemandId> heldDemands() {
    return new TreeSet<>(holders.keySet());
  }

  /** Returns the channel decisions of the projects taken so far (taken or closed), in project id order. */
  public List<ProjectClaim> claims() {
    ImmutableList.Builder<ProjectClaim> out = ImmutableList.builder();
    for (ProjectCase c : cases.values()) {
      c.claim().ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * Returns the projects in a stage, in id order.
   *
   * @param stage the stage
   * @return their cases
   */
  public List<ProjectCase> inStage(ProjectStage stage) {
    requireNonNull(stage, "stage");
    return cases.values().stream().filter(c -> c.stage() == stage).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the projects a claimant took, in id order.
   *
   * @param claimant the claimant
   * @return their cases
   */
  public List<ProjectCase> takenBy(OrganizationId claimant) {
    requireNonNull(claimant, "claimant");
    return cases.values().stream().filter(c -> c.claim().map(k -> k.claimant().equals(claimant)).orElse(false))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns the register with a case put in, holding its demands unless withdrawn. */
  ProjectRegister with(ProjectCase c) {
    TreeMap<ProjectId, ProjectCase> nextCases = new TreeMap<>(cases);
    nextCases.put(c.project().id(), c);
    TreeMap<DemandId, ProjectId> nextHolders = new TreeMap<>(holders);
    for (DemandId d : c.project().demands()) {
      if (c.stage().holdsDemands()) {
        nextHolders.put(d, c.project().id());
      } else {
        nextHolders.remove(d, c.project().id());
      }
    }
    return new ProjectRegister(ImmutableSortedMap.copyOfSorted(nextCases), ImmutableSortedMap.copyOfSorted(nextHolders));
  }

  /** Returns the cases, for the rules' search of a record id. */
  Collection<ProjectCase> all() {
    return cases.values();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectRegister other && cases.equals(other.cases);
  }

  @Override
  public int hashCode() {
    return cases.hashCode();
  }

  /** Returns {@code ProjectRegister[}the cases{@code ]}. */
  @Override
  public String toString() {
    return "ProjectRegister" + cases.values();
  }
}
