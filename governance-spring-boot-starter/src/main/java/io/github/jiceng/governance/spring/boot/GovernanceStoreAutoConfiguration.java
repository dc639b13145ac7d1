package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRefusal;
import io.github.jiceng.governance.rules.fund.FundRules;
import io.github.jiceng.governance.rules.points.PointsCommand;
import io.github.jiceng.governance.rules.points.PointsRefusal;
import io.github.jiceng.governance.rules.points.PointsRules;
import io.github.jiceng.governance.rules.points.PointsState;
import io.github.jiceng.governance.store.jdbc.CommandObserver;
import io.github.jiceng.governance.store.jdbc.EventStore;
import io.github.jiceng.governance.store.jdbc.FundFlows;
import io.github.jiceng.governance.store.jdbc.StoreCodecs;
import io.github.jiceng.governance.store.jdbc.StoredRule;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The JDBC event store on the application's {@link DataSource} (事件存储), when {@code
 * governance-store-jdbc} is on the class path and a data source exists: an {@link EventStore}
 * (tables created or upgraded at start-up unless {@code governance.store.migrate=false}), and the
 * SDK's rules registered with it: {@code points} always, {@code fund} (with its monthly {@link
 * FundFlows} read model) when a fund is configured. Each command the store handles is told to
 * every {@link CommandObserver} bean, such as the metrics'.
 */
@AutoConfiguration(
    after = GovernanceAutoConfiguration.class,
    afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(EventStore.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "governance.store", name = "enabled", matchIfMissing = true)
public class GovernanceStoreAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GovernanceStoreAutoConfiguration() {
  }

  /**
   * The store, migrated unless configured otherwise.
   *
   * @param dataSource the application's data source
   * @param properties the settings
   * @param observers the command observers, in their order
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean
  public EventStore governanceEventStore(DataSource dataSource, GovernanceProperties properties,
      ObjectProvider<CommandObserver> observers) {
    int attempts = properties.getStore().getMaxAttempts();
    EventStore store;
    try {
      store = EventStore.on(dataSource).withMaxAttempts(attempts);
    } catch (IllegalArgumentException e) {
      // The store holds the rule (at least one attempt); this names the property that broke it.
      throw new GovernanceConfigurationException("governance.store.max-attempts", "", "store.max-attempts.positive",
          StarterTexts.text(GovernanceAutoConfiguration.language(properties), "store.max-attempts.positive",
              Map.of("value", Integer.toString(attempts))), e);
    }
    List<CommandObserver> all = observers.orderedStream().toList();
    store = store.withObserver(all.isEmpty() ? CommandObserver.NONE : handled -> all.forEach(o -> o.handled(handled)));
    if (properties.getStore().isMigrate()) {
      store.migrate();
    }
    return store;
  }

  /**
   * The points rules registered with the store, as stream rule {@code points}.
   *
   * @param store the store
   * @param rules the points rules
   * @return the registered rule
   */
  @Bean
  @ConditionalOnMissingBean(name = "governancePointsStore")
  public StoredRule<PointsCommand, PointsState, LedgerEntry> governancePointsStore(EventStore store, PointsRules rules) {
    StoredRule<PointsCommand, PointsState, LedgerEntry> rule =
        StoredRule.of("points", rules, StoreCodecs.pointsEntries()).withRefusalCodes(PointsRefusal.class);
    store.prepare(rule);
    return rule;
  }

  /**
   * The configured fund's rules registered with the store, as stream rule {@code fund}, with the
   * fund's monthly transparency figures kept as a read model.
   *
   * @param store the store
   * @param rules the fund rules
   * @param fund the configured fund
   * @return the registered rule
   */
  @Bean
  @ConditionalOnMissingBean(name = "governanceFundStore")
  @ConditionalOnBean({FundRules.class, FundSetup.class})
  public StoredRule<FundCommand, FundBook, FundEvent> governanceFundStore(EventStore store, FundRules rules, FundSetup fund) {
    StoredRule<FundCommand, FundBook, FundEvent> rule = StoredRule.of("fund", rules, StoreCodecs.fundEvents())
        .withRefusalCodes(FundRefusal.class)
        .withProjection(FundFlows.of(fund.fund()));
    store.prepare(rule);
    return rule;
  }
}
