package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.fund.Disbursement;
import io.github.jiceng.governance.model.fund.Donation;
import io.github.jiceng.governance.model.fund.LedgerEntry;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
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

class ConcurrentFundBookingTest {

  private static final int THREADS = 16;
  private static final int UNITS_PER_THREAD = 30;

  private static TestDatabase database;
  private static EventStore store;

  @BeforeAll
  static void openStore() {
    database = TestDatabase.freshSchema("concurrent_fund");
    store = EventStore.on(database);
    store.migrate();
  }

  @AfterAll
  static void dropSchema() {
    database.close();
  }

  record Sent(FundFixture fund, String key, FundCommand command) {}

  @Test
  void sixteenClerksDonatingAndDisbursingOnTwoFundsBookEveryStepOnceAndNoFenIsCreatedOrLost() throws Exception {
    List<FundFixture> funds = List.of(new FundFixture("fund-a"), new FundFixture("fund-b"));
    Map<String, List<Decision<FundEvent>>> answers = new ConcurrentHashMap<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> clerks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      clerks.add(pool.submit(() -> {
        Random random = new Random(seed);
        List<Sent> resend = new ArrayList<>();
        for (int u = 0; u < UNITS_PER_THREAD; u++) {
          FundFixture fund = funds.get(random.nextInt(funds.size()));
          String unit = seed + "-" + u;
          List<Sent> steps = new ArrayList<>();
          if (random.nextInt(3) == 0) {
            steps.add(new Sent(fund, "don-" + unit, fund.donate("don-" + unit, String.valueOf(100 + random.nextInt(4900)))));
          } else {
            String request = "req-" + unit;
            steps.add(new Sent(fund, "request-" + unit, fund.request(request, String.valueOf(100 + random.nextInt(2900)))));
            steps.add(new Sent(fund, "approve-" + unit, fund.approve(request,
                random.nextBoolean() ? FundFixture.SECRETARY : FundFixture.DEPUTY)));
            steps.add(new Sent(fund, "pay-" + unit, fund.pay(request, "pay-" + unit)));
          }
          for (Sent step : steps) {
            send(step, answers, failures);
            if (random.nextInt(10) == 0) {
              if (random.nextBoolean()) {
                send(step, answers, failures);
              } else {
                resend.add(step);
              }
            }
          }
        }
        resend.forEach(step -> send(step, answers, failures));
      }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    for (Future<?> clerk : clerks) {
      clerk.get();
    }
    assertThat(failures).isEmpty();

    // One first outcome per key, answered to every re-send; the applied steps' events are stored once.
    Map<String, Integer> appliedEvents = new HashMap<>();
    answers.forEach((key, decisions) -> {
      List<Decision<FundEvent>> applied = decisions.stream().filter(d -> d instanceof Decision.Applied).toList();
      assertThat(applied).as("key %s: applied at most once", key).hasSizeLessThanOrEqualTo(1);
      if (applied.isEmpty()) {
        assertThat(decisions).as("key %s", key).allSatisfy(d -> assertThat(d).isEqualTo(decisions.get(0)));
      } else {
        assertThat(decisions).as("key %s", key).allSatisfy(d -> assertThat(d.events()).isEqualTo(applied.get(0).events()));
        appliedEvents.put(key, applied.get(0).events().size());
      }
    });
    Map<String, Integer> stored = new HashMap<>();
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT idempotency_key, COUNT(*) FROM gov_event GROUP BY idempotency_key")) {
      while (rows.next()) {
        stored.put(rows.getString(1), rows.getInt(2));
      }
    }
    assertThat(stored).isEqualTo(appliedEvents);

    // Each fund's book is the sequential replay of its events, and its money adds up.
    long refused = answers.values().stream().filter(d -> d.get(0).isRefused()).count();
    long paid = 0;
    for (FundFixture fund : funds) {
      List<FundEvent> events = store.events(fund.rule, fund.stream()).stream().map(StoredEvent::event).toList();
      FundBook sequential = InMemoryStream.restore(fund.rules, events).state();
      FundBook loaded = store.load(fund.rule, fund.stream()).state();
      assertThat(loaded).as(fund.stream()).isEqualTo(sequential);
      Money in = Money.ZERO;
      Money out = Money.ZERO;
      Set<String> entryIds = new HashSet<>();
      for (FundEvent event : events) {
        if (event instanceof FundEvent.Booked booked) {
          LedgerEntry entry = booked.entry();
          assertThat(entryIds.add(entry.id().value())).as("entry %s booked once", entry.id()).isTrue();
          if (entry instanceof Donation donation) {
            in = in.plus(donation.amount());
          } else {
            out = out.plus(((Disbursement) entry).amount());
            paid++;
          }
        }
      }
      assertThat(loaded.ledger().totalIn()).as(fund.stream()).isEqualTo(in);
      assertThat(loaded.ledger().totalOut()).as(fund.stream()).isEqualTo(out);
      assertThat(loaded.ledger().balance()).as(fund.stream()).isEqualTo(in.minus(out));
      assertThat(loaded.ledger().balance().isNegative()).as("%s: no balance below zero", fund.stream()).isFalse();
    }
    assertThat(paid).as("the workload pays requests").isPositive();
    assertThat(refused).as("the workload reaches refusals").isPositive();
  }

  private static void send(Sent step, Map<String, List<Decision<FundEvent>>> answers, List<Throwable> failures) {
    try {
      Decision<FundEvent> decision = store.handle(step.fund().rule, step.fund().stream(), step.key(), step.command());
      answers.computeIfAbsent(step.key(), k -> new CopyOnWriteArrayList<>()).add(decision);
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }
}
