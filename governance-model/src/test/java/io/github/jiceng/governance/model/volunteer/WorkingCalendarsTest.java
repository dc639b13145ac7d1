package io.github.jiceng.governance.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.jiceng.governance.model.shared.DomainValidationException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notices read from text build a calendar over their years; bad lines and gaps are named. */
final class WorkingCalendarsTest {

  private static final String HEADER = "format | mainland-china-working-calendar | 1\n";

  private static List<HolidayNotice> read(String text) {
    return WorkingCalendars.readNotices(new StringReader(text));
  }

  @Test
  void noticesReadFromTextMakeACalendarOfTheirYears() {
    List<HolidayNotice> notices = read(HEADER + """
        # a comment
        notice  | 2030 | 国办发明电〔2029〕1号 | 2029-11-01 | 国务院办公厅关于2030年部分节假日安排的通知
        holiday | 2030-10-01 | 2030-10-07 | 国庆节   # trailing comment
        workday | 2030-09-29 | 国庆节
        """);
    assertThat(notices).singleElement().satisfies(n -> {
      assertThat(n.year()).isEqualTo(2030);
      assertThat(n.holidays()).containsExactly(
          new HolidayPeriod("国庆节", LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7)));
      assertThat(n.workingDays()).containsExactly(new MakeUpWorkingDay(LocalDate.of(2030, 9, 29), "国庆节"));
    });
    WorkingCalendar c = WorkingCalendars.fromNotices(notices);
    assertThat(c.years()).contains(CalendarYears.of(2030));
    assertThat(c.isWorkingDay(LocalDate.of(2030, 9, 29))).isTrue();
    assertThat(c.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
  }

  @Test
  void aLaterNoticeOfTheYearTakesBackAWorkingDay() {
    WorkingCalendar c = WorkingCalendars.fromNotices(read(HEADER + """
        notice  | 2030 | 国办发明电〔2030〕9号 | 2030-01-20 | amendment
        holiday | 2030-02-09 | 2030-02-10 | 春节（延长）
        revoke  | 2030-02-09
        notice  | 2030 | 国办发明电〔2029〕1号 | 2029-11-01 | arrangement
        workday | 2030-02-09 | 春节
        """));
    assertThat(c.isWorkingDay(LocalDate.of(2030, 2, 9))).as("the amendment bears the later date").isFalse();
  }

  @Test
  void aLineThatIsNotUnderstoodIsNamed() {
    assertThatThrownBy(() -> read(HEADER + "holiday | 2030-10-01 | 2030-10-07 | 国庆节\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("line 2").hasMessageContaining("calendar-line");
    assertThatThrownBy(() -> read(HEADER + "notice | 2030 | n | 2029-11-01 | t\nholiday | 2030-10-01 | 国庆节\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("line 3");
    assertThatThrownBy(() -> read(HEADER + "notice | 2030 | n | 2029-11-31 | t\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> read(HEADER + "holidays | 2030-10-01\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("unknown statement");
    assertThatThrownBy(() -> read("notice | 2030 | n | 2029-11-01 | t\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("first statement");
    assertThatThrownBy(() -> read("format | mainland-china-working-calendar | 2\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("unknown format");
  }

  @Test
  void aNoticeArrangesOnlyItsOwnYear() {
    assertThatThrownBy(() -> read(HEADER + "notice | 2030 | n | 2029-11-01 | t\nworkday | 2031-01-04 | 元旦\n"))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("notice-year");
  }

  @Test
  void aMissingYearBetweenTheNoticesIsRefused() {
    List<HolidayNotice> gap = read(HEADER + """
        notice | 2030 | a | 2029-11-01 | t
        notice | 2032 | b | 2031-11-01 | t
        """);
    assertThatThrownBy(() -> WorkingCalendars.fromNotices(gap)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("none arranges 2031");
    assertThatThrownBy(() -> WorkingCalendars.fromNotices(List.of())).isInstanceOf(DomainValidationException.class);
  }

  @Test
  void spansAndPeriodsCheckTheirOrder() {
    assertThatThrownBy(() -> new CalendarYears(2026, 2020)).isInstanceOf(DomainValidationException.class)
        .hasMessageContaining("year-span");
    assertThatThrownBy(() -> new HolidayPeriod("国庆节", LocalDate.of(2030, 10, 7), LocalDate.of(2030, 10, 1)))
        .isInstanceOf(DomainValidationException.class).hasMessageContaining("period-order");
    assertThat(new HolidayPeriod("元旦", LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 2)).days()).hasSize(3);
  }

  @Test
  void theCalendarTypesRefuseNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(CalendarYears.class, CalendarYears.of(2030))
        .setDefault(LocalDate.class, LocalDate.of(2030, 1, 1));
    for (Class<?> type : List.of(WorkingCalendars.class, CalendarYears.class, HolidayPeriod.class,
        MakeUpWorkingDay.class, HolidayNotice.class, OutsideCalendarYearsException.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    tester.testAllPublicInstanceMethods(WorkingCalendars.mainlandChina());
    tester.testAllPublicInstanceMethods(CalendarYears.of(2030));
  }
}
