package io.github.jiceng.governance.testkit;


import static io.github.jiceng.governance.testkit.FundGenerator.CLERK;
import static io.github.jiceng.governance.testkit.FundGenerator.ID;
import static io.github.jiceng.governance.testkit.FundGenerator.LAUNCH;
import static io.github.jiceng.governance.testkit.FundGenerator.SECRETARY;
import static io.github.jiceng.governance.testkit.FundGenerator.TREASURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Approval;
import io.github.jiceng.governance.model.fund.DisbursementRequest;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.EntryId;
import io.github.jiceng.governance.model.fund.OutflowCategory;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import io.github.jiceng.governance.rules.fund.FundRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fund's rules run through the generic decider contract over many seeds: random sequences of
 * donations, requests, approvals, declines, payments and stored entries, valid, repeated and
 * refusable, reach every variant of a decision and every refusal code of the fund; and every
 * refusal's arguments are exactly the placeholders of its messages in both languages.
 */
final class FundRulesContractTest {

  /** Seeds; never fewer than 60 in a shortened run, enough for the generator to reach every code. */
  private static final int SEEDS = 240;
  private static final CommandGenerator<FundCommand, FundBook, FundEvent> FUND = Generators.fund();
  private static final FundRules RULES = FundGenerator.RULES;

  @Test
  void randomCommandsReachEveryVariantAndEveryRefusalCodeWhileTheContractHolds() {
    DeciderContract.Tally tally = new DeciderContract.Tally();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<FundCommand> commands = FUND.commands(seed);
      DeciderContract.Run run = DeciderContract.run("seed " + seed, RULES, commands);
      assertThat(run.applied() + run.unchanged() + run.refused()).as("seed %s", seed).isEqualTo(commands.size());
      tally.add(run);
    }
    tally.assertReachedEveryVariantAndCode(FundRefusal.values());
  }

  @Test
  void everyRefusalCarriesExactlyTheArgumentsItsMessagesNameInBothLanguages() throws IOException {
    Map<String, Set<String>> en = placeholders("refusals_en.properties");
    Map<String, Set<String>> zh = placeholders("refusals_zh.properties");
    List<String> keys = Arrays.stream(FundRefusal.values()).map(FundRefusal::key).toList();
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(keys);
    assertThat(zh).as("the Chinese templates name the same arguments as the English ones").isEqualTo(en);
    Set<String> met = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<FundCommand, FundBook, FundEvent> stream = InMemoryStream.open(RULES);
      for (FundCommand c : FUND.commands(seed)) {
        Optional<Refusal> refusal = stream.handle(c).refusalIfAny();
        if (refusal.isPresent()) {
          Refusal r = refusal.get();
          met.add(r.code().key());
          assertThat(r.arguments().keySet()).as("seed %s: the arguments of %s", seed, r)
              .isEqualTo(en.get(r.code().key()));
          assertThat(r.detail()).as("seed %s", seed).isNotBlank();
        }
      }
    }
    assertThat(met).containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void anEventNoDecisionCouldHaveProducedIsAnIllegalState() {
    Donation d = FundGenerator.donation(EntryId.of("d-1"), Money.ofYuan("100"), Optional.empty(), LAUNCH);
    FundBook funded = RULES.evolve(RULES.initialState(), new FundEvent.Booked(d));
    Instant later = LAUNCH.plus(Duration.ofDays(1));
    assertThatThrownBy(() -> RULES.evolve(funded, new FundEvent.Booked(d)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("d-1");
    assertThatThrownBy(() -> RULES.evolve(funded, new FundEvent.Approved(RequestId.of("r-none"),
        new Approval(SECRETARY, later)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown");
    DisbursementRequest r = DisbursementRequest.builder().id(RequestId.of("r-1")).fund(ID)
        .category(OutflowCategory.ELDERLY).recipient(PersonId.of("res-1")).amount(Money.ofYuan("50"))
        .requestedBy(CLERK).requestedAt(later).purpose("扶老").build();
    FundBook requested = RULES.evolve(funded, new FundEvent.Requested(r));
    assertThatThrownBy(() -> RULES.evolve(requested, new FundEvent.Requested(r)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RULES.evolve(requested, new FundEvent.Approved(r.id(), new Approval(CLERK, later))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("p-clerk");
    FundBook declined = RULES.evolve(requested, new FundEvent.Declined(r.id(),
        new io.github.jiceng.governance.model.fund.Decline(SECRETARY, later, "不符合条件")));
    assertThatThrownBy(() -> RULES.evolve(declined, new FundEvent.Approved(r.id(), new Approval(TREASURER, later))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DECLINED");
    assertThat(RULES.fold(RULES.initialState(), List.of(new FundEvent.Booked(d), new FundEvent.Requested(r))))
        .isEqualTo(requested);
  }

  @Test
  void keysAreTheFeatureAndTheConstantInKebabCase() {
    assertThat(FundRefusal.OVER_CASE_CAP.key()).isEqualTo("fund.over-case-cap");
    assertThat(FundRefusal.REQUESTER_CANNOT_APPROVE.key()).isEqualTo("fund.requester-cannot-approve");
    assertThat(Arrays.stream(FundRefusal.values()).map(FundRefusal::key).distinct()).hasSize(FundRefusal.values().length);
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

  private static Map<String, Set<String>> placeholders(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = FundRefusal.class.getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (String key : p.stringPropertyNames()) {
      Set<String> names = new TreeSet<>();
      Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
      while (m.find()) {
        names.add(m.group(1));
      }
      out.put(key, names);
    }
    return out;
  }

}
