package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The deterministic-simulation test: a thousand random small scenarios, each run for three weeks
 * with every invariant checked after every step. A failure names the seed, which reproduces it
 * exactly ({@code SyntheticScenarios.random(seed)}, seed {@code seed}, 21 days).
 */
final class DeterministicSimulationTest {

  static final int SEEDS = 1000;
  static final int DAYS = 21;

  static Optional<String> run(long seed) {
    try {
      SimulationResult r = Simulator.run(SyntheticScenarios.random(seed), seed, DAYS,
          SimulationOptions.defaults().withRetainedEvents(false));
      return r.daily().size() == DAYS ? Optional.empty() : Optional.of("seed " + seed + ": " + r.daily().size() + " days");
    } catch (InvariantBrokenException e) {
      return Optional.of("seed " + seed + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return Optional.of("seed " + seed + ": " + e);
    }
  }

  @Test
  void everyInvariantHoldsAfterEveryStepOfAThousandRandomScenarios() {
    List<String> failures = LongStream.range(0, SEEDS).parallel().mapToObj(DeterministicSimulationTest::run)
        .flatMap(Optional::stream).sorted().collect(Collectors.toList());
    assertThat(failures).isEmpty();
  }
}
