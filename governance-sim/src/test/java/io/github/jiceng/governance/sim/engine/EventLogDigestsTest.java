package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.RecordWriter;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.matching.MatchingMode;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.model.SimulationParameters;
import io.github.jiceng.governance.sim.model.SimulationRun;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The event logs of fixed runs, as the {@code jiceng-governance/simulation-events} file the
 * command line writes, are pinned by their SHA-256 digests: a change of the engine that is meant
 * to change nothing (a refactoring, a faster structure) must leave every byte of them as it was.
 * A digest changes only with a change of behaviour, and then on purpose, with the new digest and
 * the reason in the same commit.
 *
 * <p>The runs: a year of the article's seed scenario from its file, a year of the small synthetic
 * scenario under exact and under greedy matching, and a year of a synthetic district of 20,000
 * residents, each with seed 1.
 */
final class EventLogDigestsTest {

  private static final Path SEED_FILE = Path.of("..", "seeds", "jungar-banner", "scenario.json");

  @Test
  void theSeedYearLogsTheSameBytesAsBefore() throws IOException {
    assertThat(digest(ScenarioFiles.read(SEED_FILE), ScenarioFiles.nameOf(SEED_FILE), MatchingMode.OPTIMAL, true))
        .isEqualTo(new Digest(121_305,
            "6dd7a23c7ef3b4a1a60a03607f2c053637bc27613aeb88fa35bb7e4be1e14911"));
  }

  @Test
  void aYearOfTheSmallScenarioLogsTheSameBytesAsBefore() {
    assertThat(digest(SyntheticScenarios.small(), "small", MatchingMode.OPTIMAL, true))
        .isEqualTo(new Digest(27_766, "d48ef4dea82be90c6b0d2b580284329e7912abb05d5d923a90dd3c887cb6fe1f"));
  }

  @Test
  void aYearOfTheSmallScenarioMatchedGreedilyLogsTheSameBytesAsBefore() {
    assertThat(digest(SyntheticScenarios.small(), "small", MatchingMode.GREEDY, true))
        .isEqualTo(new Digest(27_766, "5563b403be5667b8698b2aba80263a06690605fe72c93f0f8e3e895c6f163dd6"));
  }

  @Test
  void aYearOfADistrictLogsTheSameBytesAsBefore() {
    assertThat(digest(SyntheticScenarios.district(20_000, 7L), "district", MatchingMode.OPTIMAL, false))
        .isEqualTo(new Digest(361_052, "e9b13c6d7eaef66c0a5da956199c6174fe9d488e4890e1892cf92d47a5149d93"));
  }

  /** The number of events a run logged and the SHA-256 of its log file, in hexadecimal. */
  record Digest(long events, String sha256) {}

  /** Plays a year with seed 1, writing its log as the command line does into a digest. */
  private static Digest digest(Scenario scenario, String name, MatchingMode matching, boolean invariants) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    SimulationParameters parameters = Simulator.parameters(scenario);
    int days = 365;
    long seed = 1;
    SimulationRun run = new SimulationRun(name, seed, days, parameters.start(), parameters.zone(), matching,
        scenario.hierarchy().root(), scenario.hierarchy());
    long events;
    try (RecordWriter<SimulationEvent> log = GovernanceJson.files().writeSimulationEvents(run,
        new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
      SimulationResult result = Simulator.run(scenario, seed, days, SimulationOptions.defaults().withMatching(matching)
          .withScenarioName(name).withInvariants(invariants).withRetainedEvents(false).withSink(e -> {
            try {
              log.write(e);
            } catch (IOException x) {
              throw new UncheckedIOException(x);
            }
          }));
      events = result.eventCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Digest(events, HexFormat.of().formatHex(sha.digest()));
  }
}
