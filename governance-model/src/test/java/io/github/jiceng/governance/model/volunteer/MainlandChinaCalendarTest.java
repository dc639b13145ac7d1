package io.github.jiceng.governance.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mainland China's calendar agrees, year by year, with the State Council's notices as written out
 * here by hand from their published text: every holiday period, every make-up working day, every
 * day of the year and the year's number of working days.
 */
final class MainlandChinaCalendarTest {

  /** One holiday period as a notice states it. */
  record Period(String name, LocalDate first, LocalDate last) {}

  /** One year as its notices state it, with the year's working days counted by hand. */
  record Arrangement(int year, List<String> numbers, List<LocalDate> published, List<String> titles,
      List<Period> periods, List<LocalDate> makeUpDays, int workingDays) {
    @Override
    public String toString() {
      return Integer.toString(year);
    }
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static Period p(String name, LocalDate first, LocalDate last) {
    return new Period(name, first, last);
  }

  static Stream<Arrangement> years() {
    return Stream.of(
        // 国办发明电〔2019〕16号, amended by 国办发明电〔2020〕1号: the Spring Festival extended to
        // Sunday 2 February, so Friday 31 January and Saturday 1 February (first a make-up day) are off.
        new Arrangement(2020, List.of("国办发明电〔2019〕16号", "国办发明电〔2020〕1号"),
            List.of(d(2019, 11, 21), d(2020, 1, 26)),
            List.of("国务院办公厅关于2020年部分节假日安排的通知", "国务院办公厅关于延长2020年春节假期的通知"),
            List.of(p("元旦", d(2020, 1, 1), d(2020, 1, 1)), p("春节", d(2020, 1, 24), d(2020, 1, 30)),
                p("清明节", d(2020, 4, 4), d(2020, 4, 6)), p("劳动节", d(2020, 5, 1), d(2020, 5, 5)),
                p("端午节", d(2020, 6, 25), d(2020, 6, 27)), p("国庆节、中秋节", d(2020, 10, 1), d(2020, 10, 8)),
                p("春节（延长）", d(2020, 1, 31), d(2020, 2, 2))),
            List.of(d(2020, 1, 19), d(2020, 4, 26), d(2020, 5, 9), d(2020, 6, 28), d(2020, 9, 27), d(2020, 10, 10)),
            249),
        new Arrangement(2021, List.of("国办发明电〔2020〕27号"), List.of(d(2020, 11, 25)),
            List.of("国务院办公厅关于2021年部分节假日安排的通知"),
            List.of(p("元旦", d(2021, 1, 1), d(2021, 1, 3)), p("春节", d(2021, 2, 11), d(2021, 2, 17)),
                p("清明节", d(2021, 4, 3), d(2021, 4, 5)), p("劳动节", d(2021, 5, 1), d(2021, 5, 5)),
                p("端午节", d(2021, 6, 12), d(2021, 6, 14)), p("中秋节", d(2021, 9, 19), d(2021, 9, 21)),
                p("国庆节", d(2021, 10, 1), d(2021, 10, 7))),
            List.of(d(2021, 2, 7), d(2021, 2, 20), d(2021, 4, 25), d(2021, 5, 8), d(2021, 9, 18), d(2021, 9, 26),
                d(2021, 10, 9)),
            250),
        new Arrangement(2022, List.of("国办发明电〔2021〕11号"), List.of(d(2021, 10, 25)),
            List.of("国务院办公厅关于2022年部分节假日安排的通知"),
            List.of(p("元旦", d(2022, 1, 1), d(2022, 1, 3)), p("春节", d(2022, 1, 31), d(2022, 2, 6)),
                p("清明节", d(2022, 4, 3), d(2022, 4, 5)), p("劳动节", d(2022, 4, 30), d(2022, 5, 4)),
                p("端午节", d(2022, 6, 3), d(2022, 6, 5)), p("中秋节", d(2022, 9, 10), d(2022, 9, 12)),
                p("国庆节", d(2022, 10, 1), d(2022, 10, 7))),
            List.of(d(2022, 1, 29), d(2022, 1, 30), d(2022, 4, 2), d(2022, 4, 24), d(2022, 5, 7), d(2022, 10, 8),
                d(2022, 10, 9)),
            249),
        new Arrangement(2023, List.of("国办发明电〔2022〕16号"), List.of(d(2022, 12, 8)),
            List.of("国务院办公厅关于2023年部分节假日安排的通知"),
            List.of(p("元旦", d(2022, 12, 31), d(2023, 1, 2)), p("春节", d(2023, 1, 21), d(2023, 1, 27)),
                p("清明节", d(2023, 4, 5), d(2023, 4, 5)), p("劳动节", d(2023, 4, 29), d(2023, 5, 3)),
                p("端午节", d(2023, 6, 22), d(2023, 6, 24)), p("中秋节、国庆节", d(2023, 9, 29), d(2023, 10, 6))),
            List.of(d(2023, 1, 28), d(2023, 1, 29), d(2023, 4, 23), d(2023, 5, 6), d(2023, 6, 25), d(2023, 10, 7),
                d(2023, 10, 8)),
            249),
        new Arrangement(2024, List.of("国办发明电〔2023〕7号"), List.of(d(2023, 10, 25)),
            List.of("国务院办公厅关于2024年部分节假日安排的通知"),
            List.of(p("元旦", d(2024, 1, 1), d(2024, 1, 1)), p("春节", d(2024, 2, 10), d(2024, 2, 17)),
                p("清明节", d(2024, 4, 4), d(2024, 4, 6)), p("劳动节", d(2024, 5, 1), d(2024, 5, 5)),
                p("端午节", d(2024, 6, 10), d(2024, 6, 10)), p("中秋节", d(2024, 9, 15), d(2024, 9, 17)),
                p("国庆节", d(2024, 10, 1), d(2024, 10, 7))),
            List.of(d(2024, 2, 4), d(2024, 2, 18), d(2024, 4, 7), d(2024, 4, 28), d(2024, 5, 11), d(2024, 9, 14),
                d(2024, 9, 29), d(2024, 10, 12)),
            251),
        new Arrangement(2025, List.of("国办发明电〔2024〕12号"), List.of(d(2024, 11, 12)),
            List.of("国务院办公厅关于2025年部分节假日安排的通知"),
            List.of(p("元旦", d(2025, 1, 1), d(2025, 1, 1)), p("春节", d(2025, 1, 28), d(2025, 2, 4)),
                p("清明节", d(2025, 4, 4), d(2025, 4, 6)), p("劳动节", d(2025, 5, 1), d(2025, 5, 5)),
                p("端午节", d(2025, 5, 31), d(2025, 6, 2)), p("国庆节、中秋节", d(2025, 10, 1), d(2025, 10, 8))),
            List.of(d(2025, 1, 26), d(2025, 2, 8), d(2025, 4, 27), d(2025, 9, 28), d(2025, 10, 11)),
            248),
        new Arrangement(2026, List.of("国办发明电〔2025〕7号"), List.of(d(2025, 11, 4)),
            List.of("国务院办公厅关于2026年部分节假日安排的通知"),
            List.of(p("元旦", d(2026, 1, 1), d(2026, 1, 3)), p("春节", d(2026, 2, 15), d(2026, 2, 23)),
                p("清明节", d(2026, 4, 4), d(2026, 4, 6)), p("劳动节", d(2026, 5, 1), d(2026, 5, 5)),
                p("端午节", d(2026, 6, 19), d(2026, 6, 21)), p("中秋节", d(2026, 9, 25), d(2026, 9, 27)),
                p("国庆节", d(2026, 10, 1), d(2026, 10, 7))),
            List.of(d(2026, 1, 4), d(2026, 2, 14), d(2026, 2, 28), d(2026, 5, 9), d(2026, 9, 20), d(2026, 10, 10)),
            248));
  }

  private static boolean inAPeriod(Arrangement a, LocalDate day) {
    return a.periods().stream().anyMatch(p -> !day.isBefore(p.first()) && !day.isAfter(p.last()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void theNoticesOfTheYearAreShippedWithTheirTitleNumberAndDate(Arrangement a) {
    List<HolidayNotice> notices = WorkingCalendars.mainlandChinaNotices().stream().filter(n -> n.year() == a.year())
        .toList();
    assertThat(notices).extracting(HolidayNotice::number).as("%s", a).containsExactlyElementsOf(a.numbers());
    assertThat(notices).extracting(HolidayNotice::published).as("%s", a).containsExactlyElementsOf(a.published());
    assertThat(notices).extracting(HolidayNotice::title).as("%s", a).containsExactlyElementsOf(a.titles());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyHolidayPeriodAndMakeUpDayIsTheNoticesOwn(Arrangement a) {
    List<HolidayNotice> notices = WorkingCalendars.mainlandChinaNotices().stream().filter(n -> n.year() == a.year())
        .toList();
    List<Period> shipped = new ArrayList<>();
    notices.forEach(n -> n.holidays().forEach(h -> shipped.add(new Period(h.name(), h.first(), h.last()))));
    assertThat(shipped).as("%s", a).containsExactlyInAnyOrderElementsOf(a.periods());
    List<LocalDate> worked = new ArrayList<>();
    notices.forEach(n -> n.workingDays().forEach(w -> worked.add(w.day())));
    notices.forEach(n -> worked.removeAll(n.revokedWorkingDays()));
    assertThat(worked).as("%s", a).containsExactlyInAnyOrderElementsOf(a.makeUpDays());
    for (LocalDate m : a.makeUpDays()) {
      assertThat(m.getDayOfWeek()).as("%s: a make-up day is a weekend day", m)
          .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("years")
  void everyDayOfTheYearIsWhatTheNoticeSaysAndTheWorkingDaysAddUp(Arrangement a) {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    int working = 0;
    for (LocalDate day = d(a.year(), 1, 1); day.getYear() == a.year(); day = day.plusDays(1)) {
      boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
      boolean expected = a.makeUpDays().contains(day) || weekday && !inAPeriod(a, day);
      assertThat(china.isWorkingDay(day)).as("%s", day).isEqualTo(expected);
      if (china.isWorkingDay(day)) {
        working++;
      }
    }
    assertThat(working).as("working days of %s", a).isEqualTo(a.workingDays());
    assertThat(china.workingDaysAfter(d(a.year() - 1, 12, 31), d(a.year(), 12, 31))).as("%s", a)
        .isEqualTo(a.workingDays());
  }

  @Test
  void theCalendarCoversTheShippedYearsAndNoOthers() {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    assertThat(china.years()).contains(new CalendarYears(2020, 2026));
    assertThat(china.outsideYears()).isEqualTo(OutsideYears.REFUSE);
    assertThat(years().map(Arrangement::year).toList()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(china.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  @Test
  void aDayOutsideTheYearsIsATypedRefusalNotAWeekendGuess() {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    assertThatThrownBy(() -> china.isWorkingDay(d(2027, 1, 1)))
        .isInstanceOfSatisfying(OutsideCalendarYearsException.class, e -> {
          assertThat(e.day()).isEqualTo(d(2027, 1, 1));
          assertThat(e.years()).isEqualTo(new CalendarYears(2020, 2026));
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("day");
            assertThat(v.rule()).isEqualTo("calendar-years");
          });
        })
        .hasMessageContaining("2027-01-01 is outside the years 2020-2026");
    assertThatThrownBy(() -> china.isWorkingDay(d(2019, 12, 31))).isInstanceOf(OutsideCalendarYearsException.class);
    assertThatThrownBy(() -> china.plusWorkingDays(d(2026, 12, 25), 10))
        .isInstanceOfSatisfying(OutsideCalendarYearsException.class,
            e -> assertThat(e.day()).isEqualTo(d(2027, 1, 1)));
    assertThatThrownBy(() -> china.workingDaysAfter(d(2026, 12, 30), d(2027, 1, 5)))
        .isInstanceOf(OutsideCalendarYearsException.class);
    assertThat(china.covers(d(2026, 12, 31))).isTrue();
    assertThat(china.covers(d(2027, 1, 1))).isFalse();
  }

  @Test
  void weekendsOnlyOutsideTheYearsIsAnAnswerOnlyWhenTheCallerChoosesIt() {
    WorkingCalendar planning = WorkingCalendars.mainlandChina().withOutsideYears(OutsideYears.WEEKENDS_ONLY);
    assertThat(planning.isWorkingDay(d(2027, 1, 1))).as("a Friday outside the data").isTrue();
    assertThat(planning.isWorkingDay(d(2027, 1, 2))).as("a Saturday outside the data").isFalse();
    assertThat(planning.isWorkingDay(d(2026, 10, 1))).as("inside the data the notice still rules").isFalse();
    assertThat(planning.plusWorkingDays(d(2026, 12, 25), 10)).isEqualTo(d(2027, 1, 8));
    assertThat(planning).isNotEqualTo(WorkingCalendars.mainlandChina());
    assertThat(planning.withOutsideYears(OutsideYears.REFUSE)).isEqualTo(WorkingCalendars.mainlandChina());
  }

  @Test
  void theNationalDayWindowOf2024EndsOnTheSixteenthOfOctober() {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    assertThat(china.plusWorkingDays(d(2024, 9, 27), 10)).isEqualTo(d(2024, 10, 16));
    assertThat(WorkingCalendar.weekendsOnly().plusWorkingDays(d(2024, 9, 27), 10)).isEqualTo(d(2024, 10, 11));
  }

  @Test
  void theSpringFestivalExtensionOf2020TakesBackTheMakeUpSaturday() {
    WorkingCalendar china = WorkingCalendars.mainlandChina();
    assertThat(china.isWorkingDay(d(2020, 1, 19))).as("make-up Sunday before the festival").isTrue();
    assertThat(china.isWorkingDay(d(2020, 1, 31))).as("Friday within the extension").isFalse();
    assertThat(china.isWorkingDay(d(2020, 2, 1))).as("the make-up Saturday taken back").isFalse();
    assertThat(china.isWorkingDay(d(2020, 2, 3))).as("work resumed on Monday 3 February").isTrue();
  }
}
