package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.sim.cli.GovernanceCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two separate processes give byte-identical files for the same scenario and seed. Within one
 * process an order that hangs on hash codes or on the JDK's per-process salt of {@code Set.of}
 * and {@code Map.of} repeats itself and passes {@link ReproducibilityTest}; across processes it
 * does not, and that is how a platform replays a run. The two processes run under different
 * default locales (English, Arabic), so text formatted in the default locale shows too.
 */
final class ProcessReproducibilityTest {

  @TempDir
  Path dir;

  /**
   * Runs the command line in a fresh JVM under a default locale; returns the event log, JSON
   * report and text report.
   */
  private List<String> runInFreshProcess(String scenario, String name, String language, String country)
      throws IOException, InterruptedException {
    Path events = dir.resolve(name + "-events.json");
    Path json = dir.resolve(name + "-report.json");
    Path text = dir.resolve(name + "-report.txt");
    Path errors = dir.resolve(name + "-errors.txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-Duser.language=" + language, "-Duser.country=" + country,
        "-cp", System.getProperty("java.class.path"), GovernanceCli.class.getName(), "simulate", scenario, "--seed", "5", "--days", "60", "--events",
        events.toString(), "--json", json.toString())
        .redirectOutput(text.toFile()).redirectError(errors.toFile()).start();
    try {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the run finished").isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as("exit code; errors: %s", Files.readString(errors).lines()
        .filter(l -> !l.contains("simulated day")).toList()).isZero();
    List<String> files = new ArrayList<>();
    for (Path f : List.of(events, json, text)) {
      files.add(Files.readString(f));
    }
    return files;
  }

  @ParameterizedTest
  @ValueSource(strings = {"synthetic:small", "../seeds/jungar-banner/scenario.json"})
  void twoProcessesWriteTheSameBytes(String scenario) throws IOException, InterruptedException {
    // the second process also formats under another locale, whose digits are not ASCII
    List<String> first = runInFreshProcess(scenario, "first", "en", "US");
    List<String> second = runInFreshProcess(scenario, "second", "ar", "EG");
    assertThat(first.get(0)).as("event log").hasSizeGreaterThan(10_000).isEqualTo(second.get(0));
    assertThat(first.get(1)).as("JSON report").isEqualTo(second.get(1));
    assertThat(first.get(2)).as("text report").isEqualTo(second.get(2));
  }
}
