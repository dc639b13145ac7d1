package io.github.jiceng.governance.rules.points;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.model.points.Points;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.ServiceOffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/** Seeded random operations on a ledger under the article's policy, for property tests. */
final class RandomLedgerOps {

  static final List<ActorId> ACTORS = List.of(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"),
      OrganizationId.of("org-1"), OrganizationId.of("org-2"));

  static final ServiceCatalogue CATALOGUE = ServiceCatalogue.of(
      ServiceOffer.builder().id(OfferId.of("physio")).name("理疗").price(Points.of(50)).stock(40)
          .perMemberLimit(5).build(),
      ServiceOffer.builder().id(OfferId.of("moxa")).name("艾灸").price(Points.of(30)).perMemberLimit(2)
          .limitPeriod(io.github.jiceng.governance.model.points.CapPeriod.MONTH).build(),
      ServiceOffer.builder().id(OfferId.of("cheap")).name("小服务").price(Points.of(7)).build());

  private static final List<String> DEDUCTIONS = List.of("false-record", "no-show", "serious-violation", "nope");

  private RandomLedgerOps() {}

  /** Generates {@code count} operations; about one in ten repeats an earlier one. */
  static List<Function<PointsLedger, Decision<LedgerEntry>>> generate(SplittableRandom random, int count) {
    List<Function<PointsLedger, Decision<LedgerEntry>>> ops = new ArrayList<>();
    Instant t = Instant.parse("2023-12-31T15:00:00Z").plusSeconds(random.nextInt(86_400));
    for (int i = 0; i < count; i++) {
      if (!ops.isEmpty() && random.nextInt(10) == 0) {
        ops.add(ops.get(random.nextInt(ops.size())));
        continue;
      }
      int step = random.nextInt(4);
      t = t.plus(step == 0 ? Duration.ZERO : step == 1 ? Duration.ofMinutes(random.nextInt(600))
          : step == 2 ? Duration.ofHours(random.nextInt(96)) : Duration.ofDays(random.nextInt(120)));
      Instant at = t;
      ActorId actor = ACTORS.get(random.nextInt(ACTORS.size()));
      String id = "e" + i;
      int what = random.nextInt(10);
      if (what < 6) {
        Contribution c = contribution(random, id, actor, at.minus(Duration.ofMinutes(random.nextInt(2000))));
        ops.add(l -> l.award(c, at));
      } else if (what < 9) {
        OfferId service = CATALOGUE.offers().get(random.nextInt(3)).id();
        int quantity = 1 + random.nextInt(3);
        ops.add(l -> l.redeem(EntryId.of(id), actor, service, quantity, at));
      } else {
        RuleId rule = RuleId.of(DEDUCTIONS.get(random.nextInt(DEDUCTIONS.size())));
        ops.add(l -> l.deduct(EntryId.of(id), actor, rule, at, "记录 " + id));
      }
    }
    return ops;
  }

  static Contribution contribution(SplittableRandom random, String id, ActorId actor, Instant occurred) {
    ContributionKind kind = ContributionKind.values()[random.nextInt(ContributionKind.values().length)];
    Contribution.Builder b = Contribution.builder().id(EntryId.of(id)).actor(actor).kind(kind).occurredAt(occurred);
    switch (kind.measure()) {
      case HOURS:
        b.duration(Duration.ofMinutes(1 + random.nextInt(700)));
        break;
      case AMOUNT:
        b.amount(Money.ofFen(1 + random.nextInt(5_000_000)));
        break;
      default:
        b.count(1 + random.nextInt(4));
        break;
    }
    if (kind == ContributionKind.DEMAND_FULFILLED) {
      b.rating(1 + random.nextInt(5));
      b.urgency(List.of("NORMAL", "URGENT", "EMERGENCY").get(random.nextInt(3)));
    }
    if (kind == ContributionKind.ACTIVITY_ORGANISED && random.nextBoolean()) {
      b.difficulty(random.nextBoolean() ? "LARGE" : "ORDINARY");
    }
    return b.build();
  }
}
