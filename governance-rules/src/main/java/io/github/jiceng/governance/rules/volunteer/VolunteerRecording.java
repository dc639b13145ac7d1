package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recording rules of 民政部令第67号 for volunteer service records: service and evaluation are
 * recorded within {@value #WINDOW_WORKING_DAYS} working days after the activity ends (article 11),
 * and service time is the actual time given, counted in hours (article 7).
 *
 * <pre>{@code
 * RecordCheck c = VolunteerRecording.check(record, calendar);   // Accepted or Rejected(LATE, ...)
 * }</pre>
 *
 * <p>Stateless and thread-safe. A date outside the years 0001-9999 ({@link
 * io.github.jiceng.governance.model.time.TimeLimits}) throws a {@code DomainValidationException}
 * (rule {@code date-range}).
 */
public final class VolunteerRecording {

  /** The recording window of article 11, in working days after the activity. */
  public static final int WINDOW_WORKING_DAYS = 10;

  private VolunteerRecording() {}

  /**
   * Returns the last day a record of an activity on {@code activityDate} may be entered: the
   * tenth working day after it.
   *
   * @param activityDate the day the activity ended
   * @param calendar the working days
   * @return the deadline
   */
  public static LocalDate deadline(LocalDate activityDate, WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    TimeLimits.check("VolunteerRecording", "activityDate", requireNonNull(activityDate, "activityDate"));
    return calendar.plusWorkingDays(activityDate, WINDOW_WORKING_DAYS);
  }

  /**
   * Checks that the record was entered on or after its activity and by its deadline.
   *
   * @param record the record
   * @param calendar the working days
   * @return accepted, or rejected with the dates
   */
  public static RecordCheck check(VolunteerRecord record, WorkingCalendar calendar) {
    requireNonNull(record, "record");
    TimeLimits.check("VolunteerRecord[" + record.id() + "]", "recordedOn", record.recordedOn());
    LocalDate deadline = deadline(record.activityDate(), calendar);
    if (record.recordedOn().isBefore(record.activityDate())) {
      return new RecordCheck.Rejected(record, RecordCheck.Reason.BEFORE_ACTIVITY, "entered " + record.recordedOn()
          + ", before the activity on " + record.activityDate());
    }
    if (record.recordedOn().isAfter(deadline)) {
      return new RecordCheck.Rejected(record, RecordCheck.Reason.LATE, "entered " + record.recordedOn() + ", "
          + calendar.workingDaysAfter(record.activityDate(), record.recordedOn()) + " working days after "
          + record.activityDate() + "; deadline " + deadline);
    }
    return new RecordCheck.Accepted(record, deadline);
  }

  /**
   * Adds up the service time of each volunteer, exactly.
   *
   * @param records the records
   * @return the total time per volunteer, ordered by volunteer; unmodifiable
   */
  public static Map<PersonId, Duration> totals(Collection<VolunteerRecord> records) {
    DomainChecks.noNullElements(records, "records");
    Map<PersonId, Duration> totals = new TreeMap<>();
    for (VolunteerRecord r : records) {
      totals.merge(r.volunteer(), r.serviceTime(), Duration::plus);
    }
    return Collections.unmodifiableMap(totals);
  }
}
