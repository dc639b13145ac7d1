package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.matching.MatchingProblem;
import io.github.jiceng.governance.model.service.Demand;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A matching problem posted in the SDK's JSON is matched by the starter's matcher: a demand that
 * a resource of its community can serve is assigned with its score explained, one nobody can
 * serve is unmatched with its reason.
 */
class MatchingTest extends MockMvcPlatform {

  private static MatchingProblem problem() {
    Scenario file = Community.file();
    Demand care = Community.demand("d-match-1", "nanyuan-g01", Instant.parse("2024-06-03T01:00:00Z"));
    Demand rocket = Community.demand("d-match-2", "nanyuan-g02", Instant.parse("2024-06-03T01:00:00Z"), "rocket-repair");
    return MatchingProblem.builder().hierarchy(file.hierarchy()).addDemands(care, rocket)
        .addAllResources(file.section(ScenarioSection.RESOURCES).orElseThrow()).build();
  }

  @Test
  void aDemandIsAssignedToAResourceThatCanServeItAndTheOtherIsUnmatchedWithItsReason() throws Exception {
    JsonNode result = post("/matching", problem()).expect(200);

    assertThat(result.path("mode").asText()).isEqualTo("OPTIMAL");
    assertThat(result.path("assignments").size()).isEqualTo(1);
    JsonNode assignment = result.path("assignments").get(0);
    assertThat(assignment.path("demand").asText()).isEqualTo("d-match-1");
    assertThat(assignment.path("resource").asText()).startsWith("nanyuan-station-");
    assertThat(result.path("unmatched").size()).isEqualTo(1);
    assertThat(result.path("unmatched").get(0).path("demand").asText()).isEqualTo("d-match-2");
    assertThat(result.path("unmatched").get(0).path("reason").asText()).isEqualTo("NO_ELIGIBLE_CLAIMANT");
  }

  @Test
  void theGreedyModeIsChosenByAParameter() throws Exception {
    JsonNode result = post("/matching?mode=GREEDY", problem()).expect(200);

    assertThat(result.path("mode").asText()).isEqualTo("GREEDY");
    assertThat(result.path("assignments").get(0).path("demand").asText()).isEqualTo("d-match-1");
  }

  @Test
  void aProblemThatBreaksTheFormatIsABadRequestWithItsPointer() throws Exception {
    Answer answer = post("/matching", "{\"hierarchy\": 7}");

    JsonNode problem = answer.expect(400);
    assertThat(problem.path("pointer").asText()).isEqualTo("/hierarchy");
    assertThat(problem.path("type").asText()).startsWith("urn:jiceng-governance:");
  }
}
