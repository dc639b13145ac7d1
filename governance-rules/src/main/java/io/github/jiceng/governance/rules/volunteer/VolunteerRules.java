package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import io.github.jiceng.governance.model.volunteer.WorkingCalendar;
import io.github.jiceng.governance.rules.decider.Decider;
import io.github.jiceng.governance.rules.decider.Decision;
import io.github.jiceng.governance.rules.decider.Refusal;
import java.util.List;

/**
 * A register of volunteer service records as a decider (志愿服务记录规则): a record is accepted when
 * it is entered on or after its activity and within {@value VolunteerRecording#WINDOW_WORKING_DAYS}
 * working days after it on the register's {@link WorkingCalendar} (民政部令第67号 article 11); its
 * event is the record itself.
 *
 * <ul>
 *   <li>A record entered again as it was is {@link Decision.Unchanged} with the record kept
 *       earlier; a different record under a recorded id is refused ({@link
 *       VolunteerRefusal#ID_CONFLICT}).
 *   <li>A record entered late or before its activity is refused ({@link VolunteerRefusal#LATE},
 *       {@link VolunteerRefusal#BEFORE_ACTIVITY}), with the dates as arguments.
 *   <li>A date outside the years 0001-9999 throws a {@code DomainValidationException} (rule
 *       {@code date-range}), and a day outside the calendar's years throws as the calendar does:
 *       they are bad input, not refusals.
 * </ul>
 *
 * <pre>{@code
 * VolunteerRules rules = VolunteerRules.of(WorkingCalendars.mainlandChina());
 * InMemoryStream<VolunteerCommand, VolunteerRegister, VolunteerRecord> register = InMemoryStream.open(rules);
 * register.handle(new VolunteerCommand.Enter(record));   // Applied[[record]] or Refused[volunteer.late: ...]
 * }</pre>
 *
 * <p>Pure and thread-safe; the state is an immutable value.
 */
public final class VolunteerRules implements Decider<VolunteerCommand, VolunteerRegister, VolunteerRecord> {

  private final WorkingCalendar calendar;

  private VolunteerRules(WorkingCalendar calendar) {
    this.calendar = requireNonNull(calendar, "calendar");
  }

  /**
   * Returns the rules of a register on a working calendar.
   *
   * @param calendar the working days the recording window is counted on
   * @return the rules
   */
  public static VolunteerRules of(WorkingCalendar calendar) {
    return new VolunteerRules(calendar);
  }

  /** Returns the working calendar. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** Returns the empty register. */
  @Override
  public VolunteerRegister initialState() {
    return VolunteerRegister.EMPTY;
  }

  /**
   * Decides whether a record is entered in its window and new, changing nothing.
   *
   * @param command the command
   * @param state the register
   * @return applied with the record, unchanged with the record kept earlier, or refused
   */
  @Override
  public Decision<VolunteerRecord> decide(VolunteerCommand command, VolunteerRegister state) {
    requireNonNull(command, "command");
    requireNonNull(state, "state");
    VolunteerRecord record = ((VolunteerCommand.Enter) command).record();
    var existing = state.record(record.id());
    if (existing.isPresent()) {
      return existing.get().equals(record) ? Decision.unchanged(List.of(existing.get()))
          : Decision.refused(Refusal.of(VolunteerRefusal.ID_CONFLICT, "record " + record.id()
              + " is already recorded with other content, for " + existing.get().volunteer() + " on "
              + existing.get().activityDate()).with("id", record.id()));
    }
    return VolunteerRecording.check(record, calendar);
  }

  /**
   * Returns the register with one more record.
   *
   * @param state the register
   * @param event an accepted record
   * @return the register with it
   * @throws IllegalStateException if a record with its id is recorded already
   */
  @Override
  public VolunteerRegister evolve(VolunteerRegister state, VolunteerRecord event) {
    requireNonNull(state, "state");
    requireNonNull(event, "event");
    if (state.record(event.id()).isPresent()) {
      throw new IllegalStateException("record " + event.id() + " cannot follow the register: its id is recorded");
    }
    return state.with(event);
  }

  /** Returns {@code VolunteerRules[calendar]}. */
  @Override
  public String toString() {
    return "VolunteerRules[" + calendar + "]";
  }
}
