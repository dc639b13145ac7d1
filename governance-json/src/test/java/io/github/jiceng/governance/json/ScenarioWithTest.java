package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.checkin.CheckInPolicy;
import io.github.jiceng.governance.model.proposal.HandlingPolicy;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A scenario with one section changed is the same scenario but for that section: the way a
 * caller varies one policy of the one scenario type, and the file it writes says so.
 */
final class ScenarioWithTest {

  private static final Scenario PRACTICE = PracticeScenario.scenario();

  @Test
  void replacingASectionChangesThatSectionOnly() {
    WorkingCalendar weekends = WorkingCalendar.weekendsOnly();
    Scenario changed = PRACTICE.with(ScenarioSection.WORKING_CALENDAR, weekends);

    assertThat(changed.section(ScenarioSection.WORKING_CALENDAR)).contains(weekends);
    assertThat(changed).isNotEqualTo(PRACTICE);
    for (ScenarioSection<?> s : ScenarioSection.values()) {
      if (s != ScenarioSection.WORKING_CALENDAR) {
        assertThat(changed.section(s)).as("section %s", s).isEqualTo(PRACTICE.section(s));
      }
    }
    assertThat(changed.with(ScenarioSection.WORKING_CALENDAR,
        PRACTICE.section(ScenarioSection.WORKING_CALENDAR).orElseThrow())).isEqualTo(PRACTICE);
  }

  @Test
  void anAbsentSectionIsAddedAndWrittenInItsPlace() throws IOException {
    Scenario bare = Scenario.builder().section(ScenarioSection.HIERARCHY, PRACTICE.hierarchy())
        .section(ScenarioSection.CHECK_IN_POLICY, CheckInPolicy.defaults()).build();
    Scenario withHandling = bare.with(ScenarioSection.HANDLING_POLICY, HandlingPolicy.streetDefault());

    assertThat(bare.section(ScenarioSection.HANDLING_POLICY)).isEmpty();
    assertThat(withHandling.section(ScenarioSection.HANDLING_POLICY)).contains(HandlingPolicy.streetDefault());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(withHandling, out);
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text.indexOf("\"checkInPolicy\"")).isPositive().isLessThan(text.indexOf("\"handlingPolicy\""));
    Scenario back = GovernanceJson.files().readScenario(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.section(ScenarioSection.HANDLING_POLICY)).contains(HandlingPolicy.streetDefault());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void theScenarioItWasMadeFromStaysAsItWas() {
    WorkingCalendar before = PRACTICE.section(ScenarioSection.WORKING_CALENDAR).orElseThrow();
    Scenario changed = PRACTICE.with(ScenarioSection.WORKING_CALENDAR, WorkingCalendar.weekendsOnly());

    assertThat(PRACTICE.section(ScenarioSection.WORKING_CALENDAR)).contains(before);
    assertThat(changed.section(ScenarioSection.WORKING_CALENDAR)).contains(WorkingCalendar.weekendsOnly());
    assertThatThrownBy(() -> PRACTICE.with(ScenarioSection.WORKING_CALENDAR, null))
        .isInstanceOf(NullPointerException.class);
  }
}
