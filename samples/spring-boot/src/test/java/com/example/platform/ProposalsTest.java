package com.example.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.proposal.Proposal;
import io.github.jiceng.governance.model.proposal.ProposalId;
import io.github.jiceng.governance.model.proposal.Submission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proposal is raised in its grid under the handling policy of {@code application.yml}; left
 * unaccepted past its deadline it is escalated up the platform's grid hierarchy. The answer never
 * carries the resident's content.
 */
class ProposalsTest extends MockMvcPlatform {

  private static Proposal streetLights() {
    return Proposal.builder().id(ProposalId.of("ta-2024-0001")).title("小区东门路灯不亮").content("东门路灯坏了两周，晚上看不清路")
        .grid(GridId.of("nanyuan-g01-c1")).submittedAt(Instant.parse("2024-03-01T01:00:00Z"))
        .submission(new Submission.Direct(PersonId.of("p-resident-1"))).build();
  }

  @Test
  void aRaisedProposalIsReceivedInItsOwnGrid() throws Exception {
    JsonNode view = post("/proposals", streetLights()).expect(200);

    assertThat(view.path("id").asText()).isEqualTo("ta-2024-0001");
    assertThat(view.path("state").asText()).isEqualTo("RECEIVED");
    assertThat(view.path("handlingGrid").asText()).isEqualTo("nanyuan-g01-c1");
    assertThat(view.toString()).doesNotContain("东门路灯坏了");
  }

  @Test
  void aProposalLeftPastItsDeadlineIsEscalatedUpTheHierarchy() throws Exception {
    // RECEIVED has 24 hours, then one level up every 48 hours: by then two levels are due.
    JsonNode view = post("/proposals?assessAt=2024-03-04T02:00:00Z", streetLights()).expect(200);

    assertThat(view.path("state").asText()).isEqualTo("RECEIVED");
    assertThat(view.path("handlingGrid").asText()).isEqualTo("nanyuan");
    List<String> kinds = new ArrayList<>();
    view.path("events").forEach(event -> kinds.add(event.path("kind").asText()));
    assertThat(kinds).containsExactly("SUBMITTED", "ESCALATED", "ESCALATED");
  }
}
