package io.github.jiceng.governance.rules.decider;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every refusal code of the rules has a text in Chinese and in English with the same
 * placeholders, no text file holds a key without a code, and {@code docs/rules.md} lists exactly
 * the codes with their texts. Run with {@code -Drules.doc.write=true} to rewrite the page after
 * adding a code.
 */
class RefusalTextsTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");

  /** Every code of the module's main classes, grouped by the enum declaring it, in key order. */
  static Map<Class<?>, List<RefusalCode>> codesByEnum() throws IOException {
    List<Class<?>> enums = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(RefusalCode.class.getClassLoader())
        .getTopLevelClassesRecursive("io.github.jiceng.governance.rules")) {
      collect(info.load(), enums);
    }
    Map<Class<?>, List<RefusalCode>> byEnum = new LinkedHashMap<>();
    enums.stream()
        .filter(c -> !c.getName().contains("Test") && !c.getName().contains("Harness"))
        .sorted(Comparator.comparing(c -> ((RefusalCode) c.getEnumConstants()[0]).key()))
        .forEach(c -> {
          List<RefusalCode> codes = new ArrayList<>();
          for (Object constant : c.getEnumConstants()) {
            codes.add((RefusalCode) constant);
          }
          byEnum.put(c, codes);
        });
    return byEnum;
  }

  private static void collect(Class<?> type, List<Class<?>> out) {
    if (type.isEnum() && RefusalCode.class.isAssignableFrom(type) && type.getEnumConstants().length > 0) {
      out.add(type);
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      collect(nested, out);
    }
  }

  @Test
  void everyCodeHasAChineseAndAnEnglishTextWithTheSamePlaceholders() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> keys = new TreeSet<>();
    codesByEnum().forEach((type, codes) -> codes.forEach(code -> {
      assertThat(code.key()).matches(RefusalCode.KEY_REGEX);
      if (!keys.add(code.key())) {
        problems.add(code.key() + " is the key of two codes");
      }
      var zh = RefusalMessages.of(Language.ZH).template(code);
      var en = RefusalMessages.of(Language.EN).template(code);
      if (zh.isEmpty() || en.isEmpty()) {
        problems.add(code.key() + " lacks a text in " + (zh.isEmpty() ? "zh " : "") + (en.isEmpty() ? "en" : ""));
      } else if (!TextTemplates.placeholders(zh.get()).equals(TextTemplates.placeholders(en.get()))) {
        problems.add(code.key() + " names " + TextTemplates.placeholders(zh.get()) + " in zh but "
            + TextTemplates.placeholders(en.get()) + " in en");
      }
    }));
    assertThat(problems).isEmpty();
    assertThat(keys).isNotEmpty();
  }

  @Test
  void noTextFileHoldsAKeyWithoutACode() throws IOException {
    Map<String, Set<String>> keysByPackage = new LinkedHashMap<>();
    codesByEnum().forEach((type, codes) -> codes.forEach(code ->
        keysByPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>()).add(code.key())));
    List<String> orphans = new ArrayList<>();
    for (Language language : Language.values()) {
      codesByEnum().keySet().stream().map(Class::getPackageName).distinct().forEach(pkg -> {
        Class<?> home = codesByEnum0().get(pkg);
        RefusalMessages.of(language).texts(home).keySet().stream()
            .filter(k -> !keysByPackage.get(pkg).contains(k))
            .forEach(k -> orphans.add(pkg + " refusals_" + language.tag() + ": " + k));
      });
    }
    assertThat(orphans).isEmpty();
  }

  private static Map<String, Class<?>> codesByEnum0() {
    try {
      return codesByEnum().keySet().stream()
          .collect(Collectors.toMap(Class::getPackageName, c -> c, (a, b) -> a, LinkedHashMap::new));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theRulesPageListsEveryCode() throws IOException {
    String expected = page();
    if (Boolean.getBoolean("rules.doc.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date: rerun this test with -Drules.doc.write=true")
        .isEqualTo(expected);
  }

  static String page() throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("# Refusal codes 驳回代码\n\n")
        .append("Every refusal of a rule carries one of these stable codes, its values as named arguments\n")
        .append("(the braces below), and a detail sentence for logs. `RefusalMessages` renders it for people\n")
        .append("in Chinese or English from the texts shown here. The page is generated from the code and\n")
        .append("checked by `RefusalTextsTest` in `governance-rules`; rerun that test with\n")
        .append("`-Drules.doc.write=true` after adding a code.\n");
    String module = "governance-rules";
    for (Map.Entry<Class<?>, List<RefusalCode>> e : codesByEnum().entrySet()) {
      Class<?> type = e.getKey();
      out.append("\n## `").append(type.getPackageName().replace("io.github.jiceng.governance.", ""))
          .append("` — ").append(module).append(", `").append(type.getName().substring(type.getPackageName().length() + 1).replace('$', '.'))
          .append("`\n\n| code | English | 中文 |\n|---|---|---|\n");
      for (RefusalCode code : e.getValue()) {
        out.append("| `").append(code.key()).append("` | ")
            .append(cell(RefusalMessages.of(Language.EN).template(code).orElse("")))
            .append(" | ")
            .append(cell(RefusalMessages.of(Language.ZH).template(code).orElse("")))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
