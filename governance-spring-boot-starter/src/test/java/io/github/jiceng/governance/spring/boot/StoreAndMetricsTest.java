package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.store.jdbc.EventStore;
import io.github.jiceng.governance.store.jdbc.FundFlows;
import io.github.jiceng.governance.store.jdbc.StoreException;
import io.github.jiceng.governance.store.jdbc.StoredRule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * On a real PostgreSQL: with a {@link DataSource} in the application, the starter migrates the
 * store, registers the configured fund with its read model, and records every command in
 * Micrometer by rule, outcome and refusal code.
 */
class StoreAndMetricsTest {

  private static String url;

  /** A fresh schema on the test server (CI starts it: {@code .ci/start-postgres}). */
  private static String freshSchema() throws Exception {
    String server = System.getenv("GOVERNANCE_TEST_JDBC_URL");
    if (server == null || server.isBlank()) {
      throw new IllegalStateException("GOVERNANCE_TEST_JDBC_URL is not set: run "
          + "'export GOVERNANCE_TEST_JDBC_URL=\"$(bash .ci/start-postgres | tail -n 1)\"' first");
    }
    String schema = ("starter_" + ProcessHandle.current().pid() + "_" + System.nanoTime()).toLowerCase(Locale.ROOT);
    try (Connection admin = DriverManager.getConnection(server); Statement statement = admin.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Configuration(proxyBeanMethods = false)
  static class Database {
    @Bean
    DataSource dataSource() {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      return dataSource;
    }
  }

  @Test
  void theStoreBooksTheConfiguredFundAndTheMetricsCountEachOutcome() throws Exception {
    url = freshSchema();
    try (ConfigurableApplicationContext app = Apps.start(false, List.of(PlainApp.class, Database.class),
        "governance.fund=" + Fixtures.json(Fixtures.FUND_SETUP))) {
      EventStore store = app.getBean(EventStore.class);
      StoredRule<FundCommand, FundBook, FundEvent> fund = fundRule(app);
      String stream = Fixtures.FUND.id().value();

      Decision<FundEvent> donated = store.handle(fund, stream, "k-don-1", Fixtures.donate("don-1", "100"));
      Decision<FundEvent> again = store.handle(fund, stream, "k-don-1", Fixtures.donate("don-1", "100"));
      store.handle(fund, stream, "k-req-1", Fixtures.request("req-1", "50"));
      Decision<FundEvent> selfApproval = store.handle(fund, stream, "k-app-1",
          new FundCommand.Approve(RequestId.of("req-1"), Fixtures.CLERK, Fixtures.DAY1));

      assertThat(donated).isInstanceOf(Decision.Applied.class);
      assertThat(again).isInstanceOf(Decision.Unchanged.class);
      assertThat(selfApproval.isRefused()).isTrue();
      assertThat(store.load(fund, stream).version()).isEqualTo(2);
      assertThat(FundFlows.month(app.getBean(DataSource.class), stream, YearMonth.from(
          Fixtures.DAY1.atZone(Fixtures.FUND.zone()))).closingBalance())
          .isEqualTo(io.github.jiceng.governance.model.money.Money.ofYuan("100"));

      MeterRegistry meters = app.getBean(MeterRegistry.class);
      String code = selfApproval.refusalIfAny().orElseThrow().code().key();
      assertThat(timer(meters, "applied", "none").count()).isEqualTo(2);
      assertThat(timer(meters, "unchanged", "none").count()).isEqualTo(1);
      assertThat(timer(meters, "refused", code).count()).isEqualTo(1);
      assertThat(meters.get(GovernanceMetrics.STREAM_EVENTS).tag("rule", "fund").summary().max()).isEqualTo(2);
    }
  }

  @Test
  void aKeySentForAnotherStreamIsAConflictThatHidesTheOtherCommand() throws Exception {
    url = freshSchema();
    try (ConfigurableApplicationContext app = Apps.start(false, List.of(PlainApp.class, Database.class),
        "governance.fund=" + Fixtures.json(Fixtures.FUND_SETUP))) {
      EventStore store = app.getBean(EventStore.class);
      StoredRule<FundCommand, FundBook, FundEvent> fund = fundRule(app);
      store.handle(fund, "stream-of-someone-else", "k-1", Fixtures.donate("don-1", "100"));
      StoreException reused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
          () -> store.handle(fund, Fixtures.FUND.id().value(), "k-1", Fixtures.donate("don-2", "100")));

      ResponseEntity<ProblemDetail> answer = new GovernanceStoreProblemDetails(Language.EN).failed(reused);

      assertThat(answer.getStatusCode().value()).isEqualTo(409);
      assertThat(answer.getBody().getProperties()).containsEntry("code", "store.idempotency-key-reused");
      assertThat(answer.getBody().getType().toString()).isEqualTo("urn:jiceng-governance:store:store.idempotency-key-reused");
      assertThat(answer.getBody().getDetail()).doesNotContain("stream-of-someone-else");
      assertThat(new GovernanceStoreProblemDetails(Language.ZH).failed(reused).getBody().getDetail()).contains("幂等键");
    }
  }

  @Test
  void aStoreWithoutAnAttemptStopsTheApplicationNamingTheProperty() throws Exception {
    url = freshSchema();
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> Apps.start(false,
        List.of(PlainApp.class, Database.class), "governance.store.max-attempts=0").close());
    GovernanceConfigurationException error = null;
    for (Throwable t = failure; t != null && error == null; t = t.getCause()) {
      error = t instanceof GovernanceConfigurationException found ? found : null;
    }
    assertThat(error).as("the start-up failure %s", failure).isNotNull();
    assertThat(error.property()).isEqualTo("governance.store.max-attempts");
    assertThat(error.rule()).isEqualTo("store.max-attempts.positive");
    assertThat(error.getMessage()).contains("0");
  }

  /** The starter's stored fund rule, found by its generic type as an application would inject it. */
  @SuppressWarnings("unchecked")
  private static StoredRule<FundCommand, FundBook, FundEvent> fundRule(ConfigurableApplicationContext app) {
    return (StoredRule<FundCommand, FundBook, FundEvent>) app.getBeanProvider(
        ResolvableType.forClassWithGenerics(StoredRule.class, FundCommand.class, FundBook.class, FundEvent.class)).getObject();
  }

  private static Timer timer(MeterRegistry meters, String outcome, String code) {
    return meters.get(GovernanceMetrics.COMMANDS).tags("rule", "fund", "outcome", outcome, "code", code).timer();
  }

  @Test
  void theStoreBacksOffWhenDisabledAndMatchingIsTimed() throws Exception {
    url = freshSchema();
    try (ConfigurableApplicationContext app = Apps.start(false, List.of(PlainApp.class, Database.class),
        "governance.store.enabled=false")) {
      assertThat(app.getBeanProvider(EventStore.class).getIfAvailable()).isNull();
      GovernanceMatching matching = app.getBean(GovernanceMatching.class);
      matching.match(io.github.jiceng.governance.model.matching.MatchingProblem.builder().hierarchy(Fixtures.grids()).build(),
          io.github.jiceng.governance.model.matching.MatchingMode.OPTIMAL);
      assertThat(app.getBean(MeterRegistry.class).get(GovernanceMetrics.MATCHING).tag("mode", "OPTIMAL").timer().count())
          .isEqualTo(1);
    }
  }
}
