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
import java.util.Collections;
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
 */
public record FiveListsReport(GridId root, Interval period, int resources, int projects, Money projectBudget,
    Tally total, Map<Channel, Tally> byChannel, Map<Pillar, Tally> byPillar) {

  /** Checks that nothing is null and copies the maps. */
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
    requireNonNull(lists, "lists");
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
    int projects = 0;
    Money budget = Money.ZERO;
    for (Project p : lists.projects()) {
      if (p.demands().stream().anyMatch(counted::contains)) {
        projects++;
        budget = budget.plus(p.budget());
      }
    }
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
      for (Outcome o : lists.outcomesOf(s.id())) {
        if (period.contains(o.evaluatedAt())) {
          one = one.plusOutcome(o.rating(), o.beneficiariesReached());
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
    return new FiveListsReport(root, period, resources, projects, budget, total, byChannel, byPillar);
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
