package io.github.jiceng.governance.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.OutsideCalendarYearsException;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.volunteer.WorkingCalendars;
import io.github.jiceng.governance.rules.decider.Decision;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 志愿服务记录的十个工作日按国务院节假日安排计算：国庆假期不计，调休上班日计入。 */
@DisplayName("按官方工作日历计算志愿服务记录录入期限")
final class RecordingWindowOnTheOfficialCalendarTest {

  private static final WorkingCalendar CHINA = WorkingCalendars.mainlandChina();
  private static final LocalDate ACTIVITY = LocalDate.of(2024, 9, 27);

  private static VolunteerRecord enteredOn(LocalDate recordedOn) {
    return VolunteerRecord.builder().id(VolunteerRecordId.of("vr-" + recordedOn)).volunteer(PersonId.of("p-0001"))
        .activityName("敬老助餐").activityDate(ACTIVITY).place("站北社区党群服务中心").content("为独居老人送餐")
        .serviceTime(Duration.ofMinutes(120)).organiser(OrganizationId.of("org-volunteers"))
        .personInCharge(PersonId.of("p-0002")).recordedOn(recordedOn).build();
  }

  @Test
  @DisplayName("2024-09-27 的活动：期限为 10 月 16 日，14 至 16 日录入不算逾期")
  void recordsEnteredOnTheFourteenthToTheSixteenthOfOctoberAreOnTime() {
    assertThat(VolunteerRecording.deadline(ACTIVITY, CHINA)).isEqualTo(LocalDate.of(2024, 10, 16));
    for (int day = 14; day <= 16; day++) {
      assertThat(VolunteerRecording.check(enteredOn(LocalDate.of(2024, 10, day)), CHINA)).as("entered 10-%s", day)
          .isInstanceOf(Decision.Applied.class);
    }
    assertThat(VolunteerRecording.check(enteredOn(LocalDate.of(2024, 10, 17)), CHINA))
        .extracting(d -> d.refusalIfAny().orElseThrow()).satisfies(r -> {
          assertThat(r.code()).isEqualTo(VolunteerRefusal.LATE);
          assertThat(r.detail()).isEqualTo("entered 2024-10-17, 11 working days after 2024-09-27; deadline 2024-10-16");
          assertThat(r.arguments()).containsEntry("workingDays", "11").containsEntry("deadline", "2024-10-16");
        });
  }

  @Test
  @DisplayName("只算周末的日历把期限算成 10 月 11 日，14 日录入被误判逾期")
  void weekendsAloneWouldHaveFlaggedTheFourteenthLate() {
    WorkingCalendar weekends = WorkingCalendar.weekendsOnly();
    assertThat(VolunteerRecording.deadline(ACTIVITY, weekends)).isEqualTo(LocalDate.of(2024, 10, 11));
    assertThat(VolunteerRecording.check(enteredOn(LocalDate.of(2024, 10, 14)), weekends))
        .isInstanceOf(Decision.Refused.class);
  }

  @Test
  @DisplayName("数据覆盖年份之外的期限是明确的类型化错误")
  void aWindowReachingBeyondTheShippedYearsIsATypedError() {
    assertThatThrownBy(() -> VolunteerRecording.deadline(LocalDate.of(2026, 12, 28), CHINA))
        .isInstanceOf(OutsideCalendarYearsException.class).hasMessageContaining("2027-01-01");
  }
}
