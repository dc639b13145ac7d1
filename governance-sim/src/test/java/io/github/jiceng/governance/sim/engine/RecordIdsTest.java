package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
 * An id in the event log names one record: a step the rules refused under a new id (a fund
 * request, a redemption, a project) leaves that id used, so the next record gets another one
 * and following an id through the log never merges two cases.
 */
final class RecordIdsTest {

  /** The kinds of records a desk makes and names by a new id. */
  private static final java.util.Set<String> RECORDS = java.util.Set.of(SimulationEvent.DEMAND, SimulationEvent.PROJECT,
      SimulationEvent.SERVICE, SimulationEvent.OUTCOME, SimulationEvent.ENTRY, SimulationEvent.REQUEST,
      SimulationEvent.CLUE, SimulationEvent.PROPOSAL);

  @ParameterizedTest
  @ValueSource(longs = {5, 11, 29})
  void anIdFirstSeenInARefusalNeverNamesARecordLater(long seed) {
    List<SimulationEvent> log = Simulator.run(SyntheticScenarios.small(), seed, 90, SimulationOptions.defaults())
        .events();
    Map<String, SimulationEvent> firstMention = new HashMap<>();
    List<String> reused = new ArrayList<>();
    long refusalsWithNewIds = 0;
    for (SimulationEvent e : log) {
      for (Map.Entry<String, String> id : e.ids().entrySet()) {
        if (!RECORDS.contains(id.getKey())) {
          continue; // a person, post or partition may well be named first in a refusal
        }
        String key = id.getKey() + "=" + id.getValue();
        SimulationEvent first = firstMention.putIfAbsent(key, e);
        if (first == null) {
          refusalsWithNewIds += e.kind() == EventKind.REFUSED ? 1 : 0;
        } else if (first.kind() == EventKind.REFUSED && e.kind() != EventKind.REFUSED) {
          reused.add(key + " refused at #" + first.sequence() + " (" + first.detail() + "), then " + e.kind()
              + " at #" + e.sequence());
        }
      }
    }
    assertThat(refusalsWithNewIds).as("the run refuses some steps under new ids").isPositive();
    assertThat(reused).isEmpty();
  }
}
