package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README shows what the project really runs: each of its programs is, in full, a source file
 * of the sample consumer (which CI compiles and runs against the installed artifacts), every
 * program of the sample consumer is shown and run, and its two commands are the ones
 * {@code .ci/run} runs.
 */
final class ReadmeTest {

  private static final Path ROOT = Path.of("..");
  private static final Path CONSUMER = ROOT.resolve("samples/consumer");
  private static final Path PROGRAMS = CONSUMER.resolve("src/main/java/com/example/consumer");
  private static final Pattern SAMPLE = Pattern.compile(
      "<!-- sample:([a-z-]+):begin -->\n```java\n(.*?)```\n<!-- sample:\\1:end -->", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("^public final class (\\w+) ", Pattern.MULTILINE);

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker %s", begin).isNotNegative();
    assertThat(to).as("marker %s", end).isPositive();
    return text.substring(from + begin.length(), to);
  }

  private static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md")).replace("\r\n", "\n");
  }

  /** The README's programs by class name, each as shown. */
  private static Map<String, String> shownPrograms(String readme) {
    Map<String, String> shown = new TreeMap<>();
    List<String> labels = new ArrayList<>();
    Matcher block = SAMPLE.matcher(readme);
    while (block.find()) {
      labels.add(block.group(1));
      Matcher type = CLASS.matcher(block.group(2));
      assertThat(type.find()).as("sample %s declares a public final class", block.group(1)).isTrue();
      assertThat(shown.put(type.group(1), block.group(2))).as("%s shown twice", type.group(1)).isNull();
    }
    assertThat(labels).as("sample labels").doesNotHaveDuplicates();
    assertThat(readme.split("<!-- sample:", -1)).as("every sample marker pairs up with its block")
        .hasSize(2 * labels.size() + 1);
    return shown;
  }

  private static TreeSet<String> programFiles() throws IOException {
    try (Stream<Path> files = Files.list(PROGRAMS)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".java"))
          .map(name -> name.substring(0, name.length() - ".java".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void everyProgramInTheReadmeIsItsSampleSourceFileInFull() throws IOException {
    Map<String, String> shown = shownPrograms(readme());
    assertThat(shown).as("programs in the README").hasSizeGreaterThanOrEqualTo(5);
    for (Map.Entry<String, String> program : shown.entrySet()) {
      Path file = PROGRAMS.resolve(program.getKey() + ".java");
      assertThat(file).as("the source of %s", program.getKey()).isRegularFile();
      String source = Files.readString(file).replace("\r\n", "\n");
      assertThat(program.getValue().strip()).as("%s as the README shows it", program.getKey())
          .isEqualTo(source.strip());
    }
  }

  @Test
  void everySampleProgramIsShownInTheReadmeAndRunByTheConsumersVerify() throws IOException {
    TreeSet<String> files = programFiles();
    assertThat(shownPrograms(readme()).keySet()).as("programs shown").containsExactlyElementsOf(files);
    String pom = Files.readString(CONSUMER.resolve("pom.xml"));
    for (String program : files) {
      assertThat(Files.readString(PROGRAMS.resolve(program + ".java")))
          .as("%s is a program", program).contains("public static void main(String[] args)");
      assertThat(pom).as("the consumer's verify runs %s on the module path", program)
          .contains("<argument>com.example.consumer/com.example.consumer." + program + "</argument>");
    }
  }

  @Test
  void ciRunsTheReadmesTwoCommands() throws IOException {
    String readme = readme();
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
