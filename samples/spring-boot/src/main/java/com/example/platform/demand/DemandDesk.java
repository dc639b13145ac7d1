package com.example.platform.demand;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandEvent;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandStatus;
import io.github.jiceng.governance.model.service.FiveLists;
import io.github.jiceng.governance.model.service.Transition;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.service.DemandCase;
import io.github.jiceng.governance.rules.service.DemandCommand;
import io.github.jiceng.governance.rules.service.DemandRules;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The demand list (需求清单) of the platform, in its own table: each demand with the submit event
 * that started its lifecycle, decided by the SDK's {@link DemandRules}. The demands of earlier
 * years come from the community file and are recorded at start-up the same way.
 */
@Service
public class DemandDesk {

  private static final ObjectMapper JSON = GovernanceJson.mapper();

  private final JdbcClient jdbc;
  private final DemandRules rules;
  private final GridHierarchy hierarchy;
  private final FiveLists history;

  DemandDesk(JdbcClient jdbc, DemandRules rules, GridHierarchy hierarchy, Scenario community) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.hierarchy = hierarchy;
    this.history = community.sectionOrDefault(ScenarioSection.SERVICE_CHAIN).orElseGet(FiveLists::empty);
    jdbc.sql("CREATE TABLE IF NOT EXISTS platform_demand (id VARCHAR(200) PRIMARY KEY, demand TEXT NOT NULL, "
        + "submitted TEXT NOT NULL)").update();
    history.demands().forEach(this::submit);
  }

  /**
   * Submits a demand (点单): the demand rules start its lifecycle with a submit event by its
   * requester at its submission instant. The same demand sent again changes nothing; another
   * submission under a recorded id is refused ({@code demand.not-allowed-in-state}).
   *
   * @param demand the demand
   * @return where the demand stands
   * @throws DomainValidationException if its grid is not one of the platform's
   * @throws io.github.jiceng.governance.rules.decider.RefusedException if the rules refuse it
   */
  public DemandStatus submit(Demand demand) {
    if (!hierarchy.contains(demand.grid())) {
      throw new DomainValidationException("Demand[" + demand.id() + "]", "grid", "grid-exists",
          "the platform's hierarchy has no grid " + demand.grid());
    }
    DemandEvent submitted = DemandEvent.builder().demand(demand.id()).transition(Transition.SUBMIT)
        .actor(demand.requester()).at(demand.submittedAt()).build();
    DemandCase current = recorded(demand.id());
    Decision<DemandEvent> decision = rules.decide(new DemandCommand.Submit(submitted), current);
    decision.orElseThrow();
    if (decision instanceof Decision.Applied) {
      int inserted = jdbc.sql("INSERT INTO platform_demand (id, demand, submitted) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")
          .params(demand.id().value(), write(demand), write(submitted)).update();
      if (inserted == 0) {
        return submit(demand); // recorded meanwhile by a concurrent request: decide again on it
      }
      current = rules.fold(current, decision.events());
    }
    return current.statusIfAny().orElseThrow();
  }

  /**
   * Returns the five lists of the whole platform: the recorded demands, and the resources,
   * projects, services and outcomes of the community file.
   *
   * @return the linked lists
   */
  public FiveLists fiveLists() {
    List<Demand> demands = new ArrayList<>();
    for (String text : jdbc.sql("SELECT demand FROM platform_demand ORDER BY id").query(String.class).list()) {
      demands.add(read(text, Demand.class));
    }
    return FiveLists.of(demands, history.resources(), history.projects(), history.services(), history.outcomes());
  }

  /** Returns the platform's grid hierarchy. */
  GridHierarchy hierarchy() {
    return hierarchy;
  }

  /** Returns whether a grid is the root or lies below it. */
  boolean within(GridId root, GridId grid) {
    return root.equals(grid)
        || hierarchy.contains(root) && hierarchy.contains(grid) && hierarchy.isAncestorOf(root, grid);
  }

  private DemandCase recorded(DemandId id) {
    Optional<String> submitted = jdbc.sql("SELECT submitted FROM platform_demand WHERE id = ?").param(id.value())
        .query(String.class).optional();
    return submitted.map(text -> rules.fold(DemandCase.none(), List.of(read(text, DemandEvent.class))))
        .orElse(DemandCase.none());
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T read(String text, Class<T> type) {
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
