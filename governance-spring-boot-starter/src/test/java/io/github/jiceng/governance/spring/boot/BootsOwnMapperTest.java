package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.GovernanceJsonModule;
import io.github.jiceng.governance.json.jackson3.GovernanceJackson3Module;
import io.github.jiceng.governance.model.money.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which mapper serves the application, on each Boot line, with the starter and without it. On
 * Boot 3 the mapper is Jackson 2's {@code ObjectMapper} and Jackson 3 is absent; on Boot 4 it is
 * Jackson 3's {@code JsonMapper} and Boot declares no Jackson 2 mapper at all. Without the
 * starter's JSON configuration, the README's setup for that line is what makes money come out
 * right: on Boot 4 nothing (Boot adds the Jackson 3 modules its service loader finds, and
 * governance-json-jackson3 is one), on Boot 3 one module bean.
 */
class BootsOwnMapperTest {

  private static final String JACKSON3_MAPPER = "tools.jackson.databind.json.JsonMapper";

  @Test
  void theStarterPutsTheSdksModuleInTheMapperOfBootsJacksonLine() throws Exception {
    int line = BootLine.current();
    try (ConfigurableApplicationContext app = Apps.start(false, List.of(PlainApp.class))) {
      if (line == 3) {
        assertThat(BootLine.present(JACKSON3_MAPPER)).as("Jackson 3 on a Boot 3 class path").isFalse();
        assertThat(app.getBean(ObjectMapper.class).getRegisteredModuleIds()).contains(GovernanceJsonModule.NAME);
      } else {
        assertThat(app.getBeanProvider(ObjectMapper.class).getIfAvailable()).as("a Jackson 2 mapper on Boot 4").isNull();
        Object mapper = app.getBean(Class.forName(JACKSON3_MAPPER));
        Collection<?> modules = (Collection<?>) mapper.getClass().getMethod("registeredModules").invoke(mapper);
        assertThat(modules).anyMatch(m -> m instanceof GovernanceJackson3Module);
      }
    }
  }

  @Test
  void withoutTheStartersJsonConfigurationTheReadmesSetupForTheLineStillWritesMoneyRight() throws Exception {
    int line = BootLine.current();
    List<Class<?>> sources = line == 3 ? List.of(WebApp.class, Boot3Setup.class) : List.of(WebApp.class);
    try (ConfigurableApplicationContext app = Apps.start(true, sources,
        "spring.autoconfigure.exclude=" + GovernanceJacksonAutoConfiguration.class.getName(),
        "governance.fund=" + Fixtures.json(Fixtures.FUND_SETUP))) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(Apps.baseUrl(app) + "/money")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(Fixtures.json(Money.ofFen(12345)));
    }
  }

  /** The README's setup on Boot 3 without the starter: declare the module as a bean. */
  @Configuration(proxyBeanMethods = false)
  static class Boot3Setup {
    @Bean
    GovernanceJsonModule governanceJsonModule() {
      return new GovernanceJsonModule();
    }
  }
}
