package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsLedger;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The points rules keep the contract of every decider, over 300 seeded sequences of awards,
 * redemptions, deductions, recorded entries and advances in time that mix valid, repeated and
 * refusable commands: the harness checks that refusals and repeats change nothing and that every
 * replay gives the same state; this test checks that every variant and every refusal code was met,
 * that each refusal's message in both languages names exactly its arguments, and that restoring a
 * ledger from the stream's entries gives the stream's state.
 */
final class PointsRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;
  private static final CommandGenerator<PointsCommand, PointsState, LedgerEntry> POINTS = Generators.points();
  private static final PointsRules RULES = PointsGenerator.RULES;
  private static final PointsPolicy POLICY = PointsGenerator.POLICY;
  private static final ServiceCatalogue CATALOGUE = PointsGenerator.CATALOGUE;

  @Test
  void keepsTheDeciderContractAndReachesEveryVariantAndEveryRefusal() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<PointsCommand> commands = POINTS.commands(seed);
      tally.add(DeciderContract.run("seed " + seed, RULES, commands));
    }
    tally.assertReachedEveryVariantAndCode(PointsRefusal.values());
  }

  @Test
  void anAwardThatBooksExpiriesFirstEndsWithTheAwardAndRestoringTheEntriesGivesTheSameState() {
    int withExpiries = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PointsCommand, PointsState, LedgerEntry> stream = InMemoryStream.open(RULES);
      for (PointsCommand c : POINTS.commands(seed)) {
        Decision<LedgerEntry> d = stream.handle(c);
        if (c instanceof PointsCommand.Award a && d instanceof Decision.Applied<LedgerEntry> applied) {
          assertThat(applied.last()).as("seed %s: %s", seed, c).isInstanceOf(Award.class)
              .extracting(LedgerEntry::id).isEqualTo(a.contribution().id());
          assertThat(applied.events().subList(0, applied.events().size() - 1)).as("seed %s", seed)
              .allMatch(e -> e instanceof Expiry);
          withExpiries += applied.events().size() > 1 ? 1 : 0;
        }
      }
      PointsLedger restored = PointsLedger.restore(POLICY, CATALOGUE, stream.events());
      assertThat(restored.state()).as("seed %s: restored from the entries", seed).isEqualTo(stream.state());
      assertThat(restored.entries()).as("seed %s", seed).isEqualTo(stream.events());
    }
    assertThat(withExpiries).as("awards that booked expiries first").isPositive();
  }

  @Test
  void everyRefusalHasAMessageInBothLanguagesThatNamesExactlyItsArguments() throws IOException {
    Properties en = messages("refusals_en.properties");
    Properties zh = messages("refusals_zh.properties");
    Set<String> codes = new TreeSet<>();
    Arrays.stream(PointsRefusal.values()).forEach(c -> codes.add(c.key()));
    assertThat(en.stringPropertyNames()).isEqualTo(codes);
    assertThat(zh.stringPropertyNames()).isEqualTo(codes);
    Map<String, Refusal> met = new LinkedHashMap<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PointsCommand, PointsState, LedgerEntry> stream = InMemoryStream.open(RULES);
      for (PointsCommand c : POINTS.commands(seed)) {
        Decision<LedgerEntry> d = stream.handle(c);
        if (d instanceof Decision.Refused<LedgerEntry> r) {
          String key = r.refusal().code().key();
          for (Properties language : List.of(en, zh)) {
            assertThat(placeholders(language.getProperty(key))).as("seed %s: %s in %s", seed, r.refusal(),
                language == en ? "English" : "Chinese").isEqualTo(r.refusal().arguments().keySet());
          }
          assertThat(r.refusal().arguments().values()).as("seed %s: %s", seed, r.refusal()).allMatch(v -> !v.isBlank());
          met.putIfAbsent(key, r.refusal());
        }
      }
    }
    assertThat(met.keySet()).isEqualTo(codes);
  }

  static Properties messages(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = PointsRefusal.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  static Set<String> placeholders(String template) {
    assertThat(template).isNotNull();
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
