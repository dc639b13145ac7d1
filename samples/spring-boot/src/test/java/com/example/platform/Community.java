package com.example.platform;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.service.Demand;
import io.github.jiceng.governance.model.service.DemandId;
import io.github.jiceng.governance.model.service.DemandSource;
import io.github.jiceng.governance.model.service.Urgency;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.model.time.Interval;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/** The values the tests send: demands in the platform's grids, and its community file. */
final class Community {

  private Community() {}

  /** Returns a resident's demand for elderly care in a grid, submitted at an instant. */
  static Demand demand(String id, String grid, Instant submittedAt) {
    return demand(id, grid, submittedAt, "elderly-care");
  }

  /** Returns a resident's demand that needs a capability. */
  static Demand demand(String id, String grid, Instant submittedAt, String capability) {
    return Demand.builder().id(DemandId.of(id)).source(DemandSource.RESIDENT).requester(PersonId.of("p-" + id))
        .grid(GridId.of(grid)).category("elderly-care").addRequiredCapabilities(capability)
        .urgency(Urgency.NORMAL).beneficiaries(2)
        .window(Interval.of(submittedAt.plus(Duration.ofDays(2)), submittedAt.plus(Duration.ofDays(9))))
        .pillar(Pillar.SERVICE_SHARING).submittedAt(submittedAt).build();
  }

  /** Returns the community file the platform starts from, as a client could read it. */
  static Scenario file() {
    try (InputStream in = Community.class.getResourceAsStream("/platform/community.json")) {
      return GovernanceJson.files().readScenario(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
