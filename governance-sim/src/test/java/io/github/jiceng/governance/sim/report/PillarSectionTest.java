package io.github.jiceng.governance.sim.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.clue.ClueCase;
import io.github.jiceng.governance.model.grid.GridId;
import io.github.jiceng.governance.model.post.Roster;
import io.github.jiceng.governance.model.shared.Language;
import io.github.jiceng.governance.model.taxonomy.Pillar;
import io.github.jiceng.governance.rules.clue.ClueRegister;
import io.github.jiceng.governance.rules.pillar.Figure;
import io.github.jiceng.governance.rules.pillar.PillarRecords;
import io.github.jiceng.governance.rules.pillar.PillarScorecard;
import io.github.jiceng.governance.sim.engine.SimulationOptions;
import io.github.jiceng.governance.sim.engine.SimulationResult;
import io.github.jiceng.governance.sim.engine.Simulator;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pillar scorecard in the main job's report, on the seed scenario and on the seed without its pillar records. */
class PillarSectionTest {

  private static final Path SEED = Path.of("..", "seeds", "jungar-banner", "scenario.json");
  private static final Set<ScenarioSection<?>> PILLAR_SECTIONS = Set.of(ScenarioSection.PATROLS,
      ScenarioSection.INCIDENTS, ScenarioSection.DEPUTY_CONTACTS, ScenarioSection.AFFAIR_PROJECTS);

  private static Scenario seed;
  private static SimulationReport report;

  @BeforeAll
  static void runTheSeed() throws IOException {
    seed = ScenarioFiles.read(SEED);
    report = SimulationReport.of(Simulator.run(seed, 1, 60, SimulationOptions.defaults()));
  }

  @Test
  void theSeedsScorecardsAreThoseOfPillarScorecardOnTheScenariosAndTheRunsRecords() {
    SimulationResult r = report.result();
    PillarSection section = PillarSection.of(report);
    List<ClueCase> clues = new ArrayList<>();
    for (ClueRegister register : r.clues()) {
      clues.addAll(register.cases());
    }
    PillarRecords records = PillarRecords.builder()
        .meetings(seed.section(ScenarioSection.JOINT_MEETINGS).orElseThrow())
        .affairs(seed.section(ScenarioSection.MAJOR_AFFAIRS).orElseThrow())
        .patrols(seed.section(ScenarioSection.PATROLS).orElseThrow())
        .incidents(seed.section(ScenarioSection.INCIDENTS).orElseThrow())
        .contacts(seed.section(ScenarioSection.DEPUTY_CONTACTS).orElseThrow())
        .clues(clues).lists(r.fiveLists()).points(r.pointsEntries()).build();
    Roster roster = seed.section(ScenarioSection.ROSTER).orElseThrow();
    assertThat(section.scorecards()).isNotEmpty();
    assertThat(section.period().start()).isBefore(r.period().start());
    assertThat(section.period().end()).isEqualTo(r.period().end());
    for (PillarScorecard card : section.scorecards()) {
      assertThat(card).isEqualTo(PillarScorecard.of(seed.hierarchy(), card.community(), section.period(),
          r.parameters().zone(), roster, records));
    }
  }

  @Test
  void noPillarOfTheSeedsCommunitiesWithRecordsIsFlagged() {
    PillarSection section = PillarSection.of(report);
    for (PillarScorecard card : section.scorecards()) {
      assertThat(card.rows()).hasSize(5);
      for (PillarScorecard.Row row : card.rows()) {
        if (row.unrecorded()) {
          assertThat(row.records()).as("%s %s", card.community(), row.pillar()).isZero();
        }
      }
    }
    PillarScorecard zhanbei = card(section, "zhanbei");
    // the seed links no deputy to 站北社区 and puts no major affair there: 大事共议 has no record to count
    assertThat(zhanbei.unrecorded()).as("站北社区").containsExactly(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
    assertThat(zhanbei.figure(Figure.DEPUTIES)).isZero();
    assertThat(zhanbei.figure(Figure.COVERAGE_PER_MILLE)).isEqualTo(1000);
    assertThat(zhanbei.figure(Figure.MEETINGS)).isEqualTo(4);
    PillarScorecard nanyuan = card(section, "nanyuan");
    assertThat(nanyuan.figure(Figure.CONTACTS)).isEqualTo(36);
    assertThat(nanyuan.figure(Figure.PATROLS)).isEqualTo(4 * 52);
    assertThat(nanyuan.row(Pillar.SAFETY_CO_MANAGEMENT).orElseThrow().unrecorded()).isFalse();
    assertThat(nanyuan.row(Pillar.MAJOR_AFFAIRS_CO_DELIBERATION).orElseThrow().unrecorded()).isFalse();
  }

  @Test
  void aScenarioWithoutThePillarSectionsFlagsSafetyAndDeliberationInEveryCommunity() {
    Scenario.Builder b = Scenario.builder();
    for (ScenarioSection<?> s : ScenarioSection.values()) {
      if (!PILLAR_SECTIONS.contains(s)) {
        copy(seed, s, b);
      }
    }
    SimulationReport bare = SimulationReport.of(Simulator.run(b.build(), 1, 60, SimulationOptions.defaults()));
    PillarSection section = PillarSection.of(bare);
    assertThat(section.scorecards()).isNotEmpty();
    for (PillarScorecard card : section.scorecards()) {
      assertThat(card.unrecorded()).as("%s", card.community())
          .contains(Pillar.SAFETY_CO_MANAGEMENT, Pillar.MAJOR_AFFAIRS_CO_DELIBERATION);
      assertThat(card.figure(Figure.PATROLS) + card.figure(Figure.CONTACTS) + card.figure(Figure.INCIDENTS)).isZero();
    }
    String text = TextReport.render(bare, Language.EN);
    assertThat(text).contains("五共计分卡 The pillar scorecard").contains("[no records]");
  }

  @Test
  void theJsonTextAndHtmlShowTheSectionsFigures() throws IOException {
    PillarSection section = PillarSection.of(report);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReport.write(report, out);
    JsonNode json = new ObjectMapper().readTree(out.toByteArray()).at(PillarSection.POINTER);
    assertThat(json.at("/start").asText()).isEqualTo(section.period().start().toString());
    assertThat(json.at("/unrecorded").asInt()).isEqualTo(section.unrecorded());
    String html = HtmlReport.render(report, Language.EN);
    String zh = TextReport.render(report, Language.ZH);
    for (int i = 0; i < section.scorecards().size(); i++) {
      PillarScorecard card = section.scorecards().get(i);
      JsonNode c = json.at("/communities/" + i);
      assertThat(c.at("/grid").asText()).isEqualTo(card.community().value());
      for (int j = 0; j < card.rows().size(); j++) {
        PillarScorecard.Row row = card.rows().get(j);
        assertThat(c.at("/pillars/" + j + "/pillar").asText()).isEqualTo(row.pillar().key());
        assertThat(c.at("/pillars/" + j + "/unrecorded").asBoolean()).isEqualTo(row.unrecorded());
        for (Figure f : row.figures().keySet()) {
          String at = "/communities/" + i + "/pillars/" + j + "/figures/" + f.name();
          assertThat(json.at(at).asLong()).as(at).isEqualTo(row.figure(f));
          assertThat(html).contains("data-pointer=\"" + PillarSection.POINTER + at + "\">" + row.figure(f) + "<");
        }
      }
    }
    assertThat(zh).contains("五共计分卡").contains("巡逻覆盖率（‰） 1,000");
  }

  private static PillarScorecard card(PillarSection section, String community) {
    return section.scorecards().stream().filter(c -> c.community().equals(GridId.of(community))).findFirst()
        .orElseThrow(() -> new AssertionError("no scorecard of " + community + " in " + section.scorecards().stream()
            .map(PillarScorecard::community).toList()));
  }

  private static <T> void copy(Scenario from, ScenarioSection<T> section, Scenario.Builder to) {
    from.section(section).ifPresent(v -> to.section(section, v));
  }
}
