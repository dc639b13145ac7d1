package io.github.jiceng.governance.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.decider.Decision;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

class FlywayMigrationTest {

  @Test
  void aHostsFlywayAppliesTheShippedScriptsAndTheStoreRunsOnThem() throws Exception {
    try (TestDatabase database = TestDatabase.freshSchema("flyway")) {
      MigrateResult result = Flyway.configure()
          .dataSource(database)
          .schemas(database.schema())
          .locations("classpath:" + Schema.LOCATION)
          .load()
          .migrate();

      assertThat(result.migrationsExecuted).isEqualTo(Schema.scripts().size());
      assertThat(database.queryLong("SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isEqualTo(Schema.scripts().size());
      EventStore store = EventStore.on(database);
      assertThat(store.handle(Tally.RULE, "acc-flyway", "fw-1", new Tally.Deposit("e-1", 5)))
          .isEqualTo(Decision.applied(List.of(new Tally.Deposited("e-1", 5))));
      assertThat(store.load(Tally.RULE, "acc-flyway").state().balance()).isEqualTo(5);
    }
  }
}
