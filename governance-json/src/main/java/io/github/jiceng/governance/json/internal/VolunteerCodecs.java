package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.VolunteerRecordId;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The bindings of volunteer service records (志愿服务记录) and the working-day calendar (工作日历). */
public final class VolunteerCodecs {

  private VolunteerCodecs() {}

  /** {@link VolunteerRecordId} as its text, such as {@code "vr-2024-0001"}. */
  public static final TextCodec<VolunteerRecordId> VOLUNTEER_RECORD_ID = Codecs.text(VolunteerRecordId.class,
      "The id of a volunteer service record (志愿服务记录编号).", VolunteerRecordId::of, VolunteerRecordId::value)
      .pattern(ValueCodecs.ID_FORM);

  /** A {@link DayOfWeek} by name, such as {@code "SATURDAY"}. */
  static final EnumCodec<DayOfWeek> DAY_OF_WEEK = Codecs.enumeration(DayOfWeek.class, "A day of the week.");

  /** {@link VolunteerRecord}: the fields of 民政部令第67号, article 7, and the day it was entered. */
  public static final ObjectCodec<VolunteerRecord> VOLUNTEER_RECORD = volunteerRecord();

  /**
   * {@link WorkingCalendar} as {@code {"weekend": [...], "holidays": [...], "workingDays": [...]}};
   * the weekend is Saturday and Sunday unless given.
   */
  public static final ObjectCodec<WorkingCalendar> WORKING_CALENDAR = workingCalendar();

  private static ObjectCodec<VolunteerRecord> volunteerRecord() {
    ObjectCodec.Builder<VolunteerRecord> b = ObjectCodec.builder(VolunteerRecord.class)
        .describe("One volunteer's service in one activity (志愿服务记录): 活动名称, 日期, 地点, 服务内容, 服务时间 (the "
            + "actual time given), 活动组织单位, 活动负责人, and the day it was entered.");
    Slot<VolunteerRecordId> id = b.required("id", VolunteerRecord::id, VOLUNTEER_RECORD_ID);
    Slot<PersonId> volunteer = b.required("volunteer", VolunteerRecord::volunteer, ValueCodecs.PERSON_ID);
    Slot<String> activityName = b.required("activityName", VolunteerRecord::activityName,
        Codecs.string().length(1, VolunteerRecord.MAX_NAME_LENGTH));
    Slot<LocalDate> activityDate = b.required("activityDate", VolunteerRecord::activityDate, Codecs.LOCAL_DATE);
    Slot<String> place = b.required("place", VolunteerRecord::place,
        Codecs.string().length(1, VolunteerRecord.MAX_TEXT_LENGTH).personal(SharedCodecs::hidden));
    Slot<String> content = b.required("content", VolunteerRecord::content,
        Codecs.string().length(1, VolunteerRecord.MAX_TEXT_LENGTH).personal(SharedCodecs::hidden));
    Slot<Duration> serviceTime = b.required("serviceTime", VolunteerRecord::serviceTime, Codecs.DURATION);
    Slot<OrganizationId> organiser = b.required("organiser", VolunteerRecord::organiser, ValueCodecs.ORGANIZATION_ID);
    Slot<PersonId> personInCharge = b.required("personInCharge", VolunteerRecord::personInCharge,
        ValueCodecs.PERSON_ID);
    Slot<LocalDate> recordedOn = b.required("recordedOn", VolunteerRecord::recordedOn, Codecs.LOCAL_DATE);
    Slot<Optional<String>> serviceCategory = b.optional("serviceCategory", VolunteerRecord::serviceCategory,
        Codecs.string().length(1, VolunteerRecord.MAX_NAME_LENGTH));
    return b.build(v -> VolunteerRecord.builder().id(v.get(id)).volunteer(v.get(volunteer))
        .activityName(v.get(activityName)).activityDate(v.get(activityDate)).place(v.get(place))
        .content(v.get(content)).serviceTime(v.get(serviceTime)).organiser(v.get(organiser))
        .personInCharge(v.get(personInCharge)).recordedOn(v.get(recordedOn)).serviceCategory(v.get(serviceCategory))
        .build());
  }

  private static ObjectCodec<WorkingCalendar> workingCalendar() {
    ObjectCodec.Builder<WorkingCalendar> b = ObjectCodec.builder(WorkingCalendar.class)
        .describe("Which days are working days (工作日历): every day but the weekend days and the holidays "
            + "(法定节假日), plus the days listed as working days (调休上班).");
    Slot<Set<DayOfWeek>> weekend = b.defaulted("weekend", WorkingCalendar::weekend, Codecs.set(DAY_OF_WEEK),
        Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    Slot<Set<LocalDate>> holidays = b.defaulted("holidays", WorkingCalendar::holidays, Codecs.set(Codecs.LOCAL_DATE),
        Set.of());
    Slot<Set<LocalDate>> workingDays = b.defaulted("workingDays", WorkingCalendar::workingDays,
        Codecs.set(Codecs.LOCAL_DATE), Set.of());
    return b.build(v -> WorkingCalendar.withWeekend(v.get(weekend)).withHolidays(v.get(holidays))
        .withWorkingDays(v.get(workingDays)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(VOLUNTEER_RECORD_ID, VOLUNTEER_RECORD, WORKING_CALENDAR);
  }
}
