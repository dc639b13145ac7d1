package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README shows what the project really runs: its code sample is the sample consumer's code
 * (which CI compiles and runs against the installed artifacts), and its two commands are the
 * ones {@code .ci/run} runs.
 */
final class ReadmeTest {

  private static final Path ROOT = Path.of("..");

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isPositive();
    return text.substring(from + begin.length(), to);
  }

  private static String normalized(String code) {
    List<String> lines = code.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
    return String.join("\n", lines);
  }

  @Test
  void theCodeSampleIsTheCodeTheSampleConsumerCompilesAndRuns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String sample = Files.readString(ROOT.resolve("samples/consumer/src/main/java/com/example/consumer/QuickStart.java"));
    String shown = between(readme, "<!-- sample:begin -->\n```java", "```\n<!-- sample:end -->");
    String compiled = between(sample, "// sample:begin", "// sample:end");
    assertThat(normalized(shown)).isEqualTo(normalized(compiled));
  }

  @Test
  void ciRunsTheReadmesTwoCommands() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String ci = Files.readString(ROOT.resolve(".ci/run"));
    String commands = between(readme, "<!-- commands:begin -->", "<!-- commands:end -->");
    List<String> lines = commands.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("```") && !l.startsWith("#"))
        .collect(Collectors.toList());
    assertThat(lines).hasSize(2);
    for (String command : lines) {
      assertThat(ci).as(".ci/run runs '%s'", command).contains(command);
    }
  }
}
