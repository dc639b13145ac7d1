package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.grid.GridHierarchy;
import io.github.jiceng.governance.model.money.Money;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A real server with the starter and no JSON code of the application's own: controllers answer
 * the SDK's formats byte for byte, and Boot's {@code RestClient} reads them back. This is the
 * silent loss the starter exists to prevent ({@code {"zero":false,"negative":false}} for money).
 */
class JsonThroughBootTest {

  private static ConfigurableApplicationContext app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    app = Apps.startWebApp();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(Apps.baseUrl(app) + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aControllerWritesMoneyInTheSdksFormat() throws Exception {
    HttpResponse<String> response = get("/money");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Fixtures.json(Money.ofFen(12345)));
    assertThat(response.body()).contains("12345").doesNotContain("zero");
  }

  @Test
  void aControllerWritesAGridHierarchyInTheSdksFormat() throws Exception {
    HttpResponse<String> response = get("/grids");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(Fixtures.json(Fixtures.grids()));
    assertThat(GovernanceJson.mapper().readValue(response.body(), GridHierarchy.class).nodes())
        .isEqualTo(Fixtures.grids().nodes());
  }

  @Test
  void bootsRestClientReadsAndWritesTheSdksTypes() {
    RestClient client = app.getBean(RestClient.Builder.class).baseUrl(Apps.baseUrl(app)).build();

    Money money = client.get().uri("/money").retrieve().body(Money.class);
    Money doubled = client.post().uri("/money/double").body(Money.ofYuan("150.25")).retrieve().body(Money.class);
    GridHierarchy grids = client.get().uri("/grids").retrieve().body(GridHierarchy.class);

    assertThat(money).isEqualTo(Money.ofFen(12345));
    assertThat(doubled).isEqualTo(Money.ofYuan("300.50"));
    assertThat(grids.nodes()).isEqualTo(Fixtures.grids().nodes());
  }
}
