package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.ActorId;
import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.RuleId;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PointsBalancesTest {

  private static final List<ActorId> MEMBERS = List.of(PersonId.of("p-1"), PersonId.of("p-2"), PersonId.of("p-3"),
      PersonId.of("p-10"), OrganizationId.of("org-1"), OrganizationId.of("org-2"));

  private static final ServiceCatalogue CATALOGUE = RedStarPolicies.articleServices(OrganizationId.of("org-centre"));

  private static final List<String> DEDUCTIONS = List.of("false-record", "no-show", "serious-violation");

  private final StoredRule<PointsCommand, PointsState, LedgerEntry> rule =
      StoredRule.of("points", PointsRules.of(RedStarPolicies.article(), CATALOGUE), StoreCodecs.pointsEntries())
          .withRefusalCodes(PointsRefusal.class)
          .withProjection(PointsBalances.of());

  private StoreFixture fixture;
  private TestDatabase database;
  private EventStore store;

  @BeforeEach
  void openStore() {
    fixture = StoreFixture.open("points_balances", rule);
    database = fixture.database;
    store = fixture.store;
  }

  @AfterEach
  void dropSchema() {
    fixture.close();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 8);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyMembersRowEqualsTheTotalsOfTheReplayedLedgerAndARebuildGivesIdenticalRows(long seed) throws SQLException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> ledgers = List.of("ledger-a", "ledger-b");
    Map<String, Instant> clocks = new TreeMap<>();
    for (String ledger : ledgers) {
      clocks.put(ledger, Instant.parse("2023-12-31T15:00:00Z").plusSeconds(random.nextInt(86_400)));
    }
    List<Object[]> sent = new ArrayList<>();
    for (int i = 0; i < 220; i++) {
      if (!sent.isEmpty() && random.nextInt(10) == 0) {
        Object[] again = sent.get(random.nextInt(sent.size()));
        store.handle(rule, (String) again[0], (String) again[1], (PointsCommand) again[2]);
        continue;
      }
      String ledger = ledgers.get(random.nextInt(ledgers.size()));
      int step = random.nextInt(4);
      Instant at = clocks.get(ledger).plus(step == 0 ? Duration.ZERO : step == 1 ? Duration.ofMinutes(random.nextInt(600))
          : step == 2 ? Duration.ofHours(random.nextInt(96)) : Duration.ofDays(random.nextInt(90)));
      clocks.put(ledger, at);
      ActorId member = MEMBERS.get(random.nextInt(MEMBERS.size()));
      String id = "e-" + i;
      int what = random.nextInt(20);
      PointsCommand command;
      if (what < 11) {
        command = new PointsCommand.Award(contribution(random, id, member, at.minus(Duration.ofMinutes(random.nextInt(2000)))), at);
      } else if (what < 17) {
        OfferId service = CATALOGUE.offers().get(random.nextInt(CATALOGUE.offers().size())).id();
        command = new PointsCommand.Redeem(EntryId.of(id), member, service, 1 + random.nextInt(2), at);
      } else if (what < 19) {
        command = new PointsCommand.Deduct(EntryId.of(id), member, RuleId.of(DEDUCTIONS.get(random.nextInt(3))), at,
            "记录 " + id);
      } else {
        command = new PointsCommand.AdvanceTo(at);
      }
      store.handle(rule, ledger, ledger + "/" + id, command);
      sent.add(new Object[] {ledger, ledger + "/" + id, command});
    }

    long[] moved = new long[4];
    for (String ledger : ledgers) {
      PointsState replayed = store.replay(rule, ledger).state();
      List<AccountTotals> rows = PointsBalances.ledger(database, ledger);
      assertThat(rows).as("seed %s, ledger %s", seed, ledger).isNotEmpty().isEqualTo(replayed.allTotals());
      for (AccountTotals totals : replayed.allTotals()) {
        assertThat(PointsBalances.member(database, ledger, totals.actor())).as("seed %s, %s", seed, totals.actor())
            .contains(totals);
        assertThat(totals.conserves()).isTrue();
        moved[0] += totals.earned().value();
        moved[1] += totals.redeemed().value();
        moved[2] += totals.expired().value();
        moved[3] += totals.deducted().value();
      }
    }
    assertThat(moved).as("seed %s: awards, redemptions, expiries and deductions all reach the rows", seed)
        .doesNotContain(0L);
    assertThat(PointsBalances.member(database, "ledger-none", MEMBERS.get(0))).isEmpty();

    List<String> live = rows();
    long applied = store.rebuild(rule);
    assertThat(rows()).as("seed %s: rebuilt rows", seed).isEqualTo(live);
    assertThat(applied).isEqualTo(database.queryLong("SELECT COUNT(*) FROM gov_event"));
    assertThat(database.queryLong("SELECT SUM(entries) FROM gov_points_balance")).isEqualTo(applied);
  }

  @Test
  void aRefusedRedemptionLeavesTheRowAsItWas() throws SQLException {
    Instant at = Instant.parse("2024-03-02T01:00:00Z");
    PersonId member = PersonId.of("p-7");
    Contribution volunteering = Contribution.builder().id(EntryId.of("vol-1")).actor(member)
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(at).duration(Duration.ofMinutes(90)).build();
    Decision<LedgerEntry> award = store.handle(rule, "xuemeili", "vol-1", new PointsCommand.Award(volunteering, at));
    long awarded = ((Decision.Applied<LedgerEntry>) award).last().points().value();
    List<String> before = rows();

    Decision<LedgerEntry> refused = store.handle(rule, "xuemeili", "redeem-1",
        new PointsCommand.Redeem(EntryId.of("redeem-1"), member, OfferId.of("oil-massage"), 1, at.plusSeconds(60)));

    assertThat(refused).isInstanceOf(Decision.Refused.class);
    assertThat(rows()).isEqualTo(before).hasSize(1);
    assertThat(PointsBalances.member(database, "xuemeili", member)).map(t -> t.balance().value()).contains(awarded);
    assertThat(awarded).isPositive();
  }

  private static Contribution contribution(SplittableRandom random, String id, ActorId actor, Instant occurred) {
    ContributionKind kind = random.nextBoolean() ? ContributionKind.VOLUNTEER_SERVICE
        : ContributionKind.values()[random.nextInt(ContributionKind.values().length)];
    Contribution.Builder b = Contribution.builder().id(EntryId.of(id)).actor(actor).kind(kind).occurredAt(occurred);
    switch (kind.measure()) {
      case HOURS:
        b.duration(Duration.ofMinutes(30 + random.nextInt(480)));
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

  private List<String> rows() throws SQLException {
    return fixture.rows("SELECT ledger, actor_kind, actor, earned, redeemed, expired, deducted, balance, entries "
        + "FROM gov_points_balance ORDER BY ledger, actor_kind, actor");
  }
}
