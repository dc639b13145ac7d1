package io.github.jiceng.governance.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Working days are weekdays less holidays plus make-up working days, and counting agrees with them. */
final class WorkingCalendarTest {

  @Test
  void weekendsHolidaysAndMakeUpDays() {
    WorkingCalendar c = WorkingCalendar.weekendsOnly()
        .withHolidays(Set.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)))
        .withWorkingDays(Set.of(LocalDate.of(2024, 9, 29)));
    assertThat(c.isWorkingDay(LocalDate.of(2024, 9, 28))).as("a Saturday").isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2024, 9, 29))).as("a Sunday made a working day").isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2024, 10, 1))).as("a holiday on a Tuesday").isFalse();
    assertThat(c.isWorkingDay(LocalDate.of(2024, 10, 3))).isTrue();
    assertThat(c.plusWorkingDays(LocalDate.of(2024, 9, 27), 3)).isEqualTo(LocalDate.of(2024, 10, 3));
  }

  @Test
  void aDayCannotBeBothAHolidayAndAWorkingDay() {
    assertThatThrownBy(() -> WorkingCalendar.weekendsOnly().withHolidays(Set.of(LocalDate.of(2024, 5, 1)))
        .withWorkingDays(Set.of(LocalDate.of(2024, 5, 1))))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("holiday-or-working-day");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed={0}")
  @MethodSource("seeds")
  void countingForwardAndCountingBetweenAgree(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<DayOfWeek> weekend = new HashSet<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      if (weekend.size() < 5 && random.nextInt(4) == 0) {
        weekend.add(d);
      }
    }
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> working = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      LocalDate d = from.plusDays(random.nextInt(120));
      if (random.nextBoolean()) {
        holidays.add(d);
      } else if (!holidays.contains(d)) {
        working.add(d);
      }
    }
    working.removeAll(holidays);
    WorkingCalendar c = WorkingCalendar.withWeekend(weekend).withHolidays(holidays).withWorkingDays(working);
    int n = 1 + random.nextInt(30);
    LocalDate nth = c.plusWorkingDays(from, n);
    assertThat(c.isWorkingDay(nth)).as("seed %s", seed).isTrue();
    assertThat(c.workingDaysAfter(from, nth)).as("seed %s", seed).isEqualTo(n);
    assertThat(c.workingDaysAfter(from, nth.minusDays(1))).as("seed %s", seed).isEqualTo(n - 1);
  }
}
