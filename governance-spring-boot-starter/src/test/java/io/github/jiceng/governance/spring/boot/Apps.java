package io.github.jiceng.governance.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts real Spring Boot applications for the tests, with whatever Boot line is on the class
 * path: the same sources run on Boot 3.5 and on Boot 4.0.
 */
final class Apps {

  private Apps() {}

  /**
   * Starts an application.
   *
   * @param web whether to start a real server on a free local port
   * @param sources the configuration classes
   * @param properties extra properties, {@code name=value}
   */
  static ConfigurableApplicationContext start(boolean web, List<Class<?>> sources, String... properties) {
    List<String> all = new ArrayList<>(List.of("spring.main.banner-mode=off", "server.port=0",
        "spring.config.name=no-application-file"));
    all.addAll(List.of(properties));
    return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
        .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
        .properties(all.toArray(String[]::new))
        .run();
  }

  /** Starts {@link WebApp} on a real server, with the fixtures' fund configured. */
  static ConfigurableApplicationContext startWebApp() {
    return start(true, List.of(WebApp.class), "governance.fund=" + Fixtures.json(Fixtures.FUND_SETUP));
  }

  /** Returns the base URL of a started server. */
  static String baseUrl(ConfigurableApplicationContext context) {
    return "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port");
  }
}
