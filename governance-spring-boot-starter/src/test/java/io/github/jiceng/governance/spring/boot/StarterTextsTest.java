package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key the starter's sources name has a text in both languages, both name the same
 * placeholders, and no text is left that no source names.
 */
class StarterTextsTest {

  private static final Pattern USE = Pattern.compile("(?:text|title)\\([^;]*?\"([a-z][a-z0-9-]*\\.[a-z0-9.-]+)\"");

  @Test
  void theSourcesAndTheTextsAgreeInBothLanguages() throws IOException {
    Set<String> used = new TreeSet<>();
    // The starter's sources, from its own module or from the boot4 module beside it.
    String home = "src/main/java/io/github/jiceng/governance/spring/boot";
    Path sources = Files.isDirectory(Path.of(home)) ? Path.of(home) : Path.of("..", home);
    try (Stream<Path> files = Files.list(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = USE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).contains("title.refusal", "store.internal", "locale.supported");
    List<String> wrong = new ArrayList<>();
    for (Language language : Language.values()) {
      Set<String> keys = StarterTexts.of(language).keySet();
      used.stream().filter(k -> !keys.contains(k)).forEach(k -> wrong.add("no " + language.tag() + " text for " + k));
      keys.stream().filter(k -> !used.contains(k)).forEach(k -> wrong.add(language.tag() + " " + k + " is used nowhere"));
    }
    for (String key : StarterTexts.of(Language.ZH).keySet()) {
      String en = StarterTexts.of(Language.EN).get(key);
      if (en != null && !TextTemplates.placeholders(en).equals(TextTemplates.placeholders(StarterTexts.of(Language.ZH).get(key)))) {
        wrong.add(key + " names different placeholders in zh and en");
      }
    }
    assertThat(wrong).isEmpty();
  }
}
