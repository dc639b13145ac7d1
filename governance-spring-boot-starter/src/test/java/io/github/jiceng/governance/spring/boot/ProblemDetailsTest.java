package io.github.jiceng.governance.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.model.fund.RequestId;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import io.github.jiceng.governance.rules.decider.RefusalMessages;
import io.github.jiceng.governance.rules.fund.FundBook;
import io.github.jiceng.governance.rules.fund.FundCommand;
import io.github.jiceng.governance.rules.fund.FundEvent;
import io.github.jiceng.governance.rules.fund.FundRules;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Over real HTTP: a refusal answers 422 {@code application/problem+json} with the rule's code and
 * its Chinese text; a value the model refuses and a body that breaks the SDK's format answer 400
 * with the rule and, for the body, the JSON Pointer.
 */
class ProblemDetailsTest {

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

  private static HttpResponse<String> send(String method, String path, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Apps.baseUrl(app) + path))
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The refusal the application's endpoint runs into, decided here through the same rules. */
  private static Refusal expectedRefusal() {
    FundRules rules = app.getBean(FundRules.class);
    FundBook book = rules.initialState();
    for (FundCommand command : List.of(Fixtures.donate("don-1", "100"), Fixtures.request("req-1", "500"),
        new FundCommand.Approve(RequestId.of("req-1"), Fixtures.CLERK, Fixtures.DAY1))) {
      Decision<FundEvent> decision = rules.decide(command, book);
      if (decision.isRefused()) {
        return decision.refusalIfAny().orElseThrow();
      }
      book = rules.fold(book, decision.events());
    }
    throw new AssertionError("the endpoint's commands were all applied");
  }

  @Test
  void aRefusalIsAProblemDetailWithTheRulesCode() throws Exception {
    Refusal refusal = expectedRefusal();

    HttpResponse<String> response = send("POST", "/fund/overdraw", null);

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = GovernanceJson.mapper().readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(422);
    assertThat(problem.path("code").asText()).isEqualTo(refusal.code().key());
    assertThat(problem.path("type").asText()).isEqualTo(GovernanceProblemDetails.REFUSAL_TYPE + refusal.code().key());
    assertThat(problem.path("detail").asText()).isEqualTo(RefusalMessages.of(Language.ZH).render(refusal));
    assertThat(problem.path("title").asText()).isEqualTo("命令被规则驳回");
    refusal.arguments().forEach((name, value) -> assertThat(problem.path("arguments").path(name).asText()).isEqualTo(value));
  }

  @Test
  void aValueTheModelRefusesIsABadRequestNamingTheRule() throws Exception {
    HttpResponse<String> response = send("GET", "/invalid", null);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = GovernanceJson.mapper().readTree(response.body());
    assertThat(problem.path("type").asText()).startsWith(GovernanceProblemDetails.VALIDATION_TYPE);
    assertThat(problem.path("violations").get(0).path("rule").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).contains("不是有效的元金额");
  }

  @Test
  void aBodyThatBreaksTheFormatIsABadRequestWithItsPointer() throws Exception {
    HttpResponse<String> response = send("POST", "/money/double", "{\"fen\": \"abc\", \"currency\": \"CNY\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = GovernanceJson.mapper().readTree(response.body());
    assertThat(problem.path("pointer").asText()).isEqualTo("/fen");
    assertThat(problem.path("type").asText()).contains("urn:jiceng-governance:");
  }

  @Test
  void aBodyThatIsNotJsonAtAllIsLeftToSpring() throws Exception {
    HttpResponse<String> response = send("POST", "/money/double", "not json");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("urn:jiceng-governance:");
  }
}
