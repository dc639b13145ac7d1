package com.example.platform.demand;

import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.Outcome;
import io.github.jiceng.governance.model.service.Project;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.model.service.ServiceRecord;
import io.github.jiceng.governance.rules.service.FiveListsReport;
import java.util.List;

/**
 * A community's five lists (五项清单) and their report for one period, as the platform answers them.
 *
 * @param community the community's grid
 * @param demands the demands raised in its grids (需求清单)
 * @param resources the resources covering it (资源清单)
 * @param projects the projects grouping its demands (项目清单)
 * @param services the services that served its demands (服务清单)
 * @param outcomes the outcomes of those services (成效清单)
 * @param report the five-lists report of the community for the period
 */
public record CommunityLists(GridId community, List<Demand> demands, List<Resource> resources, List<Project> projects,
    List<ServiceRecord> services, List<Outcome> outcomes, FiveListsReport report) {}
