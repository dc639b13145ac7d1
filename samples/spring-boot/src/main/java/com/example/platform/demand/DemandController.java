package com.example.platform.demand;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceId;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.model.time.Interval;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demands and the five lists.
 *
 * <ul>
 *   <li>{@code POST /demands} with a {@link Demand}: submits it; answers its {@link DemandStatus};
 *   <li>{@code GET /communities/{community}/five-lists?from=&to=}: the community's five lists and
 *       their {@link FiveListsReport} for the period [from, to).
 * </ul>
 */
@RestController
public class DemandController {

  private final DemandDesk desk;

  DemandController(DemandDesk desk) {
    this.desk = desk;
  }

  /**
   * Submits a demand.
   *
   * @param demand the demand, in the SDK's JSON
   * @return where it stands
   */
  @PostMapping("/demands")
  public DemandStatus submit(@RequestBody Demand demand) {
    return desk.submit(demand);
  }

  /**
   * Lists a community's five lists with their report.
   *
   * @param community the community's grid id
   * @param from the period's start
   * @param to the period's end, exclusive
   * @return the lists and the report
   */
  @GetMapping("/communities/{community}/five-lists")
  public CommunityLists fiveLists(@PathVariable String community, @RequestParam Instant from, @RequestParam Instant to) {
    GridId root = GridId.of(community);
    FiveLists all = desk.fiveLists();
    FiveListsReport report = FiveListsReport.of(all, desk.hierarchy(), root, Interval.of(from, to));
    List<Demand> demands = all.demands().stream().filter(d -> desk.within(root, d.grid())).toList();
    Set<DemandId> local = demands.stream().map(Demand::id).collect(Collectors.toSet());
    List<Resource> resources = all.resources().stream().filter(r -> r.coverage().stream()
        .anyMatch(g -> desk.within(root, g) || desk.within(g, root))).toList();
    List<Project> projects = all.projects().stream().filter(p -> p.demands().stream().anyMatch(local::contains)).toList();
    List<ServiceRecord> services = all.services().stream().filter(s -> s.demands().stream().anyMatch(local::contains))
        .toList();
    Set<ServiceId> served = services.stream().map(ServiceRecord::id).collect(Collectors.toSet());
    List<Outcome> outcomes = all.outcomes().stream().filter(o -> served.contains(o.service())).toList();
    return new CommunityLists(root, demands, resources, projects, services, outcomes, report);
  }
}
