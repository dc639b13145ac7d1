package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Contribution;
import io.github.jiceng.governance.model.points.ContributionKind;
import io.github.jiceng.governance.model.points.EntryId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform on a real server on a free local port, called over HTTP as any client would, on
 * the Boot line the build chose.
 */
@SpringBootTest(classes = PlatformApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "logging.level.root=warn")
class RealServerTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Autowired
  private Environment environment;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabase.register(registry);
  }

  private HttpResponse<String> send(String method, String path, String key, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + environment.getRequiredProperty("local.server.port") + path)).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void theRunningPlatformTakesADemandAndAnAwardOverHttpOnTheChosenBootLine() throws Exception {
    String line = System.getProperty("sample.boot-line");
    assertThat(line).as("the build names the Boot line").isIn("3", "4");
    assertThat(SpringBootVersion.getVersion()).startsWith(line + ".");

    HttpResponse<String> submitted = send("POST", "/demands", null,
        Community.demand("d-zb-2025-001", "zhanbei-g02", Instant.parse("2025-02-03T01:00:00Z")));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(Json.read(submitted.body()).path("state").asText()).isEqualTo("SUBMITTED");

    HttpResponse<String> lists = send("GET", "/communities/zhanbei/five-lists?from=2025-01-01T00:00:00Z"
        + "&to=2026-01-01T00:00:00Z", null, null);
    assertThat(lists.statusCode()).isEqualTo(200);
    JsonNode report = Json.read(lists.body()).path("report");
    assertThat(report.path("total").path("demands").asInt()).isEqualTo(1);
    assertThat(report.path("period").path("start").asText()).isEqualTo("2025-01-01T00:00:00Z");

    Contribution patrol = Contribution.builder().id(EntryId.of("patrol-1")).actor(PersonId.of("p-guo"))
        .kind(ContributionKind.VOLUNTEER_SERVICE).occurredAt(Instant.parse("2025-02-08T01:00:00Z"))
        .duration(Duration.ofHours(2)).build();
    HttpResponse<String> awarded = send("POST", "/communities/zhanbei/points/awards", "patrol-1", patrol);
    assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(200);
    assertThat(Json.read(awarded.body()).get(0).path("points").asLong()).isEqualTo(20);
    HttpResponse<String> totals = send("GET", "/communities/zhanbei/points/members/p-guo", null, null);
    assertThat(Json.read(totals.body()).path("balance").asLong()).isEqualTo(20);
  }
}
