package io.github.jiceng.governance.testkit;

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
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Red-star points (积分): awards for attendance, volunteer service and donations, redemptions from
 * a catalogue of three offers, deductions, entries recorded elsewhere and advances in time, over
 * three members in about a year; about one command in eight repeats an earlier one as it was. The
 * refusable ones are out of time order or range, under a reserved or a taken id, for a kind without
 * a rule, an unknown offer or deduction rule, beyond a balance, a cap or a stock, or recorded
 * entries that conflict with the ledger.
 */
final class PointsGenerator implements CommandGenerator<PointsCommand, PointsState, LedgerEntry> {

  /** Commands per seed. */
  static final int COUNT = 150;

  @Override
  public PointsRules rules(long seed) {
    return RULES;
  }

  @Override
  public List<PointsCommand> commands(long seed) {
    return commands(new Random(seed), COUNT);
  }

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final List<ActorId> ACTORS = List.of(PersonId.of("p-1"), PersonId.of("p-2"),
      OrganizationId.of("org-1"));

  static final PointsPolicy POLICY = PointsPolicy.builder().name("contract").version(1).zone(ZONE)
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

  static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("tea")).name("茶歇").price(Points.of(5)).stock(12).build(),
      ServiceOffer.builder().id(OfferId.of("moxa")).name("艾灸").price(Points.of(20)).perMemberLimit(2)
          .limitPeriod(CapPeriod.MONTH).build(),
      ServiceOffer.builder().id(OfferId.of("physio")).name("理疗").price(Points.of(150)).build());

  static final PointsRules RULES = PointsRules.of(POLICY, CATALOGUE);

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
}
