package io.github.jiceng.governance.sim.model;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.shared.DomainValidationException;
import io.github.jiceng.governance.model.shared.Violation;

/**
 * How volunteers serve (志愿服务发生率): each day, each volunteer serves with this chance, for a
 * number of minutes, and the record is entered a number of days later; a record entered more than
 * ten working days after the activity is refused as late (补录时限).
 *
 * @param perMillePerDay the chance per day, per mille
 * @param minutes the service time, 1-1440 minutes
 * @param recordingDelayDays days from the activity to the record's entry
 */
public record VolunteerStream(int perMillePerDay, IntRange minutes, IntRange recordingDelayDays) {

  /**
   * Validates the stream.
   *
   * @throws DomainValidationException if the chance, the minutes or the delay is out of range
   */
  public VolunteerStream {
    requireNonNull(minutes, "minutes");
    requireNonNull(recordingDelayDays, "recordingDelayDays");
    Checks.perMille("VolunteerStream", "perMillePerDay", perMillePerDay);
    if (minutes.min() < 1 || minutes.max() > 1440) {
      throw new DomainValidationException(new Violation("VolunteerStream", "minutes", "minutes-range",
          "a service lasts 1-1440 minutes, the range was " + minutes)
                  .with("min", 1).with("max", 1440).with("value", minutes));
    }
    if (recordingDelayDays.max() > 366) {
      throw new DomainValidationException(new Violation("VolunteerStream", "recordingDelayDays", "delay-range",
          "a record is entered within 366 days, the range was " + recordingDelayDays)
                  .with("min", 0).with("max", 366).with("value", recordingDelayDays));
    }
  }
}
