package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.pillar.AffairProject;
import io.github.jiceng.governance.model.pillar.DeputyContact;
import io.github.jiceng.governance.model.pillar.Incident;
import io.github.jiceng.governance.model.pillar.Patrol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The pillars' record sections of a scenario file: patrols, incidents, deputies' contacts, affair projects. */
class PillarSectionsRoundTripTest {

  private static final int SEEDS = 200;

  @Test
  void scenariosWithThePillarSectionsReadBackAsWrittenOverManySeeds() throws IOException {
    for (long seed = 0; seed < SEEDS; seed++) {
      Random r = new Random(seed);
      Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(seed))
          .section(ScenarioSection.PATROLS, some(r, Patrol.class))
          .section(ScenarioSection.INCIDENTS, some(r, Incident.class))
          .section(ScenarioSection.DEPUTY_CONTACTS, some(r, DeputyContact.class))
          .section(ScenarioSection.AFFAIR_PROJECTS, some(r, AffairProject.class))
          .build();
      byte[] bytes = SampleFiles.write(s);
      Scenario back = SampleFiles.readScenario(bytes);
      for (ScenarioSection<?> section : List.of(ScenarioSection.PATROLS, ScenarioSection.INCIDENTS,
          ScenarioSection.DEPUTY_CONTACTS, ScenarioSection.AFFAIR_PROJECTS)) {
        assertThat(back.section(section)).as("seed %d, section %s", seed, section).isEqualTo(s.section(section))
            .isPresent();
      }
      assertThat(SampleFiles.write(back)).as("seed %d, written again", seed).isEqualTo(bytes);
    }
  }

  @Test
  void theSectionsComeLastInTheFileUnderTheirNames() throws IOException {
    Random r = new Random(7);
    Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(7))
        .section(ScenarioSection.AFFAIR_PROJECTS, some(r, AffairProject.class))
        .section(ScenarioSection.PATROLS, some(r, Patrol.class))
        .build();
    String text = new String(SampleFiles.write(s), StandardCharsets.UTF_8);
    assertThat(text).contains("\"patrols\"", "\"affairProjects\"");
    assertThat(text.indexOf("\"patrols\"")).isLessThan(text.indexOf("\"affairProjects\""))
        .isGreaterThan(text.indexOf("\"hierarchy\""));
    assertThat(ScenarioSection.values().subList(ScenarioSection.values().size() - 4, ScenarioSection.values().size()))
        .containsExactly(ScenarioSection.PATROLS, ScenarioSection.INCIDENTS, ScenarioSection.DEPUTY_CONTACTS,
            ScenarioSection.AFFAIR_PROJECTS);
  }

  @Test
  void aScenarioWithoutTheSectionsReadsBackWithoutThemAndDefaultsToNoRecords() throws IOException {
    Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(3)).build();
    byte[] bytes = SampleFiles.write(s);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Scenario back = SampleFiles.readScenario(bytes);
    for (ScenarioSection<?> section : List.of(ScenarioSection.PATROLS, ScenarioSection.INCIDENTS,
        ScenarioSection.DEPUTY_CONTACTS, ScenarioSection.AFFAIR_PROJECTS)) {
      assertThat(text).doesNotContain("\"" + section.name() + "\"");
      assertThat(back.section(section)).as("%s", section).isEmpty();
      assertThat(back.sectionOrDefault(section).map(Object.class::cast)).as("%s", section).hasValue(List.of());
    }
  }

  @Test
  void emptySectionsAreWrittenAndReadBackEmpty() throws IOException {
    Scenario s = Scenario.builder().section(ScenarioSection.HIERARCHY, SampleFiles.hierarchy(5))
        .section(ScenarioSection.INCIDENTS, List.of()).build();
    Scenario back = SampleFiles.readScenario(SampleFiles.write(s));
    assertThat(back.section(ScenarioSection.INCIDENTS)).contains(List.of());
  }

  private static <T> List<T> some(Random r, Class<T> type) {
    Function<Random, ?> generate = FeatureSamples.all().stream().filter(x -> x.type().equals(type)).findFirst()
        .orElseThrow().generate();
    List<T> out = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      out.add(type.cast(generate.apply(r)));
    }
    return out;
  }
}
