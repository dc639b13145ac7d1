package io.github.jiceng.governance.rules.points;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Cap;
import io.github.jiceng.governance.model.points.CapPeriod;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.DeductionRule;
import io.github.jiceng.governance.model.points.EarningRule;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.ExpiryPolicy;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.PointsPolicy;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.ServiceOffer;
import io.github.jiceng.governance.rules.decider.DeciderHarness;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.fixtures.SeedCount;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
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
  private static final int SEEDS = SeedCount.of(300, 60);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final List<ActorId> ACTORS = List.of(PersonId.of("p-1"), PersonId.of("p-2"),
      OrganizationId.of("org-1"));

  private static final PointsPolicy POLICY = PointsPolicy.builder().name("contract").version(1).zone(ZONE)
      .expiry(ExpiryPolicy.afterMonths(2))
      .addEarningRule(EarningRule.builder().id(RuleId.of("attend")).name("参加活动")
          .kind(ContributionKind.ACTIVITY_ATTENDED).basePoints(7).addCaps(Cap.of(CapPeriod.DAY, 30)).build())
      .addEarningRule(EarningRule.builder().id(RuleId.of("serve")).name("志愿服务")
          .kind(ContributionKind.VOLUNTEER_SERVICE).basePoints(10).durationStep(Duration.ofMinutes(30)).build())
      .addEarningRule(EarningRule.builder().id(RuleId.of("donate")).name("捐赠").kind(ContributionKind.DONATION)
          .basePoints(1).amountUnit(Money.ofFen(1)).build())
      .addMemberCaps(Cap.of(CapPeriod.MONTH, 400))
      .addDeductionRule(DeductionRule.of("no-show", "爽约", 15))
      .addDeductionRule(DeductionRule.forfeitAll("serious", "严重违规"))
      .build();

  private static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("tea")).name("茶歇").price(Points.of(5)).stock(12).build(),
      ServiceOffer.builder().id(OfferId.of("moxa")).name("艾灸").price(Points.of(20)).perMemberLimit(2)
          .limitPeriod(CapPeriod.MONTH).build(),
      ServiceOffer.builder().id(OfferId.of("physio")).name("理疗").price(Points.of(150)).build());

  private static final PointsRules RULES = PointsRules.of(POLICY, CATALOGUE);

  /** Generates one sequence of commands; about one in eight repeats an earlier command as it was. */
  static List<PointsCommand> commands(Random random, int count) {
    List<PointsCommand> out = new ArrayList<>();
    List<LedgerEntry> made = new ArrayList<>();
    Instant t = Instant.parse("2024-01-10T02:00:00Z").plusSeconds(random.nextInt(86_400));
    for (int i = 0; i < count; i++) {
      if (!out.isEmpty() && random.nextInt(8) == 0) {
        out.add(out.get(random.nextInt(out.size())));
        continue;
      }
      int step = random.nextInt(10);
      t = t.plus(step < 4 ? Duration.ofMinutes(random.nextInt(300)) : step < 9 ? Duration.ofHours(random.nextInt(60))
          : Duration.ofDays(20 + random.nextInt(60)));
      Instant at = random.nextInt(25) == 0 ? t.minus(Duration.ofDays(1 + random.nextInt(3))) // out of order
          : random.nextInt(60) == 0 ? Instant.MAX.minusSeconds(random.nextInt(1000)) // out of range
          : t;
      ActorId actor = ACTORS.get(random.nextInt(ACTORS.size()));
      String id = random.nextInt(30) == 0 ? PointsRules.EXPIRY_PREFIX + i // reserved
          : random.nextInt(30) == 0 && i > 0 ? "c" + random.nextInt(i) // taken, most likely by other content
          : "c" + i;
      int what = random.nextInt(20);
      if (what < 9) {
        Contribution c = contribution(random, id, actor, at.isAfter(t) ? t : at);
        out.add(new PointsCommand.Award(c, at));
      } else if (what < 14) {
        String offer = List.of("tea", "moxa", "physio", "tea", "moxa", "none").get(random.nextInt(6));
        out.add(new PointsCommand.Redeem(EntryId.of(id), actor, OfferId.of(offer), 1 + random.nextInt(2), at));
      } else if (what < 16) {
        String rule = List.of("no-show", "no-show", "serious", "none").get(random.nextInt(4));
        out.add(new PointsCommand.Deduct(EntryId.of(id), actor, RuleId.of(rule), at, "记录 " + i));
      } else if (what < 18) {
        out.add(new PointsCommand.AdvanceTo(t));
      } else {
        out.add(new PointsCommand.Append(recorded(random, id, actor, t, made)));
      }
      if (out.get(out.size() - 1) instanceof PointsCommand.Award a && a.at().equals(t)) {
        made.add(new Award(a.contribution(), t, Points.of(1), Points.of(1), RuleId.of("attend"), POLICY.label(),
            "recorded"));
      }
    }
    return out;
  }

  private static Contribution contribution(Random random, String id, ActorId actor, Instant occurred) {
    int kind = random.nextInt(10);
    Contribution.Builder b = Contribution.builder().id(EntryId.of(id)).actor(actor).occurredAt(occurred);
    if (kind < 4) {
      return b.kind(ContributionKind.ACTIVITY_ATTENDED).count(1 + random.nextInt(3)).build();
    } else if (kind < 7) {
      b.kind(ContributionKind.VOLUNTEER_SERVICE);
      return random.nextInt(12) == 0 ? b.build() : b.duration(Duration.ofMinutes(20 + random.nextInt(400))).build();
    } else if (kind < 9) {
      long fen = random.nextInt(40) == 0 ? Points.MAX_ENTRY + 1 + random.nextInt(1000) : 1 + random.nextInt(200);
      return b.kind(ContributionKind.DONATION).amount(Money.ofFen(fen)).build();
    }
    return b.kind(ContributionKind.SAFETY_PATROL).build(); // no rule in this policy
  }

  /**
   * A recorded entry: a fresh award, one under the id of an award commanded earlier but with other
   * points (a conflict, unless that award was refused), or an expiry the ledger does not derive.
   */
  private static LedgerEntry recorded(Random random, String id, ActorId actor, Instant t, List<LedgerEntry> made) {
    int kind = random.nextInt(4);
    if (kind == 0 && !made.isEmpty()) {
      return made.get(random.nextInt(made.size()));
    }
    if (kind == 1) {
      return new Expiry(EntryId.of(PointsRules.EXPIRY_PREFIX + "p:" + actor.value() + ":2024-02-01"), actor, t,
          Points.of(3), "not due");
    }
    Contribution c = Contribution.builder().id(EntryId.of(id)).actor(actor).kind(ContributionKind.ACTIVITY_ATTENDED)
        .occurredAt(t).build();
    return new Award(c, t, Points.of(1 + random.nextInt(9)), Points.of(9), RuleId.of("attend"), POLICY.label(),
        "recorded elsewhere");
  }

  @Test
  void keepsTheDeciderContractAndReachesEveryVariantAndEveryRefusal() {
    int applied = 0;
    int unchanged = 0;
    int refused = 0;
    Set<String> keys = new TreeSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<PointsCommand> commands = commands(new Random(seed), 150);
      DeciderHarness.Run run = DeciderHarness.run("seed " + seed, RULES, commands);
      applied += run.applied();
      unchanged += run.unchanged();
      refused += run.refused();
      keys.addAll(run.refusalKeys());
    }
    assertThat(applied).as("applied commands").isPositive();
    assertThat(unchanged).as("repeated commands").isPositive();
    assertThat(refused).as("refused commands").isPositive();
    assertThat(keys).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(PointsRefusal.values()).map(PointsRefusal::key).toList());
  }

  @Test
  void anAwardThatBooksExpiriesFirstEndsWithTheAwardAndRestoringTheEntriesGivesTheSameState() {
    int withExpiries = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      InMemoryStream<PointsCommand, PointsState, LedgerEntry> stream = InMemoryStream.open(RULES);
      for (PointsCommand c : commands(new Random(seed), 150)) {
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
      for (PointsCommand c : commands(new Random(seed), 150)) {
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
