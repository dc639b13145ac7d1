package io.github.jiceng.governance.seeds;

import io.github.jiceng.governance.json.FundSetup;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.json.Taxonomies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The seed scenario file {@code seeds/jungar-banner/scenario.json}: {@link ArticleData} as a
 * {@link Scenario}, section by section, and back.
 */
final class SeedScenario {

  /** The committed file, from the governance-sim module's directory. */
  static final Path FILE = Path.of("..", "seeds", "jungar-banner", "scenario.json");

  private SeedScenario() {}

  /** Returns the data as a scenario, one section each, policies stated rather than left to defaults. */
  static Scenario scenario(ArticleData d) {
    return Scenario.builder()
        .section(ScenarioSection.HIERARCHY, d.hierarchy())
        .section(ScenarioSection.TAXONOMY, new Taxonomies(d.oneCoreFiveCo(), d.oneLeadFourIntegrations()))
        .section(ScenarioSection.ROSTER, d.roster())
        .section(ScenarioSection.STAFFING_POLICY, d.staffing())
        .section(ScenarioSection.AUTHORITY_POLICY, d.authority())
        .section(ScenarioSection.RESOURCES, List.copyOf(d.fiveLists().resources()))
        .section(ScenarioSection.CHANNEL_POLICY, d.channelPolicy())
        .section(ScenarioSection.SCORE_WEIGHTS, d.scoreWeights())
        .section(ScenarioSection.DEADLINE_POLICY, d.deadlinePolicy())
        .section(ScenarioSection.SERVICE_CHAIN, d.fiveLists())
        .section(ScenarioSection.VENUES, d.venues())
        .section(ScenarioSection.SPACE_GRANTS, d.spaceGrants())
        .section(ScenarioSection.POINTS_POLICY, d.pointsPolicy())
        .section(ScenarioSection.SERVICE_CATALOGUE, d.serviceCatalogue())
        .section(ScenarioSection.CHECK_IN_POLICY, d.checkInPolicy())
        .section(ScenarioSection.CHECK_INS, d.checkIns())
        .section(ScenarioSection.ASSESSMENT_SCHEMES, d.assessmentSchemes())
        .section(ScenarioSection.FUND, new FundSetup(d.fund(), d.fundPolicy()))
        .section(ScenarioSection.FUND_PLEDGES, d.fundPledges())
        .section(ScenarioSection.FUND_ENTRIES, d.fundEntries())
        .section(ScenarioSection.CLUES, d.clues())
        .section(ScenarioSection.HANDLING_POLICY, d.handlingPolicy())
        .section(ScenarioSection.PROPOSALS, d.proposals())
        .section(ScenarioSection.MAJOR_AFFAIRS, d.majorAffairs())
        .section(ScenarioSection.JOINT_MEETINGS, d.jointMeetings())
        .section(ScenarioSection.CO_BUILDING_AGREEMENTS, d.coBuildingAgreements())
        .section(ScenarioSection.PATROLS, d.pillars().patrols())
        .section(ScenarioSection.INCIDENTS, d.pillars().incidents())
        .section(ScenarioSection.DEPUTY_CONTACTS, d.pillars().contacts())
        .section(ScenarioSection.AFFAIR_PROJECTS, d.pillars().affairProjects())
        .build();
  }

  /** Returns the data of a scenario that has every section {@link #scenario} writes. */
  static ArticleData data(Scenario s) {
    Taxonomies taxonomies = s.section(ScenarioSection.TAXONOMY).orElseThrow();
    FundSetup fund = s.section(ScenarioSection.FUND).orElseThrow();
    return new ArticleData(
        s.hierarchy(),
        s.section(ScenarioSection.ROSTER).orElseThrow(),
        s.section(ScenarioSection.STAFFING_POLICY).orElseThrow(),
        s.section(ScenarioSection.AUTHORITY_POLICY).orElseThrow(),
        taxonomies.oneCoreFiveCo(),
        taxonomies.oneLeadFourIntegrations(),
        s.section(ScenarioSection.SERVICE_CHAIN).orElseThrow(),
        s.section(ScenarioSection.CHANNEL_POLICY).orElseThrow(),
        s.section(ScenarioSection.SCORE_WEIGHTS).orElseThrow(),
        s.section(ScenarioSection.DEADLINE_POLICY).orElseThrow(),
        s.section(ScenarioSection.POINTS_POLICY).orElseThrow(),
        s.section(ScenarioSection.SERVICE_CATALOGUE).orElseThrow(),
        s.section(ScenarioSection.CHECK_IN_POLICY).orElseThrow(),
        s.section(ScenarioSection.CHECK_INS).orElseThrow(),
        s.section(ScenarioSection.ASSESSMENT_SCHEMES).orElseThrow(),
        s.section(ScenarioSection.JOINT_MEETINGS).orElseThrow(),
        s.section(ScenarioSection.MAJOR_AFFAIRS).orElseThrow(),
        fund.fund(),
        fund.policy(),
        s.section(ScenarioSection.FUND_ENTRIES).orElseThrow(),
        s.section(ScenarioSection.CLUES).orElseThrow(),
        s.section(ScenarioSection.HANDLING_POLICY).orElseThrow(),
        s.section(ScenarioSection.PROPOSALS).orElseThrow(),
        s.section(ScenarioSection.VENUES).orElseThrow(),
        s.section(ScenarioSection.SPACE_GRANTS).orElseThrow(),
        s.section(ScenarioSection.FUND_PLEDGES).orElseThrow(),
        s.section(ScenarioSection.CO_BUILDING_AGREEMENTS).orElseThrow(),
        new ArticlePillars(s.section(ScenarioSection.PATROLS).orElseThrow(),
            s.section(ScenarioSection.INCIDENTS).orElseThrow(), s.section(ScenarioSection.DEPUTY_CONTACTS).orElseThrow(),
            s.section(ScenarioSection.AFFAIR_PROJECTS).orElseThrow()));
  }

  /** Returns the bytes {@link GovernanceJson#writeScenario} writes for the scenario. */
  static byte[] bytes(Scenario s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      GovernanceJson.files().writeScenario(s, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Reads the committed file. */
  static Scenario read() throws IOException {
    try (InputStream in = Files.newInputStream(FILE)) {
      return GovernanceJson.files().readScenario(in);
    }
  }
}
