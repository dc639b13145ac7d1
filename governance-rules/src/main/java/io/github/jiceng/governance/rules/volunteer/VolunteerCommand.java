package io.github.jiceng.governance.rules.volunteer;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.volunteer.VolunteerRecord;

/** What a host asks of a register of volunteer service records (志愿服务记录指令), decided by {@link VolunteerRules}. */
public sealed interface VolunteerCommand {

  /**
   * Enters a volunteer service record (录入): accepted when entered on or after its activity and
   * within {@value VolunteerRecording#WINDOW_WORKING_DAYS} working days after it.
   *
   * @param record the record, with the day it is entered
   */
  record Enter(VolunteerRecord record) implements VolunteerCommand {
    /** Checks the record is present. */
    public Enter {
      requireNonNull(record, "record");
    }
  }
}
