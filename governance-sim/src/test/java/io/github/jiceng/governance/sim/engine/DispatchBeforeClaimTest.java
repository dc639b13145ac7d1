package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.service.Channel;
import io.github.jiceng.governance.model.service.Resource;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every claim follows a dispatch to its channel, decided under scoped authority: a demand a
 * poor rating reopened or a claimant released goes back to the community, which dispatches it
 * again before anyone may claim it, on whatever channel the matching then chose.
 */
final class DispatchBeforeClaimTest {

  @ParameterizedTest
  @ValueSource(longs = {3, 5, 17})
  void everyClaimIsOnTheChannelTheDemandWasLastDispatchedTo(long seed) {
    Scenario scenario = SyntheticScenarios.small();
    Map<String, Channel> channelOf = new HashMap<>();
    for (Resource r : scenario.section(ScenarioSection.RESOURCES).orElseThrow()) {
      channelOf.put(r.id().value(), r.channel());
    }
    List<SimulationEvent> log = Simulator.run(scenario, seed, 120, SimulationOptions.defaults()).events();
    Map<String, Channel> dispatchedTo = new HashMap<>();
    List<String> wrong = new ArrayList<>();
    long sentBack = 0;
    for (SimulationEvent e : log) {
      String demand = e.ids().get(SimulationEvent.DEMAND);
      switch (e.kind()) {
        case DEMAND_DISPATCHED -> {
          assertThat(e.action()).hasValue(io.github.jiceng.governance.model.authority.Action.DISPATCH);
          Channel c = channelOf.get(e.ids().get(SimulationEvent.RESOURCE));
          dispatchedTo.put(demand, c);
        }
        case DEMAND_REOPENED, DEMAND_RELEASED -> {
          dispatchedTo.remove(demand);
          sentBack++;
        }
        case DEMAND_CLAIMED -> {
          Channel claimedOn = channelOf.get(e.ids().get(SimulationEvent.RESOURCE));
          if (claimedOn != dispatchedTo.get(demand)) {
            wrong.add(demand + " claimed on " + claimedOn + " at #" + e.sequence() + ", dispatched to "
                + dispatchedTo.get(demand));
          }
        }
        default -> { }
      }
    }
    assertThat(sentBack).as("some demands were reopened or released").isPositive();
    assertThat(wrong).isEmpty();
  }
}
