package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import io.github.jiceng.governance.model.points.Expiry;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.model.points.OfferId;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.Redemption;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.points.AccountTotals;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clerks at once on the same members' point accounts and the same fund: awards,
 * redemptions, donations and disbursements with maker-checker, a tenth of them sent again, and
 * afterwards every balance, sum and read model checked against a sequential replay.
 *
 * <p>The size is a system property: {@code -Dgovernance.store.mixed.commands=100000} (the default,
 * re-sends included), {@code -Dgovernance.store.mixed.members=2000} (each member's points account
 * is its own stream, as in the store's benchmark), {@code -Dgovernance.store.mixed.fund-percent=3}
 * (the share of the distinct commands that go to the one fund, whose stream every fund command
 * loads whole, since the fund's book has no snapshots).
 */
class MixedConcurrentBookingTest {

  private static final int THREADS = 16;
  private static final int COMMANDS = Integer.getInteger("governance.store.mixed.commands", 100_000);
  private static final int MEMBERS = Integer.getInteger("governance.store.mixed.members", 2_000);
  private static final int FUND_PERCENT = Integer.getInteger("governance.store.mixed.fund-percent", 3);
  /** Members most clerks work on at once: an eighth of the points commands go to them. */
  private static final int HOT_MEMBERS = 32;
  private static final long SEED = 13;

  private static final ServiceCatalogue CATALOGUE = RedStarPolicies.articleServices(OrganizationId.of("org-centre"));
  private static final PointsRules POINTS = PointsRules.of(RedStarPolicies.article(), CATALOGUE);
  private static final StoredRule<PointsCommand, PointsState, LedgerEntry> POINTS_RULE =
      StoredRule.of("points", POINTS, StoreCodecs.pointsEntries())
          .withRefusalCodes(PointsRefusal.class)
          .withProjection(PointsBalances.of());
  /** Every points command happens at one instant, so that any order of commit is a valid booking order. */
  private static final Instant AT = Instant.parse("2024-06-03T02:00:00Z");

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("mixed_concurrent");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  /** One command as a clerk sends it: to the points rule or to the fund. */
  record Sent(String key, String stream, PointsCommand points, FundCommand fund) {
    Decision<?> send(FundFixture fixture, StoredRule<FundCommand, FundBook, FundEvent> fundRule) {
      return points != null ? store.handle(POINTS_RULE, stream, key, points) : store.handle(fundRule, stream, key, fund);
    }
  }

  @Test
  void sixteenClerksOnTheSameMembersAndFundBookEveryCommandOnceAndNoPointOrFenIsCreatedOrLost() throws Exception {
    FundFixture fixture = new FundFixture("fund-mixed");
    StoredRule<FundCommand, FundBook, FundEvent> fundRule = fixture.rule.withProjection(FundFlows.of(fixture.fund));
    store.prepare(POINTS_RULE);
    store.prepare(fundRule);
    List<List<Sent>> work = work(fixture);
    int total = work.stream().mapToInt(List::size).sum();
    Set<String> keys = new HashSet<>();
    work.forEach(clerk -> clerk.forEach(s -> keys.add(s.key())));
    assertThat(total).as("commands sent, re-sends included").isEqualTo(COMMANDS);
    assertThat(total - keys.size()).as("re-sent duplicates").isEqualTo(COMMANDS / 10);

    Map<String, List<Decision<?>>> answers = new ConcurrentHashMap<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> clerks = new ArrayList<>();
    for (List<Sent> clerk : work) {
      clerks.add(pool.submit(() -> {
        for (Sent one : clerk) {
          try {
            answers.computeIfAbsent(one.key(), k -> new CopyOnWriteArrayList<>()).add(one.send(fixture, fundRule));
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.MINUTES)).as("the clerks finish").isTrue();
    for (Future<?> clerk : clerks) {
      clerk.get();
    }
    assertThat(failures).as("no command failed").isEmpty();
    assertThat(answers.keySet()).isEqualTo(keys);

    // One first outcome per key, answered to every re-send; what the clerks were told was booked.
    Map<String, Integer> appliedEvents = new HashMap<>();
    long[] told = new long[4]; // points awarded, points redeemed, fen donated, fen paid out
    answers.forEach((key, decisions) -> {
      List<Decision<?>> applied = decisions.stream().filter(d -> d instanceof Decision.Applied).toList();
      assertThat(applied).as("key %s: applied at most once", key).hasSizeLessThanOrEqualTo(1);
      if (applied.isEmpty()) {
        assertThat(decisions).as("key %s: every answer is the first outcome", key)
            .allSatisfy(d -> assertThat(d).isEqualTo(decisions.get(0)));
        return;
      }
      List<?> events = applied.get(0).events();
      assertThat(decisions).as("key %s: re-sends answer the events booked", key)
          .allSatisfy(d -> assertThat(d.events()).isEqualTo(events));
      appliedEvents.put(key, events.size());
      for (Object event : events) {
        if (event instanceof Award award) {
          told[0] += award.points().value();
        } else if (event instanceof Redemption redemption) {
          told[1] += redemption.points().value();
        } else if (event instanceof FundEvent.Booked booked && booked.entry() instanceof Donation donation) {
          told[2] += donation.amount().fen();
        } else if (event instanceof FundEvent.Booked booked && booked.entry() instanceof Disbursement paid) {
          told[3] += paid.amount().fen();
        }
      }
    });
    assertThat(told).as("the workload awards, redeems, donates and pays").doesNotContain(0L);

    // No duplicate booked: each key's events are stored once, and each key has one command row.
    Map<String, Integer> stored = new HashMap<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idempotency_key, COUNT(*) FROM gov_event GROUP BY idempotency_key")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getInt(2));
      }
    }
    assertThat(stored).isEqualTo(appliedEvents);
    assertThat(database.queryLong("SELECT COUNT(*) FROM gov_command")).isEqualTo(keys.size());
    assertThat(database.queryLong("SELECT COUNT(*) FROM (SELECT idempotency_key FROM gov_command "
        + "GROUP BY idempotency_key HAVING COUNT(*) > 1) twice")).isZero();

    // Every member's account is the sequential replay of its events, never below zero, and its row agrees.
    long[] booked = new long[4]; // earned, redeemed, expired, deducted
    Set<String> entryIds = new HashSet<>();
    for (String stream : store.streams(POINTS_RULE)) {
      List<LedgerEntry> events = store.events(POINTS_RULE, stream).stream().map(StoredEvent::event).toList();
      PointsState sequential = InMemoryStream.restore(POINTS, events).state();
      assertThat(store.load(POINTS_RULE, stream).state()).as(stream).isEqualTo(sequential);
      for (AccountTotals totals : sequential.allTotals()) {
        assertThat(totals.balance().value()).as("%s: no balance below zero", stream).isNotNegative();
        assertThat(totals.conserves()).as(stream).isTrue();
        booked[0] += totals.earned().value();
        booked[1] += totals.redeemed().value();
        booked[2] += totals.expired().value();
        booked[3] += totals.deducted().value();
      }
      assertThat(PointsBalances.ledger(database, stream)).as(stream).isEqualTo(sequential.allTotals());
      for (LedgerEntry entry : events) {
        if (!(entry instanceof Expiry)) {
          assertThat(entryIds.add(stream + "/" + entry.id().value())).as("entry %s booked once", entry.id()).isTrue();
        }
      }
    }
    assertThat(booked[0]).as("points earned: what the clerks were told was awarded").isEqualTo(told[0]);
    assertThat(booked[1]).as("points redeemed: what the clerks were told").isEqualTo(told[1]);
    assertThat(database.queryLong("SELECT SUM(earned) FROM gov_points_balance")).isEqualTo(told[0]);
    assertThat(database.queryLong("SELECT SUM(redeemed) FROM gov_points_balance")).isEqualTo(told[1]);
    assertThat(database.queryLong("SELECT SUM(balance) FROM gov_points_balance"))
        .isEqualTo(booked[0] - booked[1] - booked[2] - booked[3]);

    // The fund's book is the sequential replay of its events; its money adds up to the fen.
    List<FundEvent> fundEvents = store.events(fundRule, fixture.stream()).stream().map(StoredEvent::event).toList();
    FundBook sequential = InMemoryStream.restore(fixture.rules, fundEvents).state();
    FundBook loaded = store.load(fundRule, fixture.stream()).state();
    assertThat(loaded).isEqualTo(sequential);
    assertThat(loaded.ledger().totalIn()).isEqualTo(Money.ofFen(told[2]));
    assertThat(loaded.ledger().totalOut()).isEqualTo(Money.ofFen(told[3]));
    assertThat(loaded.ledger().balance()).isEqualTo(Money.ofFen(told[2] - told[3]));
    assertThat(loaded.ledger().balance().isNegative()).as("the fund never goes below zero").isFalse();
    assertThat(database.queryLong("SELECT SUM(amount_fen) FROM gov_fund_flow WHERE kind = 'CHANNEL'")).isEqualTo(told[2]);
    assertThat(database.queryLong("SELECT SUM(amount_fen) FROM gov_fund_flow WHERE kind = 'DONOR'")).isEqualTo(told[2]);
    assertThat(database.queryLong("SELECT SUM(amount_fen) FROM gov_fund_flow WHERE kind = 'CATEGORY'")).isEqualTo(told[3]);

    // The read models equal their rebuild.
    List<String> balances = rows("SELECT ledger, actor_kind, actor, earned, redeemed, expired, deducted, balance, entries "
        + "FROM gov_points_balance ORDER BY ledger, actor_kind, actor");
    List<String> flows = rows("SELECT fund, month, kind, line, entries, amount_fen, beneficiaries FROM gov_fund_flow "
        + "ORDER BY fund, month, kind, line");
    store.rebuild(POINTS_RULE);
    store.rebuild(fundRule);
    assertThat(rows("SELECT ledger, actor_kind, actor, earned, redeemed, expired, deducted, balance, entries "
        + "FROM gov_points_balance ORDER BY ledger, actor_kind, actor")).as("rebuilt balances").isNotEmpty().isEqualTo(balances);
    assertThat(rows("SELECT fund, month, kind, line, entries, amount_fen, beneficiaries FROM gov_fund_flow "
        + "ORDER BY fund, month, kind, line")).as("rebuilt fund flows").isNotEmpty().isEqualTo(flows);

    long refused = answers.values().stream().filter(d -> d.get(0).isRefused()).count();
    assertThat(refused).as("the workload reaches refusals (balances at their floor among them)").isPositive();
  }

  /**
   * Each clerk's commands, generated from one seed: distinct commands (nine tenths of the total),
   * then a tenth of the total re-sent, half by the same clerk later, half by another clerk at a
   * random point of its work.
   */
  private static List<List<Sent>> work(FundFixture fixture) {
    Random random = new Random(SEED);
    int distinct = COMMANDS - COMMANDS / 10;
    List<List<Sent>> clerks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      clerks.add(new ArrayList<>());
    }
    int made = 0;
    for (int unit = 0; made < distinct; unit++) {
      List<Sent> clerk = clerks.get(unit % THREADS);
      String id = "u" + unit;
      if (random.nextInt(100) < FUND_PERCENT) {
        if (random.nextInt(3) == 0 || distinct - made < 3) {
          clerk.add(new Sent("don-" + id, fixture.stream(), null,
              fixture.donate("don-" + id, String.valueOf(100 + random.nextInt(4900)))));
          made++;
        } else {
          String request = "req-" + id;
          clerk.add(new Sent("request-" + id, fixture.stream(), null,
              fixture.request(request, String.valueOf(100 + random.nextInt(2900)))));
          clerk.add(new Sent("approve-" + id, fixture.stream(), null,
              fixture.approve(request, random.nextBoolean() ? FundFixture.SECRETARY : FundFixture.DEPUTY)));
          clerk.add(new Sent("pay-" + id, fixture.stream(), null, fixture.pay(request, "pay-" + id)));
          made += 3;
        }
        continue;
      }
      int member = random.nextInt(8) == 0 ? random.nextInt(HOT_MEMBERS) : random.nextInt(MEMBERS);
      PersonId person = PersonId.of("p-" + member);
      String stream = "member-" + member;
      PointsCommand command;
      if (random.nextInt(5) < 3) {
        Contribution contribution = Contribution.builder().id(EntryId.of("award-" + id)).actor(person)
            .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(AT.minus(Duration.ofHours(1 + random.nextInt(48))))
            .duration(Duration.ofMinutes(30 + random.nextInt(240))).build();
        command = new PointsCommand.Award(contribution, AT);
      } else {
        OfferId service = CATALOGUE.offers().get(random.nextInt(CATALOGUE.offers().size())).id();
        command = new PointsCommand.Redeem(EntryId.of("redeem-" + id), person, service, 1, AT);
      }
      clerk.add(new Sent("points-" + id, stream, command, null));
      made++;
    }
    for (int t = 0; t < THREADS; t++) {
      List<Sent> own = clerks.get(t);
      int originals = own.size();
      for (int r = 0; r < (COMMANDS / 10) / THREADS + (t < (COMMANDS / 10) % THREADS ? 1 : 0); r++) {
        int index = random.nextInt(originals);
        Sent again = own.get(index);
        if (random.nextBoolean()) {
          own.add(index + 1 + random.nextInt(own.size() - index), again);
        } else {
          List<Sent> other = clerks.get((t + 1 + random.nextInt(THREADS - 1)) % THREADS);
          other.add(random.nextInt(other.size() + 1), again);
        }
      }
    }
    return clerks;
  }

  private static List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int column = 1; column <= columns; column++) {
          row.append(result.getString(column)).append(' ');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
