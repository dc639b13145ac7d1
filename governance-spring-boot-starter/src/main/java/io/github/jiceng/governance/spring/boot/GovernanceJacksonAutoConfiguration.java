package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.json.GovernanceJsonModule;
import io.github.jiceng.governance.json.jackson3.GovernanceJackson3Module;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the SDK's JSON module with Boot's mapper (JSON 绑定), so that controllers, {@code
 * RestClient} and everything else that uses Boot's mapper read and write the SDK's types in their
 * documented formats, with no code in the application.
 *
 * <p>Boot adds every module bean of its Jackson line to the mapper it builds: Boot 3 the Jackson 2
 * {@code com.fasterxml.jackson.databind.Module} beans, Boot 4 the Jackson 3 {@code
 * tools.jackson.databind.JacksonModule} beans. This configuration declares the SDK's module for
 * whichever line is on the class path (both, when both are), each backing off when the
 * application declares its own.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
public class GovernanceJacksonAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GovernanceJacksonAutoConfiguration() {
  }

  /** The Jackson 2 module (Spring Boot 3). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.Module")
  public static class Jackson2 {

    /** Creates the configuration; Spring calls it. */
    public Jackson2() {
    }

    /**
     * The SDK's Jackson 2 module.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public GovernanceJsonModule governanceJsonModule() {
      return new GovernanceJsonModule();
    }
  }

  /** The Jackson 3 module (Spring Boot 4). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "tools.jackson.databind.JacksonModule")
  public static class Jackson3 {

    /** Creates the configuration; Spring calls it. */
    public Jackson3() {
    }

    /**
     * The SDK's Jackson 3 module.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public GovernanceJackson3Module governanceJackson3Module() {
      return new GovernanceJackson3Module();
    }
  }
}
