package io.github.jiceng.governance.rules.checkin;

import static java.util.Objects.requireNonNull;

import io.github.jiceng.governance.model.checkin.CheckIn;
import io.github.jiceng.governance.model.time.TimeLimits;

/**
 * What may be asked of the check-ins of an area (打卡指令), decided by {@link CheckInRules}. A
 * check-in dated outside {@link TimeLimits} throws a {@code DomainValidationException} (rule
 * {@code instant-range}) on construction; nulls throw {@code NullPointerException} naming the
 * field.
 */
public sealed interface CheckInCommand {

  /**
   * Records one contact of a party member with a household (打卡).
   *
   * @param checkIn the check-in
   */
  record Record(CheckIn checkIn) implements CheckInCommand {
    /** Checks the check-in is present and dated inside the limits. */
    public Record {
      requireNonNull(checkIn, "checkIn");
      TimeLimits.check("CheckIn[" + checkIn.id() + "]", "at", checkIn.at());
    }
  }
}
