package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainChecks;
import io.github.jiceng.governance.model.actor.PersonId;
import io.github.jiceng.governance.model.time.TimeLimits;
import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recording rules of 民政部令第67号 for volunteer service records: service and evaluation are
 * recorded within {@value #WINDOW_WORKING_DAYS} working days after the activity ends (article 11),
 * and service time is the actual time given, counted in hours (article 7). {@link VolunteerRules}
 * keeps a register of the records accepted with this window.
 *
 * <pre>{@code
 * Decision<VolunteerRecord> d = VolunteerRecording.check(record, calendar);
 * // Applied[[record]] or Refused[volunteer.late: entered 2024-10-17, 11 working days after ...]
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
   * Checks that the record was entered on or after its activity and by its deadline, the record
   * alone: {@link VolunteerRules} also refuses a different record under an id already recorded.
   *
   * @param record the record
   * @param calendar the working days
   * @return applied with the record, or refused ({@link VolunteerRefusal#BEFORE_ACTIVITY}, {@link
   *     VolunteerRefusal#LATE}) with the dates
   */
  public static Decision<VolunteerRecord> check(VolunteerRecord record, WorkingCalendar calendar) {
    requireNonNull(record, "record");
    TimeLimits.check("VolunteerRecord[" + record.id() + "]", "recordedOn", record.recordedOn());
    LocalDate deadline = deadline(record.activityDate(), calendar);
    if (record.recordedOn().isBefore(record.activityDate())) {
      return Decision.refused(Refusal.of(VolunteerRefusal.BEFORE_ACTIVITY, "entered " + record.recordedOn()
          + ", before the activity on " + record.activityDate()).with("activityDate", record.activityDate())
          .with("recordedOn", record.recordedOn()));
    }
    if (record.recordedOn().isAfter(deadline)) {
      int workingDays = calendar.workingDaysAfter(record.activityDate(), record.recordedOn());
      return Decision.refused(Refusal.of(VolunteerRefusal.LATE, "entered " + record.recordedOn() + ", "
          + workingDays + " working days after " + record.activityDate() + "; deadline " + deadline)
          .with("activityDate", record.activityDate()).with("recordedOn", record.recordedOn())
          .with("workingDays", workingDays).with("deadline", deadline));
    }
    return Decision.applied(record);
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
