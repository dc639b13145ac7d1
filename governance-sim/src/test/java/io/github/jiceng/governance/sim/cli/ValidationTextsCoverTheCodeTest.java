package io.github.jiceng.governance.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.shared.TextTemplates;
import io.github.jiceng.governance.json.GovernanceFormatException;
import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.rules.audit.DualHierarchyAudit;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every rule key the kernel and the simulator throw has a text in Chinese and English, every text
 * belongs to a key the code throws, and every template names only values its violations carry.
 * The keys are read from the sources by {@link RuleKeyScanner}, which fails on a throw site whose
 * rule it cannot read.
 */
class ValidationTextsCoverTheCodeTest {

  private static final List<String> MODULES = List.of("model", "rules", "json", "sim");
  private static final Map<String, List<String>> BELOW = Map.of(
      "model", List.of(), "rules", List.of("model"), "json", List.of("model"), "sim", List.of("model", "rules", "json"));
  private static final Map<String, Class<?>> HOMES = Map.of(
      "model", ValidationMessages.class, "rules", DualHierarchyAudit.class, "json", GovernanceFormatException.class,
      "sim", GovernanceCli.class);

  private static RuleKeyScanner violationScanner() {
    Map<String, Function<RuleKeyScanner, Set<String>>> computed = new LinkedHashMap<>();
    computed.put("Ledger.java: ((FundRefusal) r.refusal().code()).name()",
        s -> Arrays.stream(FundRefusal.values()).map(Enum::name).collect(Collectors.toSet()));
    // copies of a violation or a format error keep its rule
    computed.put("Violation.java: rule", s -> Set.of());
    // the codes' problems are violations with literal rules, copied with the value's subject
    computed.put("IdentityNumber.java: problem.rule()", s -> Set.of());
    computed.put("CreditCode.java: problem.rule()", s -> Set.of());
    return scanner(computed);
  }

  private static RuleKeyScanner formatScanner() {
    Map<String, Function<RuleKeyScanner, Set<String>>> computed = new LinkedHashMap<>();
    computed.put("Codec.java: e.rule()", s -> Set.of());
    computed.put("Violations.java: first.rule()", s -> Set.of());
    // the JSON readers' rules held in codec fields, given where the codecs are declared
    computed.put("ObjectCodec.java: requireNonNull(rule)",
        s -> s.literalArguments(Pattern.compile("\\.constant\\s*\\("), 3));
    computed.put("MappedCodec.java: rule", s -> s.literalArguments(Pattern.compile("MappedCodec\\.of\\s*\\("), 4));
    computed.put("ObjectCodec.java: invalidRule", s -> {
      Set<String> keys = new TreeSet<>(s.literalArguments(Pattern.compile("\\.invalidRule\\s*\\("), 0));
      keys.add("valid-*");
      return keys;
    });
    return scanner(computed);
  }

  private static RuleKeyScanner scanner(Map<String, Function<RuleKeyScanner, Set<String>>> computed) {
    RuleKeyScanner scanner = new RuleKeyScanner(computed);
    for (String m : MODULES) {
      scanner.module(m, Path.of("..", "governance-" + m, "src", "main", "java"));
    }
    // the simulation's data keeps its rules' texts in the model's table (ADR 0036)
    scanner.module("model", Path.of("..", "governance-sim-model", "src", "main", "java"));
    return scanner;
  }

  private static final RuleKeyScanner VIOLATIONS = violationScanner().scan(List.of(
      new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])new\\s+Violation\\s*\\("), 2, 0, ""),
      new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])new\\s+DomainValidationException\\s*\\("), 2, 4, ""),
      new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])DomainChecks\\s*\\.\\s*check\\s*\\("), 3, 5, ""),
      new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])super\\s*\\("), 2, 4, "extends DomainValidationException")),
      Set.copyOf(MODULES));

  private static final RuleKeyScanner FORMATS = formatScanner().scan(List.of(
      new RuleKeyScanner.Form(Pattern.compile("(?<![\\w.])new\\s+GovernanceFormatException\\s*\\("), 2, 0, "")),
      Set.of("json", "sim"));

  @Test
  void everyThrowSiteNamesARuleTheScannerCanRead() {
    assertThat(VIOLATIONS.errors()).as("violation sites").isEmpty();
    assertThat(FORMATS.errors()).as("format-error sites").isEmpty();
    assertThat(VIOLATIONS.keys()).as("the scan finds the kernel's rules")
        .containsKeys("range", "positive", "required", "id-form", "grid-exists", "calendar-years", "INSUFFICIENT_BALANCE",
            "length-18", "amount-range", "purpose-length", "levels-at-most-127");
    assertThat(VIOLATIONS.keys().size()).as("distinct violation rules").isGreaterThan(280);
    assertThat(FORMATS.keys()).containsKeys("required", "encoding", "string", "currency-cny", "valid-*");
  }

  @Test
  void everyRuleTheCodeThrowsHasATextInBothLanguagesInItsModuleOrBelow() {
    List<String> missing = new ArrayList<>();
    for (Language language : Language.values()) {
      VIOLATIONS.keys().forEach((key, uses) -> uses.forEach(use -> {
        boolean found = visible(use.module(), language).containsKey(key);
        if (!found) {
          missing.add(language.tag() + " " + key + " (" + use.file() + ":" + use.line() + ")");
        }
      }));
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyTextBelongsToARuleItsModuleThrowsAndToNoModuleBelow() {
    List<String> stray = new ArrayList<>();
    for (String module : MODULES) {
      for (Language language : Language.values()) {
        Set<String> below = new HashSet<>();
        BELOW.get(module).forEach(b -> below.addAll(ValidationMessages.texts(HOMES.get(b), language).keySet()));
        for (String key : ValidationMessages.texts(HOMES.get(module), language).keySet()) {
          boolean thrown = VIOLATIONS.keys().getOrDefault(key, List.of()).stream().anyMatch(u -> u.module().equals(module));
          if (!thrown || below.contains(key)) {
            stray.add(module + " " + language.tag() + " " + key + (thrown ? " (also below)" : " (thrown nowhere here)"));
          }
        }
      }
      assertThat(ValidationMessages.texts(HOMES.get(module), Language.ZH).keySet()).as(module)
          .isEqualTo(ValidationMessages.texts(HOMES.get(module), Language.EN).keySet());
    }
    assertThat(stray).isEmpty();
  }

  @Test
  void everyTemplateNamesOnlyValuesEveryViolationOfItsRuleCarries() {
    List<String> wrong = new ArrayList<>();
    for (String module : MODULES) {
      for (Language language : Language.values()) {
        ValidationMessages.texts(HOMES.get(module), language).forEach((key, template) -> {
          Set<String> carried = null;
          for (RuleKeyScanner.Use use : VIOLATIONS.keys().getOrDefault(key, List.of())) {
            if (carried == null) {
              carried = new TreeSet<>(use.arguments());
            } else {
              carried.retainAll(use.arguments());
            }
          }
          Set<String> allowed = new TreeSet<>(Set.of("subject", "field"));
          if (carried != null) {
            allowed.addAll(carried);
          }
          Set<String> used = TextTemplates.placeholders(template);
          if (!allowed.containsAll(used)) {
            wrong.add(module + " " + language.tag() + " " + key + " names " + used + ", violations carry " + allowed);
          }
        });
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void theRangeCheckRendersWithItsNumbers() {
    assertThat(ValidationMessages.of(Language.ZH).template("range").orElseThrow())
        .contains("{min}", "{max}", "{value}");
    assertThat(VIOLATIONS.keys().get("range")).allSatisfy(u -> assertThat(u.arguments()).contains("min", "max", "value"));
  }

  /** The named values each format rule's error carries besides its pointer (the codecs' calls). */
  private static final Map<String, Set<String>> FORMAT_ARGUMENTS = Map.of(
      "integer-range", Set.of("min", "max"),
      "number-range", Set.of("min", "max"),
      "string-length", Set.of("min", "max", "length"),
      "enum", Set.of("allowed"));

  @Test
  void everyFormatErrorRuleHasATextInBothLanguagesNamingItsPointerAndItsValues() {
    List<String> wrong = new ArrayList<>();
    for (Language language : Language.values()) {
      Map<String, String> texts = GovernanceFormatException.texts(language);
      for (String key : FORMATS.keys().keySet()) {
        if (!texts.containsKey(key)) {
          wrong.add("no " + language.tag() + " text for " + key);
        }
      }
      texts.forEach((key, template) -> {
        if (!FORMATS.keys().containsKey(key)) {
          wrong.add(language.tag() + " " + key + " is thrown nowhere");
        }
        Set<String> allowed = new java.util.TreeSet<>(Set.of("pointer"));
        allowed.addAll(FORMAT_ARGUMENTS.getOrDefault(key, Set.of()));
        if (!allowed.equals(TextTemplates.placeholders(template)) && !Set.of("pointer").equals(allowed)) {
          wrong.add(language.tag() + " " + key + " names " + TextTemplates.placeholders(template) + ", the error carries "
              + allowed);
        }
        if (!allowed.containsAll(TextTemplates.placeholders(template))) {
          wrong.add(language.tag() + " " + key + " names " + TextTemplates.placeholders(template));
        }
      });
    }
    assertThat(wrong).isEmpty();
  }

  private static Map<String, String> visible(String module, Language language) {
    Map<String, String> all = new LinkedHashMap<>(ValidationMessages.texts(HOMES.get(module), language));
    BELOW.get(module).forEach(b -> all.putAll(ValidationMessages.texts(HOMES.get(b), language)));
    return all;
  }
}
