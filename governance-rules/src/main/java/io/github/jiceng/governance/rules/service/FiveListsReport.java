package io.github.jiceng.governance.rules.service;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.model.service.OutcomeId;
import io.github.jiceng.governance.rules.project.ProjectClaim;
import io.github.jiceng.governance.model.service.ProjectId;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.shared.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The five-lists report (五项清单报表) of one grid subtree for one period: counts, people, hours,
 * money and ratings, in total, per channel and per pillar.
 *
 * <p>What is counted:
 *
 * <ul>
 *   <li>a demand whose grid lies in the subtree and that was submitted in the period;
 *   <li>a resource covering some grid of the subtree (a coverage root inside it or above it);
 *   <li>a project grouping at least one counted demand, with its whole budget;
 *   <li>a service that served at least one demand of the subtree and started in the period;
 *   <li>an outcome of a counted service, evaluated in the period.
 * </ul>
 *
 * <p>Projects taken as projects (项目认领, {@code rules.project}): given their channel decisions,
 * a counted project that was taken counts once under its channel in {@link #projectClaims()},
 * however many demands it groups; its demands, services and outcomes count as above. Each
 * counted project has a {@link ProjectLine} linking it to its demands, the counted services that
 * served them and their counted outcomes, with its channel and claimant once taken.
 *
 * <p>Per channel, services and outcomes count under their service's channel, and demands under the
 * channels of the counted services that served them. Per pillar, a demand counts under its own
 * pillar, and a service (and its outcomes) under each distinct pillar of the demands it served
 * in the subtree; so the per-pillar figures may add up to more than the total.
 *
 * @param root the subtree's root
 * @param period the period
 * @param resources resources covering the subtree
 * @param projects projects grouping counted demands
 * @param projectBudget the sum of their budgets
 * @param total the figures of the whole subtree
 * @param byChannel the figures per channel, for every channel
 * @param byPillar the figures per pillar that occurs, in key order
 * @param projectClaims per channel, for every channel, the counted projects taken through it as
 *     projects
 * @param projectLines the counted projects with their links, in project id order
 */
public record FiveListsReport(GridId root, Interval period, int resources, int projects, Money projectBudget,
    Tally total, Map<Channel, Tally> byChannel, Map<Pillar, Tally> byPillar, Map<Channel, Integer> projectClaims,
    List<ProjectLine> projectLines) {

  /**
   * Returns a report without project claims or project lines, as reports were before projects
   * were taken as projects.
   *
   * @param root the subtree's root
   * @param period the period
   * @param resources resources covering the subtree
   * @param projects projects grouping counted demands
   * @param projectBudget the sum of their budgets
   * @param total the figures of the whole subtree
   * @param byChannel the figures per channel
   * @param byPillar the figures per pillar
   */
  public FiveListsReport(GridId root, Interval period, int resources, int projects, Money projectBudget, Tally total,
      Map<Channel, Tally> byChannel, Map<Pillar, Tally> byPillar) {
    this(root, period, resources, projects, projectBudget, total, byChannel, byPillar, Map.of(), List.of());
  }

  /** Checks that nothing is null and copies the maps and the lines. */
  public FiveListsReport {
    requireNonNull(root, "root");
    requireNonNull(period, "period");
    requireNonNull(projectBudget, "projectBudget");
    requireNonNull(total, "total");
    EnumMap<Channel, Tally> channels = new EnumMap<>(Channel.class);
    channels.putAll(DomainChecks.noNullEntries(byChannel, "byChannel"));
    byChannel = Collections.unmodifiableMap(channels);
    TreeMap<Pillar, Tally> pillars = new TreeMap<>();
    pillars.putAll(DomainChecks.noNullEntries(byPillar, "byPillar"));
    byPillar = Collections.unmodifiableMap(pillars);
    EnumMap<Channel, Integer> claims = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      claims.put(c, 0);
    }
    claims.putAll(DomainChecks.noNullEntries(projectClaims, "projectClaims"));
    projectClaims = Collections.unmodifiableMap(claims);
    projectLines = List.copyOf(DomainChecks.noNullElements(projectLines, "projectLines"));
  }

  /**
   * Computes the report.
   *
   * @param lists the five lists
   * @param hierarchy the hierarchy the grids belong to
   * @param root the subtree to report on
   * @param period the period to report on
   * @return the report; never null
   * @throws DomainValidationException if the hierarchy has no such root
   */
  public static FiveListsReport of(FiveLists lists, GridHierarchy hierarchy, GridId root, Interval period) {
    return of(lists, List.of(), hierarchy, root, period);
  }

  /**
   * Computes the report with the projects' channel decisions: each counted project that was taken
   * as a project counts under its channel, and its line names its channel and claimant.
   *
   * @param lists the five lists
   * @param claims the channel decisions of projects taken as projects, such as {@code
   *     ProjectRegister.claims()}; at most one per project, each of a project on the lists
   * @param hierarchy the hierarchy the grids belong to
   * @param root the subtree to report on
   * @param period the period to report on
   * @return the report; never null
   * @throws DomainValidationException if the hierarchy has no such root, or a claim names a
   *     project not on the lists (rule {@code claim-of-listed-project}) or a project claimed twice
   *     (rule {@code one-claim-per-project})
   */
  public static FiveListsReport of(FiveLists lists, Collection<ProjectClaim> claims, GridHierarchy hierarchy,
      GridId root, Interval period) {
    requireNonNull(lists, "lists");
    requireNonNull(claims, "claims");
    requireNonNull(hierarchy, "hierarchy");
    requireNonNull(root, "root");
    requireNonNull(period, "period");
    if (!(hierarchy.contains(root))) {
      throw new DomainValidationException("FiveListsReport", "root", "grid-exists",
          "the hierarchy has no grid " + root);
    }
    int rootPos = hierarchy.position(root);

    Tally total = Tally.EMPTY;
    EnumMap<Channel, Tally> byChannel = new EnumMap<>(Channel.class);
    for (Channel c : Channel.values()) {
      byChannel.put(c, Tally.EMPTY);
    }
    TreeMap<Pillar, Tally> byPillar = new TreeMap<>();

    TreeSet<DemandId> counted = new TreeSet<>();
    for (Demand d : lists.demands()) {
      if (inSubtree(hierarchy, rootPos, d.grid()) && period.contains(d.submittedAt())) {
        counted.add(d.id());
        total = total.plusDemand(d.beneficiaries());
        byPillar.merge(d.pillar(), Tally.EMPTY.plusDemand(d.beneficiaries()), FiveListsReport::add);
      }
    }
    int resources = 0;
    for (Resource r : lists.resources()) {
      for (GridId g : r.coverage()) {
        if (hierarchy.contains(g) && (inSubtree(hierarchy, rootPos, g) || hierarchy.isAncestorOf(g, root))) {
          resources++;
          break;
        }
      }
    }
    Map<ProjectId, ProjectClaim> claimOf = claimsByProject(lists, claims);
    int projects = 0;
    Money budget = Money.ZERO;
    List<Project> countedProjects = new ArrayList<>();
    for (Project p : lists.projects()) {
      if (p.demands().stream().anyMatch(counted::contains)) {
        projects++;
        budget = budget.plus(p.budget());
        countedProjects.add(p);
      }
    }
    TreeSet<ServiceId> countedServices = new TreeSet<>();
    TreeSet<OutcomeId> countedOutcomes = new TreeSet<>();
    EnumMap<Channel, TreeSet<DemandId>> servedByChannel = new EnumMap<>(Channel.class);
    for (ServiceRecord s : lists.services()) {
      TreeSet<Pillar> pillars = new TreeSet<>();
      TreeSet<DemandId> local = new TreeSet<>();
      for (Demand d : lists.demandsOf(s.id())) {
        if (inSubtree(hierarchy, rootPos, d.grid())) {
          pillars.add(d.pillar());
          local.add(d.id());
        }
      }
      if (local.isEmpty() || !period.contains(s.time().start())) {
        continue;
      }
      Tally one = Tally.EMPTY.plusService(s.beneficiaries(), s.effort(), s.cost());
      countedServices.add(s.id());
      for (Outcome o : lists.outcomesOf(s.id())) {
        if (period.contains(o.evaluatedAt())) {
          one = one.plusOutcome(o.rating(), o.beneficiariesReached());
          countedOutcomes.add(o.id());
        }
      }
      total = add(total, one);
      byChannel.merge(s.channel(), one, FiveListsReport::add);
      for (Pillar p : pillars) {
        byPillar.merge(p, one, FiveListsReport::add);
      }
      local.retainAll(counted);
      servedByChannel.computeIfAbsent(s.channel(), c -> new TreeSet<>()).addAll(local);
    }
    for (Map.Entry<Channel, TreeSet<DemandId>> e : servedByChannel.entrySet()) {
      Tally t = byChannel.get(e.getKey());
      for (DemandId id : e.getValue()) {
        t = t.plusDemand(lists.demand(id).orElseThrow().beneficiaries());
      }
      byChannel.put(e.getKey(), t);
    }
    EnumMap<Channel, Integer> projectClaims = new EnumMap<>(Channel.class);
    List<ProjectLine> lines = new ArrayList<>(countedProjects.size());
    for (Project p : countedProjects) {
      Optional<ProjectClaim> claim = Optional.ofNullable(claimOf.get(p.id()));
      claim.ifPresent(c -> projectClaims.merge(c.channel(), 1, Integer::sum));
      TreeSet<DemandId> demands = new TreeSet<>(p.demands());
      TreeSet<ServiceId> services = new TreeSet<>();
      TreeSet<OutcomeId> outcomes = new TreeSet<>();
      for (DemandId d : demands) {
        for (ServiceRecord s : lists.servicesOf(d)) {
          if (countedServices.contains(s.id())) {
            services.add(s.id());
            for (Outcome o : lists.outcomesOf(s.id())) {
              if (countedOutcomes.contains(o.id())) {
                outcomes.add(o.id());
              }
            }
          }
        }
      }
      lines.add(new ProjectLine(p.id(), p.budget(), claim.map(ProjectClaim::channel), claim.map(ProjectClaim::claimant),
          List.copyOf(demands), List.copyOf(services), List.copyOf(outcomes)));
    }
    return new FiveListsReport(root, period, resources, projects, budget, total, byChannel, byPillar, projectClaims,
        lines);
  }

  private static Map<ProjectId, ProjectClaim> claimsByProject(FiveLists lists, Collection<ProjectClaim> claims) {
    Map<ProjectId, ProjectClaim> out = new TreeMap<>();
    List<Violation> violations = new ArrayList<>();
    for (ProjectClaim c : claims) {
      requireNonNull(c, "claims contains null");
      String subject = "ProjectClaim[" + c.project() + "]";
      if (lists.project(c.project()).isEmpty()) {
        violations.add(new Violation(subject, "project", "claim-of-listed-project",
            "no project " + c.project() + " on the project list"));
      } else if (out.putIfAbsent(c.project(), c) != null) {
        violations.add(new Violation(subject, "project", "one-claim-per-project",
            "project " + c.project() + " is claimed twice"));
      }
    }
    if (!violations.isEmpty()) {
      throw new DomainValidationException(violations);
    }
    return out;
  }

  private static boolean inSubtree(GridHierarchy h, int rootPos, GridId grid) {
    if (!h.contains(grid)) {
      return false;
    }
    int p = h.position(grid);
    return p == rootPos || h.isAncestorOf(rootPos, p);
  }

  private static Tally add(Tally a, Tally b) {
    return new Tally(a.demands() + b.demands(), a.demandBeneficiaries() + b.demandBeneficiaries(),
        a.services() + b.services(), a.serviceBeneficiaries() + b.serviceBeneficiaries(), a.effort().plus(b.effort()),
        a.cost().plus(b.cost()), a.outcomes() + b.outcomes(), a.ratingSum() + b.ratingSum(),
        a.beneficiariesReached() + b.beneficiariesReached());
  }
}
