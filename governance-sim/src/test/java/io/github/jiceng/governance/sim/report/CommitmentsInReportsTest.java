package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.model.cobuilding.CoBuildingAgreement;
import io.github.jiceng.governance.model.money.Money;
import io.github.jiceng.governance.model.venue.SpaceGrant;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed year's commitments — pledges outstanding, the space-for-service ledgers, the
 * co-building agreements' reviews and the integrations' coverage — are what the run's rules left,
 * and the text, JSON and HTML reports show them; a run without any shows no such section.
 */
final class CommitmentsInReportsTest {

  private static final Path SEED_FILE = Path.of("..", "seeds", "jungar-banner", "scenario.json");

  private static SimulationResult seed;
  private static SimulationReport report;

  @BeforeAll
  static void simulateTheSeedYear() throws IOException {
    seed = Simulator.run(ScenarioFiles.read(SEED_FILE), 1L, 365, SimulationOptions.defaults());
    report = SimulationReport.of(seed);
  }

  private static JsonNode json(SimulationReport r) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(r, out);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void pledgesOutstandingAreThePledgedLessWhatDonationsNamingThemPaid() {
    Commitments c = report.commitments();
    assertThat(c.pledged()).isEqualTo(Money.ofYuan("3130000"));
    assertThat(c.outstanding()).isEqualTo(c.pledged().minus(c.pledgePaid()))
        .isLessThanOrEqualTo(Money.ofYuan("18400"));
    assertThat(c.pledges()).allSatisfy(p -> assertThat(p.outstanding().isZero()).isFalse());
  }

  @Test
  void eachGrantShowsItsServiceOwedAgainstItsServiceDelivered() {
    Commitments c = report.commitments();
    assertThat(c.spaceGrants()).hasSize(2);
    for (Commitments.SpaceLine l : c.spaceGrants()) {
      SpaceGrant g = seed.spaceLedgers().stream().map(x -> x.grant().orElseThrow())
          .filter(x -> x.id().equals(l.grant())).findFirst().orElseThrow();
      assertThat(l.standing().owed()).isEqualTo(g.totalOwed());
      assertThat(l.standing().delivered()).isPositive();
      assertThat(l.standing().behind()).isEqualTo(l.standing().shortfall().compareTo(l.standing().grace()) > 0);
    }
    long deliveries = seed.spaceLedgers().stream().mapToLong(x -> x.deliveries().size()).sum();
    assertThat(seed.eventsByKind().get(EventKind.SPACE_SERVICE_DELIVERED)).isEqualTo(deliveries);
  }

  @Test
  void everyAgreementIsReviewedByTheJointMeetingsAndFedBack() {
    Commitments c = report.commitments();
    assertThat(c.agreements()).hasSize(9).allSatisfy(a -> {
      assertThat(a.reviews()).isPositive();
      assertThat(a.latest()).isPresent();
    });
    assertThat(c.agreements()).anySatisfy(a -> assertThat(a.kind()).isEqualTo(CoBuildingAgreement.Kind.PARTY_MEMBER));
    assertThat(seed.eventsByKind().get(EventKind.AGREEMENT_REVIEWED))
        .isEqualTo(seed.eventsByKind().get(EventKind.AGREEMENT_FED_BACK))
        .isEqualTo(c.agreements().stream().mapToLong(Commitments.AgreementLine::reviews).sum());
    assertThat(c.coverage()).extracting(cov -> cov.community().value()).containsExactly("nanyuan", "zhanbei");
    assertThat(c.coverage().get(1).uncovered()).as("站北社区 serves all four integrations").isEmpty();
    assertThat(c.coverage().get(0).uncovered()).as("南苑社区 has no party member's report").isNotEmpty();
  }

  @Test
  void theThreeRenderingsShowTheSameCommitments() throws IOException {
    Commitments c = report.commitments();
    String text = TextReport.render(report);
    assertThat(text).contains("认领（不计入余额）").contains("zhanbei-kangyang-2024").contains("共建协议（双报到）：9份");
    JsonNode json = json(report);
    JsonNode commitments = json.get("commitments");
    assertThat(commitments.at("/pledges/outstandingFen").asLong()).isEqualTo(c.outstanding().fen());
    assertThat(commitments.at("/spaceGrants/1/owedMinutes").asLong())
        .isEqualTo(c.spaceGrants().get(1).standing().owed().toMinutes());
    assertThat(commitments.get("agreements")).hasSize(9);
    assertThat(HtmlReport.render(report)).contains("/commitments/spaceGrants/0/owedMinutes");
    assertThat(Duration.ofMinutes(commitments.at("/spaceGrants/0/graceMinutes").asLong()))
        .isEqualTo(c.spaceGrants().get(0).standing().grace());
  }

  @Test
  void aRunWithoutPledgesGrantsOrAgreementsShowsNoSuchSection() throws IOException {
    SimulationReport small = SimulationReport.of(Simulator.run(SyntheticScenarios.small(), 42L, 30,
        SimulationOptions.defaults()));
    assertThat(small.commitments().isEmpty()).isTrue();
    assertThat(TextReport.render(small)).doesNotContain("认领（不计入余额）").doesNotContain("共建协议");
    assertThat(json(small).at("/commitments/spaceGrants")).isEmpty();
  }
}
