package io.github.jiceng.governance.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.Simulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A scenario file damaged at random either fails to load with a typed error (the reader's, or the
 * scenario's own validation) or loads and plays without any rule or invariant failing: nothing in
 * between, such as a run that fails at its end on an id nobody checked.
 */
final class MutatedScenarioFileTest {

  private static final int MUTATIONS = 400;
  private static final int DAYS = 21;

  @Test
  void aDamagedFileIsRefusedWithATypedErrorOrPlaysCleanly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(SyntheticScenarios.small(), out);
    byte[] original = out.toByteArray();
    Map<String, Integer> outcomes = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> played = IntStream.range(0, MUTATIONS).parallel().mapToObj(seed -> play(original, seed)).toList();
    played.forEach(o -> {
      outcomes.merge(o.startsWith("seed ") ? "failure" : o, 1, Integer::sum);
      if (o.startsWith("seed ")) {
        failures.add(o);
      }
    });
    assertThat(failures).isEmpty();
    // the mutations reach every stage: some are refused while read, some by validation, some play
    assertThat(outcomes).containsKeys("refused while read", "refused by validation", "played");
  }

  private static String play(byte[] original, int seed) {
    byte[] damaged = mutate(original, new Random(seed));
    Scenario scenario;
    try {
      scenario = GovernanceJson.files().readScenario(new ByteArrayInputStream(damaged));
      Simulator.check(scenario);
    } catch (JsonProcessingException e) {
      return "refused while read";
    } catch (DomainValidationException e) {
      return "refused by validation";
    } catch (IOException | RuntimeException e) {
      return "seed " + seed + ": loading threw " + e;
    }
    try {
      Simulator.run(scenario, seed, DAYS, SimulationOptions.defaults().withRetainedEvents(false));
      return "played";
    } catch (RuntimeException e) {
      return "seed " + seed + ": a scenario that loaded failed to play: " + e;
    }
  }

  /** One random damage: a cut, a changed byte, a changed digit, a cut-out span, swapped letters, or a wild number. */
  static byte[] mutate(byte[] original, Random r) {
    byte[] b = original.clone();
    int at = r.nextInt(b.length);
    switch (r.nextInt(6)) {
      case 0:
        return Arrays.copyOf(b, at);
      case 1:
        b[at] = (byte) r.nextInt(128);
        return b;
      case 2:
        for (int i = at; i < b.length; i++) {
          if (b[i] >= '0' && b[i] <= '9') {
            b[i] = (byte) ('0' + r.nextInt(10));
            break;
          }
        }
        return b;
      case 3: {
        int length = Math.min(b.length - at, 1 + r.nextInt(200));
        byte[] cut = new byte[b.length - length];
        System.arraycopy(b, 0, cut, 0, at);
        System.arraycopy(b, at + length, cut, at, b.length - at - length);
        return cut;
      }
      case 4:
        for (int i = at; i + 1 < b.length; i++) {
          if (Character.isLetter(b[i]) && Character.isLetter(b[i + 1]) && b[i] != b[i + 1]) {
            byte t = b[i];
            b[i] = b[i + 1];
            b[i + 1] = t;
            break;
          }
        }
        return b;
      default:
        for (int i = Math.max(1, at); i < b.length; i++) {
          if (b[i] >= '1' && b[i] <= '9' && b[i - 1] == ' ') {
            byte[] wild = (r.nextBoolean() ? "-" : "99999999999999999999").getBytes(StandardCharsets.US_ASCII);
            byte[] longer = new byte[b.length + wild.length];
            System.arraycopy(b, 0, longer, 0, i);
            System.arraycopy(wild, 0, longer, i, wild.length);
            System.arraycopy(b, i, longer, i + wild.length, b.length - i);
            return longer;
          }
        }
        return b;
    }
  }
}
