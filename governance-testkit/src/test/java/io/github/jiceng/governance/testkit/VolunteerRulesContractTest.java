package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.VolunteerGenerator.CHINA;
import static io.github.jiceng.governance.testkit.VolunteerGenerator.RULES;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.volunteer.VolunteerCommand;
import io.github.jiceng.governance.rules.volunteer.VolunteerRecording;
import io.github.jiceng.governance.rules.volunteer.VolunteerRefusal;
import io.github.jiceng.governance.rules.volunteer.VolunteerRegister;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The register of volunteer service records keeps the contract of every decider, over 300 seeded
 * sequences of records entered on time, late, before their activity, again as they were and
 * again under a recorded id with other content, on mainland China's official working calendar:
 * every variant and every refusal code is met, each refusal's messages name exactly its arguments,
 * and the register holds exactly the records accepted, with their totals.
 */
final class VolunteerRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 300;
  private static final CommandGenerator<VolunteerCommand, VolunteerRegister, VolunteerRecord> VOLUNTEER_RECORDS =
      Generators.volunteerRecords();

  @Test
  void keepsTheDeciderContractAndReachesEveryVariantAndEveryRefusal() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      tally.add(DeciderContract.run("seed " + seed, RULES, VOLUNTEER_RECORDS.commands(seed)));
    }
    tally.assertReachedEveryVariantAndCode(VolunteerRefusal.values());
  }

  @Test
  void theRegisterHoldsExactlyTheRecordsAcceptedInTheirWindowWithTheirTotals() {
    Seeds.forEachSeed(SEEDS, seed -> {
      InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> register = InMemoryStream.open(RULES);
      Map<VolunteerRecordId, VolunteerRecord> accepted = new TreeMap<>();
      for (VolunteerCommand c : VOLUNTEER_RECORDS.commands(seed)) {
        VolunteerRecord r = ((VolunteerCommand.Enter) c).record();
        boolean inWindow = !r.recordedOn().isBefore(r.activityDate())
            && !r.recordedOn().isAfter(VolunteerRecording.deadline(r.activityDate(), CHINA));
        Decision<VolunteerRecord> d = register.handle(c);
        VolunteerRecord earlier = accepted.get(r.id());
        if (earlier == null && inWindow) {
          GovernanceAssertions.assertThat(d).as("%s", r).isAppliedWith(r);
          accepted.put(r.id(), r);
        } else if (earlier != null && earlier.equals(r)) {
          GovernanceAssertions.assertThat(d).as("%s", r).isUnchangedWith(r);
        } else {
          GovernanceAssertions.assertThat(d).as("%s", r).isRefused();
        }
      }
      assertThat(register.state().records()).containsExactlyElementsOf(accepted.values());
      assertThat(register.state().totals()).isEqualTo(VolunteerRecording.totals(accepted.values()));
    });
  }

  @Test
  void everyRefusalHasAMessageInBothLanguagesThatNamesExactlyItsArguments() throws IOException {
    Properties en = messages("refusals_en.properties");
    Properties zh = messages("refusals_zh.properties");
    Set<String> codes = new TreeSet<>();
    Arrays.stream(VolunteerRefusal.values()).forEach(c -> codes.add(c.key()));
    assertThat(en.stringPropertyNames()).isEqualTo(codes);
    assertThat(zh.stringPropertyNames()).isEqualTo(codes);
    Set<String> met = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> register = InMemoryStream.open(RULES);
      for (VolunteerCommand c : VOLUNTEER_RECORDS.commands(seed)) {
        register.handle(c).refusalIfAny().ifPresent(r -> {
          for (Properties language : List.of(en, zh)) {
            assertThat(placeholders(language.getProperty(r.code().key()))).as("%s", r)
                .isEqualTo(r.arguments().keySet());
          }
          met.add(r.code().key());
        });
      }
    }
    assertThat(met).isEqualTo(codes);
  }

  private static Properties messages(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = VolunteerRefusal.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static Set<String> placeholders(String template) {
    assertThat(template).isNotNull();
    Set<String> names = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([A-Za-z0-9]+)}").matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
