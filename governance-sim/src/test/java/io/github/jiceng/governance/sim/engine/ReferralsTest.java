package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Handlers refer proposals up on receipt at the stream's rate (主动逐级上报): each proposal at most
 * once, never from the top, always to the level right above, and a rate of 0 refers none.
 */
final class ReferralsTest {

  /** A month of the small synthetic scenario whose file says its handlers refer this share up. */
  private static SimulationResult run(int referPerMille) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(SyntheticScenarios.small(), out);
    String file = out.toString(StandardCharsets.UTF_8);
    assertThat(file).containsOnlyOnce("\"proposals\": {");
    String referring = file.replace("\"proposals\": {", "\"proposals\": {\"referPerMille\": " + referPerMille + ", ");
    Scenario scenario = GovernanceJson.files().readScenario(new ByteArrayInputStream(referring.getBytes(StandardCharsets.UTF_8)));
    assertThat(scenario.section(ScenarioSection.SIMULATION).orElseThrow().proposals().orElseThrow().referPerMille())
        .isEqualTo(referPerMille);
    return Simulator.run(scenario, 1, 120, SimulationOptions.defaults());
  }

  private static List<SimulationEvent> of(SimulationResult r, EventKind kind) {
    return r.events().stream().filter(e -> e.kind() == kind).toList();
  }

  @Test
  void everyReceivedProposalIsReferredOnceToTheLevelAboveWhenTheRateIsAll() throws IOException {
    SimulationResult r = run(1000);
    GridHierarchy h = r.scenario().section(ScenarioSection.HIERARCHY).orElseThrow();
    List<SimulationEvent> referred = of(r, EventKind.PROPOSAL_REFERRED);
    assertThat(referred).isNotEmpty();
    Map<String, Integer> times = new TreeMap<>();
    for (SimulationEvent e : referred) {
      times.merge(e.ids().toString(), 1, Integer::sum);
      GridId from = e.grid().orElseThrow();
      assertThat(h.parent(from)).as("the level above %s", from).isPresent();
      assertThat(e.detail()).contains("up to " + h.parent(from).orElseThrow());
    }
    assertThat(times.values()).as("referrals per proposal").containsOnly(1);
  }

  @Test
  void aRateOfNoneRefersNothing() throws IOException {
    assertThat(of(run(0), EventKind.PROPOSAL_REFERRED)).isEmpty();
  }
}
