package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.model.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Demands submitted through the API join their community's five lists, beside the lists of
 * earlier years from the community file; the report counts what the period holds.
 */
class DemandsAndFiveListsTest extends MockMvcPlatform {

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  @Test
  void aSubmittedDemandIsListedInItsCommunityAndCountedInTheReport() throws Exception {
    JsonNode status = post("/demands", Community.demand("d-ny-2024-101", "nanyuan-g03",
        Instant.parse("2024-04-02T01:00:00Z"))).expect(200);

    assertThat(status.path("demand").asText()).isEqualTo("d-ny-2024-101");
    assertThat(status.path("state").asText()).isEqualTo("SUBMITTED");

    JsonNode lists = get("/communities/nanyuan/five-lists?from=2024-01-01T00:00:00Z&to=2024-07-01T00:00:00Z").expect(200);
    assertThat(ids(lists.path("demands"))).contains("d-ny-2024-101");
    assertThat(lists.path("report").path("total").path("demands").asInt()).isEqualTo(1);
    assertThat(lists.path("report").path("total").path("demandBeneficiaries").asInt()).isEqualTo(2);

    JsonNode elsewhere = get("/communities/zhanbei/five-lists?from=2024-01-01T00:00:00Z&to=2024-07-01T00:00:00Z")
        .expect(200);
    assertThat(ids(elsewhere.path("demands"))).doesNotContain("d-ny-2024-101");
  }

  @Test
  void theFiveListsOfEarlierYearsComeFromTheCommunityFile() throws Exception {
    JsonNode lists = get("/communities/nanyuan/five-lists?from=2023-01-01T00:00:00Z&to=2024-01-01T00:00:00Z").expect(200);

    assertThat(ids(lists.path("demands"))).contains("d-ny-2023-001", "d-ny-2023-006");
    assertThat(ids(lists.path("projects"))).containsExactly("ny-2023-grandparents-class");
    assertThat(lists.path("services").size()).isEqualTo(6);
    assertThat(lists.path("outcomes").size()).isEqualTo(6);
    assertThat(ids(lists.path("resources"))).contains("nanyuan-team-service");
    JsonNode report = lists.path("report");
    assertThat(report.path("root").asText()).isEqualTo("nanyuan");
    assertThat(report.path("projects").asInt()).isEqualTo(1);
    assertThat(report.path("total").path("demands").asInt()).isEqualTo(6);
    assertThat(report.path("total").path("services").asInt()).isEqualTo(6);
    assertThat(report.path("total").path("outcomes").asInt()).isEqualTo(6);
    assertThat(report.path("total").path("effort").asText()).isEqualTo("PT36H");
    assertThat(report.path("total").path("cost")).isEqualTo(Json.read(Json.write(Money.ZERO)));
    assertThat(report.path("byChannel").path("UNDERTAKE").path("services").asInt()).isEqualTo(6);
  }

  @Test
  void theSameDemandSentAgainChangesNothing() throws Exception {
    Object demand = Community.demand("d-ny-2024-102", "nanyuan-g01", Instant.parse("2024-08-02T01:00:00Z"));
    JsonNode first = post("/demands", demand).expect(200);
    JsonNode again = post("/demands", demand).expect(200);

    assertThat(again).isEqualTo(first);
    assertThat(again.path("events").asInt()).isEqualTo(1);
  }

  @Test
  void anotherDemandUnderARecordedIdIsRefusedAsAProblemDetail() throws Exception {
    Answer answer = post("/demands", Community.demand("d-ny-2023-001", "nanyuan-g01",
        Instant.parse("2024-05-02T01:00:00Z")));

    JsonNode problem = answer.expect(422);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(problem.path("code").asText()).isEqualTo("demand.not-allowed-in-state");
    assertThat(problem.path("arguments").path("demand").asText()).isEqualTo("d-ny-2023-001");
  }

  @Test
  void aDemandInAGridThePlatformDoesNotKnowIsABadRequestNamingTheRule() throws Exception {
    Answer answer = post("/demands", Community.demand("d-nowhere-1", "nowhere", Instant.parse("2024-05-02T01:00:00Z")));

    JsonNode problem = answer.expect(400);
    assertThat(problem.path("violations").get(0).path("field").asText()).isEqualTo("grid");
    assertThat(problem.path("violations").get(0).path("rule").asText()).isEqualTo("grid-exists");
  }
}
