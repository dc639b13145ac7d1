package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same scenario and seed give the same event log and byte-identical reports, even with
 * another run in between; a shorter run is the start of a longer one; another seed gives another
 * run.
 */
final class ReproducibilityTest {

  /** Every rendering of a run, and its log as text, as one string of bytes to compare. */
  static String everything(SimulationResult r) throws IOException {
    SimulationReport report = SimulationReport.of(r);
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JsonReport.write(report, json);
    String log = r.events().stream().map(SimulationEvent::toString).collect(Collectors.joining("\n"));
    return log + "\n---\n" + TextReport.render(report) + "\n---\n" + json.toString(java.nio.charset.StandardCharsets.UTF_8)
        + "\n---\n" + HtmlReport.render(report);
  }

  private static SimulationResult run(Scenario s, long seed, int days) {
    return Simulator.run(s, seed, days, SimulationOptions.defaults());
  }

  @Test
  void theSameScenarioAndSeedGiveTheSameLogAndByteIdenticalReports() throws IOException {
    SimulationResult first = run(SyntheticScenarios.small(), 42L, 120);
    run(SyntheticScenarios.small(), 7L, 30);
    SimulationResult second = run(SyntheticScenarios.small(), 42L, 120);
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(everything(second)).isEqualTo(everything(first));
    assertThat(first.eventCount()).isGreaterThan(5_000);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 99, 12345})
  void aRandomScenarioReproducesItsRunByteForByte(long seed) throws IOException {
    assertThat(everything(run(SyntheticScenarios.random(seed), seed, 40)))
        .as("seed %s", seed).isEqualTo(everything(run(SyntheticScenarios.random(seed), seed, 40)));
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 42})
  void aShorterRunIsTheStartOfALongerOne(long seed) {
    SimulationResult shorter = run(SyntheticScenarios.small(), seed, 30);
    SimulationResult longer = run(SyntheticScenarios.small(), seed, 90);
    assertThat(longer.events().stream().filter(e -> e.day() < 30).toList()).isEqualTo(shorter.events());
    assertThat(longer.daily().subList(0, 30)).isEqualTo(shorter.daily());
  }

  @Test
  void anotherSeedGivesAnotherRun() throws IOException {
    SimulationResult a = run(SyntheticScenarios.small(), 42L, 60);
    SimulationResult b = run(SyntheticScenarios.small(), 43L, 60);
    assertThat(b.events()).isNotEqualTo(a.events());
    assertThat(everything(b)).isNotEqualTo(everything(a));
    assertThat(SimulationReport.of(b).metrics()).isNotEqualTo(SimulationReport.of(a).metrics());
  }
}
