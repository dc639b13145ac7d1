package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.Scenario;
import io.github.jiceng.governance.json.ScenarioSection;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.OutsideYears;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.sim.scenario.ScenarioFiles;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A scenario times volunteer records on mainland China's official calendar unless it says
 * otherwise, and a run the calendar's data does not cover is refused before its first day.
 */
final class ScenarioCalendarTest {

  private static Scenario startingOn(LocalDate start) {
    return SyntheticScenarios.small().with(ScenarioSection.SIMULATION,
        SyntheticScenarios.typicalParameters(start).build());
  }

  @Test
  void theSeedAndTheSyntheticScenariosLeaveTheCalendarToTheOfficialDefault() throws IOException {
    assertThat(SyntheticScenarios.small().section(ScenarioSection.WORKING_CALENDAR)).isEmpty();
    assertThat(ScenarioFiles.read(Path.of("../seeds/jungar-banner/scenario.json"))
        .section(ScenarioSection.WORKING_CALENDAR)).isEmpty();
  }

  @Test
  void aRunReachingBeyondTheCalendarsYearsIsRefusedBeforeItStarts() {
    Scenario late = startingOn(LocalDate.of(2026, 6, 1));
    assertThatThrownBy(() -> Simulator.start(late, 1, 200, SimulationOptions.defaults()))
        .isInstanceOfSatisfying(DomainValidationException.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.field()).isEqualTo("calendar");
              assertThat(v.rule()).isEqualTo("calendar-years");
              assertThat(v.detail()).contains("up to 2027-01-17").contains("2020-2026");
            }));
    assertThat(Simulator.start(late, 1, 183, SimulationOptions.defaults()).done())
        .as("183 days and the month after end on 2026-12-31").isFalse();
    assertThatThrownBy(() -> Simulator.start(startingOn(LocalDate.of(2019, 12, 1)), 1, 30,
        SimulationOptions.defaults())).isInstanceOf(DomainValidationException.class);
  }

  @Test
  void aCallerWhoChoosesWeekendsOnlyOutsideTheYearsMayRunBeyondThem() {
    Scenario planning = startingOn(LocalDate.of(2026, 11, 1)).with(ScenarioSection.WORKING_CALENDAR,
        WorkingCalendars.mainlandChina().withOutsideYears(OutsideYears.WEEKENDS_ONLY));
    SimulationResult r = Simulator.run(planning, 1, 90, SimulationOptions.defaults());
    assertThat(r.daily()).hasSize(90);
    Scenario unbounded = startingOn(LocalDate.of(2030, 1, 1))
        .with(ScenarioSection.WORKING_CALENDAR, WorkingCalendar.weekendsOnly());
    assertThat(Simulator.start(unbounded, 1, 30, SimulationOptions.defaults()).done()).isFalse();
  }

  @Test
  void aScenarioFileKeepsTheCalendarsYearsAndItsChoiceOutsideThem() throws IOException {
    WorkingCalendar chosen = WorkingCalendars.mainlandChina().withOutsideYears(OutsideYears.WEEKENDS_ONLY);
    Scenario s = SyntheticScenarios.small().with(ScenarioSection.WORKING_CALENDAR, chosen);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(s, out);
    Scenario back = GovernanceJson.files().readScenario(new ByteArrayInputStream(out.toByteArray()));
    assertThat(back.section(ScenarioSection.WORKING_CALENDAR)).contains(chosen);
    assertThat(back.section(ScenarioSection.WORKING_CALENDAR).orElseThrow().years())
        .contains(new CalendarYears(2020, 2026));
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    GovernanceJson.files().writeScenario(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }
}
