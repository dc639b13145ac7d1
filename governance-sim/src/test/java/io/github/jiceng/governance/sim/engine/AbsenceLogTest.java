package io.github.jiceng.governance.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.sim.model.EventKind;
import io.github.jiceng.governance.sim.model.SimulationEvent;
import io.github.jiceng.governance.sim.scenario.SyntheticScenarios;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The log says the last day a holder is away, and the holder acts again the day after it. */
final class AbsenceLogTest {

  private static final Pattern THROUGH = Pattern.compile("(\\S+) is away \\(\\w+\\) through (\\d{4}-\\d{2}-\\d{2})");

  @Test
  void nobodyActsOnADayTheLogSaysTheyAreAwayAndSomeActAgainTheDayAfter() {
    SimulationResult r = Simulator.run(SyntheticScenarios.small(), 3L, 120, SimulationOptions.defaults());
    java.time.ZoneId zone = r.parameters().zone();
    List<SimulationEvent> log = r.events();
    int backTheDayAfter = 0;
    int absences = 0;
    for (SimulationEvent e : log) {
      Matcher m = e.kind() == EventKind.ABSENCE_STARTED ? THROUGH.matcher(e.detail()) : null;
      if (m == null || !m.find()) {
        continue;
      }
      absences++;
      String person = m.group(1);
      LocalDate from = LocalDate.ofInstant(e.at(), zone);
      LocalDate through = LocalDate.parse(m.group(2));
      for (SimulationEvent a : log) {
        if (a.kind() != EventKind.ACTING_CHANGED || !a.detail().startsWith(person + " acts on post ")) {
          continue;
        }
        LocalDate day = LocalDate.ofInstant(a.at(), zone);
        assertThat(day.isBefore(from) || day.isAfter(through)).as("%s acts on %s, away %s through %s", person, day,
            from, through).isTrue();
        backTheDayAfter += day.equals(through.plusDays(1)) ? 1 : 0;
      }
    }
    assertThat(absences).isPositive();
    assertThat(backTheDayAfter).isPositive();
  }
}
