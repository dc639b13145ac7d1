package io.github.jiceng.governance.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.points.Award;
import io.github.jiceng.governance.model.points.RedStarPolicies;
import io.github.jiceng.governance.model.points.ServiceCatalogue;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.model.points.LedgerEntry;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.InMemoryStream;
import io.github.jiceng.governance.rules.points.PointsLedger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 志愿服务记录：十个工作日内录入，服务时间按实际时间，可导出，并计入闪闪红星积分。 */
@DisplayName("志愿服务记录")
final class VolunteerRecordingTest {

  /** The 2024 National Day arrangement: 10-01 to 10-07 off, Sunday 09-29 and Saturday 10-12 worked. */
  private static final WorkingCalendar NATIONAL_DAY_2024 = WorkingCalendar.weekendsOnly()
      .withHolidays(IntStream.rangeClosed(1, 7).mapToObj(d -> LocalDate.of(2024, 10, d)).collect(Collectors.toSet()))
      .withWorkingDays(Set.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)));

  private static VolunteerRecord record(String id, LocalDate day, int minutes, LocalDate recordedOn) {
    return VolunteerRecord.builder().id(VolunteerRecordId.of(id)).volunteer(PersonId.of("zhanbei-volunteer-0001"))
        .activityName("疫苗接种宣传").activityDate(day).place("站北社区党群服务中心").content("入户宣传疫苗接种政策")
        .serviceTime(Duration.ofMinutes(minutes)).organiser(OrganizationId.of("org-zhanbei-volunteers"))
        .personInCharge(PersonId.of("zhanbei-staff-0007")).recordedOn(recordedOn).build();
  }

  @Test
  @DisplayName("国庆假期不计入十个工作日，调休上班日计入")
  void theWindowSkipsTheHolidayAndCountsTheMakeUpDays() {
    LocalDate friday = LocalDate.of(2024, 9, 27);
    assertThat(VolunteerRecording.deadline(friday, NATIONAL_DAY_2024)).isEqualTo(LocalDate.of(2024, 10, 16));
    InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> register =
        InMemoryStream.open(VolunteerRules.of(NATIONAL_DAY_2024));
    VolunteerRecord onTime = record("vr-1", friday, 150, LocalDate.of(2024, 10, 16));
    assertThat(register.handle(new VolunteerCommand.Enter(onTime))).isEqualTo(Decision.applied(onTime));
    Decision<VolunteerRecord> late = register.handle(new VolunteerCommand.Enter(record("vr-2", friday, 150,
        LocalDate.of(2024, 10, 17))));
    assertThat(late.refusalIfAny()).hasValueSatisfying(r -> {
      assertThat(r.code()).isEqualTo(VolunteerRefusal.LATE);
      assertThat(r.code().key()).isEqualTo("volunteer.late");
      assertThat(r.detail()).isEqualTo("entered 2024-10-17, 11 working days after 2024-09-27; deadline 2024-10-16");
      assertThat(r.arguments()).containsExactly(java.util.Map.entry("activityDate", "2024-09-27"),
          java.util.Map.entry("recordedOn", "2024-10-17"), java.util.Map.entry("workingDays", "11"),
          java.util.Map.entry("deadline", "2024-10-16"));
    });
    assertThat(register.handle(new VolunteerCommand.Enter(record("vr-3", friday, 150, LocalDate.of(2024, 9, 26))))
        .refusalIfAny()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(VolunteerRefusal.BEFORE_ACTIVITY));
    assertThat(register.state().records()).containsExactly(onTime);
    assertThat(register.state().total(onTime.volunteer())).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  @DisplayName("同一记录重复录入不重复记，同一编号下的不同记录被驳回")
  void aRecordEnteredAgainChangesNothingAndAnotherRecordUnderItsIdIsRefused() {
    InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> register =
        InMemoryStream.open(VolunteerRules.of(NATIONAL_DAY_2024));
    VolunteerRecord r = record("vr-1", LocalDate.of(2024, 9, 27), 150, LocalDate.of(2024, 9, 30));
    register.handle(new VolunteerCommand.Enter(r));
    VolunteerRegister before = register.state();

    assertThat(register.handle(new VolunteerCommand.Enter(r))).isEqualTo(Decision.unchanged(List.of(r)));
    Decision<VolunteerRecord> other = register.handle(new VolunteerCommand.Enter(record("vr-1",
        LocalDate.of(2024, 9, 27), 90, LocalDate.of(2024, 9, 30))));
    assertThat(other.refusalIfAny()).hasValueSatisfying(f -> {
      assertThat(f.code()).isEqualTo(VolunteerRefusal.ID_CONFLICT);
      assertThat(f.arguments()).containsExactly(java.util.Map.entry("id", "vr-1"));
      assertThat(f.detail()).doesNotContain("站北").doesNotContain("入户");
    });
    assertThat(register.state()).isEqualTo(before);
    assertThat(register.events()).containsExactly(r);
    assertThat(before).hasToString("VolunteerRegister[1 records, 1 volunteers]");
  }

  @Test
  @DisplayName("服务时间按实际付出计算，导出保留分钟")
  void exportsTheNationalFieldsWithActualTime() {
    VolunteerRecord a = record("vr-b", LocalDate.of(2024, 3, 2), 100, LocalDate.of(2024, 3, 4));
    VolunteerRecord b = record("vr-a", LocalDate.of(2024, 3, 2), 150, LocalDate.of(2024, 3, 5));
    String csv = VolunteerExport.csv(List.of(a, b));
    assertThat(csv.split("\r\n")).containsExactly(
        "\uFEFF记录编号,志愿者,活动名称,日期,地点,服务内容,服务时间（小时）,服务时间（分钟）,活动组织单位,活动负责人,录入日期",
        "vr-a,zhanbei-volunteer-0001,疫苗接种宣传,2024-03-02,站北社区党群服务中心,入户宣传疫苗接种政策,2.50,150,org-zhanbei-volunteers,zhanbei-staff-0007,2024-03-05",
        "vr-b,zhanbei-volunteer-0001,疫苗接种宣传,2024-03-02,站北社区党群服务中心,入户宣传疫苗接种政策,1.67,100,org-zhanbei-volunteers,zhanbei-staff-0007,2024-03-04");
    assertThat(VolunteerRecording.totals(List.of(a, b)))
        .containsExactly(java.util.Map.entry(PersonId.of("zhanbei-volunteer-0001"), Duration.ofMinutes(250)));
  }

  @Test
  void quotesFieldsWithCommasAndQuotes() {
    VolunteerRecord r = record("vr-q", LocalDate.of(2024, 3, 2), 61, LocalDate.of(2024, 3, 2));
    VolunteerRecord quoted = VolunteerRecord.builder().id(r.id()).volunteer(r.volunteer()).activityName("“乐享生活”, 设施维护")
        .activityDate(r.activityDate()).place("广场 \"东\"").content("a\nb").serviceTime(Duration.ofSeconds(3_630))
        .organiser(r.organiser()).personInCharge(r.personInCharge()).recordedOn(r.recordedOn()).build();
    String line = VolunteerExport.csv(List.of(quoted)).split("\r\n", 2)[1];
    assertThat(line).startsWith("vr-q,zhanbei-volunteer-0001,\"“乐享生活”, 设施维护\",2024-03-02,\"广场 \"\"东\"\"\",\"a\nb\",1.01,60.5,");
  }

  @Test
  void theRecordsToStringLeavesOutPlaceAndContent() {
    assertThat(record("vr-t", LocalDate.of(2024, 3, 2), 60, LocalDate.of(2024, 3, 2)).toString())
        .doesNotContain("入户").doesNotContain("党群服务中心").contains("vr-t");
  }

  @Test
  @DisplayName("志愿服务记录计入积分，同一记录不重复计分")
  void aRecordEarnsPointsOnce() {
    PointsLedger ledger = PointsLedger.open(RedStarPolicies.article(), ServiceCatalogue.of());
    VolunteerRecord r = record("vr-p", LocalDate.of(2024, 3, 2), 160, LocalDate.of(2024, 3, 4));
    var c = VolunteerPoints.contribution(r, RedStarPolicies.CHINA);
    Decision<LedgerEntry> first = ledger.award(c, LocalDate.of(2024, 3, 4).atStartOfDay(RedStarPolicies.CHINA).toInstant());
    Decision<LedgerEntry> again = ledger.award(VolunteerPoints.contribution(r, RedStarPolicies.CHINA),
        LocalDate.of(2024, 3, 5).atStartOfDay(RedStarPolicies.CHINA).toInstant());
    assertThat(first).isInstanceOfSatisfying(Decision.Applied.class,
        a -> assertThat(((Award) a.last()).points().value()).isEqualTo(25));
    assertThat(again).isEqualTo(Decision.unchanged(first.events()));
    assertThat(ledger.balance(r.volunteer()).value()).isEqualTo(25);
  }
}
