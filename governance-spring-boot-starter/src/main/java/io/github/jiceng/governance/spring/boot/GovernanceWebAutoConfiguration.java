package io.github.jiceng.governance.spring.boot;

import io.github.jiceng.governance.model.shared.ValidationMessages;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Answers the SDK's refusals and validation errors in a servlet web application as RFC 9457
 * problem details ({@link GovernanceProblemDetails}, and {@link GovernanceStoreProblemDetails}
 * for the JDBC store's errors), unless {@code
 * governance.web.problem-details=false}.
 */
@AutoConfiguration(after = GovernanceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = {"org.springframework.http.ProblemDetail",
    "org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver"})
@ConditionalOnProperty(prefix = "governance.web", name = "problem-details", matchIfMissing = true)
public class GovernanceWebAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public GovernanceWebAutoConfiguration() {
  }

  /**
   * The exception handlers.
   *
   * @param refusals the refusal texts
   * @param validation the validation texts
   * @return the handlers
   */
  @Bean
  @ConditionalOnMissingBean
  public GovernanceProblemDetails governanceProblemDetails(RefusalMessages refusals, ValidationMessages validation) {
    return new GovernanceProblemDetails(refusals, validation);
  }

  /** The store's errors, when the store is on the class path. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.jiceng.governance.store.jdbc.EventStore")
  public static class Store {

    /** Creates the configuration; Spring calls it. */
    public Store() {
    }

    /**
     * The store's error handler.
     *
     * @param properties the settings
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public GovernanceStoreProblemDetails governanceStoreProblemDetails(GovernanceProperties properties) {
      return new GovernanceStoreProblemDetails(GovernanceAutoConfiguration.language(properties));
    }
  }
}
