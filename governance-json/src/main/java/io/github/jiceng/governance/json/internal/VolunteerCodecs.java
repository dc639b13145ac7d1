package io.github.jiceng.governance.json.internal;

import io.github.jiceng.governance.model.actor.OrganizationId;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.volunteer.CalendarYears;
import io.github.jiceng.governance.model.volunteer.HolidayNotice;
import io.github.jiceng.governance.model.volunteer.HolidayPeriod;
import io.github.jiceng.governance.model.volunteer.MakeUpWorkingDay;
import io.github.jiceng.governance.model.volunteer.OutsideYears;
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

  /** {@link CalendarYears} as {@code {"first": 2020, "last": 2026}}. */
  public static final ObjectCodec<CalendarYears> CALENDAR_YEARS = calendarYears();

  /** An {@link OutsideYears} choice by name, such as {@code "WEEKENDS_ONLY"}. */
  static final EnumCodec<OutsideYears> OUTSIDE_YEARS = Codecs.enumeration(OutsideYears.class,
      "What a working calendar answers about a day outside its covered years: REFUSE (an error) or WEEKENDS_ONLY.");

  /** {@link HolidayPeriod} as {@code {"name": "国庆节", "first": "2024-10-01", "last": "2024-10-07"}}. */
  public static final ObjectCodec<HolidayPeriod> HOLIDAY_PERIOD = holidayPeriod();

  /** {@link MakeUpWorkingDay} as {@code {"day": "2024-09-29", "holiday": "国庆节"}}. */
  public static final ObjectCodec<MakeUpWorkingDay> MAKE_UP_WORKING_DAY = makeUpWorkingDay();

  /**
   * {@link HolidayNotice}: the year, document number, date and title, the holiday periods, the
   * make-up working days and the working days taken back (none unless given).
   */
  public static final ObjectCodec<HolidayNotice> HOLIDAY_NOTICE = holidayNotice();

  /**
   * {@link WorkingCalendar} as {@code {"weekend": [...], "holidays": [...], "workingDays": [...],
   * "years": {...}, "outsideYears": "..."}}; the weekend is Saturday and Sunday unless given, a
   * calendar without {@code years} answers for every day, and {@code outsideYears} is
   * {@code REFUSE} unless given.
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
            + "(法定节假日), plus the days listed as working days (调休上班); with years, only the days of those "
            + "years, others being refused unless outsideYears is WEEKENDS_ONLY.");
    Slot<Set<DayOfWeek>> weekend = b.defaulted("weekend", WorkingCalendar::weekend, Codecs.set(DAY_OF_WEEK),
        Collections.unmodifiableSet(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    Slot<Set<LocalDate>> holidays = b.defaulted("holidays", WorkingCalendar::holidays, Codecs.set(Codecs.LOCAL_DATE),
        Set.of());
    Slot<Set<LocalDate>> workingDays = b.defaulted("workingDays", WorkingCalendar::workingDays,
        Codecs.set(Codecs.LOCAL_DATE), Set.of());
    Slot<Optional<CalendarYears>> years = b.optional("years", WorkingCalendar::years, CALENDAR_YEARS);
    Slot<Optional<OutsideYears>> outside = b.optional("outsideYears",
        c -> c.outsideYears() == OutsideYears.REFUSE ? Optional.empty() : Optional.of(c.outsideYears()), OUTSIDE_YEARS);
    return b.build(v -> {
      WorkingCalendar c = WorkingCalendar.withWeekend(v.get(weekend)).withHolidays(v.get(holidays))
          .withWorkingDays(v.get(workingDays)).withOutsideYears(v.get(outside).orElse(OutsideYears.REFUSE));
      return v.get(years).map(c::coveringYears).orElse(c);
    });
  }

  private static ObjectCodec<CalendarYears> calendarYears() {
    ObjectCodec.Builder<CalendarYears> b = ObjectCodec.builder(CalendarYears.class)
        .describe("The calendar years a working calendar has holiday data for (数据覆盖年份), both included.");
    Slot<Integer> first = b.required("first", CalendarYears::first, Codecs.integer(1, 9999));
    Slot<Integer> last = b.required("last", CalendarYears::last, Codecs.integer(1, 9999));
    return b.build(v -> new CalendarYears(v.get(first), v.get(last)));
  }

  private static ObjectCodec<HolidayPeriod> holidayPeriod() {
    ObjectCodec.Builder<HolidayPeriod> b = ObjectCodec.builder(HolidayPeriod.class)
        .describe("One holiday period of a notice (放假调休): the days off from first to last, both included.");
    Slot<String> name = b.required("name", HolidayPeriod::name, Codecs.string().length(1, 40));
    Slot<LocalDate> first = b.required("first", HolidayPeriod::first, Codecs.LOCAL_DATE);
    Slot<LocalDate> last = b.required("last", HolidayPeriod::last, Codecs.LOCAL_DATE);
    return b.build(v -> new HolidayPeriod(v.get(name), v.get(first), v.get(last)));
  }

  private static ObjectCodec<MakeUpWorkingDay> makeUpWorkingDay() {
    ObjectCodec.Builder<MakeUpWorkingDay> b = ObjectCodec.builder(MakeUpWorkingDay.class)
        .describe("A weekend day a notice makes a working day (调休上班), with the holiday it makes up for.");
    Slot<LocalDate> day = b.required("day", MakeUpWorkingDay::day, Codecs.LOCAL_DATE);
    Slot<String> holiday = b.required("holiday", MakeUpWorkingDay::holiday, Codecs.string().length(1, 40));
    return b.build(v -> new MakeUpWorkingDay(v.get(day), v.get(holiday)));
  }

  private static ObjectCodec<HolidayNotice> holidayNotice() {
    ObjectCodec.Builder<HolidayNotice> b = ObjectCodec.builder(HolidayNotice.class)
        .describe("A State Council notice on a year's holiday arrangement (国务院办公厅关于部分节假日安排的通知), or "
            + "one amending it: document number, date, title, holiday periods, make-up working days and the "
            + "working days of an earlier notice of the year taken back.");
    Slot<Integer> year = b.required("year", HolidayNotice::year, Codecs.integer(1, 9999));
    Slot<String> number = b.required("number", HolidayNotice::number, Codecs.string().length(1, 100));
    Slot<LocalDate> published = b.required("published", HolidayNotice::published, Codecs.LOCAL_DATE);
    Slot<String> title = b.required("title", HolidayNotice::title, Codecs.string().length(1, 200));
    Slot<List<HolidayPeriod>> holidays = b.defaulted("holidays", HolidayNotice::holidays,
        Codecs.list(HOLIDAY_PERIOD), List.of());
    Slot<List<MakeUpWorkingDay>> workingDays = b.defaulted("workingDays", HolidayNotice::workingDays,
        Codecs.list(MAKE_UP_WORKING_DAY), List.of());
    Slot<List<LocalDate>> revoked = b.defaulted("revokedWorkingDays", HolidayNotice::revokedWorkingDays,
        Codecs.list(Codecs.LOCAL_DATE), List.of());
    return b.build(v -> new HolidayNotice(v.get(year), v.get(number), v.get(published), v.get(title),
        v.get(holidays), v.get(workingDays), v.get(revoked)));
  }

  /** Every codec of this class bound to a type, for the Jackson module. */
  static List<Codec<?>> all() {
    return List.of(VOLUNTEER_RECORD_ID, VOLUNTEER_RECORD, WORKING_CALENDAR, CALENDAR_YEARS, OUTSIDE_YEARS,
        HOLIDAY_PERIOD, MAKE_UP_WORKING_DAY, HOLIDAY_NOTICE);
  }
}
