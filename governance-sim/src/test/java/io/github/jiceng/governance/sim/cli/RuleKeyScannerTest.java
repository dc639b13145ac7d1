package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleKeyScannerTest {

  private static final List<RuleKeyScanner.Form> FORMS =
      List.of(new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])new\\s+Violation\\s*\\("), 2, 0, ""));

  private static RuleKeyScanner scan(Path dir, String source) throws IOException {
    Files.writeString(dir.resolve("Thing.java"), source);
    return new RuleKeyScanner(Map.of()).module("m", dir).scan(FORMS, Set.of("m"));
  }

  @Test
  void readsLiteralsConstantsChainedArgumentsAndForwardedParameters(@TempDir Path dir) throws IOException {
    RuleKeyScanner s = scan(dir, """
        class Thing {
          static final int MAX = 7;
          // new Violation("S", "f", "in-a-comment", "d")
          void a() { out.add(new Violation("S", "f", "literal", "d").with("min", 1).with("max", 2)); }
          void b() { out.add(new Violation("S", "f", "at-most-" + MAX, "d")); }
          private void add(String subject, String field, String rule, String detail) {
            out.add(new Violation(subject, field, rule, detail));
          }
          private static void text(String subject, String field) {
            add(subject, field, field + "-length", "d");
          }
          void c() {
            add("S", "f", "forwarded", "d");
            text("S", "name");
            other.add(x);
          }
        }
        """);

    assertThat(s.errors()).isEmpty();
    assertThat(s.keys()).containsOnlyKeys("literal", "at-most-7", "forwarded", "name-length");
    assertThat(s.keys().get("literal").get(0).arguments()).containsExactly("max", "min");
  }

  @Test
  void failsOnARuleItCannotRead(@TempDir Path dir) throws IOException {
    RuleKeyScanner s = scan(dir, """
        class Thing {
          void a() { out.add(new Violation("S", "f", rules.next(), "d")); }
          void b() { String r = pick(); out.add(new Violation("S", "f", r, "d")); }
        }
        """);

    assertThat(s.errors()).hasSize(2).allSatisfy(e -> assertThat(e).startsWith("Thing.java:"));
  }
}
