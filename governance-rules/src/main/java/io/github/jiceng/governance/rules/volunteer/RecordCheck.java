package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.volunteer.VolunteerRecord;
import java.time.LocalDate;

/** Whether a volunteer service record was entered within its window, as a value. */
public sealed interface RecordCheck {

  /** Why a record is refused. */
  enum Reason {
    /** Entered after the tenth working day after the activity. */
    LATE,
    /** Entered before the activity took place. */
    BEFORE_ACTIVITY
  }

  /**
   * The record was entered in time.
   *
   * @param record the record
   * @param deadline the last day it could have been entered
   */
  record Accepted(VolunteerRecord record, LocalDate deadline) implements RecordCheck {
    /** Validates the outcome. */
    public Accepted {
      requireNonNull(record, "record");
      requireNonNull(deadline, "deadline");
    }
  }

  /**
   * The record was not entered in its window.
   *
   * @param record the record
   * @param reason why
   * @param detail the dates, such as {@code "entered 2024-10-16, 11 working days after 2024-09-27; deadline 2024-10-15"}
   */
  record Rejected(VolunteerRecord record, Reason reason, String detail) implements RecordCheck {
    /** Validates the outcome. */
    public Rejected {
      requireNonNull(record, "record");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
    }
  }
}
