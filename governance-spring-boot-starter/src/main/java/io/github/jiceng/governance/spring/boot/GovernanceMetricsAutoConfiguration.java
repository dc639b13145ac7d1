package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.store.jdbc.CommandObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Micrometer metrics of the SDK ({@link GovernanceMetrics}), when Micrometer and a registry are
 * present: commands handled by the store, stream lengths, and matching time.
 */
@AutoConfiguration(
    before = {GovernanceAutoConfiguration.class, GovernanceStoreAutoConfiguration.class},
    afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class GovernanceMetricsAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GovernanceMetricsAutoConfiguration() {
  }

  /**
   * The SDK's meters.
   *
   * @param registry the application's registry
   * @return the meters
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceMetrics governanceMetrics(MeterRegistry registry) {
    return new GovernanceMetrics(registry);
  }

  /**
   * The matcher, timed.
   *
   * @param metrics the meters
   * @return the matcher
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceMatching governanceMatching(GovernanceMetrics metrics) {
    return new GovernanceMatching((mode, nanos) -> metrics.matched(mode.name(), nanos));
  }

  /** Feeds the store's commands to the meters, when the store is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.jiceng.governance.store.jdbc.EventStore")
  public static class StoreCommands {

    /** Creates the configuration; Spring calls it. */
    public StoreCommands() {
    }

    /**
     * The store's observer that records each command.
     *
     * @param metrics the meters
     * @return the observer
     */
    @Bean
    public CommandObserver governanceMetricsObserver(GovernanceMetrics metrics) {
      return handled -> metrics.commandHandled(handled.rule(), handled.outcome(),
          handled.decision().refusalIfAny().map(r -> r.code().key()).orElse("none"), handled.streamVersion(), handled.nanos());
    }
  }
}
